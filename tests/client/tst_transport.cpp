// SPDX-License-Identifier: Apache-2.0
// The transport against a loopback simulator: headers, retries, timeouts, redirects, dropped
// connections, and what the service actually received.
#include "apicall.h"
#include "buildinfo.h"
#include "pager.h"
#include "simfixture.h"
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
using test::waitFor;

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
    void send_contentTypeOnlyWithABody_data();
    void send_contentTypeOnlyWithABody();
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
    void reply_shape_data();
    void reply_shape();
    void retryAfter_throughTheScheduler_data();
    void retryAfter_throughTheScheduler();
    void sizeCap_sim_data();
    void sizeCap_sim();
    void sizeCap_announcedLength_refusedBeforeTheBody();
    void sizeCap_chunked_abortsWhileReading();
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
    m_server = test::startSimulator(7, 120, Key);
    QVERIFY(m_server);
    m_delays.clear();
}

void TestTransport::cleanup()
{
    m_server.reset();
}

std::unique_ptr<SignTrakerClient> TestTransport::makeClient(int retries, double timeout)
{
    auto client =
        std::make_unique<SignTrakerClient>(test::configFor(*m_server, Key, timeout, retries, 0.5));
    // The injectable clock: record the backoff instead of waiting for it.
    client->transport()->setScheduler(
        [this](milliseconds delay, QObject *context, std::function<void()> action) {
            m_delays << delay;
            QMetaObject::invokeMethod(context, std::move(action), Qt::QueuedConnection);
        });
    return client;
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
    const QByteArray product = QByteArray("SignTrakerAgentsAdmin/") + buildinfo::version();
    QVERIFY(headers.value("user-agent").startsWith(product));
}

void TestTransport::send_contentTypeOnlyWithABody_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<QByteArray>("expected"); // empty: no Content-Type at all
    QTest::newRow("list") << "list" << QByteArray();
    QTest::newRow("get") << "get" << QByteArray();
    QTest::newRow("activate, no body") << "activate" << QByteArray();
    QTest::newRow("update") << "update" << QByteArray("application/merge-patch+json");
    QTest::newRow("create") << "create" << QByteArray("application/json");
}

void TestTransport::send_contentTypeOnlyWithABody()
{
    QFETCH(QString, call);
    QFETCH(QByteArray, expected);
    const qint64 id =
        m_server->tenant().agents().first().toObject().value(QStringLiteral("Id")).toInteger();
    auto client = makeClient();
    ApiCall *apiCall = nullptr;
    if (call == QLatin1String("list"))
        apiCall = client->listAgents({});
    else if (call == QLatin1String("get"))
        apiCall = client->getAgent(id);
    else if (call == QLatin1String("activate"))
        apiCall = client->activateAgent(id);
    else if (call == QLatin1String("update"))
        apiCall = client->updateAgent(id, {{QStringLiteral("Notes"), QStringLiteral("x")}});
    else
        apiCall = client->createAgent({{QStringLiteral("UserName"), QStringLiteral("x")}});
    waitFor(apiCall);
    QCOMPARE(m_server->requests().size(), 1);
    const auto headers = m_server->requests().first().headers;
    QCOMPARE(headers.contains("content-type"), !expected.isEmpty());
    QCOMPARE(headers.value("content-type"), expected);
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

void TestTransport::reply_shape_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("readable");
    QTest::addColumn<QString>("messagePart"); // for unreadable ones

    const QString notList = QStringLiteral("with something that is not a list");
    const QString notRecord = QStringLiteral("with something that is not a record");
    const QString noId = QStringLiteral("a record that has no Id");
    const QString notJson = QStringLiteral("not JSON");
    QTest::newRow("list: array") << "list" << QByteArray(R"([{"Id":1}])") << true << QString();
    QTest::newRow("list: empty array") << "list" << QByteArray("[]") << true << QString();
    QTest::newRow("list: object") << "list" << QByteArray(R"({"value":[{"Id":1}]})") << false
                                  << notList;
    QTest::newRow("list: number") << "list" << QByteArray("3") << false << notList;
    QTest::newRow("list: text") << "list" << QByteArray(R"("ok")") << false << notList;
    QTest::newRow("list: null") << "list" << QByteArray("null") << false << notList;
    QTest::newRow("list: empty body")
        << "list" << QByteArray() << false << QStringLiteral("an empty body");
    QTest::newRow("list: blank body")
        << "list" << QByteArray(" \r\n") << false << QStringLiteral("an empty body");
    QTest::newRow("list: numbers")
        << "list" << QByteArray("[1,2]") << false << QStringLiteral("other than records");
    QTest::newRow("list: HTML as JSON")
        << "list" << QByteArray("<html>maintenance</html>") << false << notJson;
    QTest::newRow("offices: object") << "offices" << QByteArray("{}") << false << notList;
    QTest::newRow("enterprises: text") << "enterprises" << QByteArray(R"("x")") << false << notList;
    QTest::newRow("get: record") << "get" << QByteArray(R"({"Id":5})") << true << QString();
    QTest::newRow("get: empty body")
        << "get" << QByteArray() << false << QStringLiteral("an empty body");
    QTest::newRow("get: list") << "get" << QByteArray(R"([{"Id":5}])") << false << notRecord;
    QTest::newRow("get: no Id") << "get" << QByteArray(R"({"FirstName":"x"})") << false << noId;
    QTest::newRow("get: null Id") << "get" << QByteArray(R"({"Id":null})") << false << noId;
    QTest::newRow("get: number") << "get" << QByteArray("5") << false << notRecord;
    QTest::newRow("get: HTML") << "get" << QByteArray("<!DOCTYPE html><p>hi") << false << notJson;
    QTest::newRow("update: empty body")
        << "update" << QByteArray() << false << QStringLiteral("an empty body");
    QTest::newRow("update: no Id") << "update" << QByteArray(R"({"Notes":"x"})") << false << noId;
    QTest::newRow("create: text") << "create" << QByteArray(R"("created")") << false << notRecord;
    QTest::newRow("activate: empty body") << "activate" << QByteArray() << true << QString();
    QTest::newRow("activate: {}") << "activate" << QByteArray("{}") << true << QString();
    QTest::newRow("activate: true") << "activate" << QByteArray("true") << false
                                    << QStringLiteral("neither empty nor a JSON object");
    QTest::newRow("deactivate: list") << "deactivate" << QByteArray("[]") << false
                                      << QStringLiteral("neither empty nor a JSON object");
}

