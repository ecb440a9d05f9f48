// SPDX-License-Identifier: Apache-2.0
// ApiError from plain bytes: status mapping, message extraction over every body shape the
// service (or a proxy in front of it) may send, and sentences for people.
#include "apierror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace signtraker;
using namespace std::chrono_literals;

class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromHttpStatus_status_mapsToKind_data();
    void fromHttpStatus_status_mapsToKind();
    void fromHttpStatus_body_extractsMessage_data();
    void fromHttpStatus_body_extractsMessage();
    void fromHttpStatus_jsonBody_keptParsed();
    void fromHttpStatus_textBody_keptAsString();
    void fromHttpStatus_emptyBody_bodyUndefinedAndFallbackMessage();
    void extractMessage_value_findsMessage_data();
    void extractMessage_value_findsMessage();
    void extractMessage_deeplyNested_stopsWithoutCrash();
    void network_kindAndOutcome_kept();
    void configurationAndAuthentication_noStatus_keepMessage();
    void kindName_eachKind_isShortEnglish_data();
    void kindName_eachKind_isShortEnglish();
    void userMessage_error_readsForPeople_data();
    void userMessage_error_readsForPeople();
    void userMessage_anyError_neverContainsKey_data();
    void userMessage_anyError_neverContainsKey();
    void metaType_inVariant_roundTrips();
};

void TestApiError::fromHttpStatus_status_mapsToKind_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ApiError::Kind>("kind");

    QTest::newRow("400 bad request") << 400 << ApiError::Kind::Validation;
    QTest::newRow("401 unauthorized") << 401 << ApiError::Kind::Authentication;
    QTest::newRow("403 forbidden") << 403 << ApiError::Kind::Authentication;
    QTest::newRow("404 not found") << 404 << ApiError::Kind::NotFound;
    QTest::newRow("429 too many requests") << 429 << ApiError::Kind::RateLimited;
    QTest::newRow("500 internal error") << 500 << ApiError::Kind::Server;
    QTest::newRow("502 bad gateway") << 502 << ApiError::Kind::Server;
    QTest::newRow("503 unavailable") << 503 << ApiError::Kind::Server;
    QTest::newRow("504 gateway timeout") << 504 << ApiError::Kind::Server;
    QTest::newRow("418 teapot is unexpected") << 418 << ApiError::Kind::Server;
    QTest::newRow("409 conflict is unexpected") << 409 << ApiError::Kind::Server;
    QTest::newRow("405 method not allowed") << 405 << ApiError::Kind::Server;
}

void TestApiError::fromHttpStatus_status_mapsToKind()
{
    QFETCH(int, status);
    QFETCH(ApiError::Kind, kind);

    const ApiError error = ApiError::fromHttpStatus(status, QByteArray());
    QCOMPARE(error.kind(), kind);
    QVERIFY(error.isError());
    QCOMPARE(error.httpStatus(), status);
    QCOMPARE(error.networkKind(), ApiError::NetworkKind::None);
    QVERIFY(!error.retryAfter().has_value());
    QVERIFY(!error.outcomeUnknown());
}

