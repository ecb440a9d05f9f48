// SPDX-License-Identifier: Apache-2.0
// The local copy against the simulator, the judge of what the service answers: a refresh holds
// every agent and office, a refresh that fails or is cancelled half-way leaves the previous copy
// whole, the file is its owner's only, filters, orders and pages answer as the service does, words
// find people whatever their case and accents, and a write's answer updates the copy.
#include "agent.h"
#include "localcopy.h"
#include "qualityreport.h"

#include "pager.h"
#include "signtrakerclient.h"
#include "simfixture.h"
#include "simserver.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <memory>

using namespace signtraker;
using sim::SimServer;

namespace {

const QString Key = QStringLiteral("local-key");

QList<qint64> idsOf(const QList<QJsonObject> &agents)
{
    QList<qint64> ids;
    for (const QJsonObject &agent : agents)
        ids << agent.value(u"Id").toInteger();
    return ids;
}

int modeOf(const QString &path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
}

QJsonObject agentRecord(qint64 id, const QString &first, const QString &last, const QString &email,
                        const QJsonObject &office)
{
    return QJsonObject{{u"Id"_qs, id},         {u"UserName"_qs, email.section(u'@', 0, 0)},
                       {u"Email"_qs, email},   {u"FirstName"_qs, first},
                       {u"LastName"_qs, last}, {u"IsInactive"_qs, false},
                       {u"Office"_qs, office}};
}

// LocalQuery and ListQuery with the members a test sets (designated initializers warn here).
struct Q : LocalQuery
{
    Q &withFilter(const QString &v)
    {
        filter = v;
        return *this;
    }
    Q &withSearch(const QString &v)
    {
        search = v;
        return *this;
    }
    Q &withOrderBy(const QString &v)
    {
        orderBy = v;
        return *this;
    }
    Q &withTop(int v)
    {
        top = v;
        return *this;
    }
    Q &withSkip(int v)
    {
        skip = v;
        return *this;
    }
    Q &withSelect(const QStringList &v)
    {
        select = v;
        return *this;
    }
    Q &withIds(const QList<qint64> &v)
    {
        ids = v;
        return *this;
    }
};

struct LQ : ListQuery
{
    LQ &withFilter(const QString &v)
    {
        filter = v;
        return *this;
    }
    LQ &withOrderBy(const QStringList &v)
    {
        orderBy = v;
        return *this;
    }
};

} // namespace

class TestLocalCopy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void pathForProfile_isFileSafeInTheCache_data();
    void pathForProfile_isFileSafeInTheCache();
    void noCopy_saysSo();
    void refresh_holdsEveryAgentAndOffice();
    void refresh_fileIsOwnerOnly();
    void refresh_failingHalfWay_keepsThePreviousCopy();
    void refresh_cancelledHalfWay_keepsThePreviousCopy();
    void removeForProfile_deletesTheFiles();
    void clear_deletesTheCopy();
    void filter_agreesWithTheService_data();
    void filter_agreesWithTheService();
    void order_agreesWithTheService_data();
    void order_agreesWithTheService();
    void unsupportedFilter_isAnError_data();
    void unsupportedFilter_isAnError();
    void search_findsEveryWord_data();
    void search_findsEveryWord();
    void select_ids_topAndSkip();
    void counts_byOfficeAndActive();
    void updateRecord_afterPatch_equalsTheServiceAnswer();
    void updateInactive_changesOnlyTheStatus_andItsCounts();
    void qualityFix_checkedAgainstTheCopysRecord();
    void updateRecord_duringRefresh_winsOverAnOlderPage();
    void unknownMembers_survive();

private:
    bool refresh(LocalCopy &copy, SignTrakerClient *client = nullptr);
    QList<qint64> liveIds(const ListQuery &query);
    void useWordsTenant();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SimServer> m_server;
    std::unique_ptr<SignTrakerClient> m_client;
    std::unique_ptr<LocalCopy> m_copy; // of the 300-agent tenant, refreshed once per suite
    std::unique_ptr<SimServer> m_sharedServer;
    std::unique_ptr<SignTrakerClient> m_sharedClient;
};