// An answer that is not what the request expects never becomes an empty table or a blank form.
void TestTransport::reply_shape()
{
    QFETCH(QString, call);
    QFETCH(QByteArray, body);
    QFETCH(bool, readable);
    QFETCH(QString, messagePart);
    m_server->scriptNext(ScriptedReply::json(200, body));
    auto client = makeClient(3);
    const QJsonObject patch{{QStringLiteral("Notes"), QStringLiteral("x")}};
    ApiCall *apiCall = nullptr;
    if (call == QLatin1String("list"))
        apiCall = client->listAgents({});
    else if (call == QLatin1String("offices"))
        apiCall = client->listOffices({});
    else if (call == QLatin1String("enterprises"))
        apiCall = client->listEnterprises({});
    else if (call == QLatin1String("get"))
        apiCall = client->getAgent(5);
    else if (call == QLatin1String("update"))
        apiCall = client->updateAgent(5, patch);
    else if (call == QLatin1String("create"))
        apiCall = client->createAgent(patch);
    else if (call == QLatin1String("activate"))
        apiCall = client->activateAgent(5);
    else
        apiCall = client->deactivateAgent(5);
    const bool write = call != QLatin1String("list") && call != QLatin1String("offices") &&
                       call != QLatin1String("enterprises") && call != QLatin1String("get");
    const ApiResult result = waitFor(apiCall);
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(m_server->requests().size(), 1); // never retried
    if (readable) {
        QVERIFY2(result.ok(), qPrintable(result.error.message()));
        return;
    }
    QCOMPARE(result.error.kind(), ApiError::Kind::UnreadableResponse);
    QCOMPARE(result.error.httpStatus(), 200);
    QVERIFY2(result.error.userMessage().contains(messagePart),
             qPrintable(result.error.userMessage()));
    QVERIFY(result.value.isNull());
    // A write whose answer cannot be read may have been done: it is checked, not repeated.
    QCOMPARE(result.error.outcomeUnknown(), write);
}

