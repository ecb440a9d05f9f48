// SPDX-License-Identifier: Apache-2.0
// AllPagesWalker against the simulator: every row on an uncapped and a capped service, a service
// that ignores $skip or repeats rows stopped with a clear error after a bounded number of
// requests, the cap learned and remembered per connection, a limited range (the table's page),
// and cancel. Tests of the exact request sequence walk one request at a time (sequential());
// the others walk as every caller does, with the client's parallel requests.
#include "pager.h"
#include "signtrakerclient.h"
#include "simfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace signtraker;
using signtraker::sim::ScriptedReply;
using signtraker::sim::SimServer;

namespace {

const QString Key = QStringLiteral("pager-key");

QString item(const sim::RecordedRequest &r, const char *name)
{
    for (const auto &[key, value] : r.query) {
        if (key == QLatin1String(name))
            return value;
    }
    return {};
}

QList<sim::RecordedRequest> lists(const SimServer &server)
{
    QList<sim::RecordedRequest> result;
    for (const auto &r : server.requests()) {
        if (r.method == "GET" && r.path.startsWith(QLatin1String("/api/")))
            result.append(r);
    }
    return result;
}

QList<qint64> idsOf(const QList<QList<QVariant>> &pages)
{
    QList<qint64> ids;
    for (const auto &page : pages) {
        for (const QJsonValue &row : page.first().toJsonArray())
            ids.append(row.toObject().value(QLatin1String("Id")).toInteger());
    }
    return ids;
}

QList<qint64> range(qint64 first, int count)
{
    QList<qint64> ids;
    for (int i = 0; i < count; ++i)
        ids.append(first + i);
    return ids;
}

QByteArray rowsWithIds(const QList<qint64> &ids)
{
    QJsonArray rows;
    for (qint64 id : ids)
        rows.append(QJsonObject{{QStringLiteral("Id"), id}});
    return QJsonDocument(rows).toJson(QJsonDocument::Compact);
}

} // namespace

class TestPager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void walk_readsEveryRow_data();
    void walk_readsEveryRow();
    void walk_shortLastPage_isNotACap();
    void walk_remembersCapForTheConnection();
    void walk_rowAddedAfterLastPage_isNotACap();
    void walk_selectWithoutId_asksForId();
    void ignoreSkip_stopsWithErrorAfterTwoRequests_data();
    void ignoreSkip_stopsWithErrorAfterTwoRequests();
    void repeatedRowsInAPage_droppedAndCounted();
    void trickleOfNewRows_exceedsBudget();
    void oddAnswers_stopWithError_data();
    void oddAnswers_stopWithError();
    void clientGone_failsInsteadOfHanging();
    void range_readsOnePageOnCappedService_data();
    void range_readsOnePageOnCappedService();
    void cancel_midWalk_noSignalNoRequestInFlight();

    // Several requests in flight (setMaxInFlight): the same rows as one at a time.
    void parallel_sameRowsInOrderAsSequential_data();
    void parallel_sameRowsInOrderAsSequential();
    void parallel_neverMoreInFlightThanAllowed();
    void parallel_pageFailingTwiceThenSucceeding_everyRowOnce();
    void parallel_ignoreSkip_stopsWithError();
    void parallel_cancel_stopsEveryRequestInFlight();
    void parallel_default_isTheClientsParallelRequests_data();
    void parallel_default_isTheClientsParallelRequests();
    void parallel_firstRequestAlone_shortListCostsOneRequest();
    void parallel_expectManyPages_everyWindowFromTheStart_data();
    void parallel_expectManyPages_everyWindowFromTheStart();
    void estimatedTotal_knownOnceTheEndIsSeen_data();
    void estimatedTotal_knownOnceTheEndIsSeen();

private:
    // As every caller makes it: the client's parallel requests.
    std::unique_ptr<AllPagesWalker> walker(const ListQuery &query, int pageSize);
    // One request at a time, for tests of the exact sequence of requests.
    std::unique_ptr<AllPagesWalker> sequential(const ListQuery &query, int pageSize);

    std::unique_ptr<SimServer> m_server;
    std::unique_ptr<SignTrakerClient> m_client;
};

void TestPager::initTestCase()
{
    qRegisterMetaType<ApiError>();
}

