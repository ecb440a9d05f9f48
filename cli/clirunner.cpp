#include "clirunner.h"

#include "bulkcommand.h"
#include "clientconfig.h"
#include "commandline.h"
#include "exitcode.h"
#include "keystore.h"
#include "listcommand.h"
#include "profilecommand.h"
#include "profilestore.h"
#include "recordcommand.h"
#include "signtrakerclient.h"

#include <QLoggingCategory>
#include <QTextStream>

namespace signtraker::cli {

namespace {

// --verbose: the client's request log goes to this run's standard error. Qt's message handler
// is process-wide, so the previous one is put back when the run ends.
QTextStream *g_logStream = nullptr;
QtMessageHandler g_previousHandler = nullptr;

void writeLogLine(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_logStream) {
        *g_logStream << (context.category ? QString::fromLatin1(context.category)
                                          : QStringLiteral("log"))
                     << ": " << message << '\n';
        g_logStream->flush();
        return;
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

CliRunner::CliRunner(Context context, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_console(m_context.out, m_context.err, m_context.in)
{
    m_console.setInputIsTerminal(m_context.inputIsTerminal);
}

CliRunner::~CliRunner()
{
    setVerbose(false);
    // Commands cancel their calls before the client and its transport go.
    delete m_command;
    delete m_client;
}

// The configuration's rule, so that a blank variable is no key here either and the keychain is
// asked as it would be with no variable at all.
QString CliRunner::environmentKey(const QProcessEnvironment &environment)
{
    const QString variable = ClientConfig::apiKeyVariable(environment);
    return variable.isEmpty() ? QString() : environment.value(variable).trimmed();
}

void CliRunner::setVerbose(bool verbose)
{
    // Qt's own network warnings ("qt.network.http2: stream 1 finished with error") repeat the
    // error line in Qt's words: quiet unless --verbose. They come from Qt's network thread just
    // after the reply failed, so they follow --verbose, not the request log's lifetime.
    // QT_LOGGING_RULES wins over these rules.
    QString rules = verbose ? QStringLiteral("signtraker.http.debug=true")
                            : QStringLiteral("signtraker.http.debug=false");
    if (!m_invocation.global.verbose)
        rules += QLatin1String("\nqt.network.*=false");
    QLoggingCategory::setFilterRules(rules);
    if (verbose == m_verbose)
        return;
    m_verbose = verbose;
    if (verbose) {
        g_logStream = m_context.err;
        g_previousHandler = qInstallMessageHandler(writeLogLine);
    } else {
        qInstallMessageHandler(g_previousHandler);
        g_previousHandler = nullptr;
        g_logStream = nullptr;
    }
}

// Only made when a command needs the keychain: with the key in the environment, the keychain
// service is never contacted.
KeyStore *CliRunner::keyStore()
{
    if (!m_keys)
        m_keys = new KeyStore(m_context.keychainService, this);
    return m_keys;
}

void CliRunner::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    setVerbose(false);
    Q_EMIT finished(exitCode);
}

void CliRunner::start()
{
    m_invocation = CommandLine::parse(m_context.arguments);
    switch (m_invocation.action) {
    case Invocation::Action::Help:
        m_console.print(CommandLine::helpText());
        finish(Success);
        return;
    case Invocation::Action::Version:
        m_console.print(CommandLine::versionText());
        finish(Success);
        return;
    case Invocation::Action::UsageError:
        m_console.error(QStringLiteral("usage"),
                        m_invocation.error + QLatin1String(" (see signtraker-cli --help)"));
        finish(UsageOrConfiguration);
        return;
    case Invocation::Action::Run:
        break;
    }
    m_console.setCsvValues(m_invocation.global.csvRaw ? CsvWriter::Values::Raw
                                                      : CsvWriter::Values::Neutralised);

    m_profiles = std::make_unique<ProfileStore>(m_context.settingsFile);

    if (m_invocation.group == QLatin1String("profile")) {
        m_command =
            new ProfileCommand(m_invocation, &m_console, m_profiles.get(), keyStore(), this);
        connect(m_command, &Command::finished, this, &CliRunner::finish);
        m_command->start();
        return;
    }
    runClientCommand();
}

void CliRunner::runClientCommand()
{
    // The profile: the one named, else the default one, else none.
    std::optional<Profile> profile;
    const QString named = m_invocation.global.profile;
    const QString profileName = named.isEmpty() ? m_profiles->defaultProfile() : named;
    if (!profileName.isEmpty()) {
        profile = m_profiles->profile(profileName);
        if (!profile && !named.isEmpty()) {
            m_console.error(QStringLiteral("configuration"),
                            QStringLiteral("There is no profile named '%1' (see 'signtraker-cli "
                                           "profile list').")
                                .arg(named));
            finish(UsageOrConfiguration);
            return;
        }
    }

    // The keychain only when the environment has no key: it would win anyway.
    if (profile && environmentKey(m_context.environment).isEmpty()) {
        const QString name = profile->name;
        connect(keyStore(), &KeyStore::keyRead, this,
                [this, profile, name](const QString &readProfile, const QString &key,
                                      const QString &error) {
                    if (readProfile == name && !m_client && !m_finished)
                        resolveAndRun(profile, key, error);
                });
        m_keys->readKey(name);
        return;
    }
    resolveAndRun(profile, {}, {});
}

void CliRunner::resolveAndRun(const std::optional<Profile> &profile, const QString &keychainKey,
                              const QString &keychainError)
{
    ConfigValues explicitValues;
    explicitValues.baseUrl = m_invocation.global.baseUrl;
    explicitValues.subdomain = m_invocation.global.subdomain;
    explicitValues.timeoutSeconds = m_invocation.global.timeoutSeconds;
    explicitValues.maxRetries = m_invocation.global.maxRetries;
    explicitValues.retryBackoffSeconds = m_invocation.global.retryBackoffSeconds;
    explicitValues.parallelRequests = m_invocation.global.parallelRequests;

    ConfigValues profileValues;
    if (profile) {
        profileValues = profile->toConfigValues();
        if (!keychainKey.isEmpty())
            profileValues.apiKey = keychainKey;
    }

    const ConfigResult resolved =
        ClientConfig::resolve(explicitValues, m_context.environment, profileValues);
    if (!resolved.ok()) {
        QString subject;
        if (resolved.error.kind() == ApiError::Kind::Authentication && profile &&
            !keychainError.isEmpty())
            subject = QStringLiteral("the keychain has no key for profile '%1' (%2)")
                          .arg(profile->name, keychainError);
        m_console.error(resolved.error, subject);
        finish(exitCodeFor(resolved.error));
        return;
    }

    setVerbose(m_invocation.global.verbose);
    m_client = new SignTrakerClient(*resolved.config);
    // One id keeps update's output (the record); several are a bulk edit.
    const bool bulkUpdate =
        m_invocation.is("agents", "update") && m_invocation.arguments.size() > 1;
    if (m_invocation.group == QLatin1String("agents") &&
        (m_invocation.command == QLatin1String("activate") ||
         m_invocation.command == QLatin1String("deactivate") || bulkUpdate))
        m_command = new BulkCommand(m_invocation, &m_console, m_client);
    else if (m_invocation.group == QLatin1String("agents") &&
             m_invocation.command != QLatin1String("list"))
        m_command = new RecordCommand(m_invocation, &m_console, m_client);
    else
        m_command = new ListCommand(m_invocation, &m_console, m_client);
    connect(m_command, &Command::finished, this, &CliRunner::finish);
    m_command->start();
}

} // namespace signtraker::cli
