// SPDX-License-Identifier: Apache-2.0
// signtraker-cli, the built executable, over real TLS: nginx-light in front of the simulator
// and a python3-h2 server that drops connections, with certificates made at test time. The
// test CA is given as a user behind a TLS-inspecting proxy would give theirs:
// SIGNTRAKER_CA_FILE.
#include "h2faultserver.h"
#include "nginxfront.h"
#include "processrun.h"
#include "simfixture.h"
#include "testpki.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using signtraker::test::H2FaultServer;
using signtraker::test::NginxFront;
using signtraker::test::TestPki;
using Run = signtraker::test::ProcessRun;

Q_DECLARE_METATYPE(signtraker::test::TestPki::Server)

namespace {

const QString Key = QStringLiteral("k3y-CliTls-Secret-1618");

} // namespace

class TestCliTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void validCertificate_caFromEnvironment_succeeds();
    void badCertificate_exits8NamingTheProblem_data();
    void badCertificate_exits8NamingTheProblem();
    void connectionDropped_qtNetworkWarningsOnlyWithVerbose();

private:
    Run run(const QUrl &baseUrl, const QStringList &arguments);

    TestPki m_pki;
    QTemporaryDir m_home;
    std::unique_ptr<signtraker::sim::SimServer> m_sim;
    std::unique_ptr<NginxFront> m_front;
};

void TestCliTls::initTestCase()
{
    QVERIFY(m_home.isValid());
    QString error;
    QVERIFY2(m_pki.generate(&error), qPrintable(error));
    m_sim = signtraker::test::startSimulator(5, 12, Key);
    QVERIFY(m_sim);
    m_front = std::make_unique<NginxFront>(m_pki, m_sim->baseUrl());
    QVERIFY2(m_front->start(&error), qPrintable(error));
}

void TestCliTls::cleanupTestCase()
{
    m_front.reset();
    m_sim.reset();
}

void TestCliTls::init()
{
    m_sim->clearRequests();
}

Run TestCliTls::run(const QUrl &baseUrl, const QStringList &arguments)
{
    QProcessEnvironment environment = signtraker::test::isolatedEnvironment(m_home.path());
    environment.insert(QStringLiteral("SIGNTRAKER_BASE_URL"), baseUrl.toString());
    environment.insert(QStringLiteral("SIGNTRAKER_API_KEY"), Key);
    environment.insert(QStringLiteral("SIGNTRAKER_CA_FILE"), m_pki.caFile());
    return signtraker::test::runProcess(QStringLiteral(SIGNTRAKER_CLI_PATH), arguments,
                                        environment);
}

void TestCliTls::validCertificate_caFromEnvironment_succeeds()
{
    const Run result = run(m_front->baseUrl(TestPki::Server::Valid),
                           {"--format", "json", "agents", "list", "--top", "3"});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(QJsonDocument::fromJson(result.out).array().size(), 3);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QVERIFY(m_front->accessLog(TestPki::Server::Valid).last().contains(" HTTP/2.0 "));
}

void TestCliTls::badCertificate_exits8NamingTheProblem_data()
{
    QTest::addColumn<TestPki::Server>("server");
    QTest::addColumn<QString>("problem");
    QTest::newRow("wrong host") << TestPki::Server::WrongHost
                                << QStringLiteral("certificate is for another host name");
    QTest::newRow("expired") << TestPki::Server::Expired
                             << QStringLiteral("certificate has expired");
    QTest::newRow("self-signed") << TestPki::Server::SelfSigned
                                 << QStringLiteral("certificate is self-signed");
    QTest::newRow("untrusted CA")
        << TestPki::Server::UntrustedCa
        << QStringLiteral("issued by an authority that this computer does not trust");
}

void TestCliTls::badCertificate_exits8NamingTheProblem()
{
    QFETCH(TestPki::Server, server);
    QFETCH(QString, problem);
    const qsizetype logged = m_front->accessLog(server).size();
    const Run result = run(m_front->baseUrl(server), {"--retries", "2", "agents", "get", "1"});
    QCOMPARE(result.exitCode, 8);
    QVERIFY2(result.err.startsWith("signtraker-cli: "), result.err.constData());
    QVERIFY2(result.err.contains(problem.toUtf8()), result.err.constData());
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY(result.out.isEmpty());
    // Nothing reached the service: not the simulator, not even nginx's request log.
    QVERIFY(m_sim->requests().isEmpty());
    QCOMPARE(m_front->accessLog(server).size(), logged);
}

void TestCliTls::connectionDropped_qtNetworkWarningsOnlyWithVerbose()
{
    H2FaultServer server(m_pki, H2FaultServer::Mode::Drop);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));

    // Qt warns "qt.network.http2: stream 1 finished with error" on such a drop; the user gets
    // the one error line.
    const Run quiet = run(server.baseUrl(), {"agents", "get", "1"});
    QCOMPARE(quiet.exitCode, 8);
    QVERIFY2(quiet.err.startsWith("signtraker-cli: "), quiet.err.constData());
    QCOMPARE(quiet.err.count('\n'), 1);
    QVERIFY2(!quiet.err.contains("qt.network"), quiet.err.constData());

    const Run verbose = run(server.baseUrl(), {"--verbose", "agents", "get", "1"});
    QCOMPARE(verbose.exitCode, 8);
    QVERIFY2(verbose.err.contains("qt.network.http2"), verbose.err.constData());
    QVERIFY(!verbose.err.contains(Key.toUtf8()));
    QCOMPARE(server.requests().size(), 2);
}

QTEST_GUILESS_MAIN(TestCliTls)
#include "tst_clitls.moc"