void TestPager::init()
{
    m_server = test::startSimulator(1, 100, Key);
    QVERIFY(m_server);
    m_client = test::clientFor(*m_server, Key);
}

void TestPager::cleanup()
{
    m_client.reset();
    m_server.reset();
}

std::unique_ptr<AllPagesWalker> TestPager::walker(const ListQuery &query, int pageSize)
{
    return std::unique_ptr<AllPagesWalker>(
        AllPagesWalker::over(m_client.get(), SignTrakerClient::List::Agents, query, pageSize));
}

std::unique_ptr<AllPagesWalker> TestPager::sequential(const ListQuery &query, int pageSize)
{
    auto w = walker(query, pageSize);
    w->setMaxInFlight(1);
    return w;
}

void TestPager::walk_readsEveryRow_data()
{
    QTest::addColumn<int>("agents");
    QTest::addColumn<int>("maxTop");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("requests"); // the last one is the empty answer that proves the end
    QTest::addColumn<std::optional<int>>("learnedCap");
    QTest::newRow("uncapped") << 100 << 0 << 30 << 5 << std::optional<int>();
    QTest::newRow("capped at 10, pages of 50") << 95 << 10 << 50 << 11 << std::optional<int>(10);
    QTest::newRow("capped at 10, pages of 7") << 95 << 10 << 7 << 15 << std::optional<int>();
    QTest::newRow("capped, total a multiple of the cap")
        << 100 << 10 << 50 << 11 << std::optional<int>(10);
    QTest::newRow("capped at 10, fewer rows than the cap")
        << 4 << 10 << 50 << 2 << std::optional<int>();
}

void TestPager::walk_readsEveryRow()
{
    QFETCH(int, agents);
    QFETCH(int, maxTop);
    QFETCH(int, pageSize);
    QFETCH(int, requests);
    QFETCH(std::optional<int>, learnedCap);
    m_server->tenant().generate(1, agents);
    m_server->setMaxTop(maxTop);
    const auto w = sequential({}, pageSize);
    QSignalSpy pages(w.get(), &AllPagesWalker::pageLoaded);
    QSignalSpy done(w.get(), &AllPagesWalker::finished);
    w->start();
    QVERIFY(done.wait(10000));
    const ApiError error = done.first().first().value<ApiError>();
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(done.first().at(1).toInt(), agents);
    QCOMPARE(idsOf(pages), range(1001, agents));
    QCOMPARE(w->duplicatesDropped(), 0);
    const auto sent = lists(*m_server);
    QCOMPARE(sent.size(), requests);
    QCOMPARE(w->requestsSent(), requests);
    QCOMPARE(item(sent.last(), "$skip"), QString::number(agents));
    for (const auto &r : sent)
        QCOMPARE(item(r, "$orderby"), QStringLiteral("Id"));
    QCOMPARE(m_client->pageCap(SignTrakerClient::List::Agents)->rows(), learnedCap);
}

// 30 rows with pages of 50: the short page is the end, which the empty answer proves; it is not
// remembered as a cap, or the table would then read 30 rows at a time.
void TestPager::walk_shortLastPage_isNotACap()
{
    m_server->tenant().generate(1, 30);
    const auto w = walker({}, 50);
    QSignalSpy done(w.get(), &AllPagesWalker::finished);
    w->start();
    QVERIFY(done.wait(10000));
    QCOMPARE(done.first().at(1).toInt(), 30);
    const auto sent = lists(*m_server);
    QCOMPARE(sent.size(), 2);
    QCOMPARE(item(sent.at(0), "$top"), QStringLiteral("50"));
    QCOMPARE(item(sent.at(1), "$skip"), QStringLiteral("30"));
    QVERIFY(!m_client->pageCap(SignTrakerClient::List::Agents)->rows());
}

