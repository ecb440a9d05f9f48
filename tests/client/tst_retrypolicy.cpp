// SPDX-License-Identifier: Apache-2.0
#include "retrypolicy.h"
#include "signtrakerclient.h"

#include <QTest>

using namespace signtraker;
using std::chrono::milliseconds;

Q_DECLARE_METATYPE(signtraker::ApiRequest)

namespace {

ApiError httpError(int status)
{
    return ApiError::fromHttpStatus(status, QByteArray());
}

ApiError networkError(ApiError::NetworkKind kind)
{
    return ApiError::network(kind, QStringLiteral("test"),
                             kind != ApiError::NetworkKind::ConnectionRefused &&
                                 kind != ApiError::NetworkKind::HostNotFound);
}

ApiRequest getRequest()
{
    return ApiRequest::get(QStringLiteral("api/agents"));
}

ApiRequest createRequest()
{
    return SignTrakerClient::createAgentRequest(
        QJsonObject{{QStringLiteral("Email"), QStringLiteral("a@b.c")}});
}

} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRetry_data();
    void shouldRetry();
    void shouldRetry_afterMaxRetries_stops();
    void delayBefore_doublesPerAttemptWithJitter_data();
    void delayBefore_doublesPerAttemptWithJitter();
    void delayBefore_isCapped();
    void delayBefore_honoursRetryAfter();
    void parseRetryAfter_data();
    void parseRetryAfter();
    void shouldRetry_waitOverTheCap_isNotRetried();
    void withRetryAfter_data();
    void withRetryAfter();
    void waitText_data();
    void waitText();
};

void TestRetryPolicy::shouldRetry_data()
{
    QTest::addColumn<ApiRequest>("request");
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<bool>("retried");

    const ApiRequest get = getRequest();
    const ApiRequest create = createRequest();
    const ApiRequest patch = SignTrakerClient::updateAgentRequest(1, {});
    const ApiRequest activate = SignTrakerClient::setActiveRequest(1, true);
    const ApiRequest deactivate = SignTrakerClient::setActiveRequest(1, false);

    for (int status : {429, 500, 502, 503, 504})
        QTest::addRow("GET after %d", status) << get << httpError(status) << true;
    for (int status : {400, 401, 403, 404, 501, 418})
        QTest::addRow("GET not after %d", status) << get << httpError(status) << false;
    QTest::newRow("PATCH after 503") << patch << httpError(503) << true;
    QTest::newRow("activate after 503") << activate << httpError(503) << true;
    QTest::newRow("deactivate after timeout")
        << deactivate << networkError(ApiError::NetworkKind::Timeout) << true;
    QTest::newRow("GET after connection lost")
        << get << networkError(ApiError::NetworkKind::ConnectionLost) << true;
    QTest::newRow("GET never after a TLS error")
        << get << networkError(ApiError::NetworkKind::Tls) << false;
    QTest::newRow("create not after 503") << create << httpError(503) << false;
    QTest::newRow("create not after 429") << create << httpError(429) << false;
    QTest::newRow("create not after timeout")
        << create << networkError(ApiError::NetworkKind::Timeout) << false;
    QTest::newRow("create not after connection lost")
        << create << networkError(ApiError::NetworkKind::ConnectionLost) << false;
    QTest::newRow("create after connection refused")
        << create << networkError(ApiError::NetworkKind::ConnectionRefused) << true;
    QTest::newRow("create after host not found")
        << create << networkError(ApiError::NetworkKind::HostNotFound) << true;
}

void TestRetryPolicy::shouldRetry()
{
    QFETCH(ApiRequest, request);
    QFETCH(ApiError, error);
    QFETCH(bool, retried);
    const RetryPolicy policy(3, 0.5);
    QCOMPARE(policy.shouldRetry(request, error, 0), retried);
}

void TestRetryPolicy::shouldRetry_afterMaxRetries_stops()
{
    const RetryPolicy policy(2, 0.5);
    QVERIFY(policy.shouldRetry(getRequest(), httpError(503), 1));
    QVERIFY(!policy.shouldRetry(getRequest(), httpError(503), 2));
    const RetryPolicy none(0, 0.5);
    QVERIFY(!none.shouldRetry(getRequest(), httpError(503), 0));
}

