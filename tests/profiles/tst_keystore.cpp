// SPDX-License-Identifier: Apache-2.0
// KeyStore for real. CTest runs this executable twice:
//  - SIGNTRAKER_TEST_KEYCHAIN=secretservice, inside tests/support/with-secret-service.sh: keys are
//    written to a private gnome-keyring, then looked up with QtKeychain directly;
//  - SIGNTRAKER_TEST_KEYCHAIN=none, with DBUS_SESSION_BUS_ADDRESS pointing nowhere: the warning,
//    the in-memory key for the run, and nothing written anywhere.
// Either way the settings file's bytes never hold the key, in clear, base64, hex or UTF-16.
#include "keystore.h"
#include "profilestore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace signtraker;
using namespace std::chrono_literals;

namespace {

const QString Service = QStringLiteral("signtraker-admin");

struct Lookup
{
    QKeychain::Error error = QKeychain::OtherError;
    QString key;
};

// A second opinion: QtKeychain itself, not through KeyStore.
Lookup lookUp(const QString &account)
{
    auto *job = new QKeychain::ReadPasswordJob(Service);
    job->setInsecureFallback(false);
    job->setKey(account);
    Lookup result;
    bool done = false;
    QObject::connect(job, &QKeychain::Job::finished, job, [&](QKeychain::Job *) {
        result.error = job->error();
        result.key = job->textData();
        done = true;
    });
    job->start();
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        qWarning("the keychain lookup did not finish");
    return result;
}

// Every spelling of the key that a careless writer could have left in a file.
QList<QByteArray> spellingsOf(const QString &key)
{
    const QByteArray utf8 = key.toUtf8();
    QByteArray utf16(reinterpret_cast<const char *>(key.utf16()), key.size() * 2);
    return {utf8,
            utf8.toBase64(),
            utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
            utf8.toHex(),
            utf8.toHex().toUpper(),
            utf8.toPercentEncoding(),
            utf16};
}

} // namespace

// One executable, two CTest registrations (tests/profiles/CMakeLists.txt), each with its own
// keychain: every test function runs in exactly one of them, and is skipped in the other. A run
// in neither environment fails in initTestCase(), so no half can go unrun unnoticed.
// QSKIP returns from the function it is in: these must be expanded in the test function itself.
#define REQUIRE_SECRET_SERVICE()                                                                   \
    if (!secretService())                                                                          \
    QSKIP("runs in the registration tst_keystore_secretservice (a private Secret Service)")
#define REQUIRE_NO_KEYCHAIN()                                                                      \
    if (!noKeychain())                                                                             \
    QSKIP("runs in the registration tst_keystore (no session bus, no keychain)")

class TestKeyStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    // With a Secret Service
    void write_read_data();
    void write_read();
    void write_isInTheKeychain_andNotInTheSettingsFile();
    void remove_leavesNoEntry();
    void remove_missing_isNoError();
    void read_missing_saysSo();
    void rename_movesTheEntry();

    // Without any keychain
    void noKeychain_write_warnsAndKeepsTheKeyForTheRun();
    void noKeychain_read_isTriedOnceMoreAfterAShortWait();
    void noKeychain_removeAndRename_inMemory();
    void noKeychain_nothingWrittenAnywhere();

private:
    bool secretService() const { return m_mode == QLatin1String("secretservice"); }
    bool noKeychain() const { return m_mode == QLatin1String("none"); }
    QString settingsFile() const { return m_dir->filePath(QStringLiteral("profiles.ini")); }
    void assertNotInSettingsFile(const QString &key);

    QString m_mode;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<KeyStore> m_keys;
};

void TestKeyStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Where QtKeychain's plaintext fallback would write, were it ever switched on.
    QCoreApplication::setOrganizationName(QStringLiteral("SignTrakerTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_keystore"));
    m_mode = qEnvironmentVariable("SIGNTRAKER_TEST_KEYCHAIN");
    QVERIFY2(
        secretService() || noKeychain(),
        "SIGNTRAKER_TEST_KEYCHAIN must be secretservice or none: run this suite through CTest");
}

void TestKeyStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_keys = std::make_unique<KeyStore>(Service);
    m_keys->setRetryDelay(200ms);
}

void TestKeyStore::cleanup()
{
    m_keys.reset();
    m_dir.reset();
}

void TestKeyStore::cleanupTestCase()
{
    QSettings fallback;
    QVERIFY2(fallback.allKeys().isEmpty(), qPrintable(fallback.fileName()));
}

void TestKeyStore::assertNotInSettingsFile(const QString &key)
{
    QFile file(settingsFile());
    if (!file.open(QIODevice::ReadOnly))
        return; // nothing written at all
    const QByteArray bytes = file.readAll();
    for (const QByteArray &spelling : spellingsOf(key))
        QVERIFY2(!bytes.contains(spelling), spelling.constData());
}

void TestKeyStore::write_read_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("key");
    QTest::newRow("plain") << "acme"
                           << "k3y-Secret-0001";
    QTest::newRow("long key") << "acme" << QString(512, QLatin1Char('x'));
    QTest::newRow("unicode name and key")
        << QStringLiteral("Émile & Co") << QStringLiteral("ключ-∑");
}

void TestKeyStore::write_read()
{
    REQUIRE_SECRET_SERVICE();
    QFETCH(QString, profile);
    QFETCH(QString, key);
    QSignalSpy written(m_keys.get(), &KeyStore::keyWritten);
    QVERIFY(written.isValid());
    m_keys->writeKey(profile, key);
    QVERIFY(written.wait(20000));
    QCOMPARE(written.first().at(0).toString(), profile);
    QVERIFY2(written.first().at(1).toString().isEmpty(),
             qPrintable(written.first().at(1).toString()));

    QSignalSpy read(m_keys.get(), &KeyStore::keyRead);
    m_keys->readKey(profile);
    QVERIFY(read.wait(20000));
    QCOMPARE(read.first().at(0).toString(), profile);
    QCOMPARE(read.first().at(1).toString(), key);
    QVERIFY(read.first().at(2).toString().isEmpty());
    QVERIFY(m_keys->isAvailable());
}

void TestKeyStore::write_isInTheKeychain_andNotInTheSettingsFile()
{
    REQUIRE_SECRET_SERVICE();
    const QString key = QStringLiteral("k3y-Secret-Keychain-77");
    ProfileStore profiles(settingsFile());
    Profile profile;
    profile.name = QStringLiteral("acme");
    profile.subdomain = QStringLiteral("acme");
    profiles.save(profile);
    QSignalSpy written(m_keys.get(), &KeyStore::keyWritten);
    m_keys->writeKey(profile.name, key);
    QVERIFY(written.wait(20000));
    QVERIFY(written.first().at(1).toString().isEmpty());

    const Lookup found = lookUp(profile.name);
    QCOMPARE(found.error, QKeychain::NoError);
    QCOMPARE(found.key, key);
    assertNotInSettingsFile(key);
}

void TestKeyStore::remove_leavesNoEntry()
{
    REQUIRE_SECRET_SERVICE();
    QSignalSpy written(m_keys.get(), &KeyStore::keyWritten);
    m_keys->writeKey(QStringLiteral("gone"), QStringLiteral("k3y-to-remove"));
    QVERIFY(written.wait(20000));
    QCOMPARE(lookUp(QStringLiteral("gone")).error, QKeychain::NoError);

    QSignalSpy removed(m_keys.get(), &KeyStore::keyRemoved);
    m_keys->removeKey(QStringLiteral("gone"));
    QVERIFY(removed.wait(20000));
    QVERIFY(removed.first().at(1).toString().isEmpty());
    QCOMPARE(lookUp(QStringLiteral("gone")).error, QKeychain::EntryNotFound);
}