void TestLocalCopy::initTestCase()
{
    qRegisterMetaType<ApiError>();
    QStandardPaths::setTestModeEnabled(true);
    // The filter and order checks read one tenant that no test changes.
    m_sharedServer = test::startSimulator(11, 300, Key);
    QVERIFY(m_sharedServer);
    // An agent with empty texts and members of the wrong JSON type, which the service reads as
    // null.
    const QJsonObject odd{
        {u"Id"_qs, 100000},
        {u"FirstName"_qs, u""_qs},
        {u"LastName"_qs, u"Odd"_qs},
        {u"Email"_qs, u""_qs},
        {u"Notes"_qs, u""_qs},
        {u"IsLocked"_qs, u"yes"_qs},
        {u"IsInactive"_qs, 0},
        {u"BasicInstallPrice"_qs, 12},
        {u"Office"_qs, QJsonObject{{u"Id"_qs, u"3"_qs}, {u"Name"_qs, 7}}},
        {u"Manager"_qs, u"nobody"_qs},
        {u"Address"_qs, QJsonObject{{u"Street2"_qs, u"  "_qs}, {u"City"_qs, QJsonValue()}}}};
    m_sharedServer->tenant().insertAgent(odd);
    m_sharedClient = test::clientFor(*m_sharedServer, Key);
    static QTemporaryDir shared;
    m_copy = std::make_unique<LocalCopy>(shared.filePath(u"shared.sqlite"_qs));
    QVERIFY(refresh(*m_copy, m_sharedClient.get()));
}

void TestLocalCopy::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = test::startSimulator(7, 120, Key);
    QVERIFY(m_server);
    m_client = test::clientFor(*m_server, Key);
}

void TestLocalCopy::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_dir.reset();
}

bool TestLocalCopy::refresh(LocalCopy &copy, SignTrakerClient *client)
{
    QSignalSpy done(&copy, &LocalCopy::refreshed);
    QSignalSpy failed(&copy, &LocalCopy::refreshFailed);
    copy.refresh(client ? client : m_client.get());
    if (!QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 30000))
        return false;
    if (!failed.isEmpty())
        qWarning() << failed.first().first().toString();
    return failed.isEmpty();
}

QList<qint64> TestLocalCopy::liveIds(const ListQuery &query)
{
    auto *walker = AllPagesWalker::over(m_sharedClient.get(), SignTrakerClient::List::Agents, query,
                                        100, this);
    QList<qint64> ids;
    connect(walker, &AllPagesWalker::pageLoaded, this, [&ids](const QJsonArray &rows) {
        for (const QJsonValue &row : rows)
            ids << row.toObject().value(u"Id").toInteger();
    });
    QSignalSpy finished(walker, &AllPagesWalker::finished);
    walker->start();
    if (!finished.wait(20000))
        return {-1};
    const auto error = finished.first().first().value<ApiError>();
    walker->deleteLater();
    if (error.isError())
        qWarning() << "the service refused:" << error.userMessage();
    return error.isError() ? QList<qint64>{-2} : ids;
}

void TestLocalCopy::pathForProfile_isFileSafeInTheCache_data()
{
    QTest::addColumn<QString>("profile");
    QTest::newRow("plain") << u"work"_qs;
    QTest::newRow("slash") << u"../a/b"_qs;
    QTest::newRow("spaces and accents") << u"Bureau de Montréal"_qs;
    QTest::newRow("empty") << QString();
}

void TestLocalCopy::pathForProfile_isFileSafeInTheCache()
{
    QFETCH(QString, profile);
    const QString path = LocalCopy::pathForProfile(profile);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
                           u"/signtraker-admin/local/"_qs;
    QVERIFY2(path.startsWith(folder), qPrintable(path));
    const QString name = path.mid(folder.size());
    QVERIFY(name.endsWith(u".sqlite"));
    QVERIFY(!name.contains(u'/'));
    QVERIFY(!name.startsWith(u'.'));
    // Two profiles never share a copy.
    QCOMPARE_NE(LocalCopy::pathForProfile(profile + u'x'), path);
    QCOMPARE_NE(LocalCopy::pathForProfile(u"a_b"_qs), LocalCopy::pathForProfile(u"a/b"_qs));
}

void TestLocalCopy::noCopy_saysSo()
{
    LocalCopy copy(m_dir->filePath(u"none.sqlite"_qs));
    QVERIFY(!copy.exists());
    QCOMPARE(copy.rowCount(), 0);
    QVERIFY(!copy.asOf().isValid());
    QString error;
    QVERIFY(copy.agents({}, &error).isEmpty());
    QVERIFY(error.contains(u"no local copy"));
    QCOMPARE(copy.count({}, &error), -1);
    QVERIFY(!QFile::exists(copy.path())); // reading never creates the file
}

