// SPDX-License-Identifier: Apache-2.0
#include "agentscontroller.h"
#include "agentstablemodel.h"
#include "pageprefetcher.h"
#include "signtrakerclient.h"
#include "simfixture.h"
#include "simserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace signtraker;
using signtraker::sim::ScriptedReply;
using signtraker::sim::SimServer;
using signtraker::ui::AgentColumn;
using signtraker::ui::AgentQuery;
using signtraker::ui::AgentsController;

namespace {

const QString Key = QStringLiteral("controller-test-key");

QString item(const sim::RecordedRequest &r, const char *name)
{
    for (const auto &[key, value] : r.query) {
        if (key == QLatin1String(name))
            return value;
    }
    return {};
}

QList<sim::RecordedRequest> agentLists(const SimServer &server)
{
    QList<sim::RecordedRequest> lists;
    for (const auto &r : server.requests()) {
        if (r.method == "GET" && r.path == QLatin1String("/api/agents"))
            lists.append(r);
    }
    return lists;
}

// The agent list requests that asked for rows from skip on, in Id order.
int listsFrom(const SimServer &server, int skip)
{
    int count = 0;
    for (const auto &r : agentLists(server)) {
        count +=
            item(r, "$skip") == QString::number(skip) && item(r, "$orderby") == QLatin1String("Id");
    }
    return count;
}

AgentQuery pageOf(int index, int size = 25)
{
    AgentQuery q;
    q.pageSize = size;
    q.pageIndex = index;
    return q;
}

} // namespace

class TestAgentsController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void setQuery_loadsPage();
    void setQuery_outOfOrderReplies_latestWins();
    void setQuery_twiceSynchronously_firstNeverShown();
    void nextPage_lastPage_knowsTotal();
    void countAll_walksIdsOnly_exactTotal();
    void countAll_cancel_noSignal();
    void load_serverError_loadFailed();
    void pages_cappedService_wholePagesAndNextState_data();
    void pages_cappedService_wholePagesAndNextState();
    void load_serviceIgnoresSkip_loadFailed();
    void prefetch_pageShown_nextReadAheadAndShownFromMemory();
    void prefetch_pagingBack_previousReadAhead();
    void prefetch_turnWhileReadingAhead_oneRequest();
    void prefetch_fails_silentThenNormalLoad();
    void prefetch_editWhileWaitingForIt_pageStillShown();
    void prefetch_off_nothingReadAhead();
    void prefetch_dropped_data();
    void prefetch_dropped();
    void countAll_parallelWithJitter_exactTotalIdsOnly_data();
    void countAll_parallelWithJitter_exactTotalIdsOnly();

private:
    // Shows page 0 of 25 rows and waits until page 1 was read ahead.
    void showFirstPageAndReadAhead(AgentsController &controller);
    // Tests of the exact sequence of requests read one request at a time.
    void useSequentialClient();

    std::unique_ptr<SimServer> m_server;
    std::unique_ptr<SignTrakerClient> m_client;
};

void TestAgentsController::initTestCase()
{
    qRegisterMetaType<ApiError>();
    qRegisterMetaType<Page>();
}

void TestAgentsController::init()
{
    m_server = test::startSimulator(1, 120, Key);
    QVERIFY(m_server);
    m_client = test::clientFor(*m_server, Key);
}

void TestAgentsController::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestAgentsController::useSequentialClient()
{
    m_client = std::make_unique<SignTrakerClient>(
        ClientConfig::make(m_server->baseUrl(), Key).withParallelRequests(1));
}

void TestAgentsController::setQuery_loadsPage()
{
    AgentsController controller(m_client.get());
    QSignalSpy loaded(&controller, &AgentsController::pageLoaded);
    QSignalSpy busy(&controller, &AgentsController::busyChanged);
    QVERIFY(loaded.isValid());
    AgentQuery q;
    q.pageSize = 25;
    controller.setQuery(q);
    QVERIFY(controller.isBusy());
    QVERIFY(loaded.wait());
    QVERIFY(!controller.isBusy());
    QCOMPARE(busy.count(), 2);
    QCOMPARE(controller.model()->rowCount(), 25);
    QVERIFY(controller.page().hasNext);
    QVERIFY(!controller.knownTotal());
    const auto r = agentLists(*m_server).first();
    QCOMPARE(item(r, "$top"), QStringLiteral("26"));
    QCOMPARE(item(r, "$skip"), QStringLiteral("0"));
    QCOMPARE(item(r, "$orderby"), QStringLiteral("Id"));
}

