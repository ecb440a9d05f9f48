// SPDX-License-Identifier: Apache-2.0
// ConnectionResolver under QCoreApplication, with no session bus (the keys of the run are kept in
// memory, as KeyStore does without a keychain): command line over environment over profile, the
// default profile, a missing key, an unknown profile, a bad URL, latest wins, and the key in no
// message.
#include "connectionresolver.h"
#include "keystore.h"
#include "profilestore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace signtraker;
using namespace std::chrono_literals;

namespace {
const QString Key = QStringLiteral("k3y-Resolver-Secret-7");
const QString EnvKey = QStringLiteral("k3y-From-Environment-9");
} // namespace

class TestConnectionResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void precedence_commandLineOverEnvironmentOverProfile_data();
    void precedence_commandLineOverEnvironmentOverProfile();
    void defaultProfile_usedWhenNoneNamed();
    void noProfileAtAll_environmentAlone();
    void environmentKey_keychainNotAsked();
    void missingKey_failsWithTheProfileName();
    void unknownProfile_failsFromTheEventLoop();
    void invalidUrl_failsWithConfiguration();
    void failures_neverHoldTheKey_data();
    void failures_neverHoldTheKey();
    void resolveTwice_latestWins();
    void cancel_nothingFinishes();

private:
    void saveProfile(const QString &name, const QString &baseUrl,
                     std::optional<double> timeout = std::nullopt);
    void writeKey(const QString &profile, const QString &key);
    ConnectionOutcome resolveAndWait(ConnectionResolver &resolver, const QString &profile = {},
                                     const ConfigValues &commandLine = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<KeyStore> m_keys;
};

void TestConnectionResolver::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<ConnectionOutcome>();
}

void TestConnectionResolver::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_keys = std::make_unique<KeyStore>(QStringLiteral("signtraker-resolver-test"));
    m_keys->setRetryDelay(10ms);
}

void TestConnectionResolver::cleanup()
{
    m_keys.reset();
    m_profiles.reset();
    m_dir.reset();
}

void TestConnectionResolver::saveProfile(const QString &name, const QString &baseUrl,
                                         std::optional<double> timeout)
{
    Profile profile;
    profile.name = name;
    profile.baseUrl = baseUrl;
    profile.timeoutSeconds = timeout;
    QVERIFY(m_profiles->save(profile));
}

void TestConnectionResolver::writeKey(const QString &profile, const QString &key)
{
    QSignalSpy written(m_keys.get(), &KeyStore::keyWritten);
    m_keys->writeKey(profile, key);
    QVERIFY(written.wait(20000));
}

ConnectionOutcome TestConnectionResolver::resolveAndWait(ConnectionResolver &resolver,
                                                         const QString &profile,
                                                         const ConfigValues &commandLine)
{
    QSignalSpy finished(&resolver, &ConnectionResolver::finished);
    resolver.resolve(profile, commandLine);
    if (!finished.isEmpty()) {
        qWarning("finished() inside resolve()");
        return {};
    }
    if (!finished.wait(20000))
        return {};
    return finished.first().first().value<ConnectionOutcome>();
}

void TestConnectionResolver::precedence_commandLineOverEnvironmentOverProfile_data()
{
    QTest::addColumn<QString>("commandLine"); // base URL; empty: none
    QTest::addColumn<QString>("environment"); // SIGNTRAKER_BASE_URL; empty: unset
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("fromEnvironment");
    const QString cl = QStringLiteral("http://127.0.0.1:1001");
    const QString env = QStringLiteral("http://127.0.0.1:2002");
    const QString profile = QStringLiteral("http://127.0.0.1:3003"); // saved in every row
    QTest::newRow("all three: command line") << cl << env << cl << false;
    QTest::newRow("command line and profile") << cl << QString() << cl << false;
    QTest::newRow("environment and profile") << QString() << env << env << true;
    QTest::newRow("profile alone") << QString() << QString() << profile << false;
}

void TestConnectionResolver::precedence_commandLineOverEnvironmentOverProfile()
{
    QFETCH(QString, commandLine);
    QFETCH(QString, environment);
    QFETCH(QString, expected);
    QFETCH(bool, fromEnvironment);
    saveProfile(QStringLiteral("acme"), QStringLiteral("http://127.0.0.1:3003"), 12.0);
    writeKey(QStringLiteral("acme"), Key);
    QProcessEnvironment env;
    if (!environment.isEmpty())
        env.insert(QStringLiteral("SIGNTRAKER_BASE_URL"), environment);
    env.insert(QStringLiteral("SIGNTRAKER_TIMEOUT_SECONDS"), QStringLiteral("20"));
    ConfigValues values;
    if (!commandLine.isEmpty()) {
        values.baseUrl = commandLine;
        values.timeoutSeconds = 30.5;
    }
    ConnectionResolver resolver(m_profiles.get(), m_keys.get(), env);

    const ConnectionOutcome outcome = resolveAndWait(resolver, QStringLiteral("acme"), values);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error.message()));
    QCOMPARE(outcome.config->baseUrl(), QUrl(expected));
    QCOMPARE(outcome.config->fromEnvironment(ClientConfig::Setting::BaseUrl), fromEnvironment);
    // The number follows the same order: command line, then the environment over the profile.
    QCOMPARE(outcome.config->timeoutSeconds(), commandLine.isEmpty() ? 20.0 : 30.5);
    QCOMPARE(outcome.config->apiKey(), Key); // from the keychain
    QCOMPARE(outcome.profileName, QStringLiteral("acme"));
    QCOMPARE(outcome.failure, ConnectionOutcome::Failure::None);
}

