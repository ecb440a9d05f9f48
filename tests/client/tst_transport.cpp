// The transport against a loopback simulator: headers, retries, timeouts, redirects, dropped
// connections, and what the service actually received.
#include "apicall.h"
#include "buildinfo.h"
#include "pager.h"
#include "signtrakerclient.h"
#include "simserver.h"
#include "transport.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace signtraker;
using sim::ScriptedReply;
using sim::SimServer;
using std::chrono::milliseconds;

namespace {

const QString Key = QStringLiteral("k3y-Secret-123");

QStringList g_log;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log << message;
}

int countRequests(const SimServer &server, const QByteArray &method)
{
    int count = 0;
    for (const auto &request : server.requests())
        count += request.method == method ? 1 : 0;
    return count;
}

} // namespace

class TestTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void send_setsTheFourHeaders();
    void send_queryValuesArriveIntact_data();
    void send_queryValuesArriveIntact();
    void retry_503TwiceThenSuccess_succeedsAfterBackoff();
    void retry_honoursRetryAfter();
    void create_notRepeatedAfter503();
    void create_notRepeatedAfterDroppedConnection();
    void create_reachesServerOnceWhenKeptAliveConnectionDrops();
    void deadline_slowAnswer_reportsTimeoutNotCancel();
    void reply_connectionDroppedMidResponse_isNetworkError();
    void reply_nonJsonSuccess_isUnreadable();
    void reply_emptySuccess_isEmptyObject();
    void reply_errorStatus_carriesServiceMessage();
    void redirect_toAnotherPort_isNotFollowedAndKeyStaysHome();
    void tls_handshakeFailure_isTlsError();
    void connectionRefused_isReported();
    void verboseLog_masksKey();
    void cancel_deliversNothing();
    void destroyingClient_withCallInFlight_isSafe();
    void walker_readsEveryPageInStableOrder();

private:
    std::unique_ptr<SignTrakerClient> makeClient(int retries = 0, double timeout = 5.0);

    std::unique_ptr<SimServer> m_server;
    QList<milliseconds> m_delays;
};

void TestTransport::init()
{
    m_server = std::make_unique<SimServer>();
    m_server->tenant().generate(7, 120);
    m_server->setApiKey(Key);
    QVERIFY(m_server->listen());
    m_delays.clear();
}

void TestTransport::cleanup()
{
    m_server.reset();
}

std::unique_ptr<SignTrakerClient> TestTransport::makeClient(int retries, double timeout)
{
    auto client = std::make_unique<SignTrakerClient>(
        ClientConfig::make(m_server->baseUrl(), Key, timeout, retries, 0.5));
    // The injectable clock: record the backoff instead of waiting for it.
    client->transport()->setScheduler(
        [this](milliseconds delay, QObject *context, std::function<void()> action) {
            m_delays << delay;
            QMetaObject::invokeMethod(context, std::move(action), Qt::QueuedConnection);
        });
    return client;
}

static ApiResult waitFor(ApiCall *call)
{
    QSignalSpy spy(call, &ApiCall::finished);
    if (!spy.wait(10000))
        return {};
    return spy.first().first().value<ApiResult>();
}

void TestTransport::send_setsTheFourHeaders()
{
    auto client = makeClient();
    const ApiResult result = waitFor(client->listAgents({}));
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(m_server->requests().size(), 1);
    const auto headers = m_server->requests().first().headers;
    QCOMPARE(headers.value("authorization"), "ST-API " + Key.toUtf8());
    QCOMPARE(headers.value("accept"), QByteArray("application/json"));
    QCOMPARE(headers.value("content-type"), QByteArray("application/json"));
    const QByteArray product = QByteArray("SignTrakerAgentsAdmin/") + buildinfo::version();
    QVERIFY(headers.value("user-agent").startsWith(product));
}