void TestPager::walk_remembersCapForTheConnection()
{
    m_server->setMaxTop(10);
    const auto first = sequential({}, 50);
    QSignalSpy firstDone(first.get(), &AllPagesWalker::finished);
    first->start();
    QVERIFY(firstDone.wait(10000));
    QCOMPARE(first->rowsPerRequest(), 10);

    m_server->clearRequests();
    const auto second = sequential({}, 50);
    QSignalSpy secondDone(second.get(), &AllPagesWalker::finished);
    second->start();
    QVERIFY(secondDone.wait(10000));
    QCOMPARE(secondDone.first().at(1).toInt(), 100);
    const auto sent = lists(*m_server);
    QCOMPARE(sent.size(), 11); // 10 full answers and the empty one, none wasted on learning
    for (const auto &r : sent)
        QCOMPARE(item(r, "$top"), QStringLiteral("10"));

    // Another connection to the same service starts knowing nothing.
    auto other = test::clientFor(*m_server, Key);
    QVERIFY(!other->pageCap(SignTrakerClient::List::Agents)->rows());
    QVERIFY(!m_client->pageCap(SignTrakerClient::List::Offices)->rows());
}

// The short last page, then a row created meanwhile: the walk reads it, and does not remember
// the short page's size as the service's cap.
void TestPager::walk_rowAddedAfterLastPage_isNotACap()
{
    m_server->scriptNext("GET", QStringLiteral("/api/agents"),
                         ScriptedReply::json(200, rowsWithIds({1, 2, 3})));
    m_server->scriptNext("GET", QStringLiteral("/api/agents"),
                         ScriptedReply::json(200, rowsWithIds({4})));
    m_server->scriptNext("GET", QStringLiteral("/api/agents"), ScriptedReply::json(200, "[]"));
    const auto w = walker({}, 50);
    QSignalSpy done(w.get(), &AllPagesWalker::finished);
    w->start();
    QVERIFY(done.wait(10000));
    QVERIFY(!done.first().first().value<ApiError>().isError());
    QCOMPARE(done.first().at(1).toInt(), 4);
    QVERIFY(!m_client->pageCap(SignTrakerClient::List::Agents)->rows());
}

void TestPager::walk_selectWithoutId_asksForId()
{
    ListQuery query;
    query.select = {QStringLiteral("LastName")};
    query.orderBy = {QStringLiteral("LastName desc")};
    const auto w = walker(query, 40);
    QSignalSpy done(w.get(), &AllPagesWalker::finished);
    w->start();
    QVERIFY(done.wait(10000));
    QCOMPARE(done.first().at(1).toInt(), 100);
    for (const auto &r : lists(*m_server)) {
        QCOMPARE(item(r, "$select"), QStringLiteral("LastName,Id"));
        QCOMPARE(item(r, "$orderby"), QStringLiteral("LastName desc,Id"));
    }
}

void TestPager::ignoreSkip_stopsWithErrorAfterTwoRequests_data()
{
    QTest::addColumn<int>("maxTop");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("uncapped") << 0 << 30;
    QTest::newRow("capped at 10") << 10 << 50;
    QTest::newRow("one page holds every row") << 0 << 500;
}

void TestPager::ignoreSkip_stopsWithErrorAfterTwoRequests()
{
    QFETCH(int, maxTop);
    QFETCH(int, pageSize);
    m_server->setMaxTop(maxTop);
    m_server->setIgnoreSkip(true);
    const auto w = sequential({}, pageSize);
    QSignalSpy done(w.get(), &AllPagesWalker::finished);
    w->start();
    QVERIFY(done.wait(10000));
    const ApiError error = done.first().first().value<ApiError>();
    QCOMPARE(error.kind(), ApiError::Kind::UnreadableResponse);
    QCOMPARE(error.message(),
             QStringLiteral("The service repeated a page of results; the list is incomplete."));
    QVERIFY(done.first().at(1).toInt() < 100 || maxTop == 0);
    QVERIFY(!w->isRunning());
    QVERIFY(!done.wait(300)); // nothing more is sent or emitted
    QCOMPARE(done.size(), 1);
    QCOMPARE(lists(*m_server).size(), 2);
}