void TestConnectionResolver::defaultProfile_usedWhenNoneNamed()
{
    saveProfile(QStringLiteral("a"), QStringLiteral("http://127.0.0.1:1"));
    saveProfile(QStringLiteral("b"), QStringLiteral("http://127.0.0.1:2"));
    QVERIFY(m_profiles->setDefaultProfile(QStringLiteral("b")));
    writeKey(QStringLiteral("b"), Key);
    ConnectionResolver resolver(m_profiles.get(), m_keys.get(), QProcessEnvironment());
    const ConnectionOutcome outcome = resolveAndWait(resolver);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error.message()));
    QCOMPARE(outcome.profileName, QStringLiteral("b"));
    QCOMPARE(outcome.config->baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:2")));
}

void TestConnectionResolver::noProfileAtAll_environmentAlone()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("SIGNTRAKER_API_KEY"), EnvKey);
    env.insert(QStringLiteral("SIGNTRAKER_SUBDOMAIN"), QStringLiteral("acme"));
    ConnectionResolver resolver(m_profiles.get(), m_keys.get(), env);
    const ConnectionOutcome outcome = resolveAndWait(resolver);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error.message()));
    QVERIFY(outcome.profileName.isEmpty());
    QCOMPARE(outcome.config->baseUrl(), QUrl(QStringLiteral("https://acme.signtraker.com")));
    QCOMPARE(outcome.config->apiKey(), EnvKey);
}

void TestConnectionResolver::environmentKey_keychainNotAsked()
{
    saveProfile(QStringLiteral("acme"), QStringLiteral("http://127.0.0.1:3003"));
    writeKey(QStringLiteral("acme"), Key);
    QProcessEnvironment env;
    env.insert(QStringLiteral("SIGNTRACKER_API_KEY"), QStringLiteral("  ") + EnvKey);
    ConnectionResolver resolver(m_profiles.get(), m_keys.get(), env);
    QSignalSpy read(m_keys.get(), &KeyStore::keyRead);
    const ConnectionOutcome outcome = resolveAndWait(resolver, QStringLiteral("acme"));
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.config->apiKey(), EnvKey);
    QVERIFY(outcome.config->fromEnvironment(ClientConfig::Setting::ApiKey));
    QVERIFY(read.isEmpty());
    QCOMPARE(ConnectionResolver::environmentKey(env), EnvKey);
}

void TestConnectionResolver::missingKey_failsWithTheProfileName()
{
    saveProfile(QStringLiteral("acme"), QStringLiteral("http://127.0.0.1:3003"));
    ConnectionResolver resolver(m_profiles.get(), m_keys.get(), QProcessEnvironment());
    const ConnectionOutcome outcome = resolveAndWait(resolver, QStringLiteral("acme"));
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.failure, ConnectionOutcome::Failure::NoKey);
    QCOMPARE(outcome.error.kind(), ApiError::Kind::Authentication);
    QVERIFY(outcome.error.message().contains(QLatin1String("\"acme\"")));
    QVERIFY(!outcome.keychainError.isEmpty()); // the keychain was asked and had none
    QCOMPARE(outcome.profileName, QStringLiteral("acme"));
}

void TestConnectionResolver::unknownProfile_failsFromTheEventLoop()
{
    saveProfile(QStringLiteral("acme"), QStringLiteral("http://127.0.0.1:3003"));
    ConnectionResolver resolver(m_profiles.get(), m_keys.get(), QProcessEnvironment());
    const ConnectionOutcome outcome = resolveAndWait(resolver, QStringLiteral("nope"));
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.failure, ConnectionOutcome::Failure::UnknownProfile);
    QCOMPARE(outcome.error.kind(), ApiError::Kind::Configuration);
    QVERIFY(outcome.error.message().contains(QLatin1String("\"nope\"")));
}

