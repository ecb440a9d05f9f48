// SPDX-License-Identifier: Apache-2.0
// SimServer over loopback HTTP, driven by QNetworkAccessManager and, where exact bytes matter,
// by a raw QTcpSocket: auth, routes and their error bodies, OData query forms, writes, the
// scripting API, recorded requests, faults and the request log.
#include "simfixture.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace signtraker::sim;

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    qint64 elapsedMs = 0;

    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
};

QList<qint64> idsOf(const QJsonArray &rows)
{
    QList<qint64> ids;
    for (const QJsonValue &row : rows)
        ids << row[QLatin1String("Id")].toInteger();
    return ids;
}

QByteArray message(const QString &text)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("Message"), text}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestSimServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void auth_header_decidesAccess_data();
    void auth_header_decidesAccess();
    void getAgent_returnsStoredRecord();
    void getAgent_missing_is404WithEmptyBody_data();
    void getAgent_missing_is404WithEmptyBody();
    void listAgents_queryKeyForms_allAccepted_data();
    void listAgents_queryKeyForms_allAccepted();
    void listAgents_email_exactCaseInsensitive_data();
    void listAgents_email_exactCaseInsensitive();
    void listAgents_orderedPageWithSelect();
    void listAgents_badQuery_is400WithServiceMessage();
    void listFaults_maxTopAndIgnoreSkip_data();
    void listFaults_maxTopAndIgnoreSkip();
    void offices_andEnterprises_data();
    void offices_andEnterprises();
    void createAgent_overHttp_data();
    void createAgent_overHttp();
    void patchAgent_overHttp_data();
    void patchAgent_overHttp();
    void activation_setsIsInactive_data();
    void activation_setsIsInactive();
    void routing_unknownPathOrMethod_data();
    void routing_unknownPathOrMethod();
    void script_respond_sendsExactStatusBodyAndHeaders();
    void script_redirect_isAnsweredNotFollowed();
    void script_closeWithoutReply_readsRequestThenCloses();
    void script_handleThenClose_appliesThenClosesWithoutAnswer();
    void script_closeMidBody_sendsPartOfTheBody();
    void script_afterHandling_takesEffectThenAnswersAsScripted_data();
    void script_afterHandling_takesEffectThenAnswersAsScripted();
    void script_delays_answerOutOfOrder();
    void script_filtered_onlyConsumedByMatchingRequests();
    void script_queue_isFifo();
    void recordedRequest_capturesHeadersAndExactBody();
    void clearRequests_emptiesTheRecord();
    void connectionCount_keepAliveReusesOne();
    void errorRate_answers503_data();
    void errorRate_answers503();
    void rateLimit_answers429WithRetryAfter();
    void latency_isAsynchronous();
    void requestLog_writesOneJsonLinePerRequest();
    void decodeQuery_decodesEveryForm_data();
    void decodeQuery_decodesEveryForm();

private:
    Answer send(const QByteArray &method, const QByteArray &pathAndQuery,
                const QByteArray &body = {}, const QByteArray &contentType = "application/json",
                const QByteArray &authorization = "ST-API demo");
    QNetworkReply *start(const QByteArray &method, const QByteArray &pathAndQuery,
                         const QByteArray &body = {});
    Answer finish(QNetworkReply *reply);
    // Exact bytes over a fresh connection; returns what came back before the answer was complete
    // or the server closed the connection.
    QByteArray raw(const QByteArray &request, bool *closed = nullptr);

    std::unique_ptr<SimServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

void TestSimServer::initTestCase()
{
    qRegisterMetaType<RecordedRequest>();
}

void TestSimServer::init()
{
    // "demo", the executable's default key, is what every request below sends.
    m_server = signtraker::test::startSimulator(3, 60, QStringLiteral("demo"));
    QVERIFY(m_server);
    m_server->tenant().setSynced(1005, true);
    m_manager = std::make_unique<QNetworkAccessManager>();
}

void TestSimServer::cleanup()
{
    m_manager.reset();
    m_server.reset();
}

QNetworkReply *TestSimServer::start(const QByteArray &method, const QByteArray &pathAndQuery,
                                    const QByteArray &body)
{
    QNetworkRequest request(QUrl::fromEncoded(m_server->baseUrl().toEncoded() + pathAndQuery));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Authorization", "ST-API demo");
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    return m_manager->sendCustomRequest(request, method, body);
}

Answer TestSimServer::send(const QByteArray &method, const QByteArray &pathAndQuery,
                           const QByteArray &body, const QByteArray &contentType,
                           const QByteArray &authorization)
{
    QNetworkRequest request(QUrl::fromEncoded(m_server->baseUrl().toEncoded() + pathAndQuery));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    return finish(m_manager->sendCustomRequest(request, method, body));
}

Answer TestSimServer::finish(QNetworkReply *reply)
{
    QElapsedTimer timer;
    timer.start();
    if (!reply->isFinished()) {
        QSignalSpy spy(reply, &QNetworkReply::finished);
        spy.wait(10000);
    }
    Answer answer;
    answer.elapsedMs = timer.elapsed();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.error = reply->error();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        answer.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return answer;
}