void TestTransport::retryAfter_throughTheScheduler_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<qint64>("expectedDelayMs");  // -1: backoff (250 to 500 ms); -2: no retry
    QTest::addColumn<QString>("expectedMessage"); // for no retry

    QTest::newRow("429, 3") << 429 << QByteArray("3") << qint64(3000) << QString();
    QTest::newRow("503, 0.25") << 503 << QByteArray("0.25") << qint64(250) << QString();
    QTest::newRow("429, 60: at the cap") << 429 << QByteArray("60") << qint64(60000) << QString();
    QTest::newRow("429, date 12 s ahead")
        << 429 << QByteArray("Sun, 29 Nov 2026 10:00:12 GMT") << qint64(12000) << QString();
    QTest::newRow("503, date in the past")
        << 503 << QByteArray("Sun, 29 Nov 2026 09:00:00 GMT") << qint64(0) << QString();
    QTest::newRow("503, negative") << 503 << QByteArray("-5") << qint64(-1) << QString();
    QTest::newRow("429, NaN") << 429 << QByteArray("NaN") << qint64(-1) << QString();
    QTest::newRow("429, inf") << 429 << QByteArray("inf") << qint64(-1) << QString();
    QTest::newRow("429, 61") << 429 << QByteArray("61") << qint64(-2)
                             << QStringLiteral("The service asks to wait 61 s; try again later.");
    QTest::newRow("503, 10800") << 503 << QByteArray("10800") << qint64(-2)
                                << QStringLiteral(
                                       "The service asks to wait 3 hours; try again later.");
    QTest::newRow("429, 1e300") << 429 << QByteArray("1e300") << qint64(-2)
                                << QStringLiteral(
                                       "The service asks to wait 7 days or more; try again later.");
    QTest::newRow("429, huge integer")
        << 429 << QByteArray("184467440737095516160") << qint64(-2)
        << QStringLiteral("The service asks to wait 7 days or more; try again later.");
    QTest::newRow("503, date far ahead")
        << 503 << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT") << qint64(-2)
        << QStringLiteral("The service asks to wait 7 days or more; try again later.");
}

// The wait the service asks for goes to the real scheduler as it is, or is reported instead
// of being waited for.
void TestTransport::retryAfter_throughTheScheduler()
{
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(qint64, expectedDelayMs);
    QFETCH(QString, expectedMessage);
    ScriptedReply answer = ScriptedReply::json(status, R"({"Message":"busy"})");
    answer.headers.append({"Retry-After", retryAfter});
    m_server->scriptNext(answer);
    auto client = makeClient(2);
    client->transport()->setClock(
        [] { return QDateTime(QDate(2026, 11, 29), QTime(10, 0, 0), Qt::UTC); });
    ApiCall *call = client->listAgents({});
    QSignalSpy retrying(call, &ApiCall::retrying);
    const ApiResult result = waitFor(call);
    if (expectedDelayMs == -2) {
        QCOMPARE(result.error.kind(), ApiError::Kind::RateLimited);
        QCOMPARE(result.error.httpStatus(), status);
        QCOMPARE(result.error.userMessage(), expectedMessage);
        QVERIFY(m_delays.isEmpty());
        QCOMPARE(m_server->requests().size(), 1);
        return;
    }
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(m_delays.size(), 1);
    QCOMPARE(retrying.size(), 1);
    QCOMPARE(retrying.first().at(2).toInt(), int(m_delays.first().count()));
    if (expectedDelayMs == -1)
        QVERIFY(m_delays.first() >= milliseconds(250) && m_delays.first() <= milliseconds(500));
    else
        QCOMPARE(m_delays.first(), milliseconds(expectedDelayMs));
}

void TestTransport::sizeCap_sim_data()
{
    QTest::addColumn<int>("bodyBytes");
    QTest::addColumn<qint64>("cap");
    QTest::addColumn<bool>("readable");
    QTest::newRow("at the cap") << 100000 << qint64(100000) << true;
    QTest::newRow("one byte over") << 100001 << qint64(100000) << false;
    QTest::newRow("2 MiB over 1 MiB") << 2 * 1024 * 1024 << qint64(1024 * 1024) << false;
}

void TestTransport::sizeCap_sim()
{
    QFETCH(int, bodyBytes);
    QFETCH(qint64, cap);
    QFETCH(bool, readable);
    QByteArray body(bodyBytes, ' ');
    body[0] = '[';
    body[bodyBytes - 1] = ']';
    m_server->scriptNext(ScriptedReply::json(200, body));
    SignTrakerClient client(test::configFor(*m_server, Key, 5, 3).withMaxResponseBytes(cap));
    const ApiResult result = waitFor(client.listAgents({}));
    QCOMPARE(m_server->requests().size(), 1); // never retried
    if (readable) {
        QVERIFY2(result.ok(), qPrintable(result.error.message()));
        return;
    }
    QCOMPARE(result.error.kind(), ApiError::Kind::UnreadableResponse);
    QVERIFY2(result.error.userMessage().contains(QLatin1String("more than the limit")),
             qPrintable(result.error.userMessage()));
}