void TestConnectionResolver::invalidUrl_failsWithConfiguration()
{
    saveProfile(QStringLiteral("acme"), QStringLiteral("http://agents.example.com"));
    writeKey(QStringLiteral("acme"), Key);
    ConnectionResolver resolver(m_profiles.get(), m_keys.get(), QProcessEnvironment());
    const ConnectionOutcome outcome = resolveAndWait(resolver, QStringLiteral("acme"));
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.failure, ConnectionOutcome::Failure::Invalid);
    QCOMPARE(outcome.error.kind(), ApiError::Kind::Configuration);
    // What is wrong and where it comes from.
    QVERIFY2(outcome.error.message().contains(QLatin1String("https")) &&
                 outcome.error.message().contains(QLatin1String("profile")),
             qPrintable(outcome.error.message()));

    // The command line's URL is checked the same way.
    ConfigValues values;
    values.baseUrl = QStringLiteral("not a url");
    const ConnectionOutcome fromCommandLine =
        resolveAndWait(resolver, QStringLiteral("acme"), values);
    QCOMPARE(fromCommandLine.failure, ConnectionOutcome::Failure::Invalid);
}

void TestConnectionResolver::failures_neverHoldTheKey_data()
{
    QTest::addColumn<QString>("profileUrl");
    QTest::addColumn<QString>("commandLineUrl");
    QTest::addColumn<QString>("environmentTimeout");
    QTest::addColumn<int>("failure");
    QTest::newRow("profile URL") << QStringLiteral("ftp://x") << QString() << QString()
                                 << int(ConnectionOutcome::Failure::Invalid);
    QTest::newRow("command-line URL")
        << QStringLiteral("http://127.0.0.1:1") << QStringLiteral("https://user:pw@host")
        << QString() << int(ConnectionOutcome::Failure::Invalid);
    QTest::newRow("timeout") << QStringLiteral("http://127.0.0.1:1") << QString()
                             << QStringLiteral("99999") << int(ConnectionOutcome::Failure::Invalid);
}

void TestConnectionResolver::failures_neverHoldTheKey()
{
    QFETCH(QString, profileUrl);
    QFETCH(QString, commandLineUrl);
    QFETCH(QString, environmentTimeout);
    QFETCH(int, failure);
    saveProfile(QStringLiteral("acme"), profileUrl);
    writeKey(QStringLiteral("acme"), Key);
    QProcessEnvironment env;
    if (!environmentTimeout.isEmpty())
        env.insert(QStringLiteral("SIGNTRAKER_TIMEOUT_SECONDS"), environmentTimeout);
    ConfigValues values;
    if (!commandLineUrl.isEmpty())
        values.baseUrl = commandLineUrl;
    values.apiKey = Key; // a key given here is ignored: never on a command line
    ConnectionResolver resolver(m_profiles.get(), m_keys.get(), env);
    QSignalSpy read(m_keys.get(), &KeyStore::keyRead);
    const ConnectionOutcome outcome = resolveAndWait(resolver, QStringLiteral("acme"), values);
    QCOMPARE(int(outcome.failure), failure);
    QCOMPARE(read.size(), 1); // the key came from the keychain, not from values
    for (const QString &text :
         {outcome.error.message(), outcome.error.userMessage(), outcome.keychainError}) {
        QVERIFY2(!text.contains(Key), qPrintable(text));
    }
}

void TestConnectionResolver::resolveTwice_latestWins()
{
    saveProfile(QStringLiteral("a"), QStringLiteral("http://127.0.0.1:1"));
    saveProfile(QStringLiteral("b"), QStringLiteral("http://127.0.0.1:2"));
    writeKey(QStringLiteral("a"), Key);
    writeKey(QStringLiteral("b"), Key);
    ConnectionResolver resolver(m_profiles.get(), m_keys.get(), QProcessEnvironment());
    QSignalSpy finished(&resolver, &ConnectionResolver::finished);
    resolver.resolve(QStringLiteral("a"));
    resolver.resolve(QStringLiteral("nope"));
    resolver.resolve(QStringLiteral("b"));
    QVERIFY(finished.wait(20000));
    QTest::qWait(100);
    QCOMPARE(finished.size(), 1);
    const auto outcome = finished.first().first().value<ConnectionOutcome>();
    QCOMPARE(outcome.profileName, QStringLiteral("b"));
    QVERIFY(!resolver.isRunning());
}

void TestConnectionResolver::cancel_nothingFinishes()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("SIGNTRAKER_API_KEY"), EnvKey);
    env.insert(QStringLiteral("SIGNTRAKER_SUBDOMAIN"), QStringLiteral("acme"));
    ConnectionResolver resolver(m_profiles.get(), m_keys.get(), env);
    QSignalSpy finished(&resolver, &ConnectionResolver::finished);
    resolver.resolve();
    QVERIFY(resolver.isRunning());
    resolver.cancel();
    QTest::qWait(50);
    QVERIFY(finished.isEmpty());
}

QTEST_GUILESS_MAIN(TestConnectionResolver)
#include "tst_connectionresolver.moc"