QByteArray TestSimServer::raw(const QByteArray &request, bool *closed)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    if (!QTest::qWaitFor([&socket] { return socket.state() == QAbstractSocket::ConnectedState; },
                         5000))
        return {};
    socket.write(request);
    QByteArray response;
    auto complete = [&response] {
        const qsizetype end = response.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        qsizetype length = 0;
        for (const QByteArray &line : response.left(end).split('\n'))
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        return response.size() >= end + 4 + length;
    };
    [[maybe_unused]] const bool done = QTest::qWaitFor(
        [&] {
            response += socket.readAll();
            return complete() || socket.state() == QAbstractSocket::UnconnectedState;
        },
        5000);
    response += socket.readAll();
    if (closed) {
        *closed = QTest::qWaitFor(
            [&socket] { return socket.state() == QAbstractSocket::UnconnectedState; }, 2000);
    }
    return response;
}

void TestSimServer::auth_header_decidesAccess_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::newRow("no header") << QByteArray() << 401;
    QTest::newRow("wrong key") << QByteArray("ST-API nope") << 401;
    QTest::newRow("other scheme") << QByteArray("Bearer demo") << 401;
    QTest::newRow("key in another case") << QByteArray("ST-API DEMO") << 401;
    QTest::newRow("key alone") << QByteArray("demo") << 401;
    QTest::newRow("scheme in lower case") << QByteArray("st-api demo") << 200;
    QTest::newRow("exact") << QByteArray("ST-API demo") << 200;
}

void TestSimServer::auth_header_decidesAccess()
{
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    const Answer answer = send("GET", "/api/agents?$top=1", {}, {}, authorization);
    QCOMPARE(answer.status, status);
    if (status == 401) {
        QCOMPARE(answer.body,
                 message(QStringLiteral("Authorization has been denied for this request.")));
        QCOMPARE(answer.headers.value("content-type"),
                 QByteArray("application/json; charset=utf-8"));
    }
}

void TestSimServer::getAgent_returnsStoredRecord()
{
    const Answer answer = send("GET", "/api/agents/1001");
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.object(), *m_server->tenant().agent(1001));
}

void TestSimServer::getAgent_missing_is404WithEmptyBody_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::newRow("unknown id") << QByteArray("/api/agents/999999");
    QTest::newRow("id not a number") << QByteArray("/api/agents/abc");
}

void TestSimServer::getAgent_missing_is404WithEmptyBody()
{
    QFETCH(QByteArray, path);
    const Answer answer = send("GET", path);
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.body, QByteArray());
}

void TestSimServer::listAgents_queryKeyForms_allAccepted_data()
{
    QTest::addColumn<QByteArray>("query"); // as sent on the wire
    QTest::addColumn<QList<qint64>>("ids");
    using L = QList<qint64>;
    QTest::newRow("$ keys, %20 spaces")
        << QByteArray("$filter=Id%20eq%201002&$select=Id") << L{1002};
    QTest::newRow("%24 keys, + spaces")
        << QByteArray("%24filter=Id+eq+1002&%24select=Id") << L{1002};
    QTest::newRow("mixed forms") << QByteArray("%24filter=Id%20lt%201004&$top=2&%24skip=1")
                                 << L{1002, 1003};
    QTest::newRow("quotes encoded")
        << QByteArray("$filter=Notes%20eq%20%27a%2Bb%20c%27") << L{1001};
    QTest::newRow("%2B is a literal plus") << QByteArray("$filter=Notes+eq+'a%2Bb+c'") << L{1001};
    QTest::newRow("a raw + is a space") << QByteArray("$filter=Notes+eq+'a+b+c'") << L{};
    QTest::newRow("encoded apostrophe pair")
        << QByteArray("$filter=LastName%20eq%20%27O%27%27Brien%27%20and%20Id%20eq%201002")
        << L{1002};
    QTest::newRow("UTF-8 percent-encoded")
        << QByteArray("$filter=LastName%20eq%20%27N%C3%BA%C3%B1ez%27%20and%20Id%20eq%201003")
        << L{1003};
}

void TestSimServer::listAgents_queryKeyForms_allAccepted()
{
    QFETCH(QByteArray, query);
    QFETCH(QList<qint64>, ids);
    Tenant &tenant = m_server->tenant();
    QVERIFY(tenant.updateAgent(1001, QJsonObject{{"Notes", "a+b c"}}).ok());
    QVERIFY(tenant.updateAgent(1002, QJsonObject{{"LastName", "O'Brien"}}).ok());
    QVERIFY(tenant.updateAgent(1003, QJsonObject{{"LastName", "Núñez"}}).ok());

    const QByteArray response =
        raw("GET /api/agents?" + query +
            " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: ST-API demo\r\n\r\n");
    QVERIFY2(response.startsWith("HTTP/1.1 200 OK\r\n"), response.constData());
    const QByteArray body = response.mid(response.indexOf("\r\n\r\n") + 4);
    QCOMPARE(idsOf(QJsonDocument::fromJson(body).array()), ids);
    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY(m_server->requests().first().query.first().first.startsWith(u'$'));
}

void TestSimServer::listAgents_email_exactCaseInsensitive_data()
{
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<bool>("upper");
    QTest::addColumn<bool>("partial");
    QTest::addColumn<int>("count");
    QTest::newRow("exact") << QByteArray() << false << false << 1;
    QTest::newRow("other case") << QByteArray() << true << false << 1;
    QTest::newRow("partial address") << QByteArray() << false << true << 0;
    QTest::newRow("with a filter that excludes it")
        << QByteArray("&$filter=Id%20eq%200") << false << false << 0;
    QTest::newRow("with a select") << QByteArray("&$select=Email") << true << false << 1;
}

