// ProfileStore over a settings file of the test's own: every value round trips, names and the
// default follow renames and removals, two stores on one file (window and CLI) see each other,
// and nothing the store writes resembles a key.
#include "profilestore.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