namespace {

// Answers every connection with a 200 whose body is total filler bytes, announced with
// Content-Length or sent chunked, written as fast as the client takes it.
struct StreamingServer
{
    qint64 total = 0;
    bool chunked = false;
    bool headOnly = false; // announce the body, never send it
    qint64 sent = 0;
    bool done = false;
    bool closedEarly = false;
    int connections = 0;
    QTcpServer server;

    bool listen()
    {
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this] { accept(); });
        return server.listen(QHostAddress::LocalHost);
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
    }
    void accept()
    {
        QTcpSocket *socket = server.nextPendingConnection();
        ++connections;
        QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
        head += chunked ? QByteArray("Transfer-Encoding: chunked\r\n\r\n")
                        : "Content-Length: " + QByteArray::number(total) + "\r\n\r\n";
        socket->write(head);
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket,
                         [this, socket] { pump(socket); });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, [this, socket] {
            closedEarly = !done;
            socket->deleteLater();
        });
        pump(socket);
    }
    void pump(QTcpSocket *socket)
    {
        const QByteArray filler(64 * 1024, ' ');
        while (!headOnly && !done && socket->state() == QAbstractSocket::ConnectedState &&
               socket->bytesToWrite() < 512 * 1024) {
            const qint64 count = std::min<qint64>(filler.size(), total - sent);
            if (chunked)
                socket->write(QByteArray::number(count, 16) + "\r\n" + filler.left(count) + "\r\n");
            else
                socket->write(filler.left(count));
            sent += count;
            if (sent >= total) {
                if (chunked)
                    socket->write("0\r\n\r\n");
                done = true;
            }
        }
    }
};

constexpr qint64 MiB = 1024 * 1024;

} // namespace

// A Content-Length over the cap ends the call at the headers: the body is never waited for.
void TestTransport::sizeCap_announcedLength_refusedBeforeTheBody()
{
    StreamingServer server;
    server.total = 50 * MiB;
    server.headOnly = true;
    QVERIFY(server.listen());
    SignTrakerClient client(ClientConfig::make(server.url(), Key, 5, 3).withMaxResponseBytes(MiB));
    QElapsedTimer elapsed;
    elapsed.start();
    const ApiResult result = waitFor(client.listAgents({}));
    QVERIFY(elapsed.elapsed() < 4000); // not the 5 s deadline
    QCOMPARE(result.error.kind(), ApiError::Kind::UnreadableResponse);
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.error.userMessage(),
             QStringLiteral("The service's answer is 50 MiB, more than the limit of 1 MiB; it "
                            "was not read. Raise the limit in the profile or with "
                            "SIGNTRAKER_MAX_RESPONSE_MB if such an answer is expected."));
    QTRY_VERIFY(server.closedEarly);
    QCOMPARE(server.connections, 1); // not retried
}

// A chunked answer announces nothing: the call counts the bytes and stops at the cap, long
// before the server has written its 50 MiB.
void TestTransport::sizeCap_chunked_abortsWhileReading()
{
    StreamingServer server;
    server.total = 50 * MiB;
    server.chunked = true;
    QVERIFY(server.listen());
    SignTrakerClient client(ClientConfig::make(server.url(), Key, 20, 3).withMaxResponseBytes(MiB));
    const ApiResult result = waitFor(client.listAgents({}));
    QCOMPARE(result.error.kind(), ApiError::Kind::UnreadableResponse);
    QVERIFY2(result.error.userMessage().startsWith(
                 QLatin1String("The service's answer is larger than the limit of 1 MiB")),
             qPrintable(result.error.userMessage()));
    QTRY_VERIFY(server.closedEarly);
    QVERIFY(!server.done);
    QVERIFY2(server.sent < 25 * MiB, qPrintable(QString::number(server.sent)));
    QCOMPARE(server.connections, 1);
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
    const auto elsewhere = test::startSimulator(1, 0, Key);
    QVERIFY(elsewhere);
    QUrl target = elsewhere->baseUrl();
    target.setPath(QStringLiteral("/api/agents"));
    m_server->scriptNext(ScriptedReply::redirect(302, target));
    auto client = makeClient(2);
    const ApiResult result = waitFor(client->listAgents({}));
    QCOMPARE(result.error.kind(), ApiError::Kind::Redirected);
    QCOMPARE(result.error.redirectTarget(), target);
    QVERIFY(result.error.message().contains(target.toDisplayString()));
    QTest::qWait(100); // nothing may arrive there late either
    QVERIFY(elsewhere->requests().isEmpty());
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
