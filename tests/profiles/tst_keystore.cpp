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
// keychain: main() runs the suite of the keychain the registration provides, all of it, and fails
// when the environment names neither, so no half can go unrun unnoticed.
// What both suites share: a settings folder and a KeyStore per test, and the check that
// QtKeychain's plaintext fallback never wrote anything.
class KeyStoreSuite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

protected:
    QString settingsFile() const { return m_dir->filePath(QStringLiteral("profiles.ini")); }
    void assertNotInSettingsFile(const QString &key);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<KeyStore> m_keys;
};

// SIGNTRAKER_TEST_KEYCHAIN=secretservice: a private Secret Service holds the keys.
class TestKeyStoreSecretService : public KeyStoreSuite
{
    Q_OBJECT

private Q_SLOTS:
    void write_read_data();
    void write_read();
    void write_isInTheKeychain_andNotInTheSettingsFile();
    void remove_leavesNoEntry();
    void remove_missing_isNoError();
    void read_missing_saysSo();
    void rename_movesTheEntry();
};

// SIGNTRAKER_TEST_KEYCHAIN=none: no session bus, so no keychain at all.
class TestKeyStoreNoKeychain : public KeyStoreSuite
{
    Q_OBJECT

private Q_SLOTS:
    void noKeychain_write_warnsAndKeepsTheKeyForTheRun();
    void noKeychain_read_isTriedOnceMoreAfterAShortWait();
    void noKeychain_removeAndRename_inMemory();
    void noKeychain_nothingWrittenAnywhere();
};

void KeyStoreSuite::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Where QtKeychain's plaintext fallback would write, were it ever switched on.
    QCoreApplication::setOrganizationName(QStringLiteral("SignTrakerTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_keystore"));
}

void KeyStoreSuite::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_keys = std::make_unique<KeyStore>(Service);
    m_keys->setRetryDelay(200ms);
}

void KeyStoreSuite::cleanup()
{
    m_keys.reset();
    m_dir.reset();
}

void KeyStoreSuite::cleanupTestCase()
{
    QSettings fallback;
    QVERIFY2(fallback.allKeys().isEmpty(), qPrintable(fallback.fileName()));
}

void KeyStoreSuite::assertNotInSettingsFile(const QString &key)
{
    QFile file(settingsFile());
    if (!file.open(QIODevice::ReadOnly))
        return; // nothing written at all
    const QByteArray bytes = file.readAll();
    for (const QByteArray &spelling : spellingsOf(key))
        QVERIFY2(!bytes.contains(spelling), spelling.constData());
}

void TestKeyStoreSecretService::write_read_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("key");
    QTest::newRow("plain") << "acme"
                           << "k3y-Secret-0001";
    QTest::newRow("long key") << "acme" << QString(512, QLatin1Char('x'));
    QTest::newRow("unicode name and key")
        << QStringLiteral("Émile & Co") << QStringLiteral("ключ-∑");
}

void TestKeyStoreSecretService::write_read()
{
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

void TestKeyStoreSecretService::write_isInTheKeychain_andNotInTheSettingsFile()
{
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

void TestKeyStoreSecretService::remove_leavesNoEntry()
{
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

void TestKeyStoreSecretService::remove_missing_isNoError()
{
    QSignalSpy removed(m_keys.get(), &KeyStore::keyRemoved);
    m_keys->removeKey(QStringLiteral("never-there"));
    QVERIFY(removed.wait(20000));
    QVERIFY2(removed.first().at(1).toString().isEmpty(),
             qPrintable(removed.first().at(1).toString()));
    QVERIFY(m_keys->isAvailable());
}

void TestKeyStoreSecretService::read_missing_saysSo()
{
    QSignalSpy read(m_keys.get(), &KeyStore::keyRead);
    QSignalSpy availability(m_keys.get(), &KeyStore::availabilityChanged);
    m_keys->readKey(QStringLiteral("never-there"));
    QVERIFY(read.wait(20000));
    QVERIFY(read.first().at(1).toString().isEmpty());
    QVERIFY(!read.first().at(2).toString().isEmpty());
    QVERIFY(m_keys->isAvailable());
    QVERIFY(availability.isEmpty());
}

void TestKeyStoreSecretService::rename_movesTheEntry()
{
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

void TestKeyStoreNoKeychain::noKeychain_write_warnsAndKeepsTheKeyForTheRun()
{
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

void TestKeyStoreNoKeychain::noKeychain_read_isTriedOnceMoreAfterAShortWait()
{
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

void TestKeyStoreNoKeychain::noKeychain_removeAndRename_inMemory()
{
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

void TestKeyStoreNoKeychain::noKeychain_nothingWrittenAnywhere()
{
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

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString keychain = qEnvironmentVariable("SIGNTRAKER_TEST_KEYCHAIN");
    if (keychain == QLatin1String("secretservice")) {
        TestKeyStoreSecretService suite;
        return QTest::qExec(&suite, argc, argv);
    }
    if (keychain == QLatin1String("none")) {
        TestKeyStoreNoKeychain suite;
        return QTest::qExec(&suite, argc, argv);
    }
    qCritical("SIGNTRAKER_TEST_KEYCHAIN must be secretservice or none: run this suite through "
              "CTest (tst_keystore, tst_keystore_secretservice)");
    return 1;
}
#include "tst_keystore.moc"