void TestAgentsController::setQuery_outOfOrderReplies_latestWins()
{
    AgentsController controller(m_client.get());
    QSignalSpy loaded(&controller, &AgentsController::pageLoaded);
    QSignalSpy failed(&controller, &AgentsController::loadFailed);
    QSignalSpy answered(m_server.get(), &SimServer::requestAnswered);

    m_server->scriptNext(ScriptedReply::delayed(500));
    AgentQuery first;
    first.role = AgentQuery::Role::Managers;
    controller.setQuery(first);
    // Let the first request reach the server before the second one starts.
    QSignalSpy recorded(m_server.get(), &SimServer::requestRecorded);
    QVERIFY(recorded.wait());

    AgentQuery second;
    second.role = AgentQuery::Role::Agents;
    controller.setQuery(second);
    QTRY_COMPARE(loaded.count(), 1);
    QVERIFY(!controller.model()->records().isEmpty());
    for (const QJsonObject &record : controller.model()->records())
        QVERIFY(!record.value(QStringLiteral("IsManager")).toBool());

    // The slow answer of the first query arrives (or its connection was aborted): nothing
    // replaces the second result, and no error shows.
    QTRY_VERIFY_WITH_TIMEOUT(m_server->scriptedRepliesPending() == 0 && answered.count() >= 1,
                             3000);
    QVERIFY(!loaded.wait(700)); // past the 500 ms of the delayed reply
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(controller.loadedQuery(), second);
    for (const QJsonObject &record : controller.model()->records())
        QVERIFY(!record.value(QStringLiteral("IsManager")).toBool());
}

void TestAgentsController::setQuery_twiceSynchronously_firstNeverShown()
{
    AgentsController controller(m_client.get());
    QSignalSpy loaded(&controller, &AgentsController::pageLoaded);
    QSignalSpy failed(&controller, &AgentsController::loadFailed);
    AgentQuery a;
    a.searchText = QStringLiteral("1001");
    controller.setQuery(a);
    const quint64 generation = controller.generation();
    AgentQuery b;
    b.searchText = QStringLiteral("1002");
    controller.setQuery(b); // cancels a: the abort must not come back as an error or a page
    QVERIFY(controller.generation() > generation);
    QVERIFY(loaded.wait());
    QCOMPARE(failed.count(), 0);
    QCOMPARE(controller.model()->rowCount(), 1);
    QCOMPARE(controller.model()->idAt(0), 1002);
}

void TestAgentsController::nextPage_lastPage_knowsTotal()
{
    AgentsController controller(m_client.get());
    QSignalSpy loaded(&controller, &AgentsController::pageLoaded);
    AgentQuery q;
    q.pageSize = 100;
    controller.setQuery(q);
    QVERIFY(loaded.wait());
    QVERIFY(controller.page().hasNext);
    controller.nextPage();
    QTRY_COMPARE(loaded.count(), 2);
    // The short page is proven the last by an empty answer after it.
    QCOMPARE(listsFrom(*m_server, 100), 1);
    QCOMPARE(listsFrom(*m_server, 120), 1);
    QVERIFY(!controller.page().hasNext);
    QCOMPARE(controller.model()->rowCount(), 20);
    QCOMPARE(controller.knownTotal(), std::optional<int>(120));
    controller.previousPage();
    QTRY_COMPARE(loaded.count(), 3);
    QCOMPARE(controller.query().pageIndex, 0);
    QCOMPARE(controller.knownTotal(), std::optional<int>(120)); // same rows, total still holds
}