void TestTransport::send_queryValuesArriveIntact_data()
{
    QTest::addColumn<QString>("filter");
    QTest::newRow("ampersand hash plus percent") << QStringLiteral("contains(Notes,'& # + %')");
    QTest::newRow("accents") << QStringLiteral("LastName eq 'Núñez'");
    QTest::newRow("apostrophe doubled") << QStringLiteral("LastName eq 'O''Brien'");
    QTest::newRow("equals and question mark") << QStringLiteral("contains(Notes,'a=b?c')");
}

void TestTransport::send_queryValuesArriveIntact()
{
    QFETCH(QString, filter);
    auto client = makeClient();
    ListQuery query;
    query.filter = filter;
    waitFor(client->listAgents(query));
    QCOMPARE(m_server->requests().size(), 1);
    const auto items = m_server->requests().first().query;
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().first, QStringLiteral("$filter"));
    QCOMPARE(items.first().second, filter);
}

void TestTransport::retry_503TwiceThenSuccess_succeedsAfterBackoff()
{
    m_server->scriptNext(ScriptedReply::json(503, R"({"Message":"busy"})"));
    m_server->scriptNext(ScriptedReply::json(503, R"({"Message":"busy"})"));
    auto client = makeClient(3);
    ApiCall *call = client->getAgent(
        m_server->tenant().agents().first().toObject().value(QStringLiteral("Id")).toInteger());
    QSignalSpy retrying(call, &ApiCall::retrying);
    const ApiResult result = waitFor(call);
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(m_server->requests().size(), 3);
    QCOMPARE(retrying.size(), 2);
    QCOMPARE(m_delays.size(), 2);
    // 0.5 s then 1 s, each with up to half taken off by jitter.
    QVERIFY(m_delays[0] >= milliseconds(250) && m_delays[0] <= milliseconds(500));
    QVERIFY(m_delays[1] >= milliseconds(500) && m_delays[1] <= milliseconds(1000));
}

void TestTransport::retry_honoursRetryAfter()
{
    ScriptedReply limited = ScriptedReply::json(429, R"({"Message":"slow down"})");
    limited.headers.append({"Retry-After", "3"});
    m_server->scriptNext(limited);
    auto client = makeClient(2);
    const ApiResult result = waitFor(client->listAgents({}));
    QVERIFY(result.ok());
    QCOMPARE(m_delays, QList<milliseconds>{milliseconds(3000)});
}

void TestTransport::create_notRepeatedAfter503()
{
    m_server->scriptNext(ScriptedReply::json(503, R"({"Message":"busy"})"));
    auto client = makeClient(3);
    const ApiResult result = waitFor(client->createAgent({{QStringLiteral("UserName"), "x"}}));
    QCOMPARE(result.error.kind(), ApiError::Kind::Server);
    QCOMPARE(result.error.httpStatus(), 503);
    QCOMPARE(countRequests(*m_server, "POST"), 1);
    QVERIFY(m_delays.isEmpty());
}

void TestTransport::create_notRepeatedAfterDroppedConnection()
{
    m_server->scriptNext(ScriptedReply::closeWithoutReply());
    auto client = makeClient(3);
    const ApiResult result = waitFor(client->createAgent({{QStringLiteral("UserName"), "x"}}));
    QCOMPARE(result.error.kind(), ApiError::Kind::Network);
    QVERIFY(result.error.outcomeUnknown());
    QCOMPARE(countRequests(*m_server, "POST"), 1);
}

void TestTransport::create_reachesServerOnceWhenKeptAliveConnectionDrops()
{
    // A first call leaves a kept-alive connection; the service then reads the create and closes
    // that connection without answering. Qt re-sends on a new connection unless the body cannot
    // be rewound.
    auto client = makeClient(3);
    QVERIFY(waitFor(client->listAgents({})).ok());
    m_server->scriptNext("POST", QStringLiteral("/api/agents"), ScriptedReply::closeWithoutReply());
    const ApiResult result = waitFor(client->createAgent({{QStringLiteral("UserName"), "x"}}));
    QCOMPARE(countRequests(*m_server, "POST"), 1);
    QCOMPARE(result.error.kind(), ApiError::Kind::Network);
    QVERIFY(result.error.outcomeUnknown());
    QCOMPARE(m_server->connectionCount(), 1);
}