void TestApiError::fromHttpStatus_body_extractsMessage_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");

    QTest::newRow("live service 400")
        << 400 << QByteArray(R"({"Message": "The query specified in the URI is not valid."})")
        << QStringLiteral("The query specified in the URI is not valid.");
    QTest::newRow("lower-case message")
        << 400 << QByteArray(R"({"message": "bad email"})") << QStringLiteral("bad email");
    QTest::newRow("error string") << 401 << QByteArray(R"({"error": "invalid key"})")
                                  << QStringLiteral("invalid key");
    QTest::newRow("nested error object")
        << 400 << QByteArray(R"({"error": {"code": 12, "message": "x"}})") << QStringLiteral("x");
    QTest::newRow("list of messages")
        << 400 << QByteArray(R"([{"Message": "first"}, {"Message": "second"}])")
        << QStringLiteral("first");
    QTest::newRow("single-key errors wrapper")
        << 400 << QByteArray(R"({"errors": {"detail": "Email is taken"}})")
        << QStringLiteral("Email is taken");
    QTest::newRow("single-key data wrapper")
        << 400 << QByteArray(R"({"data": [{"title": "Invalid office"}]})")
        << QStringLiteral("Invalid office");
    QTest::newRow("problem details title")
        << 400
        << QByteArray(R"({"type": "https://tools.ietf.org/html/rfc7231", "title": "Bad request",)"
                      R"( "status": 400})")
        << QStringLiteral("Bad request");
    QTest::newRow("json string body")
        << 500 << QByteArray(R"("  Something broke  ")") << QStringLiteral("Something broke");
    QTest::newRow("plain text body")
        << 401 << QByteArray("Unauthorized\n") << QStringLiteral("Unauthorized");
    QTest::newRow("html error page")
        << 502 << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>")
        << QStringLiteral("Request failed with status 502");
    QTest::newRow("long raw text")
        << 500 << QByteArray(400, 'x') << QStringLiteral("Request failed with status 500");
    QTest::newRow("empty body") << 404 << QByteArray()
                                << QStringLiteral("Request failed with status 404");
    QTest::newRow("blank body") << 404 << QByteArray(" \r\n ")
                                << QStringLiteral("Request failed with status 404");
    QTest::newRow("empty object") << 500 << QByteArray("{}")
                                  << QStringLiteral("Request failed with status 500");
    QTest::newRow("empty list") << 500 << QByteArray("[]")
                                << QStringLiteral("Request failed with status 500");
    QTest::newRow("number body") << 500 << QByteArray("42")
                                 << QStringLiteral("Request failed with status 500");
    QTest::newRow("no known key") << 400 << QByteArray(R"({"code": 7, "status": "bad"})")
                                  << QStringLiteral("Request failed with status 400");
    QTest::newRow("utf-8 message")
        << 400 << QByteArray(R"({"Message": "Núñez déjà là"})") << QStringLiteral("Núñez déjà là");
    QTest::newRow("truncated json is text")
        << 500 << QByteArray(R"({"Message": "cut)") << QStringLiteral(R"({"Message": "cut)");
}

void TestApiError::fromHttpStatus_body_extractsMessage()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, message);

    QCOMPARE(ApiError::fromHttpStatus(status, body).message(), message);
}

void TestApiError::fromHttpStatus_jsonBody_keptParsed()
{
    const ApiError error =
        ApiError::fromHttpStatus(400, QByteArray(R"({"Message": "bad", "Extra": [1, 2]})"));
    QVERIFY(error.body().isObject());
    const QJsonObject body = error.body().toObject();
    QCOMPARE(body.value(QStringLiteral("Message")).toString(), QStringLiteral("bad"));
    QCOMPARE(body.value(QStringLiteral("Extra")).toArray(), QJsonArray({1, 2}));

    const ApiError list = ApiError::fromHttpStatus(400, QByteArray(R"([{"message": "a"}])"));
    QVERIFY(list.body().isArray());

    const ApiError text = ApiError::fromHttpStatus(500, QByteArray(R"("oops")"));
    QCOMPARE(text.body(), QJsonValue(QStringLiteral("oops")));
}

void TestApiError::fromHttpStatus_textBody_keptAsString()
{
    const QByteArray html("<html><body>Bad Gateway</body></html>");
    const ApiError error = ApiError::fromHttpStatus(502, html);
    QVERIFY(error.body().isString());
    QCOMPARE(error.body().toString(), QString::fromUtf8(html));
}

void TestApiError::fromHttpStatus_emptyBody_bodyUndefinedAndFallbackMessage()
{
    const ApiError error = ApiError::fromHttpStatus(404, QByteArray());
    QVERIFY(error.body().isNull() || error.body().isUndefined());
    QCOMPARE(error.message(), QStringLiteral("Request failed with status 404"));
}

