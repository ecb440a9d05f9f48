// SPDX-License-Identifier: Apache-2.0
// The one-shot create body on HTTP/2: a server that negotiates h2 (tests/support/h2server.py,
// Debian's python3-h2) reads a whole create, then drops the connection or sends GOAWAY without
// answering. With 3 retries allowed the create must still reach it exactly once, and end as an
// unknown outcome; a GET, which is safe to repeat, is retried.
#include "apicall.h"
#include "h2faultserver.h"
#include "signtrakerclient.h"
#include "testpki.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace signtraker;
using signtraker::test::H2FaultServer;
using signtraker::test::TestPki;

Q_DECLARE_METATYPE(signtraker::test::H2FaultServer::Mode)

namespace {

const QString Key = QStringLiteral("k3y-H2-Secret-2718");
constexpr int Retries = 3;

ApiResult waitFor(ApiCall *call, int *attempts = nullptr)
{
    QSignalSpy spy(call, &ApiCall::finished);
    if (!spy.wait(20000))
        return {};
    if (attempts)
        *attempts = call->attempts();
    return spy.first().first().value<ApiResult>();
}

QStringList withMethod(const QStringList &requests, const QString &method)
{
    QStringList found;
    for (const QString &line : requests) {
        if (line.startsWith(method + u' '))
            found << line;
    }
    return found;
}

} // namespace

class TestHttp2Create : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void create_readThenFailed_sentOnceOutcomeUnknown_data();
    void create_readThenFailed_sentOnceOutcomeUnknown();
    void get_readThenFailed_isRetried_data();
    void get_readThenFailed_isRetried();

private:
    std::unique_ptr<SignTrakerClient> clientFor(const H2FaultServer &server);

    TestPki m_pki;
};

void TestHttp2Create::initTestCase()
{
    QString error;
    QVERIFY2(m_pki.generate(&error), qPrintable(error));
}

std::unique_ptr<SignTrakerClient> TestHttp2Create::clientFor(const H2FaultServer &server)
{
    ConfigValues values;
    values.apiKey = Key;
    values.baseUrl = server.baseUrl().toString();
    values.caCertificatesFile = m_pki.caFile();
    values.maxRetries = Retries;
    values.retryBackoffSeconds = 0;
    values.timeoutSeconds = 15;
    const ConfigResult resolved = ClientConfig::resolve(values, QProcessEnvironment());
    return resolved.ok() ? std::make_unique<SignTrakerClient>(*resolved.config) : nullptr;
}

void TestHttp2Create::create_readThenFailed_sentOnceOutcomeUnknown_data()
{
    QTest::addColumn<H2FaultServer::Mode>("mode");
    QTest::newRow("connection dropped") << H2FaultServer::Mode::Drop;
    QTest::newRow("GOAWAY below the stream") << H2FaultServer::Mode::GoAway;
}

void TestHttp2Create::create_readThenFailed_sentOnceOutcomeUnknown()
{
    QFETCH(H2FaultServer::Mode, mode);
    H2FaultServer server(m_pki, mode);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const auto client = clientFor(server);
    QVERIFY(client);

    const QJsonObject agent{{QStringLiteral("UserName"), QStringLiteral("once")},
                            {QStringLiteral("Email"), QStringLiteral("once@example.com")},
                            {QStringLiteral("Notes"), QString(4000, u'x')}};
    int attempts = 0;
    const ApiResult result = waitFor(client->createAgent(agent), &attempts);

    QVERIFY(!result.ok());
    QCOMPARE(result.error.kind(), ApiError::Kind::Network);
    QVERIFY2(result.error.outcomeUnknown(), qPrintable(result.error.userMessage()));
    QCOMPARE(attempts, 1);
    // Written by the server before it failed the stream, so complete once the client knows.
    const QStringList posts = withMethod(server.requests(), QStringLiteral("POST"));
    QCOMPARE(posts.size(), 1);
    const qsizetype bodySize = QJsonDocument(agent).toJson(QJsonDocument::Compact).size();
    QVERIFY2(posts.first().section(u' ', 2).toLongLong() >= bodySize, qPrintable(posts.first()));
}

void TestHttp2Create::get_readThenFailed_isRetried_data()
{
    create_readThenFailed_sentOnceOutcomeUnknown_data();
}

void TestHttp2Create::get_readThenFailed_isRetried()
{
    QFETCH(H2FaultServer::Mode, mode);
    H2FaultServer server(m_pki, mode);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const auto client = clientFor(server);
    QVERIFY(client);

    int attempts = 0;
    const ApiResult result = waitFor(client->getAgent(7), &attempts);
    QCOMPARE(result.error.kind(), ApiError::Kind::Network);
    QCOMPARE(attempts, 1 + Retries);
    QCOMPARE(withMethod(server.requests(), QStringLiteral("GET")).size(), 1 + Retries);
}

QTEST_GUILESS_MAIN(TestHttp2Create)
#include "tst_http2create.moc"