void TestKeyStore::remove_missing_isNoError()
{
    REQUIRE_SECRET_SERVICE();
    QSignalSpy removed(m_keys.get(), &KeyStore::keyRemoved);
    m_keys->removeKey(QStringLiteral("never-there"));
    QVERIFY(removed.wait(20000));
    QVERIFY2(removed.first().at(1).toString().isEmpty(),
             qPrintable(removed.first().at(1).toString()));
    QVERIFY(m_keys->isAvailable());
}

void TestKeyStore::read_missing_saysSo()
{
    REQUIRE_SECRET_SERVICE();
    QSignalSpy read(m_keys.get(), &KeyStore::keyRead);
    QSignalSpy availability(m_keys.get(), &KeyStore::availabilityChanged);
    m_keys->readKey(QStringLiteral("never-there"));
    QVERIFY(read.wait(20000));
    QVERIFY(read.first().at(1).toString().isEmpty());
    QVERIFY(!read.first().at(2).toString().isEmpty());
    QVERIFY(m_keys->isAvailable());
    QVERIFY(availability.isEmpty());
}

void TestKeyStore::rename_movesTheEntry()
{
    REQUIRE_SECRET_SERVICE();
    const QString key = QStringLiteral("k3y-Moving-42");
    QSignalSpy written(m_keys.get(), &KeyStore::keyWritten);
    m_keys->writeKey(QStringLiteral("old name"), key);
    QVERIFY(written.wait(20000));

    QSignalSpy renamed(m_keys.get(), &KeyStore::keyRenamed);
    m_keys->renameKey(QStringLiteral("old name"), QStringLiteral("new name"));
    QVERIFY(renamed.wait(20000));
    QCOMPARE(renamed.first().at(0).toString(), QStringLiteral("old name"));
    QCOMPARE(renamed.first().at(1).toString(), QStringLiteral("new name"));
    QVERIFY(renamed.first().at(2).toString().isEmpty());
    QCOMPARE(lookUp(QStringLiteral("old name")).error, QKeychain::EntryNotFound);
    const Lookup moved = lookUp(QStringLiteral("new name"));
    QCOMPARE(moved.error, QKeychain::NoError);
    QCOMPARE(moved.key, key);

    // A profile without a key renames without complaint.
    m_keys->renameKey(QStringLiteral("keyless"), QStringLiteral("still keyless"));
    QVERIFY(renamed.wait(20000));
    QVERIFY(renamed.last().at(2).toString().isEmpty());
}

void TestKeyStore::noKeychain_write_warnsAndKeepsTheKeyForTheRun()
{
    REQUIRE_NO_KEYCHAIN();
    const QString key = QStringLiteral("k3y-Memory-Only-5");
    QSignalSpy availability(m_keys.get(), &KeyStore::availabilityChanged);
    QSignalSpy written(m_keys.get(), &KeyStore::keyWritten);
    QVERIFY(m_keys->isAvailable());
    m_keys->writeKey(QStringLiteral("acme"), key);
    QVERIFY(written.wait(20000));
    // Not in the keychain: the caller is told, the warning is raised once and stays.
    const QString error = written.first().at(1).toString();
    QVERIFY(!error.isEmpty());
    QVERIFY(!error.contains(key));
    QCOMPARE(availability.size(), 1);
    QCOMPARE(availability.first().first().toBool(), false);
    QVERIFY(!m_keys->isAvailable());
    QVERIFY(!KeyStore::unavailableWarning().isEmpty());

    QSignalSpy read(m_keys.get(), &KeyStore::keyRead);
    m_keys->readKey(QStringLiteral("acme"));
    QVERIFY(read.wait(5000));
    QCOMPARE(read.first().at(1).toString(), key);
    QVERIFY(read.first().at(2).toString().isEmpty());

    // A second write goes straight to memory, with no second warning.
    m_keys->writeKey(QStringLiteral("other"), QStringLiteral("k3y-2"));
    QVERIFY(written.wait(5000));
    QCOMPARE(availability.size(), 1);

    // Another KeyStore (another run) has nothing.
    KeyStore nextRun(Service);
    nextRun.setRetryDelay(10ms);
    QSignalSpy nextRead(&nextRun, &KeyStore::keyRead);
    nextRun.readKey(QStringLiteral("acme"));
    QVERIFY(nextRead.wait(20000));
    QVERIFY(nextRead.first().at(1).toString().isEmpty());
}