void TestAgentsController::countAll_walksIdsOnly_exactTotal()
{
    useSequentialClient();
    m_server->tenant().generate(1, 1234);
    AgentsController controller(m_client.get());
    QSignalSpy finished(&controller, &AgentsController::countFinished);
    QSignalSpy progress(&controller, &AgentsController::countProgress);
    m_server->clearRequests();
    controller.countAll();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toInt(), 1234);
    QCOMPARE(controller.knownTotal(), std::optional<int>(1234));
    QCOMPARE(progress.count(), 3);
    const auto lists = agentLists(*m_server);
    QCOMPARE(lists.size(), 4); // 500, 500, 234 and the empty answer that proves the end
    for (const auto &r : lists)
        QCOMPARE(item(r, "$select"), QStringLiteral("Id"));
}

void TestAgentsController::countAll_cancel_noSignal()
{
    m_server->tenant().generate(1, 1500);
    AgentsController controller(m_client.get());
    QSignalSpy finished(&controller, &AgentsController::countFinished);
    QSignalSpy failed(&controller, &AgentsController::countFailed);
    m_server->scriptNext(ScriptedReply::delayed(300));
    controller.countAll();
    QVERIFY(controller.isCounting());
    controller.cancelCount();
    QVERIFY(!controller.isCounting());
    QVERIFY(!finished.wait(500));
    QCOMPARE(failed.count(), 0);
}

void TestAgentsController::load_serverError_loadFailed()
{
    AgentsController controller(m_client.get());
    QSignalSpy failed(&controller, &AgentsController::loadFailed);
    m_server->scriptNext(ScriptedReply::json(500, R"({"Message":"Boom"})"));
    controller.setQuery(AgentQuery());
    QVERIFY(failed.wait());
    QCOMPARE(failed.first().first().value<ApiError>().kind(), ApiError::Kind::Server);
    QVERIFY(!controller.isBusy());
}

void TestAgentsController::pages_cappedService_wholePagesAndNextState_data()
{
    QTest::addColumn<int>("agents");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QList<int>>("rowsPerPage"); // every page up to the last
    QTest::newRow("120 in pages of 50") << 120 << 50 << QList<int>{50, 50, 20};
    QTest::newRow("100 in pages of 50, last page full") << 100 << 50 << QList<int>{50, 50};
    QTest::newRow("60 in pages of 25") << 60 << 25 << QList<int>{25, 25, 10};
}

// The service answers at most 10 rows: each page is still whole, hasNext ("of more than N") is
// right, and the total is known only once the last page was proven by an empty answer.
void TestAgentsController::pages_cappedService_wholePagesAndNextState()
{
    QFETCH(int, agents);
    QFETCH(int, pageSize);
    QFETCH(QList<int>, rowsPerPage);
    useSequentialClient();
    m_server->tenant().generate(1, agents);
    m_server->setMaxTop(10);
    AgentsController controller(m_client.get());
    QSignalSpy loaded(&controller, &AgentsController::pageLoaded);
    AgentQuery q;
    q.pageSize = pageSize;
    controller.setQuery(q);
    for (int index = 0; index < rowsPerPage.size(); ++index) {
        if (index > 0)
            controller.nextPage();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), index + 1, 10000);
        const bool last = index == rowsPerPage.size() - 1;
        QCOMPARE(controller.page().index, index);
        QCOMPARE(controller.model()->rowCount(), rowsPerPage.at(index));
        QCOMPARE(controller.model()->idAt(0), 1001 + index * pageSize);
        QCOMPARE(controller.page().hasNext, !last);
        QCOMPARE(controller.knownTotal(), last ? std::optional<int>(agents) : std::nullopt);
    }
    QCOMPARE(m_client->pageCap(SignTrakerClient::List::Agents)->rows(), std::optional<int>(10));
    QTRY_VERIFY(controller.prefetcher()->isIdle());
    const auto lists = agentLists(*m_server);
    QCOMPARE(listsFrom(*m_server, agents), 1);
    for (const auto &r : lists.mid(1))
        QVERIFY(item(r, "$top").toInt() <= 10); // the cap, once learned, or the one row missing
}