// A page that holds some rows read before and some new ones: the new ones are kept, the others
// dropped and counted, and the offset still moves by the rows the service sent.
void TestPager::repeatedRowsInAPage_droppedAndCounted()
{
    m_server->scriptNext("GET", QStringLiteral("/api/agents"),
                         ScriptedReply::json(200, rowsWithIds({1, 2, 3})));
    m_server->scriptNext("GET", QStringLiteral("/api/agents"),
                         ScriptedReply::json(200, rowsWithIds({3, 4, 5})));
    m_server->scriptNext("GET", QStringLiteral("/api/agents"), ScriptedReply::json(200, "[]"));
    const auto w = sequential({}, 3);
    QSignalSpy pages(w.get(), &AllPagesWalker::pageLoaded);
    QSignalSpy done(w.get(), &AllPagesWalker::finished);
    w->start();
    QVERIFY(done.wait(10000));
    QVERIFY(!done.first().first().value<ApiError>().isError());
    QCOMPARE(done.first().at(1).toInt(), 5);
    QCOMPARE(idsOf(pages), (QList<qint64>{1, 2, 3, 4, 5}));
    QCOMPARE(w->duplicatesDropped(), 1);
    const auto sent = lists(*m_server);
    QCOMPARE(sent.size(), 3);
    QCOMPARE(item(sent.at(2), "$skip"), QStringLiteral("6"));
}

// Every page repeats half of the one before: progress, but too little for the requests made.
void TestPager::trickleOfNewRows_exceedsBudget()
{
    for (int page = 0; page < 30; ++page) {
        m_server->scriptNext("GET", QStringLiteral("/api/agents"),
                             ScriptedReply::json(200, rowsWithIds(range(2 * page + 1, 4))));
    }
    const auto w = sequential({}, 4);
    QSignalSpy done(w.get(), &AllPagesWalker::finished);
    w->start();
    QVERIFY(done.wait(10000));
    const ApiError error = done.first().first().value<ApiError>();
    QCOMPARE(error.kind(), ApiError::Kind::UnreadableResponse);
    QVERIFY2(error.message().contains(QLatin1String("the list is incomplete")),
             qPrintable(error.message()));
    // n requests bring 2n + 2 rows; the budget is rows / 4 + BudgetSlack requests: after 8
    // requests, 18 rows allow 18 / 4 + 4 = 8.
    QCOMPARE(w->requestsSent(), 8);
    QCOMPARE(lists(*m_server).size(), 8);
    QCOMPARE(w->duplicatesDropped(), 14);
    QVERIFY(!done.wait(300));
    QCOMPARE(done.size(), 1);
}

void TestPager::oddAnswers_stopWithError_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message"); // empty: the transport may refuse it first
    const QString noId =
        QStringLiteral("The service sent a row without an Id; the list is incomplete.");
    QTest::newRow("row without Id") << QByteArray(R"([{"Id":1},{"Name":"x"}])") << noId;
    QTest::newRow("Id not a number") << QByteArray(R"([{"Id":"1"}])") << noId;
    QTest::newRow("Id not whole") << QByteArray(R"([{"Id":1.5}])") << noId;
    // The transport refuses a list of non-records before the walker sees it.
    QTest::newRow("row not a record")
        << QByteArray(R"([1,2])")
        << QStringLiteral("The service answered a list request with a list that holds something "
                          "other than records (a number).");
    QTest::newRow("object instead of a list") << QByteArray(R"({"Id":1})") << QString();
}

void TestPager::oddAnswers_stopWithError()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    m_server->scriptNext("GET", QStringLiteral("/api/agents"), ScriptedReply::json(200, body));
    const auto w = walker({}, 50);
    QSignalSpy done(w.get(), &AllPagesWalker::finished);
    w->start();
    QVERIFY(done.wait(10000));
    const ApiError error = done.first().first().value<ApiError>();
    QCOMPARE(error.kind(), ApiError::Kind::UnreadableResponse);
    if (!message.isEmpty())
        QCOMPARE(error.message(), message);
    QCOMPARE(done.first().at(1).toInt(), 0);
    QCOMPARE(lists(*m_server).size(), 1);
}

void TestPager::clientGone_failsInsteadOfHanging()
{
    int calls = 0;
    QPointer<SignTrakerClient> client = m_client.get();
    AllPagesWalker w(
        [client, &calls](const ListQuery &q) -> ApiCall * {
            return ++calls == 1 ? client->listAgents(q) : nullptr;
        },
        {}, 10);
    QSignalSpy done(&w, &AllPagesWalker::finished);
    w.start();
    QVERIFY(done.wait(10000));
    QVERIFY(done.first().first().value<ApiError>().isError());
    QCOMPARE(done.first().at(1).toInt(), 10);
    QVERIFY(!w.isRunning());
}