void TestTransport::deadline_slowAnswer_reportsTimeoutNotCancel()
{
    m_server->scriptNext(ScriptedReply::delayed(3000));
    auto client = makeClient(0, 0.2);
    QElapsedTimer elapsed;
    elapsed.start();
    const ApiResult result = waitFor(client->listAgents({}));
    QCOMPARE(result.error.kind(), ApiError::Kind::Network);
    QCOMPARE(result.error.networkKind(), ApiError::NetworkKind::Timeout);
    QVERIFY(elapsed.elapsed() < 2500);
}

void TestTransport::reply_connectionDroppedMidResponse_isNetworkError()
{
    m_server->scriptNext(ScriptedReply::closeMidBody());
    auto client = makeClient();
    const ApiResult result = waitFor(client->listAgents({}));
    QCOMPARE(result.error.kind(), ApiError::Kind::Network);
    QCOMPARE(result.error.networkKind(), ApiError::NetworkKind::ConnectionLost);
}

void TestTransport::reply_nonJsonSuccess_isUnreadable()
{
    m_server->scriptNext(ScriptedReply::json(200, "<html>maintenance</html>"));
    auto client = makeClient();
    const ApiResult result = waitFor(client->listAgents({}));
    QCOMPARE(result.error.kind(), ApiError::Kind::UnreadableResponse);
    QCOMPARE(result.error.httpStatus(), 200);
}

void TestTransport::reply_emptySuccess_isEmptyObject()
{
    const qint64 id =
        m_server->tenant().agents().first().toObject().value(QStringLiteral("Id")).toInteger();
    auto client = makeClient();
    const ApiResult result = waitFor(client->deactivateAgent(id));
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(result.object(), QJsonObject());
    const auto request = m_server->requests().first();
    QCOMPARE(request.path, QStringLiteral("/api/agents/deactivate"));
    QCOMPARE(request.query.value(0).second, QString::number(id));
}

void TestTransport::reply_errorStatus_carriesServiceMessage()
{
    auto client = makeClient();
    ListQuery query;
    query.filter = QStringLiteral("NoSuchMember eq 1");
    const ApiResult result = waitFor(client->listAgents(query));
    QCOMPARE(result.error.kind(), ApiError::Kind::Validation);
    QCOMPARE(result.error.httpStatus(), 400);
    QVERIFY2(result.error.message().startsWith(
                 QLatin1String("The query specified in the URI is not valid")),
             qPrintable(result.error.message()));
}

void TestTransport::redirect_toAnotherPort_isNotFollowedAndKeyStaysHome()
{
    SimServer elsewhere;
    elsewhere.setApiKey(Key);
    QVERIFY(elsewhere.listen());
    QUrl target = elsewhere.baseUrl();
    target.setPath(QStringLiteral("/api/agents"));
    m_server->scriptNext(ScriptedReply::redirect(302, target));
    auto client = makeClient(2);
    const ApiResult result = waitFor(client->listAgents({}));
    QCOMPARE(result.error.kind(), ApiError::Kind::Redirected);
    QCOMPARE(result.error.redirectTarget(), target);
    QVERIFY(result.error.message().contains(target.toDisplayString()));
    QTest::qWait(100); // nothing may arrive there late either
    QVERIFY(elsewhere.requests().isEmpty());
}

void TestTransport::tls_handshakeFailure_isTlsError()
{
    // A server that answers a TLS hello with plain text: the handshake must fail, not be ignored.
    QTcpServer plain;
    QVERIFY(plain.listen(QHostAddress::LocalHost));
    connect(&plain, &QTcpServer::newConnection, this, [&plain] {
        QTcpSocket *socket = plain.nextPendingConnection();
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n[]");
        socket->disconnectFromHost();
    });
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(plain.serverPort());
    SignTrakerClient client(ClientConfig::make(url, Key, 5, 0));
    const ApiResult result = waitFor(client.listAgents({}));
    QCOMPARE(result.error.kind(), ApiError::Kind::Network);
    QCOMPARE(result.error.networkKind(), ApiError::NetworkKind::Tls);
}