void TestSimServer::listAgents_email_exactCaseInsensitive()
{
    QFETCH(QByteArray, extra);
    QFETCH(bool, upper);
    QFETCH(bool, partial);
    QFETCH(int, count);
    QString email = m_server->tenant().agent(1010)->value(QLatin1String("Email")).toString();
    if (upper)
        email = email.toUpper();
    if (partial)
        email.chop(4);
    const Answer answer =
        send("GET", "/api/agents?email=" + QUrl::toPercentEncoding(email) + extra);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.array().size(), count);
    if (count == 1)
        QCOMPARE(answer.array().first()[QLatin1String("Email")].toString().toLower(),
                 email.toLower());
}

void TestSimServer::listAgents_orderedPageWithSelect()
{
    const Answer answer =
        send("GET", "/api/agents?$orderby=Id%20desc&$top=3&$skip=2&$select=Id,UserName");
    QCOMPARE(answer.status, 200);
    QCOMPARE(idsOf(answer.array()), (QList<qint64>{1058, 1057, 1056}));
    for (const QJsonValue &row : answer.array())
        QCOMPARE(row.toObject().keys(), (QStringList{"Id", "UserName"}));
}

void TestSimServer::listAgents_badQuery_is400WithServiceMessage()
{
    const Answer answer = send("GET", "/api/agents?$filter=Nope%20eq%201");
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.body, message(QStringLiteral(
                              "The query specified in the URI is not valid. Could not find a "
                              "property named 'Nope' on type 'SignTraker.Api.Models.Agent'.")));
}

void TestSimServer::listFaults_maxTopAndIgnoreSkip_data()
{
    QTest::addColumn<int>("maxTop");
    QTest::addColumn<bool>("ignoreSkip");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QList<qint64>>("ids");
    using L = QList<qint64>;
    QTest::newRow("cap under $top")
        << 3 << false << QByteArray("/api/agents?$top=10&$skip=4") << L{1005, 1006, 1007};
    QTest::newRow("cap over $top")
        << 3 << false << QByteArray("/api/agents?$top=2&$skip=4") << L{1005, 1006};
    QTest::newRow("cap without $top")
        << 3 << false << QByteArray("/api/agents?$skip=58") << L{1059, 1060};
    QTest::newRow("cap past the end") << 3 << false << QByteArray("/api/agents?$skip=60") << L{};
    QTest::newRow("cap on offices")
        << 5 << false << QByteArray("/api/offices?$skip=1") << L{2, 3, 4, 5, 6};
    QTest::newRow("cap on enterprises") << 2 << false << QByteArray("/api/enterprises") << L{1, 2};
    QTest::newRow("no cap") << 0 << false << QByteArray("/api/enterprises") << L{1, 2, 3};
    QTest::newRow("skip ignored") << 0 << true << QByteArray("/api/agents?$top=3&$skip=30")
                                  << L{1001, 1002, 1003};
    QTest::newRow("skip ignored, ordered")
        << 0 << true << QByteArray("/api/agents?$orderby=Id%20desc&$top=2&$skip=5")
        << L{1060, 1059};
    QTest::newRow("skip ignored on offices") << 0 << true << QByteArray("/api/offices?$skip=11")
                                             << L{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    QTest::newRow("skip ignored and capped")
        << 2 << true << QByteArray("/api/enterprises?$skip=2") << L{1, 2};
}

void TestSimServer::listFaults_maxTopAndIgnoreSkip()
{
    QFETCH(int, maxTop);
    QFETCH(bool, ignoreSkip);
    QFETCH(QByteArray, path);
    QFETCH(QList<qint64>, ids);
    m_server->setMaxTop(maxTop);
    m_server->setIgnoreSkip(ignoreSkip);
    const Answer answer = send("GET", path);
    QCOMPARE(answer.status, 200);
    QCOMPARE(idsOf(answer.array()), ids);
}

void TestSimServer::offices_andEnterprises_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QList<qint64>>("ids");
    using L = QList<qint64>;
    QTest::newRow("all offices") << QByteArray("/api/offices") << 200
                                 << L{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    QTest::newRow("offices of enterprise 2")
        << QByteArray("/api/offices?enterpriseId=2") << 200 << L{5, 6, 7, 8};
    QTest::newRow("key case ignored")
        << QByteArray("/api/offices?enterpriseid=3&$top=2") << 200 << L{9, 10};
    QTest::newRow("unknown enterprise") << QByteArray("/api/offices?enterpriseId=9") << 200 << L{};
    QTest::newRow("enterpriseId not a number")
        << QByteArray("/api/offices?enterpriseId=x") << 400 << L{};
    QTest::newRow("offices filtered and ordered")
        << QByteArray(
               "/api/offices?$filter=startswith(Name,'d')%20or%20Id%20eq%201&$orderby=Name%20desc")
        << 200 << L{3, 12, 1};
    QTest::newRow("office member unknown")
        << QByteArray("/api/offices?$filter=City%20eq%20'x'") << 400 << L{};
    QTest::newRow("enterprises") << QByteArray("/api/enterprises") << 200 << L{1, 2, 3};
    QTest::newRow("enterprises ordered")
        << QByteArray("/api/enterprises?$orderby=Name%20desc") << 200 << L{3, 2, 1};
}

void TestSimServer::offices_andEnterprises()
{
    QFETCH(QByteArray, path);
    QFETCH(int, status);
    QFETCH(QList<qint64>, ids);
    const Answer answer = send("GET", path);
    QCOMPARE(answer.status, status);
    if (status == 200) {
        QCOMPARE(idsOf(answer.array()), ids);
        for (const QJsonValue &row : answer.array())
            QCOMPARE(row.toObject().keys(), (QStringList{"Id", "Name"}));
    } else {
        QVERIFY(!answer.object().value(QLatin1String("Message")).toString().isEmpty());
    }
}

void TestSimServer::createAgent_overHttp_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    const QByteArray valid = R"({"UserName":"zoe","Email":"zoe@example.com","FirstName":"Zoë",)"
                             R"("LastName":"Smith-Jones","CellularPhone":"+1 512-555-0100",)"
                             R"("PaymentMode":"ACH","Office":{"Id":2}})";
    QTest::newRow("valid") << QByteArray("application/json") << valid << 200 << QString();
    QTest::newRow("valid, charset parameter")
        << QByteArray("application/json; charset=utf-8") << valid << 200 << QString();
    QTest::newRow("text/plain") << QByteArray("text/plain") << valid << 415
                                << "The request entity's media type 'text/plain' is not "
                                   "supported for this resource.";
    QTest::newRow("not JSON") << QByteArray("application/json") << QByteArray("{nope") << 400
                              << "The request body must be a JSON object.";
    QTest::newRow("an array") << QByteArray("application/json") << QByteArray("[]") << 400
                              << "The request body must be a JSON object.";
    QTest::newRow("required member missing")
        << QByteArray("application/json") << QByteArray(R"({"UserName":"x"})") << 400
        << "The Email field is required.";
}

