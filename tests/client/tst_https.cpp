// SPDX-License-Identifier: Apache-2.0
// The client over real TLS and HTTP/2: nginx-light in front of the simulator, with certificates
// made by openssl at test time. The test CA is trusted through the client's own configuration
// (caCertificatesFile), never by ignoring errors.
#include "apicall.h"
#include "nginxfront.h"
#include "signtrakerclient.h"
#include "simfixture.h"
#include "testpki.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(signtraker::test::TestPki::Server)

using namespace signtraker;
using signtraker::test::NginxFront;
using signtraker::test::TestPki;

namespace {

const QString Key = QStringLiteral("k3y-Tls-Secret-4711");

ApiResult waitFor(ApiCall *call)
{
    QSignalSpy spy(call, &ApiCall::finished);
    if (!spy.wait(15000))
        return {};
    return spy.first().first().value<ApiResult>();
}

} // namespace

class TestHttps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void roundTrip_overHttp2ThroughNginx();
    void badCertificate_isTlsErrorInPlainWords_data();
    void badCertificate_isTlsErrorInPlainWords();
    void badCertificate_keyReachesNoServer_data();
    void badCertificate_keyReachesNoServer();
    void testCa_notConfigured_isNotTrusted();

private:
    std::unique_ptr<SignTrakerClient> clientFor(TestPki::Server server, bool trustTestCa = true);

    TestPki m_pki;
    std::unique_ptr<sim::SimServer> m_sim;
    std::unique_ptr<NginxFront> m_front;
};

void TestHttps::initTestCase()
{
    QString error;
    QVERIFY2(m_pki.generate(&error), qPrintable(error));
    m_sim = test::startSimulator(11, 30, Key);
    QVERIFY(m_sim);
    m_front = std::make_unique<NginxFront>(m_pki, m_sim->baseUrl());
    QVERIFY2(m_front->start(&error), qPrintable(error));
}

void TestHttps::cleanupTestCase()
{
    m_front.reset();
    m_sim.reset();
}

void TestHttps::init()
{
    m_sim->clearRequests();
}

std::unique_ptr<SignTrakerClient> TestHttps::clientFor(TestPki::Server server, bool trustTestCa)
{
    ConfigValues values;
    values.apiKey = Key;
    values.baseUrl = m_front->baseUrl(server).toString();
    if (trustTestCa)
        values.caCertificatesFile = m_pki.caFile();
    // An empty environment: no SIGNTRAKER_* of the developer's changes what is tested.
    const ConfigResult resolved = ClientConfig::resolve(values, QProcessEnvironment());
    if (!resolved.ok())
        qWarning("%s", qPrintable(resolved.error.message()));
    return resolved.ok() ? std::make_unique<SignTrakerClient>(*resolved.config) : nullptr;
}

void TestHttps::roundTrip_overHttp2ThroughNginx()
{
    const auto client = clientFor(TestPki::Server::Valid);
    QVERIFY(client);

    const ApiResult list = waitFor(client->listAgents());
    QVERIFY2(list.ok(), qPrintable(list.error.userMessage()));
    QVERIFY(list.http2);
    QVERIFY(!list.array().isEmpty());
    const qint64 id = list.array().first().toObject().value(QStringLiteral("Id")).toInteger();

    const ApiResult get = waitFor(client->getAgent(id));
    QVERIFY2(get.ok(), qPrintable(get.error.userMessage()));
    QVERIFY(get.http2);
    QCOMPARE(get.object().value(QStringLiteral("Id")).toInteger(), id);

    const QJsonObject office = m_sim->tenant().offices().first().toObject();
    const QJsonObject agent{
        {QStringLiteral("UserName"), QStringLiteral("tls.agent")},
        {QStringLiteral("Email"), QStringLiteral("tls.agent@example.com")},
        {QStringLiteral("FirstName"), QStringLiteral("Tess")},
        {QStringLiteral("LastName"), QStringLiteral("Lee")},
        {QStringLiteral("CellularPhone"), QStringLiteral("512-555-0101")},
        {QStringLiteral("PaymentMode"), QStringLiteral("Prepay")},
        {QStringLiteral("Office"),
         QJsonObject{{QStringLiteral("Id"), office.value(QStringLiteral("Id"))}}}};
    const ApiResult created = waitFor(client->createAgent(agent));
    QVERIFY2(created.ok(), qPrintable(created.error.userMessage()));
    QVERIFY(created.http2);
    const qint64 newId = created.object().value(QStringLiteral("Id")).toInteger();
    QVERIFY(newId > 0);

    const ApiResult updated = waitFor(
        client->updateAgent(newId, {{QStringLiteral("LastName"), QStringLiteral("Lee-Smith")}}));
    QVERIFY2(updated.ok(), qPrintable(updated.error.userMessage()));
    QVERIFY(updated.http2);
    QCOMPARE(updated.object().value(QStringLiteral("LastName")).toString(),
             QStringLiteral("Lee-Smith"));

    const ApiResult deactivated = waitFor(client->deactivateAgent(newId));
    QVERIFY2(deactivated.ok(), qPrintable(deactivated.error.userMessage()));
    QVERIFY(deactivated.http2);

    // The simulator got each call once, over nginx's HTTP/1.1, and nginx saw HTTP/2 calls.
    QCOMPARE(m_sim->requests().size(), 5);
    QCOMPARE(m_sim->requests().at(2).method, QByteArray("POST"));
    // nginx writes its access line after the answer is sent: on a busy machine, a moment later.
    QTRY_VERIFY(m_front->accessLog(TestPki::Server::Valid).size() >= 5);
    const QStringList access = m_front->accessLog(TestPki::Server::Valid);
    for (const QString &line : access.mid(access.size() - 5))
        QVERIFY2(line.contains(QLatin1String(" HTTP/2.0 ")), qPrintable(line));
}

