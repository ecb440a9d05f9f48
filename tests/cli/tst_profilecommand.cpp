// SPDX-License-Identifier: Apache-2.0
// The profile commands and --profile, over a settings file of the test's own; the key goes to
// the keychain only (or nowhere, when there is no keychain), never to the settings file.
#include "clirunner.h"
#include "localcopy.h"
#include "profilestore.h"
#include "simfixture.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <memory>

using namespace signtraker;
using namespace signtraker::cli;

namespace {

const QString Key = QStringLiteral("k3y-Profile-Secret-42");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestProfileCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void list_empty_saysHowToAdd();
    void list_json_namesTheDefaultAndNoKey();
    void default_known_isStored_unknown_is4();
    void remove_known_isGone_unknown_is4();
    void remove_deletesTheProfilesLocalCopy();
    void add_badValues_areConfigurationErrors_data();
    void add_badValues_areConfigurationErrors();
    void add_keyFromStdin_neverInTheSettingsFile();
    void profileOption_unknown_is2();
    void profileOption_usesTheProfilesBaseUrl();
    void corruptSettings_refusedWithThePath_fileUnchanged_data();
    void corruptSettings_refusedWithThePath_fileUnchanged();

private:
    Run run(const QStringList &arguments, const QByteArray &input = {},
            const QProcessEnvironment &environment = {});
    QString settingsFile() const { return m_dir->filePath(QStringLiteral("profiles.ini")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProfileCommand::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestProfileCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProfileCommand::cleanup()
{
    m_dir.reset();
}

Run TestProfileCommand::run(const QStringList &arguments, const QByteArray &input,
                            const QProcessEnvironment &environment)
{
    Run result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    QBuffer in;
    in.setData(input);
    in.open(QIODevice::ReadOnly);
    CliRunner::Context context;
    context.arguments = arguments;
    context.environment = environment;
    context.out = &out;
    context.err = &err;
    context.in = &in;
    context.settingsFile = settingsFile();
    context.keychainService = QStringLiteral("signtraker-cli-test");
    CliRunner runner(context);
    QSignalSpy finished(&runner, &CliRunner::finished);
    runner.start();
    if (finished.isEmpty())
        finished.wait(20000);
    out.flush();
    err.flush();
    if (!finished.isEmpty())
        result.exitCode = finished.first().first().toInt();
    return result;
}

void TestProfileCommand::list_empty_saysHowToAdd()
{
    const Run result = run({"profile", "list"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(QLatin1String("profile add")));
}

void TestProfileCommand::list_json_namesTheDefaultAndNoKey()
{
    {
        ProfileStore store(settingsFile());
        Profile acme;
        acme.name = QStringLiteral("acme");
        acme.subdomain = QStringLiteral("acme");
        store.save(acme);
        Profile local;
        local.name = QStringLiteral("local");
        local.baseUrl = QStringLiteral("http://127.0.0.1:8080");
        local.timeoutSeconds = 5;
        store.save(local);
        store.setDefaultProfile(QStringLiteral("local"));
    }
    const Run result = run({"--format", "json", "profile", "list"});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(rows.size(), 2);
    for (const QJsonValue &row : rows) {
        const QJsonObject profile = row.toObject();
        QCOMPARE(profile.value("Default").toBool(),
                 profile.value("Name").toString() == QLatin1String("local"));
        QVERIFY(!profile.contains(QStringLiteral("ApiKey")));
    }
}

void TestProfileCommand::default_known_isStored_unknown_is4()
{
    {
        ProfileStore store(settingsFile());
        Profile acme;
        acme.name = QStringLiteral("acme");
        acme.subdomain = QStringLiteral("acme");
        store.save(acme);
    }
    QCOMPARE(run({"profile", "default", "acme"}).exitCode, 0);
    QCOMPARE(ProfileStore(settingsFile()).defaultProfile(), QStringLiteral("acme"));
    const Run unknown = run({"profile", "default", "nope"});
    QCOMPARE(unknown.exitCode, 4);
    QVERIFY(unknown.err.startsWith(QLatin1String("signtraker-cli: not found: ")));
}

void TestProfileCommand::remove_known_isGone_unknown_is4()
{
    {
        ProfileStore store(settingsFile());
        Profile acme;
        acme.name = QStringLiteral("acme");
        acme.subdomain = QStringLiteral("acme");
        store.save(acme);
        store.setDefaultProfile(QStringLiteral("acme"));
    }
    const Run result = run({"profile", "remove", "acme"});
    QCOMPARE(result.exitCode, 0);
    ProfileStore store(settingsFile());
    QVERIFY(!store.profile(QStringLiteral("acme")));
    QVERIFY(store.defaultProfile().isEmpty());
    QCOMPARE(run({"profile", "remove", "acme"}).exitCode, 4);
}

void TestProfileCommand::remove_deletesTheProfilesLocalCopy()
{
    // QStandardPaths' test mode (initTestCase) puts the cache under ~/.qttest, never the
    // developer's own cache.
    {
        ProfileStore store(settingsFile());
        Profile acme;
        acme.name = QStringLiteral("acme");
        acme.subdomain = QStringLiteral("acme");
        store.save(acme);
    }
    const QString copy = LocalCopy::pathForProfile(QStringLiteral("acme"));
    const QString other = LocalCopy::pathForProfile(QStringLiteral("other"));
    const auto cleanup = qScopeGuard([&] { QFile::remove(other); });
    QVERIFY(QDir().mkpath(QFileInfo(copy).path()));
    for (const QString &path : QStringList{copy, copy + QStringLiteral("-wal"), other}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QCOMPARE(run({"profile", "remove", "acme"}).exitCode, 0);
    QVERIFY(!QFile::exists(copy));
    QVERIFY(!QFile::exists(copy + QStringLiteral("-wal")));
    QVERIFY(QFile::exists(other)); // another profile's copy stays
}

void TestProfileCommand::add_badValues_areConfigurationErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("subdomain not one label")
        << QStringList{"profile", "add", "p", "--subdomain", "a.b", "--api-key-stdin"}
        << Key.toUtf8();
    QTest::newRow("http to a remote host")
        << QStringList{"profile", "add", "p", "--base-url", "http://example.com", "--api-key-stdin"}
        << Key.toUtf8();
    QTest::newRow("no key on stdin")
        << QStringList{"profile", "add", "p", "--subdomain", "acme", "--api-key-stdin"}
        << QByteArray("\n");
    QTest::newRow("zero timeout") << QStringList{"profile",     "add",  "p",
                                                 "--subdomain", "acme", "--api-key-stdin",
                                                 "--timeout",   "0"}
                                  << Key.toUtf8();
}

void TestProfileCommand::add_badValues_areConfigurationErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    const Run result = run(arguments, input);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!result.err.contains(Key));
    QVERIFY(ProfileStore(settingsFile()).names().isEmpty());
}

void TestProfileCommand::add_keyFromStdin_neverInTheSettingsFile()
{
    // With a keychain the profile is saved; without one nothing is (no plaintext fallback).
    const Run result = run({"profile", "add", "ci-profile", "--subdomain", "acme",
                            "--api-key-stdin", "--retries", "2"},
                           Key.toUtf8() + "\n");
    QVERIFY2(result.exitCode == 0 || result.exitCode == 2, qPrintable(result.err));
    QVERIFY(!result.out.contains(Key));
    QVERIFY(!result.err.contains(Key));
    const ProfileStore store(settingsFile());
    if (result.exitCode == 0) {
        QCOMPARE(store.profile(QStringLiteral("ci-profile"))->maxRetries, 2);
        QCOMPARE(store.defaultProfile(), QStringLiteral("ci-profile"));
        run({"profile", "remove", "ci-profile"}); // the keychain entry too
    } else {
        QVERIFY(result.err.startsWith(QLatin1String("signtraker-cli: keychain: ")));
        QVERIFY(store.names().isEmpty());
    }
    QFile file(settingsFile());
    if (file.open(QIODevice::ReadOnly))
        QVERIFY(!file.readAll().contains(Key.toUtf8()));
}

void TestProfileCommand::profileOption_unknown_is2()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("SIGNTRAKER_API_KEY"), Key);
    const Run result = run({"--profile", "nope", "agents", "list"}, {}, environment);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.startsWith(QLatin1String("signtraker-cli: configuration: ")));
}