void TestSimServer::createAgent_overHttp()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, message);
    const Answer answer = send("POST", "/api/agents", body, contentType);
    QCOMPARE(answer.status, status);
    if (status != 200) {
        QCOMPARE(answer.object().value(QLatin1String("Message")).toString(), message);
        QCOMPARE(m_server->tenant().agentTable().rowCount(), 60);
        return;
    }
    const QJsonObject stored = answer.object();
    QCOMPARE(stored[QLatin1String("Id")].toInteger(), 1061);
    QCOMPARE(stored[QLatin1String("Office")][QLatin1String("Name")].toString(),
             QStringLiteral("Round Rock"));
    QCOMPARE(send("GET", "/api/agents/1061").object(), stored);
}

void TestSimServer::patchAgent_overHttp_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("merge-patch+json")
        << QByteArray("/api/agents/1001") << QByteArray("application/merge-patch+json")
        << QByteArray(R"({"Notes":"x"})") << 200;
    QTest::newRow("merge-patch+json with charset")
        << QByteArray("/api/agents/1001")
        << QByteArray("application/merge-patch+json; charset=utf-8")
        << QByteArray(R"({"Notes":"x"})") << 200;
    QTest::newRow("application/json")
        << QByteArray("/api/agents/1001") << QByteArray("application/json")
        << QByteArray(R"({"Notes":"x"})") << 200;
    QTest::newRow("text/plain") << QByteArray("/api/agents/1001") << QByteArray("text/plain")
                                << QByteArray(R"({"Notes":"x"})") << 415;
    QTest::newRow("no content type")
        << QByteArray("/api/agents/1001") << QByteArray() << QByteArray(R"({"Notes":"x"})") << 415;
    QTest::newRow("unknown agent")
        << QByteArray("/api/agents/999999") << QByteArray("application/merge-patch+json")
        << QByteArray(R"({"Notes":"x"})") << 404;
    QTest::newRow("synced agent") << QByteArray("/api/agents/1005")
                                  << QByteArray("application/merge-patch+json")
                                  << QByteArray(R"({"Notes":"x"})") << 400;
    QTest::newRow("IsManager changed")
        << QByteArray("/api/agents/1001") << QByteArray("application/merge-patch+json")
        << QByteArray(R"({"IsManager":true})") << 400;
    QTest::newRow("body not an object")
        << QByteArray("/api/agents/1001") << QByteArray("application/merge-patch+json")
        << QByteArray("null") << 400;
}

void TestSimServer::patchAgent_overHttp()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QVERIFY(!m_server->tenant().agent(1001)->value(QLatin1String("IsManager")).toBool());
    const Answer answer = send("PATCH", path, body, contentType);
    QCOMPARE(answer.status, status);
    if (status == 200) {
        QCOMPARE(answer.object()[QLatin1String("Notes")].toString(), QStringLiteral("x"));
        QCOMPARE(answer.object(), *m_server->tenant().agent(1001));
    } else if (status == 404) {
        QCOMPARE(answer.body, QByteArray());
    } else {
        QVERIFY(!answer.object().value(QLatin1String("Message")).toString().isEmpty());
    }
    if (path.endsWith("1005"))
        QCOMPARE(answer.body,
                 message(QStringLiteral("Agent 1005 is synced from a National Account and "
                                        "cannot be updated.")));
}

