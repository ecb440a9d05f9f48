// SPDX-License-Identifier: Apache-2.0
#include "clirunner.h"

#include "bulkcommand.h"
#include "clientconfig.h"
#include "commandline.h"
#include "connectionresolver.h"
#include "exitcode.h"
#include "keystore.h"
#include "listcommand.h"
#include "localcommand.h"
#include "localcopy.h"
#include "profilecommand.h"
#include "profilestore.h"
#include "qualitycommand.h"
#include "recordcommand.h"
#include "signtrakerclient.h"
#include "synccommand.h"

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

QString CliRunner::environmentKey(const QProcessEnvironment &environment)
{
    return ConnectionResolver::environmentKey(environment);
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
    ConfigValues commandLine;
    commandLine.baseUrl = m_invocation.global.baseUrl;
    commandLine.subdomain = m_invocation.global.subdomain;
    commandLine.timeoutSeconds = m_invocation.global.timeoutSeconds;
    commandLine.maxRetries = m_invocation.global.maxRetries;
    commandLine.retryBackoffSeconds = m_invocation.global.retryBackoffSeconds;
    commandLine.parallelRequests = m_invocation.global.parallelRequests;
    // The keychain service only when it will be asked: with the key in the environment it is
    // never contacted.
    KeyStore *keys =
        ConnectionResolver::environmentKey(m_context.environment).isEmpty() ? keyStore() : nullptr;
    auto *resolver = new ConnectionResolver(m_profiles.get(), keys, m_context.environment, this);
    connect(resolver, &ConnectionResolver::finished, this,
            [this, resolver](const ConnectionOutcome &outcome) {
                resolver->deleteLater();
                if (!m_finished)
                    run(outcome);
            });
    resolver->resolve(m_invocation.global.profile, commandLine);
}

void CliRunner::run(const ConnectionOutcome &outcome)
{
    if (outcome.failure == ConnectionOutcome::Failure::UnknownProfile) {
        m_console.error(QStringLiteral("configuration"),
                        QStringLiteral("There is no profile named '%1' (see 'signtraker-cli "
                                       "profile list').")
                            .arg(outcome.profileName));
        finish(UsageOrConfiguration);
        return;
    }
    // The local copy answers without the service: only the profile's name is needed.
    const QString copyPath = LocalCopy::pathForProfile(outcome.profileName);
    const bool quality = m_invocation.is("quality", "");
    if (quality || LocalCommand::readsCopyOnly(m_invocation)) {
        if (quality)
            m_command = new QualityCommand(m_invocation, &m_console, copyPath);
        else
            m_command = new LocalCommand(m_invocation, &m_console, nullptr, copyPath);
        connect(m_command, &Command::finished, this, &CliRunner::finish);
        m_command->start();
        return;
    }
    if (!outcome.ok()) {
        m_console.error(outcome.error);
        finish(exitCodeFor(outcome.error));
        return;
    }

    setVerbose(m_invocation.global.verbose);
    m_client = new SignTrakerClient(*outcome.config);
    // One id keeps update's output (the record); several are a bulk edit.
    const bool bulkUpdate =
        m_invocation.is("agents", "update") && m_invocation.arguments.size() > 1;
    if (LocalCommand::handles(m_invocation))
        m_command = new LocalCommand(m_invocation, &m_console, m_client, copyPath);
    else if (m_invocation.group == QLatin1String("agents") &&
             (m_invocation.command == QLatin1String("activate") ||
              m_invocation.command == QLatin1String("deactivate") || bulkUpdate))
        m_command = new BulkCommand(m_invocation, &m_console, m_client);
    else if (m_invocation.is("agents", "sync"))
        m_command = new SyncCommand(m_invocation, &m_console, m_client, outcome.profileName);
    else if (m_invocation.group == QLatin1String("agents") &&
             m_invocation.command != QLatin1String("list"))
        m_command = new RecordCommand(m_invocation, &m_console, m_client);
    else
        m_command = new ListCommand(m_invocation, &m_console, m_client);
    connect(m_command, &Command::finished, this, &CliRunner::finish);
    m_command->start();
}

} // namespace signtraker::cli