void TestProfileCommand::profileOption_usesTheProfilesBaseUrl()
{
    const auto server = test::startSimulator(1, 3, Key);
    QVERIFY(server);
    {
        ProfileStore store(settingsFile());
        Profile local;
        local.name = QStringLiteral("local");
        local.baseUrl = server->baseUrl().toString();
        store.save(local);
    }
    // The key from the environment wins over the keychain, which is then not asked at all.
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("SIGNTRAKER_API_KEY"), Key);
    const Run result = run({"--profile", "local", "enterprises", "list"}, {}, environment);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(server->requests().size(), 1);
}

void TestProfileCommand::corruptSettings_refusedWithThePath_fileUnchanged_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("profile add") << QStringList{"profile",     "add",   "new",
                                                "--subdomain", "newco", "--api-key-stdin"}
                                 << (Key.toUtf8() + '\n');
    QTest::newRow("profile default") << QStringList{"profile", "default", "acme"} << QByteArray();
    QTest::newRow("profile remove") << QStringList{"profile", "remove", "acme"} << QByteArray();
    QTest::newRow("profile list") << QStringList{"profile", "list"} << QByteArray();
}

void TestProfileCommand::corruptSettings_refusedWithThePath_fileUnchanged()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    // A [section without its bracket: QSettings reads the file with FormatError, and writing it
    // would drop the profile after it.
    const QByteArray corrupt = "[connection]\ndefaultProfile=acme\n[profiles]\nacme\\subdomain="
                               "acme\n[broken \x01\xff\nprod\\subdomain=prod\n";
    {
        QFile file(settingsFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(corrupt);
    }
    const Run result = run(arguments, input);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.startsWith(QLatin1String("signtraker-cli: configuration: ")),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(settingsFile()), qPrintable(result.err));
    QVERIFY(!result.err.contains(Key));
    QFile file(settingsFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), corrupt);
}

QTEST_GUILESS_MAIN(TestProfileCommand)
#include "tst_profilecommand.moc"