void TestSimServer::activation_setsIsInactive_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("inactive"); // IsInactive of 1001 afterwards: 0, 1, or -1 unchanged
    QTest::newRow("deactivate") << QByteArray("POST")
                                << QByteArray("/api/agents/deactivate?id=1001") << 200
                                << QByteArray() << 1;
    QTest::newRow("activate") << QByteArray("POST") << QByteArray("/api/agents/activate?id=1001")
                              << 200 << QByteArray() << 0;
    QTest::newRow("unknown id") << QByteArray("POST") << QByteArray("/api/agents/activate?id=5")
                                << 404 << QByteArray() << -1;
    QTest::newRow("no id") << QByteArray("POST") << QByteArray("/api/agents/deactivate") << 400
                           << message(QStringLiteral("The request is invalid.")) << -1;
    QTest::newRow("id not a number")
        << QByteArray("POST") << QByteArray("/api/agents/deactivate?id=abc") << 400
        << message(QStringLiteral("The request is invalid.")) << -1;
    QTest::newRow("GET not allowed")
        << QByteArray("GET") << QByteArray("/api/agents/deactivate?id=1001") << 405
        << message(QStringLiteral("The requested resource does not support http method 'GET'."))
        << -1;
}

void TestSimServer::activation_setsIsInactive()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, inactive);
    QVERIFY(m_server->tenant().setAgentInactive(1001, inactive == 0).ok());
    const QJsonValue before = m_server->tenant().agent(1001)->value(QLatin1String("IsInactive"));
    const Answer answer = send(method, path, {}, {});
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.body, body);
    const QJsonValue after = m_server->tenant().agent(1001)->value(QLatin1String("IsInactive"));
    QCOMPARE(after, inactive < 0 ? before : QJsonValue(inactive == 1));
}

void TestSimServer::routing_unknownPathOrMethod_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("unknown path") << QByteArray("GET") << QByteArray("/api/widgets") << 404;
    QTest::newRow("outside /api") << QByteArray("GET") << QByteArray("/") << 404;
    QTest::newRow("DELETE an agent")
        << QByteArray("DELETE") << QByteArray("/api/agents/1001") << 405;
    QTest::newRow("PUT the list") << QByteArray("PUT") << QByteArray("/api/agents") << 405;
    QTest::newRow("path case ignored")
        << QByteArray("GET") << QByteArray("/API/Agents/1001") << 200;
    QTest::newRow("trailing slash ignored")
        << QByteArray("GET") << QByteArray("/api/offices/") << 200;
}

void TestSimServer::routing_unknownPathOrMethod()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(int, status);
    const Answer answer = send(method, path, {}, {});
    QCOMPARE(answer.status, status);
    if (status == 404)
        QCOMPARE(answer.object().value(QLatin1String("Message")).toString(),
                 QStringLiteral("No HTTP resource was found that matches the request URI '%1'.")
                     .arg(m_server->baseUrl().toString() + QString::fromLatin1(path)));
    if (status == 405)
        QCOMPARE(answer.object().value(QLatin1String("Message")).toString(),
                 QStringLiteral("The requested resource does not support http method '%1'.")
                     .arg(QString::fromLatin1(method)));
}

void TestSimServer::script_respond_sendsExactStatusBodyAndHeaders()
{
    ScriptedReply reply;
    reply.status = 418;
    reply.body = "short and stout";
    reply.headers.append({"X-Scripted", "yes"});
    m_server->scriptNext(reply);
    const QByteArray response = raw("GET /api/agents HTTP/1.1\r\nHost: x\r\n\r\n");
    QCOMPARE(response, QByteArray("HTTP/1.1 418 Status\r\nX-Scripted: yes\r\nContent-Length: 15\r\n"
                                  "\r\nshort and stout"));
    QCOMPARE(m_server->requests().first().status, 418);
    QCOMPARE(m_server->scriptedRepliesPending(), 0);

    m_server->scriptNext(ScriptedReply::json(500, R"({"Message":"boom"})"));
    const Answer answer = send("GET", "/api/agents/1001");
    QCOMPARE(answer.status, 500);
    QCOMPARE(answer.body, QByteArray(R"({"Message":"boom"})"));
    QCOMPARE(answer.headers.value("content-type"), QByteArray("application/json; charset=utf-8"));
}

void TestSimServer::script_redirect_isAnsweredNotFollowed()
{
    const QUrl target(QStringLiteral("http://127.0.0.1:9/api/agents"));
    m_server->scriptNext(ScriptedReply::redirect(302, target));
    const Answer answer = send("GET", "/api/agents");
    QCOMPARE(answer.status, 302);
    QCOMPARE(answer.headers.value("location"), target.toEncoded());
    QCOMPARE(answer.body, QByteArray());
}

void TestSimServer::script_closeWithoutReply_readsRequestThenCloses()
{
    m_server->scriptNext(ScriptedReply::closeWithoutReply());
    QSignalSpy answered(m_server.get(), &SimServer::requestAnswered);
    bool closed = false;
    const QByteArray body = R"({"UserName":"x"})";
    const QByteArray response = raw("POST /api/agents HTTP/1.1\r\nHost: x\r\nContent-Type: "
                                    "application/json\r\nContent-Length: " +
                                        QByteArray::number(body.size()) + "\r\n\r\n" + body,
                                    &closed);
    QVERIFY(closed);
    QCOMPARE(response, QByteArray());
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().body, body);
    QCOMPARE(m_server->requests().first().status, 0);
    QCOMPARE(answered.size(), 1);
    QCOMPARE(answered.first().first().value<RecordedRequest>().status, 0);
    QCOMPARE(m_server->tenant().agentTable().rowCount(), 60); // not handled
}

void TestSimServer::script_afterHandling_takesEffectThenAnswersAsScripted_data()
{
    QTest::addColumn<bool>("closeWithoutAnswer");
    QTest::addColumn<int>("status");
    QTest::newRow("answer lost") << true << 0;
    QTest::newRow("502 from a gateway") << false << 502;
}

