// SPDX-License-Identifier: Apache-2.0
// ConnectionTester: each ApiError in plain words, and real tests against the simulator on
// 127.0.0.1: connected, key refused (401), timed out (a late answer), connection refused.
#include "connectiontester.h"
#include "simfixture.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace signtraker;
using namespace signtraker::ui;
using Result = ConnectionTester::Result;

namespace {
const QString Key = QStringLiteral("k3y-Tester-Secret-1");
}

class TestConnectionTester : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void classify_data();
    void classify();
    void describe_isPlainWords_data();
    void describe_isPlainWords();
    void test_againstTheSimulator_data();
    void test_againstTheSimulator();
    void test_closedPort_isConnectionRefused();
    void test_again_latestWins();
};

void TestConnectionTester::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestConnectionTester::classify_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<Result>("result");
    using NK = ApiError::NetworkKind;
    QTest::newRow("none") << ApiError() << Result::Connected;
    QTest::newRow("401") << ApiError::fromHttpStatus(401, {}) << Result::KeyRefused;
    QTest::newRow("403") << ApiError::fromHttpStatus(403, {}) << Result::KeyRefused;
    QTest::newRow("dns") << ApiError::network(NK::HostNotFound, {}, false) << Result::HostNotFound;
    QTest::newRow("tls") << ApiError::network(NK::Tls, {}, false) << Result::CertificateProblem;
    QTest::newRow("timeout") << ApiError::network(NK::Timeout, {}, true) << Result::TimedOut;
    QTest::newRow("refused") << ApiError::network(NK::ConnectionRefused, {}, false)
                             << Result::ConnectionRefused;
    QTest::newRow("configuration")
        << ApiError::configuration(QStringLiteral("bad")) << Result::Configuration;
    QTest::newRow("500") << ApiError::fromHttpStatus(500, {}) << Result::OtherProblem;
}

void TestConnectionTester::classify()
{
    QFETCH(ApiError, error);
    QFETCH(Result, result);
    QCOMPARE(ConnectionTester::classify(error), result);
}

void TestConnectionTester::describe_isPlainWords_data()
{
    QTest::addColumn<Result>("result");
    QTest::addColumn<QString>("start");
    QTest::newRow("connected") << Result::Connected << "Connected";
    QTest::newRow("key refused") << Result::KeyRefused << "Key refused";
    QTest::newRow("host not found") << Result::HostNotFound << "Host not found";
    QTest::newRow("certificate") << Result::CertificateProblem << "Certificate problem";
    QTest::newRow("timed out") << Result::TimedOut << "Timed out";
}

void TestConnectionTester::describe_isPlainWords()
{
    QFETCH(Result, result);
    QFETCH(QString, start);
    QVERIFY(ConnectionTester::describe(result).startsWith(start));
}

void TestConnectionTester::test_againstTheSimulator_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("delayMs");
    QTest::addColumn<Result>("result");
    QTest::newRow("right key") << Key << 0 << Result::Connected;
    QTest::newRow("wrong key") << QStringLiteral("wrong") << 0 << Result::KeyRefused;
    QTest::newRow("late answer") << Key << 3000 << Result::TimedOut;
}

void TestConnectionTester::test_againstTheSimulator()
{
    QFETCH(QString, key);
    QFETCH(int, delayMs);
    QFETCH(Result, result);
    const auto server = test::startSimulator(1, 3, Key);
    QVERIFY(server);
    if (delayMs > 0)
        server->scriptNext(sim::ScriptedReply::delayed(delayMs));

    ConnectionTester tester;
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    QVERIFY(finished.isValid());
    tester.test(test::configFor(*server, key, 0.5));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).value<Result>(), result);
    QVERIFY(!finished.first().at(1).toString().contains(Key));
    QCOMPARE(server->requests().size(), 1);
    const sim::RecordedRequest request = server->requests().first();
    QCOMPARE(request.path, QStringLiteral("/api/agents"));
    QCOMPARE(request.query.size(), 1);
    QCOMPARE(request.query.first().first, QStringLiteral("$top"));
    QCOMPARE(request.query.first().second, QStringLiteral("1"));
}

void TestConnectionTester::test_closedPort_isConnectionRefused()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    ConnectionTester tester;
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    tester.test(ClientConfig::make(url, Key, 5));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).value<Result>(), Result::ConnectionRefused);
}

void TestConnectionTester::test_again_latestWins()
{
    const auto server = test::startSimulator(1, 0, Key);
    QVERIFY(server);
    server->scriptNext(sim::ScriptedReply::delayed(300));
    ConnectionTester tester;
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    tester.test(test::configFor(*server, Key, 5));
    tester.test(test::configFor(*server, QStringLiteral("wrong"), 5));
    QVERIFY(finished.wait(10000));
    QTest::qWait(500); // the first, cancelled test must not answer late
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).value<Result>(), Result::KeyRefused);
}

QTEST_GUILESS_MAIN(TestConnectionTester)
#include "tst_connectiontester.moc"