void TestKeyStore::noKeychain_read_isTriedOnceMoreAfterAShortWait()
{
    REQUIRE_NO_KEYCHAIN();
    QSignalSpy read(m_keys.get(), &KeyStore::keyRead);
    QSignalSpy availability(m_keys.get(), &KeyStore::availabilityChanged);
    QElapsedTimer elapsed;
    elapsed.start();
    m_keys->readKey(QStringLiteral("acme"));
    QVERIFY(read.wait(20000));
    QVERIFY2(elapsed.elapsed() >= 200, "the second attempt waits for the retry delay");
    QCOMPARE(read.size(), 1);
    QVERIFY(read.first().at(1).toString().isEmpty());
    QVERIFY(!read.first().at(2).toString().isEmpty());
    QCOMPARE(availability.size(), 1);
    QVERIFY(!m_keys->isAvailable());
    QTest::qWait(50); // no late second keyRead
    QCOMPARE(read.size(), 1);
}

void TestKeyStore::noKeychain_removeAndRename_inMemory()
{
    REQUIRE_NO_KEYCHAIN();
    QSignalSpy written(m_keys.get(), &KeyStore::keyWritten);
    m_keys->writeKey(QStringLiteral("a"), QStringLiteral("k3y-a"));
    QVERIFY(written.wait(20000));

    QSignalSpy renamed(m_keys.get(), &KeyStore::keyRenamed);
    m_keys->renameKey(QStringLiteral("a"), QStringLiteral("b"));
    QVERIFY(renamed.wait(5000));
    QSignalSpy read(m_keys.get(), &KeyStore::keyRead);
    m_keys->readKey(QStringLiteral("b"));
    QVERIFY(read.wait(5000));
    QCOMPARE(read.last().at(1).toString(), QStringLiteral("k3y-a"));
    m_keys->readKey(QStringLiteral("a"));
    QVERIFY(read.wait(5000));
    QVERIFY(read.last().at(1).toString().isEmpty());

    QSignalSpy removed(m_keys.get(), &KeyStore::keyRemoved);
    m_keys->removeKey(QStringLiteral("b"));
    QVERIFY(removed.wait(5000));
    m_keys->readKey(QStringLiteral("b"));
    QVERIFY(read.wait(5000));
    QVERIFY(read.last().at(1).toString().isEmpty());
}

void TestKeyStore::noKeychain_nothingWrittenAnywhere()
{
    REQUIRE_NO_KEYCHAIN();
    const QString key = QStringLiteral("k3y-Nowhere-99");
    ProfileStore profiles(settingsFile());
    Profile profile;
    profile.name = QStringLiteral("acme");
    profile.subdomain = QStringLiteral("acme");
    profiles.save(profile);
    QSignalSpy written(m_keys.get(), &KeyStore::keyWritten);
    m_keys->writeKey(profile.name, key);
    QVERIFY(written.wait(20000));
    assertNotInSettingsFile(key);

    // No file anywhere under the test's directories or the test-mode locations holds it.
    const QStringList roots{m_dir->path(),
                            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                            QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)};
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.read(1 << 20);
            for (const QByteArray &spelling : spellingsOf(key))
                QVERIFY2(!bytes.contains(spelling), qPrintable(file.fileName()));
        }
    }
}

QTEST_GUILESS_MAIN(TestKeyStore)
#include "tst_keystore.moc"
