// SPDX-License-Identifier: Apache-2.0
// ConnectionManager: first-run detection, the profile's key from the keychain (here: no session
// bus, so the in-memory keys of the run), environment precedence, errors, latest wins.
#include "connectionmanager.h"
#include "keystore.h"
#include "profilestore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace signtraker;
using namespace signtraker::ui;
using namespace std::chrono_literals;

namespace {
const QString Key = QStringLiteral("k3y-Manager-Secret-3");
}

class TestConnectionManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void needsWelcome_data();
    void needsWelcome();
    void resolve_defaultProfile_readsTheKey();
    void resolve_environment_winsOverTheProfile();
    void resolve_commandLine_winsOverEnvironmentAndProfile();
    void resolve_noKey_failsWithAuthentication();
    void resolve_unknownProfile_failsWithConfiguration();
    void resolve_twice_latestWins();
    void keychainMissing_isReported();
    void describe_namesProfileAndTenant();

private:
    void writeKey(const QString &profile, const QString &key);
    void saveProfile(const QString &name, const QString &subdomain);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<KeyStore> m_keys;
};

void TestConnectionManager::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestConnectionManager::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_keys = std::make_unique<KeyStore>(QStringLiteral("signtraker-admin-test"));
    m_keys->setRetryDelay(10ms);
}

void TestConnectionManager::cleanup()
{
    m_keys.reset();
    m_profiles.reset();
    m_dir.reset();
}

void TestConnectionManager::writeKey(const QString &profile, const QString &key)
{
    QSignalSpy written(m_keys.get(), &KeyStore::keyWritten);
    m_keys->writeKey(profile, key);
    QVERIFY(written.wait(20000));
}

void TestConnectionManager::saveProfile(const QString &name, const QString &subdomain)
{
    Profile profile;
    profile.name = name;
    profile.subdomain = subdomain;
    m_profiles->save(profile);
}

void TestConnectionManager::needsWelcome_data()
{
    QTest::addColumn<bool>("profile");
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<bool>("welcome");
    QTest::newRow("nothing at all") << false << QStringList() << true;
    QTest::newRow("a profile") << true << QStringList() << false;
    QTest::newRow("key and tenant in the environment")
        << false << QStringList{"SIGNTRACKER_API_KEY", "SIGNTRAKER_SUBDOMAIN"} << false;
    QTest::newRow("key alone in the environment")
        << false << QStringList{"SIGNTRAKER_API_KEY"} << true;
}

void TestConnectionManager::needsWelcome()
{
    QFETCH(bool, profile);
    QFETCH(QStringList, environment);
    QFETCH(bool, welcome);
    if (profile)
        saveProfile(QStringLiteral("acme"), QStringLiteral("acme"));
    QProcessEnvironment env;
    for (const QString &name : environment)
        env.insert(name, QStringLiteral("acme"));
    const ConnectionManager manager(m_profiles.get(), m_keys.get(), env);
    QCOMPARE(manager.needsWelcome(), welcome);
}

void TestConnectionManager::resolve_defaultProfile_readsTheKey()
{
    saveProfile(QStringLiteral("acme"), QStringLiteral("acme"));
    saveProfile(QStringLiteral("other"), QStringLiteral("other"));
    m_profiles->setDefaultProfile(QStringLiteral("other"));
    writeKey(QStringLiteral("other"), Key);
    ConnectionManager manager(m_profiles.get(), m_keys.get(), QProcessEnvironment());
    QSignalSpy ready(&manager, &ConnectionManager::configReady);
    QVERIFY(ready.isValid());
    manager.resolve();
    QVERIFY(ready.wait(20000));
    const auto config = ready.first().at(0).value<ClientConfig>();
    QCOMPARE(config.baseUrl(), QUrl(QStringLiteral("https://other.signtraker.com")));
    QCOMPARE(config.apiKey(), Key);
    QCOMPARE(ready.first().at(1).toString(), QStringLiteral("other"));
    QCOMPARE(manager.activeProfile(), QStringLiteral("other"));
}

