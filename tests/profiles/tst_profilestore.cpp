// SPDX-License-Identifier: Apache-2.0
// ProfileStore over a settings file of the test's own: every value round trips, names and the
// default follow renames and removals, two stores on one file (window and CLI) see each other,
// and nothing the store writes resembles a key.
#include "profilestore.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/resource.h>

#include <memory>

using namespace signtraker;

namespace {

Profile makeProfile(const QString &name)
{
    Profile profile;
    profile.name = name;
    profile.subdomain = QStringLiteral("acme");
    return profile;
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void save_roundTrip_data();
    void save_roundTrip();
    void save_invalidName_isIgnored();
    void save_again_replacesAllValues();
    void names_sorted();
    void remove_clearsTheDefault();
    void remove_unknown_isFalse();
    void rename_movesValuesAndDefault();
    void rename_refused_data();
    void rename_refused();
    void twoStores_seeEachOthersWrites();
    void handEditedNumbers_unparsable_areUnset();
    void defaultLocation_isTheApplicationsFile();
    void corruptFile_changesRefused_fileUnchanged_data();
    void corruptFile_changesRefused_fileUnchanged();
    void corruptFile_repaired_isWrittenAgain();
    void unwritableLocation_isReportedWithThePath();
    void diskFull_saveFails_previousFileKept();

private:
    QString settingsFile() const { return m_dir->filePath(QStringLiteral("profiles.ini")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProfileStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProfileStore::cleanup()
{
    m_dir.reset();
}

void TestProfileStore::save_roundTrip_data()
{
    QTest::addColumn<Profile>("profile");
    Profile subdomainOnly = makeProfile(QStringLiteral("acme"));
    QTest::newRow("subdomain only") << subdomainOnly;

    Profile everything;
    everything.name = QStringLiteral("local sim");
    everything.baseUrl = QStringLiteral("http://127.0.0.1:8080");
    everything.timeoutSeconds = 12.5;
    everything.maxRetries = 3;
    everything.retryBackoffSeconds = 0.25;
    everything.maxResponseMegabytes = 16;
    everything.parallelRequests = 2;
    QTest::newRow("base URL and every number") << everything;

    Profile zeros = makeProfile(QStringLiteral("zeros"));
    zeros.maxRetries = 0;
    zeros.retryBackoffSeconds = 0.0;
    QTest::newRow("zero is not unset") << zeros;

    QTest::newRow("unicode and punctuation in the name")
        << makeProfile(QStringLiteral("Émile & Co. [prod] = 1; #2"));
    QTest::newRow("a name like a settings key") << makeProfile(QStringLiteral("defaultProfile"));
}

void TestProfileStore::save_roundTrip()
{
    QFETCH(Profile, profile);
    {
        ProfileStore store(settingsFile());
        store.save(profile);
    }
    const ProfileStore reopened(settingsFile());
    QCOMPARE(reopened.names(), QStringList{profile.name});
    const std::optional<Profile> loaded = reopened.profile(profile.name);
    QVERIFY(loaded);
    QCOMPARE(*loaded, profile);
    QVERIFY(reopened.defaultProfile().isEmpty());
}

void TestProfileStore::save_invalidName_isIgnored()
{
    ProfileStore store(settingsFile());
    store.save(makeProfile(QStringLiteral("a/b")));
    store.save(makeProfile(QString()));
    QVERIFY(store.names().isEmpty());
}

void TestProfileStore::save_again_replacesAllValues()
{
    ProfileStore store(settingsFile());
    Profile profile = makeProfile(QStringLiteral("acme"));
    profile.timeoutSeconds = 5;
    store.save(profile);
    profile.subdomain.clear();
    profile.baseUrl = QStringLiteral("https://acme.example.com");
    profile.timeoutSeconds.reset();
    store.save(profile);
    QCOMPARE(*store.profile(QStringLiteral("acme")), profile);
}

void TestProfileStore::names_sorted()
{
    ProfileStore store(settingsFile());
    for (const char *name : {"zulu", "Alpha", "bravo"})
        store.save(makeProfile(QString::fromLatin1(name)));
    QCOMPARE(store.names(), (QStringList{"Alpha", "bravo", "zulu"}));
}

void TestProfileStore::remove_clearsTheDefault()
{
    ProfileStore store(settingsFile());
    store.save(makeProfile(QStringLiteral("acme")));
    store.save(makeProfile(QStringLiteral("other")));
    store.setDefaultProfile(QStringLiteral("acme"));
    QVERIFY(store.remove(QStringLiteral("acme")));
    QCOMPARE(store.names(), QStringList{QStringLiteral("other")});
    QVERIFY(store.defaultProfile().isEmpty());
    QVERIFY(!store.profile(QStringLiteral("acme")));
}

void TestProfileStore::remove_unknown_isFalse()
{
    ProfileStore store(settingsFile());
    store.save(makeProfile(QStringLiteral("acme")));
    store.setDefaultProfile(QStringLiteral("acme"));
    QVERIFY(!store.remove(QStringLiteral("nope")));
    QCOMPARE(store.defaultProfile(), QStringLiteral("acme"));
}

void TestProfileStore::rename_movesValuesAndDefault()
{
    ProfileStore store(settingsFile());
    Profile profile = makeProfile(QStringLiteral("acme"));
    profile.maxRetries = 4;
    store.save(profile);
    store.setDefaultProfile(QStringLiteral("acme"));
    QVERIFY(store.rename(QStringLiteral("acme"), QStringLiteral("acme prod")));
    QCOMPARE(store.names(), QStringList{QStringLiteral("acme prod")});
    QCOMPARE(store.defaultProfile(), QStringLiteral("acme prod"));
    QCOMPARE(store.profile(QStringLiteral("acme prod"))->maxRetries, std::optional<int>(4));
}

void TestProfileStore::rename_refused_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("unknown source") << "nope"
                                    << "new";
    QTest::newRow("target exists") << "acme"
                                   << "other";
    QTest::newRow("invalid target") << "acme"
                                    << "a/b";
    QTest::newRow("empty target") << "acme"
                                  << "";
}

void TestProfileStore::rename_refused()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    ProfileStore store(settingsFile());
    store.save(makeProfile(QStringLiteral("acme")));
    store.save(makeProfile(QStringLiteral("other")));
    QVERIFY(!store.rename(from, to));
    QCOMPARE(store.names(), (QStringList{"acme", "other"}));
}

void TestProfileStore::twoStores_seeEachOthersWrites()
{
    ProfileStore window(settingsFile());
    ProfileStore cli(settingsFile());
    QVERIFY(window.names().isEmpty());
    cli.save(makeProfile(QStringLiteral("acme")));
    cli.setDefaultProfile(QStringLiteral("acme"));
    QTRY_COMPARE(window.names(), QStringList{QStringLiteral("acme")});
    QCOMPARE(window.defaultProfile(), QStringLiteral("acme"));
}

void TestProfileStore::handEditedNumbers_unparsable_areUnset()
{
    {
        QSettings raw(settingsFile(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("profiles/acme/subdomain"), QStringLiteral("acme"));
        raw.setValue(QStringLiteral("profiles/acme/timeoutSeconds"), QStringLiteral("soon"));
        raw.setValue(QStringLiteral("profiles/acme/maxRetries"), QStringLiteral("2"));
    }
    const std::optional<Profile> profile = ProfileStore(settingsFile()).profile("acme");
    QVERIFY(profile);
    QVERIFY(!profile->timeoutSeconds);
    QCOMPARE(profile->maxRetries, std::optional<int>(2));
}

void TestProfileStore::defaultLocation_isTheApplicationsFile()
{
    const ProfileStore store;
    QVERIFY2(store.settingsFile().endsWith(QLatin1String("/SignTraker/signtraker-admin.ini")),
             qPrintable(store.settingsFile()));
}

namespace {

// An INI file that QSettings reads with FormatError: a [section without its bracket, among
// garbage bytes. Writing would keep what was read and drop the rest (here: "prod" would move to
// a section of its own and be lost as a profile).
const QByteArray CorruptIni = "[connection]\ndefaultProfile=acme\n\n[profiles]\nacme\\subdomain="
                              "acme\n[\x01\x02 not a section \xff\xfe\n"
                              "prod\\subdomain=prod\n";
// Garbage with no key at all: QSettings says nothing, but there is no profile to keep either.
const QByteArray GarbageIni = "\x01\x02\xff\xfe binary garbage \x7f\n\x03\x04";

QByteArray bytesOf(const QString &fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString &fileName, const QByteArray &bytes)
{
    QFile file(fileName);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

void TestProfileStore::corruptFile_changesRefused_fileUnchanged_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("change");
    QTest::newRow("unterminated section: save") << CorruptIni << 0;
    QTest::newRow("unterminated section: remove") << CorruptIni << 1;
    QTest::newRow("unterminated section: rename") << CorruptIni << 2;
    QTest::newRow("unterminated section: set the default") << CorruptIni << 3;
    QTest::newRow("binary garbage: save") << GarbageIni << 0;
    QTest::newRow("binary garbage: set the default") << GarbageIni << 3;
}

void TestProfileStore::corruptFile_changesRefused_fileUnchanged()
{
    QFETCH(QByteArray, content);
    QFETCH(int, change);
    QVERIFY(writeBytes(settingsFile(), content));
    ProfileStore store(settingsFile());
    bool changed = true;
    switch (change) {
    case 0:
        changed = store.save(makeProfile(QStringLiteral("new")));
        break;
    case 1:
        changed = store.remove(QStringLiteral("acme"));
        break;
    case 2:
        changed = store.rename(QStringLiteral("acme"), QStringLiteral("renamed"));
        break;
    case 3:
        changed = store.setDefaultProfile(QStringLiteral("acme"));
        break;
    }
    QVERIFY(!changed);
    QVERIFY(!store.checkWritable());
    QVERIFY2(store.error().contains(settingsFile()), qPrintable(store.error()));
    QVERIFY(store.error().contains(QLatin1String("could not be read")));
    QCOMPARE(bytesOf(settingsFile()), content);
}

void TestProfileStore::corruptFile_repaired_isWrittenAgain()
{
    QVERIFY(writeBytes(settingsFile(), CorruptIni));
    ProfileStore store(settingsFile());
    QVERIFY(!store.save(makeProfile(QStringLiteral("new"))));
    // The user repairs the file while the window is open: the next change goes through.
    QVERIFY(writeBytes(settingsFile(), "[profiles]\nacme\\subdomain=acme\n"));
    QVERIFY(store.save(makeProfile(QStringLiteral("new"))));
    QVERIFY(store.error().isEmpty());
    QCOMPARE(ProfileStore(settingsFile()).names(),
             (QStringList{QStringLiteral("acme"), QStringLiteral("new")}));
}

void TestProfileStore::unwritableLocation_isReportedWithThePath()
{
    // The suites run as root, for whom a read-only file or folder is writable all the same: a
    // settings file whose folder is a regular file cannot be created by anyone.
    QVERIFY(writeBytes(m_dir->filePath(QStringLiteral("not-a-folder")), "x"));
    const QString fileName = m_dir->filePath(QStringLiteral("not-a-folder/profiles.ini"));
    ProfileStore store(fileName);
    QVERIFY(!store.save(makeProfile(QStringLiteral("acme"))));
    QVERIFY2(store.error().contains(fileName), qPrintable(store.error()));
    QVERIFY(!store.setDefaultProfile(QStringLiteral("acme")));
    QVERIFY(!store.error().isEmpty());
}

void TestProfileStore::diskFull_saveFails_previousFileKept()
{
    {
        ProfileStore store(settingsFile());
        QVERIFY(store.save(makeProfile(QStringLiteral("acme"))));
        QVERIFY(store.setDefaultProfile(QStringLiteral("acme")));
    }
    const QByteArray before = bytesOf(settingsFile());
    QVERIFY(!before.isEmpty());

    ProfileStore store(settingsFile());
    QCOMPARE(store.names(), QStringList{QStringLiteral("acme")});
    // A full disk, real for root too: a file size limit below the new file's size makes the
    // write fail with EFBIG (SIGXFSZ ignored, so that the process lives on).
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit saved{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    rlimit small = saved;
    small.rlim_cur = rlim_t(before.size());
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    Profile big = makeProfile(QStringLiteral("second"));
    big.baseUrl = QStringLiteral("https://") + QString(200, u'a') + QStringLiteral(".example.com");
    const bool savedOk = store.save(big);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(!savedOk);
    QVERIFY2(store.error().contains(settingsFile()), qPrintable(store.error()));
    QCOMPARE(bytesOf(settingsFile()), before);
    QCOMPARE(ProfileStore(settingsFile()).profile(QStringLiteral("acme")),
             makeProfile(QStringLiteral("acme")));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