void TestPager::range_readsOnePageOnCappedService_data()
{
    QTest::addColumn<int>("maxTop");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QList<qint64>>("ids");
    QTest::addColumn<int>("requests");
    QTest::newRow("uncapped, first page") << 0 << 0 << 51 << range(1001, 51) << 1;
    QTest::newRow("uncapped, short last page proven empty")
        << 0 << 80 << 26 << range(1081, 20) << 2;
    QTest::newRow("capped at 10, first page of 50 and one more")
        << 10 << 0 << 51 << range(1001, 51) << 6;
    QTest::newRow("capped at 10, last page of 50") << 10 << 50 << 51 << range(1051, 50) << 6;
    QTest::newRow("capped at 10, page of 7") << 10 << 14 << 8 << range(1015, 8) << 1;
    QTest::newRow("capped at 10, past the end") << 10 << 100 << 51 << QList<qint64>{} << 1;
}

void TestPager::range_readsOnePageOnCappedService()
{
    QFETCH(int, maxTop);
    QFETCH(int, offset);
    QFETCH(int, limit);
    QFETCH(QList<qint64>, ids);
    QFETCH(int, requests);
    m_server->setMaxTop(maxTop);
    const auto w = walker({}, limit);
    w->setRange(offset, limit);
    QSignalSpy pages(w.get(), &AllPagesWalker::pageLoaded);
    QSignalSpy done(w.get(), &AllPagesWalker::finished);
    w->start();
    QVERIFY(done.wait(10000));
    QVERIFY(!done.first().first().value<ApiError>().isError());
    QCOMPARE(idsOf(pages), ids);
    const auto sent = lists(*m_server);
    QCOMPARE(sent.size(), requests);
    QCOMPARE(item(sent.first(), "$skip"), QString::number(offset));
    QCOMPARE(item(sent.first(), "$top"), QString::number(limit));
}

void TestPager::cancel_midWalk_noSignalNoRequestInFlight()
{
    QPointer<ApiCall> lastCall;
    QPointer<SignTrakerClient> client = m_client.get();
    SimServer *server = m_server.get();
    int calls = 0;
    AllPagesWalker w(
        [client, server, &lastCall, &calls](const ListQuery &q) -> ApiCall * {
            // The second page's answer is held back while the walk is cancelled.
            if (++calls == 2)
                server->scriptNext(ScriptedReply::delayed(300));
            lastCall = client->listAgents(q);
            return lastCall;
        },
        {}, 10);
    QSignalSpy pages(&w, &AllPagesWalker::pageLoaded);
    QSignalSpy done(&w, &AllPagesWalker::finished);
    w.start();
    QTRY_COMPARE(lists(*m_server).size(), 2);
    QCOMPARE(pages.size(), 1);
    QVERIFY(w.hasRequestInFlight());
    w.cancel();
    QVERIFY(!w.isRunning());
    QVERIFY(!w.hasRequestInFlight());
    QTRY_VERIFY(lastCall.isNull()); // the call was stopped and deleted
    QVERIFY(!done.wait(700));
    QCOMPARE(done.size(), 0);
    QCOMPARE(pages.size(), 1);
    QCOMPARE(lists(*m_server).size(), 2);
}

namespace {

struct WalkOutcome
{
    QList<qint64> ids;
    ApiError error;
    int requests = 0;
};

WalkOutcome runWalk(AllPagesWalker &walker, int timeoutMs = 20000)
{
    WalkOutcome outcome;
    QObject::connect(
        &walker, &AllPagesWalker::pageLoaded, &walker, [&outcome](const QJsonArray &rows) {
            for (const QJsonValue &row : rows)
                outcome.ids.append(row.toObject().value(QLatin1String("Id")).toInteger());
        });
    QSignalSpy finished(&walker, &AllPagesWalker::finished);
    walker.start();
    if (finished.isEmpty() && !finished.wait(timeoutMs))
        outcome.error = ApiError(ApiError::Kind::Network, QStringLiteral("the walk never ended"));
    else
        outcome.error = finished.first().first().value<ApiError>();
    outcome.requests = walker.requestsSent();
    return outcome;
}

} // namespace