void TestConnectionManager::resolve_environment_winsOverTheProfile()
{
    saveProfile(QStringLiteral("acme"), QStringLiteral("acme"));
    m_profiles->setDefaultProfile(QStringLiteral("acme"));
    QProcessEnvironment env;
    env.insert(QStringLiteral("SIGNTRAKER_API_KEY"), Key);
    env.insert(QStringLiteral("SIGNTRAKER_BASE_URL"), QStringLiteral("http://127.0.0.1:9"));
    ConnectionManager manager(m_profiles.get(), m_keys.get(), env);
    QSignalSpy ready(&manager, &ConnectionManager::configReady);
    QSignalSpy read(m_keys.get(), &KeyStore::keyRead);
    manager.resolve();
    QVERIFY(ready.wait(5000));
    const auto config = ready.first().at(0).value<ClientConfig>();
    QCOMPARE(config.baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:9")));
    QVERIFY(config.fromEnvironment(ClientConfig::Setting::ApiKey));
    QVERIFY(read.isEmpty()); // the keychain is not asked when the environment has the key
}

// As app/main.cpp passes --base-url: the profile's key from the keychain, the command line's URL.
void TestConnectionManager::resolve_commandLine_winsOverEnvironmentAndProfile()
{
    saveProfile(QStringLiteral("acme"), QStringLiteral("acme"));
    writeKey(QStringLiteral("acme"), Key);
    QProcessEnvironment env;
    env.insert(QStringLiteral("SIGNTRAKER_BASE_URL"), QStringLiteral("http://127.0.0.1:9"));
    ConnectionManager manager(m_profiles.get(), m_keys.get(), env);
    QSignalSpy ready(&manager, &ConnectionManager::configReady);
    ConfigValues commandLine;
    commandLine.baseUrl = QStringLiteral("http://127.0.0.1:7");
    manager.resolve(QStringLiteral("acme"), commandLine);
    QVERIFY(ready.wait(20000));
    const auto config = ready.first().at(0).value<ClientConfig>();
    QCOMPARE(config.baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:7")));
    QCOMPARE(config.apiKey(), Key);
    QCOMPARE(manager.activeProfile(), QStringLiteral("acme"));
}

void TestConnectionManager::resolve_noKey_failsWithAuthentication()
{
    saveProfile(QStringLiteral("acme"), QStringLiteral("acme"));
    ConnectionManager manager(m_profiles.get(), m_keys.get(), QProcessEnvironment());
    QSignalSpy failed(&manager, &ConnectionManager::failed);
    manager.resolve(QStringLiteral("acme"));
    QVERIFY(failed.wait(20000));
    const auto error = failed.first().at(0).value<ApiError>();
    QCOMPARE(error.kind(), ApiError::Kind::Authentication);
    QVERIFY(error.message().contains(QLatin1String("acme")));
}

void TestConnectionManager::resolve_unknownProfile_failsWithConfiguration()
{
    ConnectionManager manager(m_profiles.get(), m_keys.get(), QProcessEnvironment());
    QSignalSpy failed(&manager, &ConnectionManager::failed);
    manager.resolve(QStringLiteral("nope"));
    QVERIFY(failed.isEmpty()); // never inside the call
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().at(0).value<ApiError>().kind(), ApiError::Kind::Configuration);
}

void TestConnectionManager::resolve_twice_latestWins()
{
    saveProfile(QStringLiteral("a"), QStringLiteral("a"));
    saveProfile(QStringLiteral("b"), QStringLiteral("b"));
    writeKey(QStringLiteral("a"), Key);
    writeKey(QStringLiteral("b"), Key);
    ConnectionManager manager(m_profiles.get(), m_keys.get(), QProcessEnvironment());
    QSignalSpy ready(&manager, &ConnectionManager::configReady);
    manager.resolve(QStringLiteral("a"));
    manager.resolve(QStringLiteral("b"));
    QVERIFY(ready.wait(20000));
    QTest::qWait(100);
    QCOMPARE(ready.size(), 1);
    QCOMPARE(ready.first().at(1).toString(), QStringLiteral("b"));
}

void TestConnectionManager::keychainMissing_isReported()
{
    saveProfile(QStringLiteral("acme"), QStringLiteral("acme"));
    ConnectionManager manager(m_profiles.get(), m_keys.get(), QProcessEnvironment());
    QSignalSpy warning(&manager, &ConnectionManager::keychainUnavailable);
    manager.resolve(QStringLiteral("acme"));
    QTRY_COMPARE_WITH_TIMEOUT(warning.size(), 1, 20000);
    QCOMPARE(warning.first().first().toString(), KeyStore::unavailableWarning());
    QVERIFY(!manager.isKeychainAvailable());
}

void TestConnectionManager::describe_namesProfileAndTenant()
{
    const ClientConfig config =
        ClientConfig::make(QUrl(QStringLiteral("https://acme.signtraker.com")), Key);
    QCOMPARE(ConnectionManager::describe(config, QStringLiteral("prod")),
             QStringLiteral("prod — acme.signtraker.com"));
    QCOMPARE(ConnectionManager::describe(config, {}), QStringLiteral("acme.signtraker.com"));
}

QTEST_GUILESS_MAIN(TestConnectionManager)
#include "tst_connectionmanager.moc"