void TestSimServer::script_afterHandling_takesEffectThenAnswersAsScripted()
{
    QFETCH(bool, closeWithoutAnswer);
    QFETCH(int, status);
    m_server->scriptNext(ScriptedReply::afterHandling(
        closeWithoutAnswer ? ScriptedReply::closeWithoutReply()
                           : ScriptedReply::json(502, R"({"Message":"Bad gateway"})")));
    const QByteArray body = R"({"UserName":"zoe","Email":"zoe@example.com","FirstName":"Zoe",)"
                            R"("LastName":"Smith","CellularPhone":"+1 512-555-0100",)"
                            R"("PaymentMode":"ACH","Office":{"Id":2}})";
    if (closeWithoutAnswer) {
        // Raw bytes: QNetworkAccessManager would send a QByteArray body again by itself.
        bool closed = false;
        const QByteArray response =
            raw("POST /api/agents HTTP/1.1\r\nHost: x\r\nAuthorization: ST-API demo\r\n"
                "Content-Type: application/json\r\nContent-Length: " +
                    QByteArray::number(body.size()) + "\r\n\r\n" + body,
                &closed);
        QVERIFY(closed);
        QCOMPARE(response, QByteArray());
    } else {
        const Answer answer = send("POST", "/api/agents", body);
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.object().value(QLatin1String("Message")).toString(),
                 QStringLiteral("Bad gateway"));
    }
    // The agent exists although the client never got it back.
    QCOMPARE(m_server->tenant().agentTable().rowCount(), 61);
    QCOMPARE(m_server->tenant().agentIdByEmail(QStringLiteral("zoe@example.com")), 1061);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestSimServer::script_handleThenClose_appliesThenClosesWithoutAnswer()
{
    const qint64 id = m_server->tenant().agents().first().toObject().value("Id").toInteger();
    m_server->scriptNext(ScriptedReply::handleThenClose());
    QSignalSpy answered(m_server.get(), &SimServer::requestAnswered);
    bool closed = false;
    const QByteArray body = R"({"Notes":"applied, answer lost"})";
    const QByteArray response =
        raw("PATCH /api/agents/" + QByteArray::number(id) +
                " HTTP/1.1\r\nHost: x\r\nAuthorization: ST-API demo\r\nContent-Type: "
                "application/json\r\nContent-Length: " +
                QByteArray::number(body.size()) + "\r\n\r\n" + body,
            &closed);
    QVERIFY(closed);
    QCOMPARE(response, QByteArray());
    QCOMPARE(answered.size(), 1);
    QCOMPARE(answered.first().first().value<RecordedRequest>().status, 0);
    // Handled all the same.
    QCOMPARE(m_server->tenant().agent(id)->value(QStringLiteral("Notes")).toString(),
             QStringLiteral("applied, answer lost"));
}

void TestSimServer::script_closeMidBody_sendsPartOfTheBody()
{
    m_server->scriptNext(ScriptedReply::closeMidBody());
    bool closed = false;
    const QByteArray response = raw("GET /api/agents HTTP/1.1\r\nHost: x\r\n\r\n", &closed);
    QVERIFY(closed);
    QVERIFY(response.startsWith("HTTP/1.1 200 OK\r\n"));
    const qsizetype end = response.indexOf("\r\n\r\n");
    const qsizetype announced =
        response.mid(response.indexOf("Content-Length: ") + 16, 8).split('\r').first().toLongLong();
    const qsizetype received = response.size() - end - 4;
    QVERIFY(received > 0);
    QVERIFY2(received < announced,
             qPrintable(QStringLiteral("%1 of %2").arg(received).arg(announced)));

    m_server->scriptNext(ScriptedReply::closeMidBody());
    const Answer answer = send("GET", "/api/agents");
    QVERIFY(answer.error != QNetworkReply::NoError);
}

void TestSimServer::script_delays_answerOutOfOrder()
{
    m_server->scriptNext(ScriptedReply::delayed(400));
    ScriptedReply late = ScriptedReply::json(201, "{}");
    late.delayMs = 250;
    m_server->scriptNext(late);
    QStringList order;
    QNetworkReply *first = start("GET", "/api/agents/1001");
    connect(first, &QNetworkReply::finished, this, [&order] { order << QStringLiteral("first"); });
    QTRY_COMPARE(m_server->requests().size(), 1); // the scripts are consumed in arrival order
    QNetworkReply *second = start("GET", "/api/agents/1002");
    connect(second, &QNetworkReply::finished, this,
            [&order] { order << QStringLiteral("second"); });
    QTRY_COMPARE(m_server->requests().size(), 2);
    QNetworkReply *third = start("GET", "/api/agents/1003");
    connect(third, &QNetworkReply::finished, this, [&order] { order << QStringLiteral("third"); });
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 3, 10000);
    QCOMPARE(order, (QStringList{"third", "second", "first"}));
    QCOMPARE(finish(first).status, 200);
    QCOMPARE(finish(second).status, 201);
    QCOMPARE(finish(third).status, 200);
}