void TestPager::parallel_sameRowsInOrderAsSequential_data()
{
    QTest::addColumn<int>("agents");
    QTest::addColumn<int>("maxTop");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("inFlight");
    QTest::addColumn<QString>("orderBy");
    QTest::addColumn<int>("latencyMs");
    QTest::newRow("uncapped, 4 in flight, jitter") << 1000 << 0 << 50 << 4 << QString() << 15;
    QTest::newRow("uncapped, total a multiple of the page")
        << 400 << 0 << 50 << 4 << QString() << 5;
    QTest::newRow("fewer rows than one page") << 30 << 0 << 50 << 4 << QString() << 5;
    QTest::newRow("capped at 10, pages of 50") << 333 << 10 << 50 << 4 << QString() << 10;
    QTest::newRow("capped at 10, pages of 7") << 95 << 10 << 7 << 4 << QString() << 5;
    QTest::newRow("by last name, 6 in flight")
        << 700 << 0 << 40 << 6 << QStringLiteral("LastName desc") << 10;
    QTest::newRow("by last name, capped")
        << 300 << 25 << 100 << 3 << QStringLiteral("LastName") << 10;
    // 0: as the callers walk, with the client's parallel requests.
    QTest::newRow("default parallelism, uncapped, jitter")
        << 2000 << 0 << 90 << 0 << QString() << 20;
    QTest::newRow("default parallelism, capped at 40, jitter")
        << 1000 << 40 << 100 << 0 << QString() << 20;
}

void TestPager::parallel_sameRowsInOrderAsSequential()
{
    QFETCH(int, agents);
    QFETCH(int, maxTop);
    QFETCH(int, pageSize);
    QFETCH(int, inFlight);
    QFETCH(QString, orderBy);
    QFETCH(int, latencyMs);
    m_client.reset();
    m_server = test::startSimulator(7, agents, Key);
    QVERIFY(m_server);
    m_client = test::clientFor(*m_server, Key);
    m_server->setMaxTop(maxTop);
    ListQuery query;
    if (!orderBy.isEmpty())
        query.orderBy = QStringList{orderBy};

    // The oracle: one request at a time on a service without delay.
    auto oracle = sequential(query, pageSize);
    const WalkOutcome expected = runWalk(*oracle);
    QVERIFY2(!expected.error.isError(), qPrintable(expected.error.message()));
    QCOMPARE(expected.ids.size(), agents);

    m_server->setLatency(latencyMs, latencyMs); // answers overtake each other
    m_client = test::clientFor(*m_server, Key); // a new connection: nothing learned yet
    auto parallel = walker(query, pageSize);
    if (inFlight > 0)
        parallel->setMaxInFlight(inFlight);
    const WalkOutcome outcome = runWalk(*parallel);
    QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.message()));
    QCOMPARE(outcome.ids, expected.ids);
    QCOMPARE(QSet<qint64>(outcome.ids.cbegin(), outcome.ids.cend()).size(), agents);
    QVERIFY(!parallel->hasRequestInFlight());
}

void TestPager::parallel_neverMoreInFlightThanAllowed()
{
    m_client.reset();
    m_server = test::startSimulator(3, 2000, Key);
    QVERIFY(m_server);
    m_client = test::clientFor(*m_server, Key);
    m_server->setLatency(30, 10);
    int inFlight = 0;
    int most = 0;
    connect(m_server.get(), &SimServer::requestRecorded, this,
            [&] { most = std::max(most, ++inFlight); });
    connect(m_server.get(), &SimServer::requestAnswered, this, [&] { --inFlight; });
    auto parallel = walker({}, 100);
    parallel->setMaxInFlight(4);
    const WalkOutcome outcome = runWalk(*parallel);
    QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.message()));
    QCOMPARE(outcome.ids.size(), 2000);
    QCOMPARE(most, 4); // never more, and really in parallel
    // 20 full windows, the empty one that proves the end, and at most 3 asked for beyond it.
    QVERIFY2(outcome.requests >= 21 && outcome.requests <= 24,
             QByteArray::number(outcome.requests));
}