void TestTransport::connectionRefused_isReported()
{
    const QUrl url = m_server->baseUrl();
    m_server.reset(); // nothing listens there any more
    SignTrakerClient client(ClientConfig::make(url, Key, 5, 0));
    const ApiResult result = waitFor(client.createAgent({}));
    QCOMPARE(result.error.kind(), ApiError::Kind::Network);
    QCOMPARE(result.error.networkKind(), ApiError::NetworkKind::ConnectionRefused);
    QVERIFY(!result.error.outcomeUnknown());
}

void TestTransport::verboseLog_masksKey()
{
    g_log.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("signtraker.http.debug=true"));
    const auto previous = qInstallMessageHandler(captureLog);
    auto client = makeClient();
    m_server->scriptNext(ScriptedReply::json(
        401, R"({"Message":"Authorization has been denied for this request."})"));
    const ApiResult result = waitFor(client->listAgents({}));
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QStringLiteral("signtraker.http.debug=false"));
    QCOMPARE(result.error.kind(), ApiError::Kind::Authentication);
    const QString log = g_log.join(u'\n');
    QVERIFY2(log.contains(QLatin1String("Authorization: ST-API ********")), qPrintable(log));
    QVERIFY(!log.contains(Key));
    QVERIFY(!result.error.message().contains(Key));
    QVERIFY(!result.error.userMessage().contains(Key));
}

void TestTransport::cancel_deliversNothing()
{
    m_server->scriptNext(ScriptedReply::delayed(300));
    auto client = makeClient();
    QPointer<ApiCall> call = client->listAgents({});
    QSignalSpy finished(call.data(), &ApiCall::finished);
    QTest::qWait(50);
    call->cancel();
    call->cancel(); // twice is harmless
    QTRY_VERIFY(call.isNull());
    QTest::qWait(400);
    QCOMPARE(finished.size(), 0);
}

void TestTransport::destroyingClient_withCallInFlight_isSafe()
{
    m_server->scriptNext(ScriptedReply::delayed(300));
    auto client = makeClient();
    QPointer<ApiCall> call = client->listAgents({});
    QTest::qWait(50);
    client.reset();
    QVERIFY(call.isNull());
    QTest::qWait(400);
}

void TestTransport::walker_readsEveryPageInStableOrder()
{
    auto client = makeClient();
    ListQuery query;
    query.select = {QStringLiteral("Id")};
    AllPagesWalker walker([&client](const ListQuery &q) { return client->listAgents(q); }, query,
                          25);
    QSignalSpy pages(&walker, &AllPagesWalker::pageLoaded);
    QSignalSpy done(&walker, &AllPagesWalker::finished);
    walker.start();
    QVERIFY(done.wait(10000));
    QVERIFY(!done.first().first().value<ApiError>().isError());
    QCOMPARE(done.first().at(1).toInt(), 120);
    QCOMPARE(pages.size(), 5);
    QSet<qint64> ids;
    for (const auto &page : pages)
        for (const auto &row : page.first().toJsonArray())
            ids.insert(row.toObject().value(QStringLiteral("Id")).toInteger());
    QCOMPARE(ids.size(), 120);
    // Four full pages, a short one, and the empty answer that proves the short one was the end.
    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 6);
    for (const auto &request : requests) {
        const QUrlQuery urlQuery = [&request] {
            QUrlQuery q;
            for (const auto &[k, v] : request.query)
                q.addQueryItem(k, v);
            return q;
        }();
        QCOMPARE(urlQuery.queryItemValue(QStringLiteral("$orderby")), QStringLiteral("Id"));
        const bool afterShortPage = &request == &requests.last();
        QCOMPARE(urlQuery.queryItemValue(QStringLiteral("$top")),
                 afterShortPage ? QStringLiteral("20") : QStringLiteral("25"));
    }
    QVERIFY(requests.last().query.contains({QStringLiteral("$skip"), QStringLiteral("120")}));
}

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_transport.moc"