void TestLocalCopy::refresh_holdsEveryAgentAndOffice()
{
    LocalCopy copy(m_dir->filePath(u"copy.sqlite"_qs));
    QSignalSpy progress(&copy, &LocalCopy::refreshProgress);
    QSignalSpy changed(&copy, &LocalCopy::changed);
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    QVERIFY(refresh(copy));
    QVERIFY(copy.exists());
    QVERIFY(!copy.isRefreshing());
    QVERIFY(copy.asOf() >= before && copy.asOf() <= QDateTime::currentDateTimeUtc());
    QCOMPARE(changed.size(), 1);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), 120);

    const QJsonArray agents = m_server->tenant().agents();
    QCOMPARE(copy.rowCount(), agents.size());
    const QList<QJsonObject> stored = copy.allAgents();
    QCOMPARE(stored.size(), agents.size());
    for (qsizetype i = 0; i < agents.size(); ++i)
        QCOMPARE(stored.at(i), agents.at(i).toObject());

    QList<QPair<QString, QString>> expected;
    for (const QJsonValue &value : m_server->tenant().offices())
        expected.append({QString::number(value[u"Id"].toInteger()), value[u"Name"].toString()});
    std::sort(expected.begin(), expected.end(), [](const auto &a, const auto &b) {
        return a.second.toCaseFolded() < b.second.toCaseFolded();
    });
    QCOMPARE(copy.offices(), expected);
}

void TestLocalCopy::refresh_fileIsOwnerOnly()
{
    const QString path = m_dir->filePath(u"private/copy.sqlite"_qs);
    LocalCopy copy(path);
    QVERIFY(refresh(copy));
    QCOMPARE(modeOf(path), 0600);
    QCOMPARE(modeOf(QFileInfo(path).absolutePath()), 0700);
    QVERIFY(copy.rowCount() > 0); // opens the reader: its -wal and -shm are owner-only too
    for (const QString &suffix : {u"-wal"_qs, u"-shm"_qs})
        if (QFile::exists(path + suffix))
            QCOMPARE(modeOf(path + suffix), 0600);

    // A copy left readable by others is made private again before it is written.
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ReadOther));
    QVERIFY(refresh(copy));
    QCOMPARE(modeOf(path), 0600);
}

void TestLocalCopy::refresh_failingHalfWay_keepsThePreviousCopy()
{
    m_server = test::startSimulator(7, 2000, Key);
    QVERIFY(m_server);
    m_client = std::make_unique<SignTrakerClient>(test::configFor(*m_server, Key, 10, 0));
    LocalCopy copy(m_dir->filePath(u"copy.sqlite"_qs));
    QVERIFY(refresh(copy));
    const QList<QJsonObject> before = copy.allAgents();
    QCOMPARE(before.size(), 2000);

    // The tenant changes, then a refresh reads some pages and the next one fails.
    const qint64 changedId = before.at(10).value(u"Id").toInteger();
    QVERIFY(
        test::waitFor(m_client->updateAgent(changedId, {{u"LastName"_qs, u"Changed"_qs}})).ok());
    m_server->setMaxTop(100);
    m_server->setLatency(20);
    QSignalSpy failed(&copy, &LocalCopy::refreshFailed);
    QSignalSpy refreshed(&copy, &LocalCopy::refreshed);
    bool scripted = false;
    connect(&copy, &LocalCopy::refreshProgress, this, [&](int rows) {
        if (rows > 0 && !scripted) {
            scripted = true;
            m_server->scriptNext("GET", u"/api/agents"_qs,
                                 sim::ScriptedReply::json(400, R"({"Message":"Broken page."})"));
        }
    });
    copy.refresh(m_client.get());
    QVERIFY(failed.wait(20000));
    QVERIFY(scripted);
    QVERIFY2(failed.first().first().toString().contains(u"Broken page."),
             qPrintable(failed.first().first().toString()));
    QVERIFY(!copy.isRefreshing());
    QTest::qWait(200); // pages still arriving must not be written anywhere
    QVERIFY(refreshed.isEmpty());
    QCOMPARE(copy.allAgents(), before);
    QCOMPARE(copy.rowCount(), 2000);
    QString error;
    QCOMPARE(copy.count(Q().withFilter(u"LastName eq 'Changed'"_qs), &error), 0);

    // The next refresh that succeeds replaces the copy.
    QVERIFY(refresh(copy));
    QCOMPARE(copy.count(Q().withFilter(u"LastName eq 'Changed'"_qs), &error), 1);
}