// The first page read, two 503s are queued: the windows then in flight meet them (one window
// twice, or two windows once each), are retried, and every row still comes once and in order.
void TestPager::parallel_pageFailingTwiceThenSucceeding_everyRowOnce()
{
    m_client.reset();
    m_server = test::startSimulator(5, 500, Key);
    QVERIFY(m_server);
    m_server->setLatency(10, 5);
    m_client = std::make_unique<SignTrakerClient>(
        ClientConfig::make(m_server->baseUrl(), Key, 30, /*maxRetries=*/2, 0.01));
    auto parallel = walker({}, 50);
    QCOMPARE(parallel->maxInFlight(), ClientConfig::DefaultParallelRequests);
    QSignalSpy retried(parallel.get(), &AllPagesWalker::retrying);
    bool scripted = false;
    connect(parallel.get(), &AllPagesWalker::pageLoaded, this, [&] {
        if (std::exchange(scripted, true))
            return;
        for (int i = 0; i < 2; ++i)
            m_server->scriptNext("GET", QStringLiteral("/api/agents"),
                                 ScriptedReply::json(503, R"({"Message":"busy"})"));
    });
    const WalkOutcome outcome = runWalk(*parallel);
    QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.message()));
    QCOMPARE(m_server->scriptedRepliesPending(), 0);
    QCOMPARE(retried.size(), 2);
    QCOMPARE(outcome.ids, range(1001, 500));
}

void TestPager::parallel_ignoreSkip_stopsWithError()
{
    m_server->setIgnoreSkip(true);
    m_server->setLatency(5, 5);
    auto parallel = walker({}, 10);
    parallel->setMaxInFlight(4);
    const WalkOutcome outcome = runWalk(*parallel);
    QCOMPARE(outcome.error.kind(), ApiError::Kind::UnreadableResponse);
    QVERIFY2(outcome.error.message().contains(QStringLiteral("repeated")),
             qPrintable(outcome.error.message()));
    QCOMPARE(outcome.ids.size(), 10); // the first page, never reported as the whole list
    QVERIFY(outcome.requests <= 5);   // the first alone, then the windows beside the repeat
    QVERIFY(!parallel->hasRequestInFlight());
}

void TestPager::parallel_cancel_stopsEveryRequestInFlight()
{
    m_client.reset();
    m_server = test::startSimulator(9, 3000, Key);
    QVERIFY(m_server);
    m_client = test::clientFor(*m_server, Key);
    m_server->setLatency(40, 0);
    auto parallel = walker({}, 100); // the client's default: 4 in flight
    QSignalSpy pages(parallel.get(), &AllPagesWalker::pageLoaded);
    QSignalSpy finished(parallel.get(), &AllPagesWalker::finished);
    parallel->start();
    QVERIFY(pages.wait(10000));
    QVERIFY(parallel->hasRequestInFlight());
    parallel->cancel();
    QVERIFY(!parallel->hasRequestInFlight());
    QVERIFY(!parallel->isRunning());
    const int pagesAtCancel = int(pages.size());
    const int sent = parallel->requestsSent();
    QTest::qWait(200); // longer than the latency: an answer still on its way would have come
    QCOMPARE(pages.size(), pagesAtCancel);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(parallel->requestsSent(), sent);
    // Nothing asked for after the cancel (a request aborted on its way may not have arrived).
    QVERIFY(int(lists(*m_server).size()) <= sent);
}

void TestPager::parallel_default_isTheClientsParallelRequests_data()
{
    QTest::addColumn<std::optional<int>>("configured");
    QTest::addColumn<int>("expected");
    QTest::newRow("default") << std::optional<int>() << 4;
    QTest::newRow("one") << std::optional<int>(1) << 1;
    QTest::newRow("six") << std::optional<int>(6) << 6;
}

// over() takes its requests in flight from the client's configuration, and the walk really keeps
// that many in flight (the simulator's own count of requests between arrival and answer).
void TestPager::parallel_default_isTheClientsParallelRequests()
{
    QFETCH(std::optional<int>, configured);
    QFETCH(int, expected);
    m_server->tenant().generate(1, 1500);
    m_server->setLatency(60, 0);
    ClientConfig config = ClientConfig::make(m_server->baseUrl(), Key);
    if (configured)
        config = config.withParallelRequests(*configured);
    m_client = std::make_unique<SignTrakerClient>(config);
    int inFlight = 0;
    int most = 0;
    connect(m_server.get(), &SimServer::requestRecorded, this,
            [&] { most = std::max(most, ++inFlight); });
    connect(m_server.get(), &SimServer::requestAnswered, this, [&] { --inFlight; });
    auto w = walker({}, 100);
    QCOMPARE(w->maxInFlight(), expected);
    const WalkOutcome outcome = runWalk(*w);
    QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.message()));
    QCOMPARE(outcome.ids, range(1001, 1500));
    QCOMPARE(most, expected);
}