void TestAgentsController::load_serviceIgnoresSkip_loadFailed()
{
    m_server->setMaxTop(10);
    m_server->setIgnoreSkip(true);
    AgentsController controller(m_client.get());
    QSignalSpy loaded(&controller, &AgentsController::pageLoaded);
    QSignalSpy failed(&controller, &AgentsController::loadFailed);
    controller.setQuery(AgentQuery());
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().value<ApiError>().kind(), ApiError::Kind::UnreadableResponse);
    QCOMPARE(loaded.count(), 0);
    QVERIFY(!controller.isBusy());
    QCOMPARE(agentLists(*m_server).size(), 2);
}

void TestAgentsController::showFirstPageAndReadAhead(AgentsController &controller)
{
    QSignalSpy loaded(&controller, &AgentsController::pageLoaded);
    controller.setQuery(pageOf(0));
    QVERIFY(loaded.wait());
    QTRY_VERIFY(controller.prefetcher()->isIdle());
    QVERIFY(controller.prefetcher()->find(pageOf(1).toListQuery()));
}

// Once page 1 is shown, page 2 is asked for; turning to it then sends nothing and shows it at
// once, and page 3 is read ahead in turn.
void TestAgentsController::prefetch_pageShown_nextReadAheadAndShownFromMemory()
{
    AgentsController controller(m_client.get());
    QSignalSpy loaded(&controller, &AgentsController::pageLoaded);
    controller.setQuery(pageOf(0));
    QVERIFY(loaded.wait());
    QTRY_COMPARE(listsFrom(*m_server, 25), 1);
    const auto ahead = agentLists(*m_server).last();
    QCOMPARE(item(ahead, "$top"), QStringLiteral("26"));
    QCOMPARE(item(ahead, "$select"), pageOf(1).selectMembers().join(u','));
    QTRY_VERIFY(controller.prefetcher()->isIdle());

    m_server->clearRequests();
    controller.nextPage();
    QCOMPARE(loaded.count(), 2); // painted from memory, before any event
    QVERIFY(!controller.isBusy());
    QCOMPARE(controller.query().pageIndex, 1);
    QCOMPARE(controller.model()->rowCount(), 25);
    QCOMPARE(controller.model()->idAt(0), 1026);
    QTRY_COMPARE(listsFrom(*m_server, 50), 1); // the page after it, read ahead
    QCOMPARE(listsFrom(*m_server, 25), 0);
}

void TestAgentsController::prefetch_pagingBack_previousReadAhead()
{
    AgentsController controller(m_client.get());
    QSignalSpy loaded(&controller, &AgentsController::pageLoaded);
    controller.setQuery(pageOf(3));
    QVERIFY(loaded.wait());
    QTRY_VERIFY(controller.prefetcher()->isIdle());
    QCOMPARE(listsFrom(*m_server, 50), 0); // going forward, nothing behind is read
    controller.previousPage();
    QTRY_COMPARE(loaded.count(), 2);
    QTRY_COMPARE(listsFrom(*m_server, 25), 1); // paging back: the page before it too
    QTRY_VERIFY(controller.prefetcher()->isIdle());
    m_server->clearRequests();
    controller.previousPage();
    QCOMPARE(loaded.count(), 3);
    QCOMPARE(controller.model()->idAt(0), 1026);
    controller.nextPage(); // the page just left is still in memory
    QCOMPARE(loaded.count(), 4);
    QCOMPARE(controller.model()->idAt(0), 1051);
    QCOMPARE(listsFrom(*m_server, 25) + listsFrom(*m_server, 50), 0);
}

// Turning the page while it is still being read ahead waits for that read: one request.
void TestAgentsController::prefetch_turnWhileReadingAhead_oneRequest()
{
    AgentsController controller(m_client.get());
    QSignalSpy loaded(&controller, &AgentsController::pageLoaded);
    QSignalSpy failed(&controller, &AgentsController::loadFailed);
    controller.setQuery(pageOf(0));
    QVERIFY(loaded.wait());
    QVERIFY(!controller.prefetcher()->isIdle());
    controller.nextPage();
    QVERIFY(controller.isBusy());
    QTRY_COMPARE(loaded.count(), 2);
    QCOMPARE(controller.model()->idAt(0), 1026);
    QCOMPARE(listsFrom(*m_server, 25), 1);
    QCOMPARE(failed.count(), 0);
}