void TestLocalCopy::refresh_cancelledHalfWay_keepsThePreviousCopy()
{
    LocalCopy copy(m_dir->filePath(u"copy.sqlite"_qs));
    QVERIFY(refresh(copy));
    const QList<QJsonObject> before = copy.allAgents();
    const QDateTime asOf = copy.asOf();
    m_server->setMaxTop(20);
    m_server->setLatency(30);
    QVERIFY(test::waitFor(m_client->updateAgent(before.first().value(u"Id").toInteger(),
                                                {{u"LastName"_qs, u"Changed"_qs}}))
                .ok());
    QSignalSpy refreshed(&copy, &LocalCopy::refreshed);
    QSignalSpy failed(&copy, &LocalCopy::refreshFailed);
    QSignalSpy progress(&copy, &LocalCopy::refreshProgress);
    copy.refresh(m_client.get());
    QTRY_VERIFY(!progress.isEmpty() && progress.last().first().toInt() > 0);
    copy.cancelRefresh();
    QVERIFY(!copy.isRefreshing());
    QTest::qWait(500);
    QVERIFY(refreshed.isEmpty());
    QVERIFY(failed.isEmpty());
    QCOMPARE(copy.allAgents(), before);
    QCOMPARE(copy.asOf(), asOf);
}

void TestLocalCopy::removeForProfile_deletesTheFiles()
{
    const QString profile = u"removal test"_qs;
    const QString path = LocalCopy::pathForProfile(profile);
    {
        LocalCopy copy(path);
        QVERIFY(refresh(copy));
        QVERIFY(copy.rowCount() > 0);
        QVERIFY(QFile::exists(path));
    }
    QVERIFY(LocalCopy::removeForProfile(profile));
    for (const QString &suffix : {QString(), u"-wal"_qs, u"-shm"_qs})
        QVERIFY2(!QFile::exists(path + suffix), qPrintable(path + suffix));
    QVERIFY(!LocalCopy(path).exists());
    QVERIFY(LocalCopy::removeForProfile(profile)); // nothing left is not a failure
}

void TestLocalCopy::clear_deletesTheCopy()
{
    const QString path = m_dir->filePath(u"copy.sqlite"_qs);
    LocalCopy copy(path);
    QVERIFY(refresh(copy));
    QVERIFY(copy.exists());
    QSignalSpy changed(&copy, &LocalCopy::changed);
    QVERIFY(copy.clear());
    QCOMPARE(changed.size(), 1);
    QVERIFY(!copy.exists());
    for (const QString &suffix : {QString(), u"-wal"_qs, u"-shm"_qs})
        QVERIFY2(!QFile::exists(path + suffix), qPrintable(path + suffix));
    // And it can be made again.
    QVERIFY(refresh(copy));
    QCOMPARE(copy.rowCount(), 120);
}

void TestLocalCopy::filter_agreesWithTheService_data()
{
    QTest::addColumn<QString>("filter");
    const char *filters[] = {
        "IsInactive eq true",
        "IsInactive ne true",
        "not (IsInactive eq true)",
        "IsLocked eq false",
        "not IsLocked",
        "EmailConfirmed",
        "Office/Id eq 3",
        "Office/Id ge 5 and Office/Id lt 8",
        "Office eq null",
        "Office ne null",
        "Manager/Id eq null",
        "Manager/Id gt 10",
        "not (Manager/Id gt 10)",
        "Manager ne null and Manager/Id ne 5",
        "contains(LastName, 'smith')",
        "contains(tolower(LastName), 'SMITH')",
        "contains(LastName, 'É')",
        "startswith(FirstName, 'jo')",
        "endswith(Email, '.COM')",
        "Address/City eq 'Montréal'",
        "Address/City eq 'MONTRÉAL' or Address/City eq 'perth'",
        "toupper(Address/State) eq 'wa'",
        "LastName gt 'M'",
        "LastName le 'b'",
        "FirstName lt LastName",
        "BasicInstallPrice gt 100",
        "BasicInstallPrice le 99.5",
        "SubscriptionPrice eq null",
        "EnableSubscription eq true and SubscriptionPrice eq null",
        "not (Address/State eq 'WA') or IsManager eq true",
        "ManagerData/RebillInterval ge 2",
        "not (ManagerData/RebillInterval ge 2)",
        "ManagerData ne null",
        "length(FirstName) gt 5",
        "trim(Notes) eq ''",
        "Notes eq ''",
        "trim(Notes) ne null",
        "length(Notes) eq 0",
        "Notes eq null",
        "Email eq ''",
        "FirstName lt 'a'",
        "trim(Address/Street2) eq ''",
        "Address/City eq null",
        "Address ne null and Address/City eq null",
        "IsLocked eq null",
        "IsInactive eq null",
        "Office/Id eq null",
        "Office/Name eq null",
        "Manager eq null",
        "BasicInstallPrice eq 12",
        "contains(Office/Name, '7')",
        "Id le 50 or Id ge 280",
        "(contains(FirstName, 'a') or contains(LastName, 'e')) and not IsLocked",
        "PaymentMode eq 'Terms'",
        "CellularPhone ne null and startswith(CellularPhone, '+1')",
        "contains(Email, 'o''')",
        "true",
        "Id eq 1.5",
        "Id eq 9999999999999999999",
    };
    for (const char *filter : filters)
        QTest::newRow(filter) << QString::fromUtf8(filter);
}