void TestApiError::extractMessage_value_findsMessage_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");

    QTest::newRow("Message preferred over message")
        << QByteArray(R"({"message": "lower", "Message": "upper"})") << QStringLiteral("upper");
    QTest::newRow("message preferred over error")
        << QByteArray(R"({"error": "e", "message": "m"})") << QStringLiteral("m");
    QTest::newRow("error preferred over detail")
        << QByteArray(R"({"detail": "d", "error": "e"})") << QStringLiteral("e");
    QTest::newRow("detail preferred over title")
        << QByteArray(R"({"title": "t", "detail": "d"})") << QStringLiteral("d");
    QTest::newRow("capitalised Error") << QByteArray(R"({"Error": "E"})") << QStringLiteral("E");
    QTest::newRow("capitalised Detail") << QByteArray(R"({"Detail": "D"})") << QStringLiteral("D");
    QTest::newRow("capitalised Title") << QByteArray(R"({"Title": "T"})") << QStringLiteral("T");
    QTest::newRow("upper-case MESSAGE")
        << QByteArray(R"({"MESSAGE": "shout"})") << QStringLiteral("shout");
    QTest::newRow("blank message falls through to error")
        << QByteArray(R"({"message": "   ", "error": "real"})") << QStringLiteral("real");
    QTest::newRow("numeric message falls through")
        << QByteArray(R"({"message": 5, "title": "real"})") << QStringLiteral("real");
    QTest::newRow("error object with Message")
        << QByteArray(R"({"error": {"Message": "inner"}})") << QStringLiteral("inner");
    QTest::newRow("error list of objects")
        << QByteArray(R"({"error": [{"detail": "first"}, {"detail": "second"}]})")
        << QStringLiteral("first");
    QTest::newRow("list skips elements without message")
        << QByteArray(R"([{"code": 1}, "", {"message": "found"}])") << QStringLiteral("found");
    QTest::newRow("list of strings")
        << QByteArray(R"(["first", "second"])") << QStringLiteral("first");
    QTest::newRow("two nested single-key wrappers")
        << QByteArray(R"({"response": {"errors": [{"message": "deep"}]}})")
        << QStringLiteral("deep");
    QTest::newRow("multi-key object without message")
        << QByteArray(R"({"a": {"message": "no"}, "b": 1})") << QString();
    QTest::newRow("trimmed") << QByteArray(R"({"message": "\n\t spaced \n"})")
                             << QStringLiteral("spaced");
    QTest::newRow("asp.net model state")
        << QByteArray(R"({"Message": "The request is invalid.",)"
                      R"( "ModelState": {"agent.Email": ["The Email field is not valid."]}})")
        << QStringLiteral("The request is invalid. (Email: The Email field is not valid.)");
    QTest::newRow("problem details errors")
        << QByteArray(R"({"title": "One or more validation errors occurred.", "status": 400,)"
                      R"( "errors": {"LastName": ["The LastName field is required."]}})")
        << QStringLiteral("One or more validation errors occurred. (LastName: The LastName "
                          "field is required.)");
    QTest::newRow("model state alone is a wrapper")
        << QByteArray(R"({"ModelState": {"agent.Email": ["bad"]}})") << QStringLiteral("bad");
    QTest::newRow("model state without messages")
        << QByteArray(R"({"Message": "The request is invalid.", "ModelState": {}})")
        << QStringLiteral("The request is invalid.");
}

void TestApiError::extractMessage_value_findsMessage()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);

    const QJsonDocument document = QJsonDocument::fromJson(json);
    QVERIFY(!document.isNull());
    const QJsonValue value =
        document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    QCOMPARE(ApiError::extractMessage(value), message);
}

void TestApiError::extractMessage_deeplyNested_stopsWithoutCrash()
{
    QByteArray json = R"({"message": "bottom"})";
    for (int i = 0; i < 2000; ++i)
        json = "[" + json + "]";
    // Qt's own parser limits nesting too; whichever stops first, no crash and no hang.
    const ApiError error = ApiError::fromHttpStatus(400, json);
    QVERIFY(!error.message().isEmpty());

    QJsonValue value(QStringLiteral("bottom"));
    for (int i = 0; i < 200; ++i)
        value = QJsonArray{value};
    QCOMPARE(ApiError::extractMessage(value), QString());
}