// A read ahead that fails says nothing; the page turn then reads the page as usual.
void TestAgentsController::prefetch_fails_silentThenNormalLoad()
{
    AgentsController controller(m_client.get());
    QSignalSpy loaded(&controller, &AgentsController::pageLoaded);
    QSignalSpy failed(&controller, &AgentsController::loadFailed);
    QSignalSpy retrying(&controller, &AgentsController::loadRetrying);
    QSignalSpy readAhead(controller.prefetcher(), &ui::PagePrefetcher::readFinished);
    // In place before the read ahead leaves (it starts after the page is handed out).
    connect(
        &controller, &AgentsController::pageLoaded, this,
        [this] {
            m_server->scriptNext("GET", QStringLiteral("/api/agents"),
                                 ScriptedReply::json(400, R"({"Message":"Not now"})"));
        },
        Qt::SingleShotConnection);
    controller.setQuery(pageOf(0));
    QVERIFY(loaded.wait());
    QTRY_COMPARE(readAhead.count(), 1);
    QCOMPARE(readAhead.first().at(1).toBool(), false);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(retrying.count(), 0);
    QVERIFY(!controller.prefetcher()->find(pageOf(1).toListQuery()));
    controller.nextPage();
    QVERIFY(controller.isBusy());
    QTRY_COMPARE(loaded.count(), 2);
    QCOMPARE(controller.model()->idAt(0), 1026);
    QCOMPARE(listsFrom(*m_server, 25), 2);
    QCOMPARE(failed.count(), 0);
}

// An edit while the user waits for the page being read ahead: that read is dropped, the page is
// read afresh and shown.
void TestAgentsController::prefetch_editWhileWaitingForIt_pageStillShown()
{
    AgentsController controller(m_client.get());
    QSignalSpy loaded(&controller, &AgentsController::pageLoaded);
    controller.setQuery(pageOf(0));
    QVERIFY(loaded.wait());
    QVERIFY(!controller.prefetcher()->isIdle());
    controller.nextPage();
    QVERIFY(controller.isBusy());
    controller.model()->updateRecord(controller.model()->recordAt(0));
    QVERIFY(controller.isBusy());
    QTRY_COMPARE(loaded.count(), 2);
    QVERIFY(!controller.isBusy());
    QCOMPARE(controller.model()->idAt(0), 1026);
}

// Reading ahead switched off (to measure what it saves): every page turn is a round trip.
void TestAgentsController::prefetch_off_nothingReadAhead()
{
    AgentsController controller(m_client.get());
    controller.setReadAhead(false);
    QSignalSpy loaded(&controller, &AgentsController::pageLoaded);
    controller.setQuery(pageOf(0));
    QVERIFY(loaded.wait());
    QVERIFY(controller.prefetcher()->isIdle());
    controller.nextPage();
    QVERIFY(controller.isBusy());
    QTRY_COMPARE(loaded.count(), 2);
    controller.previousPage();
    QVERIFY(controller.isBusy());
    QTRY_COMPARE(loaded.count(), 3);
    QCOMPARE(listsFrom(*m_server, 0), 2);
    QCOMPARE(listsFrom(*m_server, 25), 1);
    QCOMPARE(controller.prefetcher()->cachedPages(), 0);
}

enum class Drop { Edit, EditElsewhere, Created, Refresh, QueryChange, Expiry };

void TestAgentsController::prefetch_dropped_data()
{
    QTest::addColumn<Drop>("drop");
    QTest::newRow("edit saved") << Drop::Edit;
    QTest::newRow("agent not on the page edited") << Drop::EditElsewhere;
    QTest::newRow("agent created") << Drop::Created;
    QTest::newRow("refresh") << Drop::Refresh;
    QTest::newRow("query change") << Drop::QueryChange;
    QTest::newRow("a minute old") << Drop::Expiry;
}

