// SPDX-License-Identifier: Apache-2.0
// The pick lists of a connection against the simulator: every office and manager across pages,
// read once and shared, read again on demand, and a failure instead of a short list.
#include "referencelists.h"

#include "agent.h"
#include "signtrakerclient.h"
#include "simfixture.h"
#include "simserver.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace signtraker;
using sim::SimServer;
using State = ReferenceLists::State;

namespace {

const QString Key = QStringLiteral("lists-key");

int countOf(const QList<sim::RecordedRequest> &requests, const QString &path)
{
    return int(std::count_if(requests.cbegin(), requests.cend(),
                             [&path](const sim::RecordedRequest &r) { return r.path == path; }));
}

} // namespace

class TestReferenceLists : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void load_holdsEveryOfficeAndManager_data();
    void load_holdsEveryOfficeAndManager();
    void managers_askedThroughTheFilterBuilder();
    void of_onePerClient_readOnce();
    void refresh_readsAgain();
    void failure_leavesBothEmptyAndSaysWhy();

private:
    QList<ReferenceLists::Entry> expectedOffices() const;
    QList<qint64> expectedManagerIds() const;

    std::unique_ptr<SimServer> m_server;
    std::unique_ptr<SignTrakerClient> m_client;
};

void TestReferenceLists::initTestCase()
{
    qRegisterMetaType<ApiError>();
}

void TestReferenceLists::init()
{
    m_server = test::startSimulator(7, 150, Key);
    QVERIFY(m_server);
    m_client = test::clientFor(*m_server, Key);
}

void TestReferenceLists::cleanup()
{
    m_client.reset();
    m_server.reset();
}

QList<ReferenceLists::Entry> TestReferenceLists::expectedOffices() const
{
    QList<ReferenceLists::Entry> offices;
    for (const auto &value : m_server->tenant().offices()) {
        const QJsonObject office = value.toObject();
        offices.append({office.value(QStringLiteral("Id")).toInteger(),
                        office.value(QStringLiteral("Name")).toString()});
    }
    std::sort(offices.begin(), offices.end(), [](const auto &a, const auto &b) {
        return a.name == b.name ? a.id < b.id : a.name < b.name;
    });
    return offices;
}

QList<qint64> TestReferenceLists::expectedManagerIds() const
{
    QList<qint64> ids;
    for (const auto &value : m_server->tenant().agents()) {
        const Agent agent(value.toObject());
        if (agent.isManager())
            ids.append(agent.id());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TestReferenceLists::load_holdsEveryOfficeAndManager_data()
{
    QTest::addColumn<int>("maxTop"); // 0: the service's own page size
    QTest::newRow("one page") << 0;
    QTest::newRow("service answers 5 rows at most") << 5;
}

void TestReferenceLists::load_holdsEveryOfficeAndManager()
{
    QFETCH(int, maxTop);
    if (maxTop > 0)
        m_server->setMaxTop(maxTop);
    QVERIFY(expectedManagerIds().size() > 5);
    ReferenceLists lists(m_client.get());
    QCOMPARE(lists.state(), State::Empty);
    QSignalSpy changed(&lists, &ReferenceLists::changed);
    lists.ensureLoaded();
    QCOMPARE(lists.state(), State::Loading);
    QVERIFY(changed.wait(10000));
    QCOMPARE(lists.state(), State::Ready);
    QCOMPARE(lists.offices(), expectedOffices());
    QList<qint64> managerIds;
    for (const ReferenceLists::Entry &manager : lists.managers()) {
        managerIds.append(manager.id);
        const Agent agent(*m_server->tenant().agent(manager.id));
        QCOMPARE(manager.name, agent.firstName() + QLatin1Char(' ') + agent.lastName());
    }
    std::sort(managerIds.begin(), managerIds.end());
    QCOMPARE(managerIds, expectedManagerIds());
}

void TestReferenceLists::managers_askedThroughTheFilterBuilder()
{
    ReferenceLists lists(m_client.get());
    QSignalSpy changed(&lists, &ReferenceLists::changed);
    lists.ensureLoaded();
    QVERIFY(changed.wait(10000));
    bool asked = false;
    for (const auto &request : m_server->requests()) {
        for (const auto &[name, value] : request.query) {
            if (name == QLatin1String("$filter"))
                asked |= value == QLatin1String("IsManager eq true");
        }
    }
    QVERIFY(asked);
}

void TestReferenceLists::of_onePerClient_readOnce()
{
    ReferenceLists *lists = ReferenceLists::of(m_client.get());
    QVERIFY(lists);
    QCOMPARE(ReferenceLists::of(m_client.get()), lists);
    QCOMPARE(lists->parent(), m_client.get());
    QSignalSpy changed(lists, &ReferenceLists::changed);
    lists->ensureLoaded();
    lists->ensureLoaded(); // a second form while the first reading runs
    QVERIFY(changed.wait(10000));
    const int officeReads = countOf(m_server->requests(), QStringLiteral("/api/offices"));
    QVERIFY(officeReads > 0);
    lists->ensureLoaded(); // ready: nothing more is read
    QTest::qWait(20);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(countOf(m_server->requests(), QStringLiteral("/api/offices")), officeReads);
}

void TestReferenceLists::refresh_readsAgain()
{
    ReferenceLists lists(m_client.get());
    QSignalSpy changed(&lists, &ReferenceLists::changed);
    lists.ensureLoaded();
    QVERIFY(changed.wait(10000));
    const int before = int(lists.managers().size());
    // A new manager on the service shows after refresh(), not before.
    QJsonObject agent{{"UserName", "new.manager"},
                      {"Email", "new.manager@example.com"},
                      {"FirstName", "Nova"},
                      {"LastName", "Manager"},
                      {"CellularPhone", "512-555-0100"},
                      {"PaymentMode", "Terms"},
                      {"Office", QJsonObject{{"Id", 1}}},
                      {"IsManager", true}};
    QVERIFY(m_server->tenant().createAgent(agent).ok());
    QCOMPARE(int(lists.managers().size()), before);
    lists.refresh();
    QCOMPARE(lists.state(), State::Loading);
    QCOMPARE(int(lists.managers().size()), before); // kept until the new lists are complete
    QVERIFY(changed.wait(10000));
    QCOMPARE(int(lists.managers().size()), before + 1);
}

void TestReferenceLists::failure_leavesBothEmptyAndSaysWhy()
{
    // A service that ignores $skip repeats its first page: a walk cannot be completed.
    m_server->setMaxTop(5);
    m_server->setIgnoreSkip(true);
    ReferenceLists lists(m_client.get());
    QSignalSpy failed(&lists, &ReferenceLists::failed);
    QSignalSpy changed(&lists, &ReferenceLists::changed);
    lists.ensureLoaded();
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<ApiError>().kind(), ApiError::Kind::UnreadableResponse);
    QCOMPARE(lists.state(), State::Failed);
    QCOMPARE(lists.error().kind(), ApiError::Kind::UnreadableResponse);
    QVERIFY(lists.offices().isEmpty());
    QVERIFY(lists.managers().isEmpty());
    QVERIFY(changed.isEmpty());

    // Asked for again once the service behaves: read anew.
    m_server->setIgnoreSkip(false);
    lists.ensureLoaded();
    QVERIFY(changed.wait(10000));
    QCOMPARE(lists.state(), State::Ready);
    QCOMPARE(lists.offices(), expectedOffices());
}

QTEST_GUILESS_MAIN(TestReferenceLists)
#include "tst_referencelists.moc"