void TestRetryPolicy::delayBefore_doublesPerAttemptWithJitter_data()
{
    QTest::addColumn<int>("retryNumber");
    QTest::addColumn<double>("random");
    QTest::addColumn<int>("expectedMs");
    // Backoff 0.5 s: 500, 1000, 2000 ms before jitter; equal jitter keeps [half, full].
    QTest::newRow("first, no jitter") << 0 << 0.0 << 250;
    QTest::newRow("first, full jitter") << 0 << 1.0 << 500;
    QTest::newRow("second, half jitter") << 1 << 0.5 << 750;
    QTest::newRow("third, full jitter") << 2 << 1.0 << 2000;
}

void TestRetryPolicy::delayBefore_doublesPerAttemptWithJitter()
{
    QFETCH(int, retryNumber);
    QFETCH(double, random);
    QFETCH(int, expectedMs);
    const RetryPolicy policy(5, 0.5, [random] { return random; });
    QCOMPARE(policy.delayBefore(retryNumber, httpError(503)).count(), expectedMs);
}

void TestRetryPolicy::delayBefore_isCapped()
{
    const RetryPolicy policy(50, 0.5, [] { return 1.0; });
    QCOMPARE(policy.delayBefore(30, httpError(503)), RetryPolicy::MaxBackoff);
}

void TestRetryPolicy::delayBefore_honoursRetryAfter()
{
    const RetryPolicy policy(3, 0.5, [] { return 0.0; });
    ApiError error = httpError(429);
    error.setRetryAfter(milliseconds(7000));
    QCOMPARE(policy.delayBefore(0, error), milliseconds(7000));
    error.setRetryAfter(milliseconds(600'000));
    QCOMPARE(policy.delayBefore(0, error), RetryPolicy::MaxRetryAfter);
}

void TestRetryPolicy::parseRetryAfter_data()
{
    const int Ceiling = int(RetryPolicy::RetryAfterCeiling.count());
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("expectedMs"); // -1: none
    QTest::newRow("seconds") << QByteArray("2") << 2000;
    QTest::newRow("fractional seconds") << QByteArray("0.25") << 250;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("an hour, not capped here") << QByteArray("3600") << 3600000;
    QTest::newRow("surrounding spaces") << QByteArray("  7 ") << 7000;
    QTest::newRow("exponent") << QByteArray("1.5e1") << 15000;
    QTest::newRow("1e300 clamped") << QByteArray("1e300") << Ceiling;
    QTest::newRow("1e400 (no double) clamped") << QByteArray("1e400") << Ceiling;
    QTest::newRow("huge integer clamped") << QByteArray("99999999999999999999999999") << Ceiling;
    QTest::newRow("just under the ceiling") << QByteArray("604799") << 604799000;
    QTest::newRow("HTTP date 5 s ahead") << QByteArray("Sun, 29 Nov 2026 10:00:05 GMT") << 5000;
    QTest::newRow("HTTP date in the past") << QByteArray("Sun, 29 Nov 2026 09:59:00 GMT") << 0;
    QTest::newRow("HTTP date far in the past") << QByteArray("Thu, 01 Jan 1970 00:00:00 GMT") << 0;
    QTest::newRow("HTTP date a day ahead")
        << QByteArray("Mon, 30 Nov 2026 10:00:00 GMT") << 86400000;
    QTest::newRow("HTTP date far ahead, clamped")
        << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT") << Ceiling;
    QTest::newRow("negative") << QByteArray("-3") << -1;
    QTest::newRow("negative huge") << QByteArray("-1e300") << -1;
    QTest::newRow("plus sign") << QByteArray("+5") << -1;
    QTest::newRow("NaN") << QByteArray("NaN") << -1;
    QTest::newRow("nan") << QByteArray("nan") << -1;
    QTest::newRow("inf") << QByteArray("inf") << -1;
    QTest::newRow("Infinity") << QByteArray("Infinity") << -1;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
    QTest::newRow("digits then garbage") << QByteArray("5 seconds") << -1;
    QTest::newRow("empty") << QByteArray() << -1;
}

void TestRetryPolicy::parseRetryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(int, expectedMs);
    const QDateTime now(QDate(2026, 11, 29), QTime(10, 0, 0), Qt::UTC);
    const auto parsed = RetryPolicy::parseRetryAfter(header, now);
    if (expectedMs < 0) {
        QVERIFY(!parsed.has_value());
        return;
    }
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->count(), expectedMs);
}