void TestApiError::network_kindAndOutcome_kept()
{
    const ApiError error =
        ApiError::network(ApiError::NetworkKind::Timeout, QStringLiteral("late"), true);
    QCOMPARE(error.kind(), ApiError::Kind::Network);
    QCOMPARE(error.networkKind(), ApiError::NetworkKind::Timeout);
    QCOMPARE(error.message(), QStringLiteral("late"));
    QVERIFY(error.outcomeUnknown());
    QCOMPARE(error.httpStatus(), 0);

    const ApiError refused = ApiError::network(ApiError::NetworkKind::ConnectionRefused,
                                               QStringLiteral("refused"), false);
    QVERIFY(!refused.outcomeUnknown());
}

void TestApiError::configurationAndAuthentication_noStatus_keepMessage()
{
    const ApiError config = ApiError::configuration(QStringLiteral("Base URL: not https."));
    QCOMPARE(config.kind(), ApiError::Kind::Configuration);
    QCOMPARE(config.message(), QStringLiteral("Base URL: not https."));
    QCOMPARE(config.userMessage(), QStringLiteral("Base URL: not https."));

    const ApiError auth = ApiError::authentication(QStringLiteral("API key is required"));
    QCOMPARE(auth.kind(), ApiError::Kind::Authentication);
    QCOMPARE(auth.httpStatus(), 0);
    QCOMPARE(auth.userMessage(), QStringLiteral("API key is required."));

    QVERIFY(!ApiError().isError());
    QCOMPARE(ApiError().userMessage(), QString());
}

void TestApiError::kindName_eachKind_isShortEnglish_data()
{
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("name");

    QTest::newRow("configuration")
        << ApiError::Kind::Configuration << QStringLiteral("configuration");
    QTest::newRow("authentication")
        << ApiError::Kind::Authentication << QStringLiteral("authentication");
    QTest::newRow("validation") << ApiError::Kind::Validation << QStringLiteral("validation");
    QTest::newRow("not found") << ApiError::Kind::NotFound << QStringLiteral("not found");
    QTest::newRow("rate limited") << ApiError::Kind::RateLimited << QStringLiteral("rate limited");
    QTest::newRow("server") << ApiError::Kind::Server << QStringLiteral("server");
    QTest::newRow("network") << ApiError::Kind::Network << QStringLiteral("network");
    QTest::newRow("unreadable response")
        << ApiError::Kind::UnreadableResponse << QStringLiteral("unreadable response");
    QTest::newRow("redirected") << ApiError::Kind::Redirected << QStringLiteral("redirected");
}

void TestApiError::kindName_eachKind_isShortEnglish()
{
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, name);
    QCOMPARE(ApiError(kind, QStringLiteral("m")).kindName(), name);
}