void TestHttps::badCertificate_isTlsErrorInPlainWords_data()
{
    QTest::addColumn<TestPki::Server>("server");
    QTest::addColumn<QString>("problem");
    QTest::newRow("wrong host") << TestPki::Server::WrongHost
                                << QStringLiteral("The server's certificate is for another host "
                                                  "name (acme.signtraker.test), not for "
                                                  "127.0.0.1.");
    QTest::newRow("expired") << TestPki::Server::Expired
                             << QStringLiteral("The server's certificate has expired.");
    QTest::newRow("self-signed") << TestPki::Server::SelfSigned
                                 << QStringLiteral("The server's certificate is self-signed, so "
                                                   "nothing vouches for it.");
    QTest::newRow("untrusted CA") << TestPki::Server::UntrustedCa
                                  << QStringLiteral("The server's certificate was issued by an "
                                                    "authority that this computer does not "
                                                    "trust.");
}

void TestHttps::badCertificate_isTlsErrorInPlainWords()
{
    QFETCH(TestPki::Server, server);
    QFETCH(QString, problem);
    const auto client = clientFor(server);
    QVERIFY(client);
    const ApiResult result = waitFor(client->listAgents());
    QCOMPARE(result.error.kind(), ApiError::Kind::Network);
    QCOMPARE(result.error.networkKind(), ApiError::NetworkKind::Tls);
    // The most telling problem comes first; others may follow it.
    QVERIFY2(result.error.message().startsWith(problem), qPrintable(result.error.message()));
    QVERIFY2(result.error.userMessage().contains(problem), qPrintable(result.error.userMessage()));
    QVERIFY(!result.error.outcomeUnknown());
}

void TestHttps::badCertificate_keyReachesNoServer_data()
{
    QTest::addColumn<TestPki::Server>("server");
    for (const TestPki::Server server : TestPki::AllServers) {
        if (server != TestPki::Server::Valid)
            QTest::newRow(qPrintable(TestPki::name(server))) << server;
    }
}

void TestHttps::badCertificate_keyReachesNoServer()
{
    QFETCH(TestPki::Server, server);
    // Retries allowed: a certificate problem must not be asked again either.
    ConfigValues values;
    values.apiKey = Key;
    values.baseUrl = m_front->baseUrl(server).toString();
    values.caCertificatesFile = m_pki.caFile();
    values.maxRetries = 3;
    values.retryBackoffSeconds = 0;
    const ConfigResult resolved = ClientConfig::resolve(values, QProcessEnvironment());
    QVERIFY(resolved.ok());
    SignTrakerClient client(*resolved.config);

    QCOMPARE(waitFor(client.getAgent(1)).error.networkKind(), ApiError::NetworkKind::Tls);
    QCOMPARE(waitFor(client.createAgent({{QStringLiteral("UserName"), QStringLiteral("x")}}))
                 .error.networkKind(),
             ApiError::NetworkKind::Tls);
    QCOMPARE(waitFor(client.updateAgent(1, {{QStringLiteral("LastName"), QStringLiteral("y")}}))
                 .error.networkKind(),
             ApiError::NetworkKind::Tls);
    QVERIFY(m_sim->requests().isEmpty());
    QCOMPARE(m_front->accessLog(server), QStringList());
}

void TestHttps::testCa_notConfigured_isNotTrusted()
{
    // The same valid server without the test CA in the configuration: proves that the CA file
    // is what makes it trusted, and that nothing else accepts it.
    const auto client = clientFor(TestPki::Server::Valid, false);
    QVERIFY(client);
    const ApiResult result = waitFor(client->listAgents());
    QCOMPARE(result.error.networkKind(), ApiError::NetworkKind::Tls);
    QVERIFY2(result.error.message().contains(QLatin1String("authority that this computer does "
                                                           "not trust")),
             qPrintable(result.error.message()));
    QVERIFY(m_sim->requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestHttps)
#include "tst_https.moc"