// A list that fits in one page (offices, managers) costs one request, not one per slot.
void TestPager::parallel_firstRequestAlone_shortListCostsOneRequest()
{
    m_server->tenant().generate(1, 30);
    auto w = walker({}, 500);
    QCOMPARE(w->maxInFlight(), 4);
    const WalkOutcome outcome = runWalk(*w);
    QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.message()));
    QCOMPARE(outcome.ids, range(1001, 30));
    // The short page, and the empty answer that proves it the last.
    QCOMPARE(outcome.requests, 2);
    QCOMPARE(lists(*m_server).size(), 2);
}

void TestPager::parallel_expectManyPages_everyWindowFromTheStart_data()
{
    QTest::addColumn<int>("agents");
    QTest::addColumn<int>("maxTop");
    QTest::newRow("long list") << 1234 << 0;
    QTest::newRow("shorter than one page") << 30 << 0;
    QTest::newRow("capped service") << 1234 << 70;
}

// Every agent of a tenant: the windows go out together from the first request, before any
// answer came back; every row still comes once and in order, on a short or a capped list too.
void TestPager::parallel_expectManyPages_everyWindowFromTheStart()
{
    QFETCH(int, agents);
    QFETCH(int, maxTop);
    m_server->tenant().generate(1, agents);
    m_server->setMaxTop(maxTop);
    m_server->setLatency(40, 0);
    int inFlight = 0;
    int answered = 0;
    int mostBeforeFirstAnswer = 0;
    connect(m_server.get(), &SimServer::requestRecorded, this, [&] {
        ++inFlight;
        if (answered == 0)
            mostBeforeFirstAnswer = std::max(mostBeforeFirstAnswer, inFlight);
    });
    connect(m_server.get(), &SimServer::requestAnswered, this, [&] {
        --inFlight;
        ++answered;
    });
    auto w = walker({}, 100);
    w->setExpectManyPages(true);
    const WalkOutcome outcome = runWalk(*w);
    QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.message()));
    QCOMPARE(outcome.ids, range(1001, agents));
    QCOMPARE(mostBeforeFirstAnswer, w->maxInFlight());
}

void TestPager::estimatedTotal_knownOnceTheEndIsSeen_data()
{
    QTest::addColumn<int>("agents");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("inFlight");
    QTest::newRow("parallel, short last page") << 1000 << 30 << 4;
    QTest::newRow("parallel, total a multiple of the page") << 600 << 50 << 4;
    QTest::newRow("one at a time, short last page") << 250 << 60 << 1;
}

// On a tenant that does not change, an estimate, once there is one, is the total, or less than a
// page beyond it while only an empty answer past the end has come; the short page that ends the
// walk is handed out with the exact total.
void TestPager::estimatedTotal_knownOnceTheEndIsSeen()
{
    QFETCH(int, agents);
    QFETCH(int, pageSize);
    QFETCH(int, inFlight);
    m_server->tenant().generate(1, agents);
    m_server->setLatency(10, 10);
    auto w = walker({}, pageSize);
    w->setMaxInFlight(inFlight);
    QVERIFY(!w->estimatedTotal());
    QList<std::optional<int>> estimates;
    connect(w.get(), &AllPagesWalker::pageLoaded, this,
            [&] { estimates.append(w->estimatedTotal()); });
    const WalkOutcome outcome = runWalk(*w);
    QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.message()));
    QCOMPARE(outcome.ids.size(), agents);
    QCOMPARE(w->estimatedTotal(), std::optional<int>(agents));
    QVERIFY(!estimates.isEmpty());
    QVERIFY(!estimates.first()); // nothing is known from the first page
    for (const std::optional<int> &estimate : std::as_const(estimates))
        QVERIFY(!estimate || (*estimate >= agents && *estimate < agents + pageSize));
    if (agents % pageSize != 0)
        QCOMPARE(estimates.last(), std::optional<int>(agents));
}

QTEST_GUILESS_MAIN(TestPager)
#include "tst_pager.moc"
