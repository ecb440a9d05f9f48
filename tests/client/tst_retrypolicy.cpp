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
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("expectedMs"); // -1: none
    QTest::newRow("seconds") << QByteArray("2") << 2000;
    QTest::newRow("fractional seconds") << QByteArray("0.25") << 250;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("capped at 60 s") << QByteArray("3600") << 60000;
    QTest::newRow("HTTP date 5 s ahead") << QByteArray("Sun, 29 Nov 2026 10:00:05 GMT") << 5000;
    QTest::newRow("HTTP date in the past") << QByteArray("Sun, 29 Nov 2026 09:59:00 GMT") << 0;
    QTest::newRow("HTTP date far ahead, capped")
        << QByteArray("Mon, 30 Nov 2026 10:00:00 GMT") << 60000;
    QTest::newRow("negative") << QByteArray("-3") << -1;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
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

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