void TestLocalCopy::filter_agreesWithTheService()
{
    QFETCH(QString, filter);
    const QList<qint64> live = liveIds(LQ().withFilter(filter));
    QString error;
    const QList<qint64> local = idsOf(m_copy->agents(Q().withFilter(filter), &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(local, live);
    QCOMPARE(m_copy->count(Q().withFilter(filter), &error), live.size());
}

void TestLocalCopy::order_agreesWithTheService_data()
{
    QTest::addColumn<QString>("orderBy");
    QTest::addColumn<int>("skip");
    QTest::addColumn<int>("top");
    QTest::newRow("last name") << u"LastName"_qs << 0 << -1;
    QTest::newRow("last desc, first") << u"LastName desc,FirstName"_qs << 0 << -1;
    QTest::newRow("nulls first") << u"BasicInstallPrice"_qs << 0 << -1;
    QTest::newRow("nulls last") << u"ManagerData/RebillInterval desc,Email"_qs << 0 << -1;
    QTest::newRow("office name, a page") << u"Office/Name,IsInactive desc"_qs << 40 << 25;
    QTest::newRow("city, last page") << u"Address/City desc"_qs << 290 << 50;
    QTest::newRow("id desc") << u"Id desc"_qs << 5 << 10;
}

void TestLocalCopy::order_agreesWithTheService()
{
    QFETCH(QString, orderBy);
    QFETCH(int, skip);
    QFETCH(int, top);
    QList<qint64> live = liveIds(LQ().withOrderBy(orderBy.split(u',')));
    live = live.mid(skip, top);
    QString error;
    const QList<qint64> local =
        idsOf(m_copy->agents(Q().withOrderBy(orderBy).withTop(top).withSkip(skip), &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(local, live);
}

void TestLocalCopy::unsupportedFilter_isAnError_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("orderBy");
    QTest::newRow("unknown member") << u"Foo eq 1"_qs << QString();
    QTest::newRow("unknown sub-member") << u"Office/Foo eq 1"_qs << QString();
    QTest::newRow("text against number") << u"LastName eq 1"_qs << QString();
    QTest::newRow("arithmetic") << u"Id add 1 eq 2"_qs << QString();
    QTest::newRow("in") << u"LastName in ('a', 'b')"_qs << QString();
    QTest::newRow("any") << u"Tags/any(t: t eq 'a')"_qs << QString();
    QTest::newRow("substring") << u"substring(LastName, 1) eq 'a'"_qs << QString();
    QTest::newRow("unterminated") << u"LastName eq 'x"_qs << QString();
    QTest::newRow("not a condition") << u"LastName"_qs << QString();
    QTest::newRow("ordering objects") << u"Office gt null"_qs << QString();
    QTest::newRow("trailing text") << u"Id eq 1 Id"_qs << QString();
    QTest::newRow("order by object") << QString() << u"Office"_qs;
    QTest::newRow("order by unknown") << QString() << u"Foo desc"_qs;
}

void TestLocalCopy::unsupportedFilter_isAnError()
{
    QFETCH(QString, filter);
    QFETCH(QString, orderBy);
    QString error;
    QVERIFY(m_copy->agents(Q().withFilter(filter).withOrderBy(orderBy), &error).isEmpty());
    QVERIFY2(error.contains(u"cannot be evaluated on the local copy"), qPrintable(error));
    if (!filter.isEmpty()) {
        error.clear();
        QCOMPARE(m_copy->count(Q().withFilter(filter), &error), -1);
        QVERIFY(!error.isEmpty());
    }
}

void TestLocalCopy::useWordsTenant()
{
    m_server = test::startSimulator(3, 0, Key);
    QVERIFY(m_server);
    m_client = test::clientFor(*m_server, Key);
    const QJsonArray offices = m_server->tenant().offices();
    QVERIFY(offices.size() >= 2);
    const QJsonObject keystone{{u"Id"_qs, 9001}, {u"Name"_qs, u"Keystone Seattle"_qs}};
    const QJsonObject other = offices.at(1).toObject();
    auto &tenant = m_server->tenant();
    QJsonObject john =
        agentRecord(1, u"John"_qs, u"Smith"_qs, u"john.smith@example.com"_qs, keystone);
    john.insert(u"CellularPhone"_qs, u"+1 206-555-0100"_qs);
    tenant.insertAgent(john);
    tenant.insertAgent(agentRecord(2, u"Jane"_qs, u"Smith"_qs, u"jane@example.com"_qs, other));
    tenant.insertAgent(agentRecord(3, u"John"_qs, u"Doe"_qs, u"jdoe@example.com"_qs, other));
    tenant.insertAgent(agentRecord(4, u"José"_qs, u"Côté"_qs, u"jcote@example.ca"_qs, other));
    tenant.insertAgent(agentRecord(5, u"Zoë"_qs, u"Smithers"_qs, u"zoe@example.com"_qs, other));
    tenant.insertAgent(agentRecord(6, u"Renée"_qs, u"O'Brien"_qs, u"renee@example.com"_qs, other));
}

void TestLocalCopy::search_findsEveryWord_data()
{
    QTest::addColumn<QString>("words");
    QTest::addColumn<QList<qint64>>("ids");
    QTest::newRow("first and last") << u"john smith"_qs << QList<qint64>{1};
    QTest::newRow("upper case") << u"JOHN SMITH"_qs << QList<qint64>{1};
    QTest::newRow("any order, spaces") << u"  smith   john "_qs << QList<qint64>{1};
    QTest::newRow("prefix") << u"smith"_qs << QList<qint64>{1, 2, 5};
    QTest::newRow("prefixes") << u"jo sm"_qs << QList<qint64>{1};
    QTest::newRow("accents typed") << u"JOSÉ CÔTÉ"_qs << QList<qint64>{4};
    QTest::newRow("accents left out") << u"jose cote"_qs << QList<qint64>{4};
    QTest::newRow("zoe") << u"zoe"_qs << QList<qint64>{5};
    QTest::newRow("apostrophe") << u"o'brien"_qs << QList<qint64>{6};
    QTest::newRow("e-mail") << u"john.smith@example.com"_qs << QList<qint64>{1};
    QTest::newRow("e-mail domain") << u"example.ca"_qs << QList<qint64>{4};
    QTest::newRow("user name") << u"jdoe"_qs << QList<qint64>{3};
    QTest::newRow("phone digits") << u"2065550100"_qs << QList<qint64>{1};
    QTest::newRow("phone as written") << u"206-555"_qs << QList<qint64>{1};
    QTest::newRow("name and office") << u"smith keystone"_qs << QList<qint64>{1};
    QTest::newRow("office") << u"seattle"_qs << QList<qint64>{1};
    QTest::newRow("a word nobody has") << u"john nobody"_qs << QList<qint64>{};
    QTest::newRow("quotes are words") << u"\"john"_qs << QList<qint64>{1, 3};
    QTest::newRow("operators are words") << u"john AND OR NOT"_qs << QList<qint64>{};
    QTest::newRow("a quoted phrase") << u"\"john smith\""_qs << QList<qint64>{1};
    QTest::newRow("a quoted phrase out of order") << u"\"smith john\""_qs << QList<qint64>{};
    QTest::newRow("no words") << u" - "_qs << QList<qint64>{1, 2, 3, 4, 5, 6};
}

void TestLocalCopy::search_findsEveryWord()
{
    QFETCH(QString, words);
    QFETCH(QList<qint64>, ids);
    useWordsTenant();
    LocalCopy copy(m_dir->filePath(u"words.sqlite"_qs));
    QVERIFY(refresh(copy));
    QString error;
    QCOMPARE(idsOf(copy.agents(Q().withSearch(words), &error)), ids);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(copy.count(Q().withSearch(words), &error), ids.size());
    // Words and a filter together.
    QList<qint64> withoutFirst = ids;
    withoutFirst.removeAll(1);
    QCOMPARE(idsOf(copy.agents(Q().withFilter(u"Id ne 1"_qs).withSearch(words), &error)),
             withoutFirst);
}

void TestLocalCopy::select_ids_topAndSkip()
{
    QString error;
    const QList<QJsonObject> all = m_copy->allAgents();
    const qint64 a = all.at(3).value(u"Id").toInteger();
    const qint64 b = all.at(7).value(u"Id").toInteger();
    const QList<QJsonObject> picked =
        m_copy->agents(Q().withSelect({u"LastName"_qs, u"Office"_qs}).withIds({b, a}), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(picked.size(), 2);
    QCOMPARE(picked.at(0), (QJsonObject{{u"Id"_qs, a},
                                        {u"LastName"_qs, all.at(3).value(u"LastName")},
                                        {u"Office"_qs, all.at(3).value(u"Office")}}));
    QCOMPARE(picked.at(1).value(u"Id").toInteger(), b);

    QCOMPARE(idsOf(m_copy->agents(Q().withTop(3).withSkip(2), &error)), idsOf(all.mid(2, 3)));
    QCOMPARE(m_copy->agents(Q().withTop(0), &error).size(), 0);
    QCOMPARE(m_copy->agents(Q().withSkip(10000), &error).size(), 0);
    // Many ids at once: more than SQLite's limit of bound values.
    QList<qint64> many;
    for (qint64 id = 1; id <= 100000; ++id)
        many << id;
    QCOMPARE(m_copy->count(Q().withIds(many), &error), all.size());

    QVERIFY(m_copy->agents(Q().withSelect({u"Nope"_qs}), &error).isEmpty());
    QVERIFY(error.contains(u"Nope"));
}

void TestLocalCopy::counts_byOfficeAndActive()
{
    QMap<qint64, qint64> offices;
    QHash<bool, qint64> active;
    qint64 activeInOffice3 = 0;
    for (const QJsonValue &value : m_sharedServer->tenant().agents()) {
        const QJsonObject agent = value.toObject();
        const qint64 office = agent.value(u"Office")[u"Id"].toInteger();
        ++offices[office];
        const bool isActive = !agent.value(u"IsInactive").toBool();
        ++active[isActive];
        activeInOffice3 += office == 3 && isActive;
    }
    QList<QPair<qint64, qint64>> expected;
    for (auto it = offices.cbegin(); it != offices.cend(); ++it)
        expected.append({it.key(), it.value()});
    QCOMPARE(m_copy->countsByOffice(), expected);
    QCOMPARE(m_copy->countsByActive(), active);
    QCOMPARE(m_copy->countsByOffice(Q().withFilter(u"IsInactive ne true and Office/Id eq 3"_qs)),
             (QList<QPair<qint64, qint64>>{{3, activeInOffice3}}));
    QCOMPARE(m_copy->countsByActive(Q().withFilter(u"Office/Id eq 3"_qs)).value(true),
             activeInOffice3);
}

void TestLocalCopy::updateRecord_afterPatch_equalsTheServiceAnswer()
{
    LocalCopy copy(m_dir->filePath(u"copy.sqlite"_qs));
    QVERIFY(refresh(copy));
    const QJsonObject before = copy.allAgents().at(5);
    const qint64 id = before.value(u"Id").toInteger();
    const QString oldLast = before.value(u"LastName").toString();
    const ApiResult answer = test::waitFor(
        m_client->updateAgent(id, {{u"LastName"_qs, u"Zwölfer"_qs},
                                   {u"Address"_qs, QJsonObject{{u"City"_qs, u"Perth"_qs}}}}));
    QVERIFY(answer.ok());
    QSignalSpy changed(&copy, &LocalCopy::changed);
    copy.updateRecord(answer.object());
    QCOMPARE(changed.size(), 1);

    QString error;
    const QList<QJsonObject> stored = copy.agents(Q().withIds({id}), &error);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first(), answer.object());
    QCOMPARE(stored.first(), *m_server->tenant().agent(id));
    // The indexed columns and the words follow the record.
    QCOMPARE(idsOf(copy.agents(Q().withSearch(u"zwolfer"_qs), &error)), QList<qint64>{id});
    QCOMPARE(idsOf(copy.agents(Q().withFilter(u"LastName eq 'ZWÖLFER'"_qs), &error)),
             QList<qint64>{id});
    QVERIFY(!idsOf(copy.agents(Q().withFilter(u"LastName eq '%1'"_qs.arg(oldLast)), &error))
                 .contains(id));
    QCOMPARE(copy.rowCount(), 120);
}

// Activation answers with no record: the copy's own record takes the new status, nothing else.
void TestLocalCopy::updateInactive_changesOnlyTheStatus_andItsCounts()
{
    LocalCopy copy(m_dir->filePath(u"copy.sqlite"_qs));
    QVERIFY(refresh(copy));
    const QJsonObject before = copy.allAgents().at(3);
    const qint64 id = before.value(u"Id").toInteger();
    QCOMPARE(copy.agent(id), before);
    QVERIFY(copy.agent(999999).isEmpty());
    const bool wasInactive = before.value(u"IsInactive").toBool();
    const qint64 inactiveBefore = copy.countsByActive().value(false);

    copy.updateInactive(id, !wasInactive);
    QJsonObject expected = before;
    expected.insert(u"IsInactive"_qs, !wasInactive);
    QCOMPARE(copy.agent(id), expected);
    QCOMPARE(copy.countsByActive().value(false), inactiveBefore + (wasInactive ? -1 : 1));
    copy.updateInactive(999999, true); // not in the copy: nothing to do, nothing made up
    QVERIFY(copy.agent(999999).isEmpty());
    QCOMPARE(copy.rowCount(), 120);
}

// A finding's fix is a checked patch per agent the copy holds, expecting what the copy holds.
void TestLocalCopy::qualityFix_checkedAgainstTheCopysRecord()
{
    LocalCopy copy(m_dir->filePath(u"copy.sqlite"_qs));
    QVERIFY(refresh(copy));
    const QJsonObject record = copy.allAgents().at(7);
    const qint64 id = record.value(u"Id").toInteger();
    const QJsonObject patch{{u"CellularPhone"_qs, u"+15125550123"_qs}};
    QualityFinding finding;
    finding.kind = u"invalid-phone"_qs;
    finding.ids = {id, 999999};
    finding.fix = QJsonObject{{QString::number(id), patch},
                              {u"999999"_qs, patch}}; // no longer in the copy: left out
    const QList<BulkRunner::Item> items = QualityReport::fixItems(finding, copy);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().kind, BulkRunner::Item::Kind::Patch);
    QCOMPARE(items.first().id, id);
    QCOMPARE(items.first().body, patch);
    QVERIFY(items.first().checked);
    QCOMPARE(items.first().expected, record);
    QCOMPARE(items.first().label, Agent(record).displayName());
}

void TestLocalCopy::updateRecord_duringRefresh_winsOverAnOlderPage()
{
    LocalCopy copy(m_dir->filePath(u"copy.sqlite"_qs));
    QVERIFY(refresh(copy));
    // The answer to a write made while the pages are on their way, which were read before it.
    m_server->setLatency(300);
    QJsonObject answer = m_server->tenant().agents().at(4).toObject();
    answer.insert(u"LastName"_qs, u"Written"_qs);
    QSignalSpy refreshed(&copy, &LocalCopy::refreshed);
    copy.refresh(m_client.get());
    copy.updateRecord(answer);
    QString error;
    QCOMPARE(copy.count(Q().withFilter(u"LastName eq 'Written'"_qs), &error), 1); // at once
    QVERIFY(refreshed.wait(20000));
    QCOMPARE(copy.agents(Q().withIds({answer.value(u"Id").toInteger()}), &error),
             QList<QJsonObject>{answer});
    QCOMPARE(copy.rowCount(), 120);
}

void TestLocalCopy::unknownMembers_survive()
{
    const QJsonObject future{{u"Level"_qs, 3}, {u"Tags"_qs, QJsonArray{u"a"_qs, 2, true}}};
    QJsonObject agent =
        agentRecord(5000, u"Ada"_qs, u"Future"_qs, u"ada@example.com"_qs,
                    QJsonObject{{u"Id"_qs, 1}, {u"Name"_qs, u"X"_qs}, {u"Region"_qs, u"NW"_qs}});
    agent.insert(u"FutureMember"_qs, future);
    m_server->tenant().insertAgent(agent);
    LocalCopy copy(m_dir->filePath(u"copy.sqlite"_qs));
    QVERIFY(refresh(copy));
    QString error;
    QCOMPARE(copy.agents(Q().withIds({5000}), &error), QList<QJsonObject>{agent});

    agent.insert(u"AnotherNewMember"_qs, u"kept"_qs);
    copy.updateRecord(agent);
    QCOMPARE(copy.agents(Q().withIds({5000}), &error), QList<QJsonObject>{agent});
}

QTEST_GUILESS_MAIN(TestLocalCopy)
#include "tst_localcopy.moc"