void TestRetryPolicy::shouldRetry_waitOverTheCap_isNotRetried()
{
    const RetryPolicy policy(3, 0.5);
    ApiError error = httpError(429);
    error.setRetryAfter(RetryPolicy::MaxRetryAfter);
    QVERIFY(policy.shouldRetry(getRequest(), error, 0));
    error.setRetryAfter(RetryPolicy::MaxRetryAfter + milliseconds(1));
    QVERIFY(!policy.shouldRetry(getRequest(), error, 0));
}

void TestRetryPolicy::withRetryAfter_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("waitMs"); // -1: no Retry-After
    QTest::addColumn<int>("expectedKind");
    QTest::addColumn<QString>("expectedMessage"); // empty: the status's own message

    const int limited = int(ApiError::Kind::RateLimited);
    const int server = int(ApiError::Kind::Server);
    QTest::newRow("429, 30 s: stays") << 429 << qint64(30000) << limited << QString();
    QTest::newRow("503, 60 s: stays") << 503 << qint64(60000) << server << QString();
    QTest::newRow("503, 3 hours: rate limited")
        << 503 << qint64(3 * 3600 * 1000) << limited
        << QStringLiteral("The service asks to wait 3 hours; try again later.");
    QTest::newRow("429, 61 s: rate limited")
        << 429 << qint64(61000) << limited
        << QStringLiteral("The service asks to wait 61 s; try again later.");
    QTest::newRow("429, the ceiling")
        << 429 << qint64(RetryPolicy::RetryAfterCeiling.count()) << limited
        << QStringLiteral("The service asks to wait 7 days or more; try again later.");
    QTest::newRow("400 with an hour: not a wait")
        << 400 << qint64(3600000) << int(ApiError::Kind::Validation) << QString();
    QTest::newRow("503 without Retry-After") << 503 << qint64(-1) << server << QString();
}

void TestRetryPolicy::withRetryAfter()
{
    QFETCH(int, status);
    QFETCH(qint64, waitMs);
    QFETCH(int, expectedKind);
    QFETCH(QString, expectedMessage);
    const std::optional<milliseconds> wait =
        waitMs < 0 ? std::nullopt : std::optional<milliseconds>(milliseconds(waitMs));
    const ApiError error = RetryPolicy::withRetryAfter(httpError(status), wait);
    QCOMPARE(int(error.kind()), expectedKind);
    QCOMPARE(error.httpStatus(), status);
    QCOMPARE(error.retryAfter(), wait);
    if (!expectedMessage.isEmpty()) {
        QCOMPARE(error.message(), expectedMessage);
        QCOMPARE(error.userMessage(), expectedMessage);
    }
    if (!expectedMessage.isEmpty())
        QVERIFY(!RetryPolicy(3, 0.5).shouldRetry(getRequest(), error, 0));
}

void TestRetryPolicy::waitText_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0 s");
    QTest::newRow("a quarter") << qint64(250) << QStringLiteral("0.3 s");
    QTest::newRow("twelve") << qint64(12000) << QStringLiteral("12 s");
    QTest::newRow("just over twelve") << qint64(12001) << QStringLiteral("13 s");
    QTest::newRow("119 s") << qint64(119000) << QStringLiteral("119 s");
    QTest::newRow("five minutes") << qint64(300000) << QStringLiteral("5 minutes");
    QTest::newRow("three hours") << qint64(3 * 3600 * 1000) << QStringLiteral("3 hours");
    QTest::newRow("three days") << qint64(3 * 86400 * 1000) << QStringLiteral("3 days");
    QTest::newRow("the ceiling") << qint64(RetryPolicy::RetryAfterCeiling.count())
                                 << QStringLiteral("7 days or more");
}

void TestRetryPolicy::waitText()
{
    QFETCH(qint64, ms);
    QFETCH(QString, expected);
    QCOMPARE(RetryPolicy::waitText(milliseconds(ms)), expected);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