void TestSimServer::script_filtered_onlyConsumedByMatchingRequests()
{
    m_server->scriptNext("POST", QStringLiteral("/api/agents"), ScriptedReply::json(503, "{}"));
    QCOMPARE(send("GET", "/api/agents?$top=1").status, 200);
    QCOMPARE(send("POST", "/api/agents/activate?id=1001").status, 503); // prefix matches
    QCOMPARE(m_server->scriptedRepliesPending(), 0);
    QCOMPARE(send("POST", "/api/agents/activate?id=1001").status, 200);

    m_server->scriptNext("patch", QStringLiteral("/api/agents/1002"),
                         ScriptedReply::json(409, "{}"));
    QCOMPARE(send("PATCH", "/api/agents/1001", R"({"Notes":"a"})").status, 200);
    QCOMPARE(send("PATCH", "/api/agents/1002", R"({"Notes":"a"})").status, 409);
}

void TestSimServer::script_queue_isFifo()
{
    m_server->scriptNext(ScriptedReply::json(500, "{}"));
    m_server->scriptNext(ScriptedReply::json(502, "{}"));
    m_server->scriptNext(ScriptedReply::delayed(0));
    QCOMPARE(send("GET", "/api/agents/1001").status, 500);
    QCOMPARE(send("GET", "/api/agents/1001").status, 502);
    QCOMPARE(send("GET", "/api/agents/1001").status, 200);
    QCOMPARE(send("GET", "/api/agents/999999").status, 404);
    QList<int> statuses;
    for (const RecordedRequest &request : m_server->requests())
        statuses << request.status;
    QCOMPARE(statuses, (QList<int>{500, 502, 200, 404}));
}

void TestSimServer::recordedRequest_capturesHeadersAndExactBody()
{
    QSignalSpy recorded(m_server.get(), &SimServer::requestRecorded);
    QSignalSpy answered(m_server.get(), &SimServer::requestAnswered);
    QVERIFY(recorded.isValid() && answered.isValid());
    const QByteArray body = "{ \"Notes\" :\t\"Prefers 7 am\" }\n";
    QNetworkRequest request(
        QUrl::fromEncoded(m_server->baseUrl().toEncoded() + "/api/agents/1001?trace=a%26b+c&%24x"));
    request.setRawHeader("Authorization", "ST-API demo");
    request.setRawHeader("User-Agent", "tst_simserver/1.0");
    request.setRawHeader("Content-Type", "application/merge-patch+json");
    request.setRawHeader("X-Custom", "Value");
    const Answer answer = finish(m_manager->sendCustomRequest(request, "PATCH", body));
    QCOMPARE(answer.status, 200);

    QCOMPARE(recorded.size(), 1);
    QCOMPARE(answered.size(), 1);
    const RecordedRequest seen = m_server->requests().first();
    QCOMPARE(seen.method, QByteArray("PATCH"));
    QCOMPARE(seen.path, QStringLiteral("/api/agents/1001"));
    QCOMPARE(seen.query, (QList<std::pair<QString, QString>>{{"trace", "a&b c"}, {"$x", ""}}));
    QCOMPARE(seen.body, body);
    QCOMPARE(seen.headers.value("authorization"), QByteArray("ST-API demo"));
    QCOMPARE(seen.headers.value("user-agent"), QByteArray("tst_simserver/1.0"));
    QCOMPARE(seen.headers.value("content-type"), QByteArray("application/merge-patch+json"));
    QCOMPARE(seen.headers.value("x-custom"), QByteArray("Value"));
    QCOMPARE(seen.status, 200);
    QCOMPARE(recorded.first().first().value<RecordedRequest>().status, 0);
    QCOMPARE(answered.first().first().value<RecordedRequest>().status, 200);
    QCOMPARE(answered.first().first().value<RecordedRequest>().body, body);
}

void TestSimServer::clearRequests_emptiesTheRecord()
{
    m_server->scriptNext(ScriptedReply::delayed(200));
    QNetworkReply *pending = start("GET", "/api/agents/1001");
    QTRY_COMPARE(m_server->requests().size(), 1);
    m_server->clearRequests();
    QVERIFY(m_server->requests().isEmpty());
    QCOMPARE(finish(pending).status, 200); // answered after the clear: nothing reappears
    QVERIFY(m_server->requests().isEmpty());
    QCOMPARE(send("GET", "/api/agents/1001").status, 200);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().status, 200);
}

void TestSimServer::connectionCount_keepAliveReusesOne()
{
    QCOMPARE(m_server->connectionCount(), 0);
    QCOMPARE(send("GET", "/api/agents/1001").status, 200);
    QCOMPARE(send("GET", "/api/agents/1002").status, 200);
    QCOMPARE(send("PATCH", "/api/agents/1002", R"({"Notes":"a"})").status, 200);
    QCOMPARE(m_server->connectionCount(), 1);
    raw("GET /api/agents/1001 HTTP/1.1\r\nHost: x\r\nAuthorization: ST-API demo\r\n\r\n");
    QCOMPARE(m_server->connectionCount(), 2);
}

void TestSimServer::errorRate_answers503_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<int>("failures"); // of 20
    QTest::newRow("never") << 0.0 << 0;
    QTest::newRow("always") << 1.0 << 20;
}

