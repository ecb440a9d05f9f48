#include "agentscontroller.h"
#include "agentstablemodel.h"
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

const QString Key = QStringLiteral("controller-key");

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
    void countAll_parallelWithJitter_exactTotalIdsOnly_data();
    void countAll_parallelWithJitter_exactTotalIdsOnly();

private:
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
    const auto r = agentLists(*m_server).last();
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
    m_server->clearRequests();
    controller.nextPage();
    QVERIFY(loaded.wait());
    // The short page is proven the last by an empty answer after it.
    const auto lists = agentLists(*m_server);
    QCOMPARE(lists.size(), 2);
    QCOMPARE(item(lists.first(), "$skip"), QStringLiteral("100"));
    QCOMPARE(item(lists.last(), "$skip"), QStringLiteral("120"));
    QVERIFY(!controller.page().hasNext);
    QCOMPARE(controller.model()->rowCount(), 20);
    QCOMPARE(controller.knownTotal(), std::optional<int>(120));
    controller.previousPage();
    QVERIFY(loaded.wait());
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
        QVERIFY(loaded.wait(10000));
        const bool last = index == rowsPerPage.size() - 1;
        QCOMPARE(controller.page().index, index);
        QCOMPARE(controller.model()->rowCount(), rowsPerPage.at(index));
        QCOMPARE(controller.model()->idAt(0), 1001 + index * pageSize);
        QCOMPARE(controller.page().hasNext, !last);
        QCOMPARE(controller.knownTotal(), last ? std::optional<int>(agents) : std::nullopt);
    }
    QCOMPARE(m_client->pageCap(SignTrakerClient::List::Agents)->rows(), std::optional<int>(10));
    const auto lists = agentLists(*m_server);
    QCOMPARE(item(lists.last(), "$skip"), QString::number(agents));
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