// The page read ahead is not used after an edit, a refresh, another query or a minute: the
// page turn asks the service again.
void TestAgentsController::prefetch_dropped()
{
    QFETCH(Drop, drop);
    qint64 now = 0;
    AgentsController controller(m_client.get());
    controller.prefetcher()->setClock([&now] { return now; });
    QSignalSpy loaded(&controller, &AgentsController::pageLoaded);
    showFirstPageAndReadAhead(controller);
    const ListQuery next = pageOf(1).toListQuery();
    now += 59000; // not yet a minute: still used
    QVERIFY(controller.prefetcher()->find(next));
    QJsonObject record = controller.model()->recordAt(0);
    record.insert(QStringLiteral("LastName"), QStringLiteral("Changed"));
    switch (drop) {
    case Drop::Edit:
        controller.model()->updateRecord(record);
        break;
    case Drop::EditElsewhere:
        record.insert(QStringLiteral("Id"), 1030);
        QVERIFY(!controller.model()->updateRecord(record));
        break;
    case Drop::Created:
        record.insert(QStringLiteral("Id"), 9999);
        controller.model()->prependRecord(record);
        break;
    case Drop::Refresh:
        controller.refresh();
        break;
    case Drop::QueryChange: {
        AgentQuery sorted = controller.query();
        sorted.sortColumn = AgentColumn::LastName;
        controller.setQuery(sorted);
        QTRY_COMPARE(loaded.count(), 2);
        controller.setQuery(pageOf(0)); // back: its page 2 must be read again
        break;
    }
    case Drop::Expiry:
        now += 1000;
        break;
    }
    QVERIFY(!controller.prefetcher()->find(next));
    QTRY_VERIFY(!controller.isBusy());
    const int shown = int(loaded.count());
    controller.nextPage();
    QTRY_COMPARE(loaded.count(), shown + 1);
    QCOMPARE(controller.query().pageIndex, 1);
    QCOMPARE(controller.model()->idAt(0), 1026);
    // Read once ahead before, once after the drop (ahead again, or on the turn).
    QTRY_COMPARE(listsFrom(*m_server, 25), 2);
    QTRY_VERIFY(controller.prefetcher()->isIdle());
    QCOMPARE(listsFrom(*m_server, 25), 2);
}

void TestAgentsController::countAll_parallelWithJitter_exactTotalIdsOnly_data()
{
    QTest::addColumn<int>("agents");
    QTest::addColumn<int>("maxTop");
    QTest::newRow("uncapped") << 2345 << 0;
    QTest::newRow("capped at 100") << 1234 << 100;
}

// As the window counts: the client's parallel requests, answers overtaking each other, every
// request asking for Ids only.
void TestAgentsController::countAll_parallelWithJitter_exactTotalIdsOnly()
{
    QFETCH(int, agents);
    QFETCH(int, maxTop);
    m_server->tenant().generate(1, agents);
    m_server->setMaxTop(maxTop);
    m_server->setLatency(20, 20);
    int inFlight = 0;
    int most = 0;
    connect(m_server.get(), &SimServer::requestRecorded, this,
            [&] { most = std::max(most, ++inFlight); });
    connect(m_server.get(), &SimServer::requestAnswered, this, [&] { --inFlight; });
    AgentsController controller(m_client.get());
    QSignalSpy finished(&controller, &AgentsController::countFinished);
    QSignalSpy progress(&controller, &AgentsController::countProgress);
    m_server->clearRequests();
    controller.countAll();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toInt(), agents);
    QCOMPARE(controller.knownTotal(), std::optional<int>(agents));
    QCOMPARE(progress.last().first().toInt(), agents);
    for (qsizetype i = 1; i < progress.size(); ++i)
        QVERIFY(progress.at(i).first().toInt() > progress.at(i - 1).first().toInt());
    for (const auto &r : agentLists(*m_server))
        QCOMPARE(item(r, "$select"), QStringLiteral("Id"));
    QVERIFY2(most > 1 && most <= ClientConfig::DefaultParallelRequests, QByteArray::number(most));
    QVERIFY(!controller.isCounting());
}

QTEST_MAIN(TestAgentsController)
#include "tst_agentscontroller.moc"