void TestSimServer::errorRate_answers503()
{
    QFETCH(double, rate);
    QFETCH(int, failures);
    m_server->setErrorRate(rate);
    int seen = 0;
    for (int i = 0; i < 20; ++i) {
        const Answer answer = send("GET", "/api/agents/1001");
        if (answer.status == 503) {
            ++seen;
            QCOMPARE(
                answer.object().value(QLatin1String("Message")).toString(),
                QStringLiteral("The service is temporarily unavailable. Please try again later."));
        } else {
            QCOMPARE(answer.status, 200);
        }
    }
    QCOMPARE(seen, failures);

    // A fraction in between fails some, reproducibly for a given fault seed.
    m_server->setErrorRate(0.5);
    m_server->setFaultSeed(7);
    QList<int> first;
    for (int i = 0; i < 20; ++i)
        first << send("GET", "/api/agents/1001").status;
    m_server->setFaultSeed(7);
    QList<int> second;
    for (int i = 0; i < 20; ++i)
        second << send("GET", "/api/agents/1001").status;
    QCOMPARE(first, second);
    QVERIFY(first.contains(503) && first.contains(200));
}

void TestSimServer::rateLimit_answers429WithRetryAfter()
{
    m_server->setRateLimit(3);
    QList<int> statuses;
    Answer limited;
    for (int i = 0; i < 5; ++i) {
        const Answer answer = send("GET", "/api/agents/1001");
        statuses << answer.status;
        if (answer.status == 429)
            limited = answer;
    }
    QCOMPARE(statuses, (QList<int>{200, 200, 200, 429, 429}));
    QCOMPARE(limited.headers.value("retry-after"), QByteArray("1"));
    QVERIFY(!limited.object().value(QLatin1String("Message")).toString().isEmpty());
    m_server->setRateLimit(0);
    QCOMPARE(send("GET", "/api/agents/1001").status, 200);
}

void TestSimServer::latency_isAsynchronous()
{
    m_server->setLatency(300);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *a = start("GET", "/api/agents/1001");
    QNetworkReply *b = start("GET", "/api/agents/1002");
    QNetworkReply *c = start("GET", "/api/agents/1003");
    QCOMPARE(finish(a).status, 200);
    QCOMPARE(finish(b).status, 200);
    QCOMPARE(finish(c).status, 200);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(elapsed >= 300, qPrintable(QString::number(elapsed)));
    // Blocking the thread for each answer would take 900 ms.
    QVERIFY2(elapsed < 800, qPrintable(QString::number(elapsed)));

    m_server->setLatency(100, 50);
    const Answer jittered = send("GET", "/api/agents/1001");
    QCOMPARE(jittered.status, 200);
    QVERIFY(jittered.elapsedMs >= 50);
}

void TestSimServer::requestLog_writesOneJsonLinePerRequest()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("requests.jsonl"));
    QVERIFY(m_server->setRequestLog(file));
    QCOMPARE(send("GET", "/api/agents?%24top=1&$filter=LastName+eq+'O''Brien'").status, 200);
    QCOMPARE(send("GET", "/api/agents/999999").status, 404);
    m_server->scriptNext(ScriptedReply::closeWithoutReply());
    raw("POST /api/agents/activate?id=1001 HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n");
    QTRY_COMPARE(m_server->requests().size(), 3);
    QVERIFY(m_server->setRequestLog(QString())); // closes it

    QFile log(file);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = log.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(QJsonDocument::fromJson(lines.at(0)).object(),
             QJsonDocument::fromJson(R"({"method":"GET","path":"/api/agents","query":)"
                                     R"([["$top","1"],["$filter","LastName eq 'O''Brien'"]],)"
                                     R"("status":200})")
                 .object());
    QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(QLatin1String("status")).toInt(),
             404);
    QCOMPARE(QJsonDocument::fromJson(lines.at(2)).object(),
             QJsonDocument::fromJson(R"({"method":"POST","path":"/api/agents/activate",)"
                                     R"("query":[["id","1001"]],"status":0})")
                 .object());
}

void TestSimServer::decodeQuery_decodesEveryForm_data()
{
    using Items = QList<std::pair<QString, QString>>;
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<Items>("items");
    QTest::newRow("plain") << QByteArray("a=1&b=2") << Items{{"a", "1"}, {"b", "2"}};
    QTest::newRow("%24 key") << QByteArray("%24top=5") << Items{{"$top", "5"}};
    QTest::newRow("plus is a space") << QByteArray("x=a+b") << Items{{"x", "a b"}};
    QTest::newRow("%2B is a plus") << QByteArray("x=a%2Bb") << Items{{"x", "a+b"}};
    QTest::newRow("%20 is a space") << QByteArray("x=a%20b") << Items{{"x", "a b"}};
    QTest::newRow("key without value") << QByteArray("flag") << Items{{"flag", ""}};
    QTest::newRow("UTF-8") << QByteArray("k=%E2%9C%93") << Items{{"k", QStringLiteral("\u2713")}};
    QTest::newRow("empty pairs skipped") << QByteArray("&&a=1&") << Items{{"a", "1"}};
    QTest::newRow("equals in the value") << QByteArray("e=a=b") << Items{{"e", "a=b"}};
    QTest::newRow("encoded ampersand") << QByteArray("n=a%26b") << Items{{"n", "a&b"}};
    QTest::newRow("order and repeats kept")
        << QByteArray("b=1&a=2&b=3") << Items{{"b", "1"}, {"a", "2"}, {"b", "3"}};
}

void TestSimServer::decodeQuery_decodesEveryForm()
{
    using Items = QList<std::pair<QString, QString>>;
    QFETCH(QByteArray, raw);
    QFETCH(Items, items);
    QCOMPARE(SimServer::decodeQuery(raw), items);
}

QTEST_GUILESS_MAIN(TestSimServer)
#include "tst_simserver.moc"