void TestApiError::userMessage_error_readsForPeople_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<QString>("expected");

    QTest::newRow("401 with service message")
        << ApiError::fromHttpStatus(401, R"({"Message": "Authorization has been denied"})")
        << QStringLiteral("The API key was refused (HTTP 401). Authorization has been denied.");
    QTest::newRow("403 without body") << ApiError::fromHttpStatus(403, QByteArray())
                                      << QStringLiteral("The API key was refused (HTTP 403).");
    QTest::newRow("400 is the service's message")
        << ApiError::fromHttpStatus(400, R"({"Message": "IsManager cannot change."})")
        << QStringLiteral("IsManager cannot change.");
    QTest::newRow("400 without message")
        << ApiError::fromHttpStatus(400, QByteArray())
        << QStringLiteral("The service rejected the request (HTTP 400).");
    QTest::newRow("404 empty body") << ApiError::fromHttpStatus(404, QByteArray())
                                    << QStringLiteral("The service has no such record (HTTP 404).");
    QTest::newRow("503 with message")
        << ApiError::fromHttpStatus(503, R"({"error": "maintenance"})")
        << QStringLiteral("The service failed to handle the request (HTTP 503). maintenance.");
    ApiError rateLimited = ApiError::fromHttpStatus(429, QByteArray());
    rateLimited.setRetryAfter(1500ms);
    QTest::newRow("429 with retry-after")
        << rateLimited
        << QStringLiteral(
               "The service asked to slow down (HTTP 429). It can be tried again in 2 s.");
    QTest::newRow("host not found")
        << ApiError::network(ApiError::NetworkKind::HostNotFound,
                             QStringLiteral("Host acme.signtraker.com not found"), false)
        << QStringLiteral("The host was not found: Host acme.signtraker.com not found.");
    QTest::newRow("timeout") << ApiError::network(ApiError::NetworkKind::Timeout,
                                                  QStringLiteral("after 30 s"), true)
                             << QStringLiteral("The service did not answer in time.");
    QTest::newRow("tls") << ApiError::network(ApiError::NetworkKind::Tls,
                                              QStringLiteral("The certificate has expired"), false)
                         << QStringLiteral(
                                "The secure connection failed: The certificate has expired.");
    QTest::newRow("connection refused")
        << ApiError::network(ApiError::NetworkKind::ConnectionRefused,
                             QStringLiteral("Connection refused"), false)
        << QStringLiteral("The connection was refused: Connection refused.");
    QTest::newRow("connection lost")
        << ApiError::network(ApiError::NetworkKind::ConnectionLost,
                             QStringLiteral("Remote host closed the connection"), true)
        << QStringLiteral("The connection was lost before the answer arrived: Remote host "
                          "closed the connection.");
    QTest::newRow("other network")
        << ApiError::network(ApiError::NetworkKind::Other, QString(), true)
        << QStringLiteral("The service could not be reached.");
    ApiError redirected(ApiError::Kind::Redirected, QStringLiteral("3xx"));
    redirected.setHttpStatus(302);
    redirected.setRedirectTarget(QUrl(QStringLiteral("https://user:pw@evil.example:8443/api?t=1")));
    QTest::newRow("redirect names the target without userinfo")
        << redirected
        << QStringLiteral("The service redirected the request to https://evil.example:8443/api; "
                          "it was not followed so that your key stays with your tenant.");
    QTest::newRow("unreadable response")
        << ApiError(ApiError::Kind::UnreadableResponse,
                    QStringLiteral("The service answered with something that is not JSON."))
        << QStringLiteral("The service answered with something that is not JSON.");
}

void TestApiError::userMessage_error_readsForPeople()
{
    QFETCH(ApiError, error);
    QFETCH(QString, expected);
    QCOMPARE(error.userMessage(), expected);
}

void TestApiError::userMessage_anyError_neverContainsKey_data()
{
    QTest::addColumn<ApiError>("error");

    // The transport never hands the key over; these bodies echo an Authorization header as some
    // proxies do, which must not be mistaken for a message field.
    QTest::newRow("401 echoing headers")
        << ApiError::fromHttpStatus(401, R"({"headers": {"Authorization": "ST-API sk-secret-123"},)"
                                         R"( "Message": "denied"})");
    QTest::newRow("403 no body") << ApiError::fromHttpStatus(403, QByteArray());
    QTest::newRow("400") << ApiError::fromHttpStatus(400, R"({"Message": "bad"})");
    QTest::newRow("500") << ApiError::fromHttpStatus(500, QByteArray());
    QTest::newRow("network") << ApiError::network(ApiError::NetworkKind::Other,
                                                  QStringLiteral("socket"), true);
    ApiError redirected(ApiError::Kind::Redirected, QStringLiteral("3xx"));
    redirected.setRedirectTarget(QUrl(QStringLiteral("https://sk-secret-123@other.example/")));
    QTest::newRow("redirect with userinfo") << redirected;
}

void TestApiError::userMessage_anyError_neverContainsKey()
{
    QFETCH(ApiError, error);
    QVERIFY(!error.userMessage().contains(QStringLiteral("sk-secret-123")));
    QVERIFY(!error.message().contains(QStringLiteral("sk-secret-123")));
    QVERIFY(!error.userMessage().contains(QStringLiteral("ST-API")));
}

void TestApiError::metaType_inVariant_roundTrips()
{
    const ApiError error = ApiError::fromHttpStatus(404, QByteArray());
    const QVariant variant = QVariant::fromValue(error);
    QCOMPARE(variant.value<ApiError>().kind(), ApiError::Kind::NotFound);
    QCOMPARE(variant.value<ApiError>().httpStatus(), 404);
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
