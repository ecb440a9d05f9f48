// SPDX-License-Identifier: Apache-2.0
// Every operation of the client against the simulator: what was sent, and what came back.
#include "simfixture.h"
#include "transport.h"

#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace signtraker;
using sim::SimServer;
using test::waitFor;

namespace {

const QString Key = QStringLiteral("test-key");

QString queryValue(const sim::RecordedRequest &request, const QString &key)
{
    for (const auto &[name, value] : request.query)
        if (name == key)
            return value;
    return {};
}

} // namespace

class TestSignTrakerClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listAgents_sendsODataOptions();
    void listAgents_byEmail_findsExactlyOne();
    void getAgent_returnsRecord();
    void getAgent_missing_isNotFound();
    void createAgent_returnsStoredRecordWithId();
    void createAgent_missingMembers_isValidation();
    void updateAgent_sendsMergePatch();
    void activateAndDeactivate_toggleIsInactive();
    void listOffices_byEnterprise();
    void listEnterprises_returnsThree();
    void wrongKey_isAuthentication();

private:
    QJsonObject firstAgent(bool manager = false) const;

    std::unique_ptr<SimServer> m_server;
    std::unique_ptr<SignTrakerClient> m_client;
};

void TestSignTrakerClient::init()
{
    m_server = test::startSimulator(3, 80, Key);
    QVERIFY(m_server);
    m_client = test::clientFor(*m_server, Key);
}

void TestSignTrakerClient::cleanup()
{
    m_client.reset();
    m_server.reset();
}

QJsonObject TestSignTrakerClient::firstAgent(bool manager) const
{
    for (const auto &value : m_server->tenant().agents()) {
        const QJsonObject agent = value.toObject();
        const qint64 id = agent.value(QStringLiteral("Id")).toInteger();
        // Synced agents refuse every PATCH; the tests here want an ordinary one.
        if (agent.value(QStringLiteral("IsManager")).toBool() == manager &&
            !m_server->tenant().isSynced(id))
            return agent;
    }
    return {};
}

void TestSignTrakerClient::listAgents_sendsODataOptions()
{
    ListQuery query;
    query.filter = QStringLiteral("IsInactive eq false");
    query.top = 5;
    query.skip = 2;
    query.orderBy = {QStringLiteral("LastName desc"), QStringLiteral("Id")};
    query.select = {QStringLiteral("Id"), QStringLiteral("LastName")};
    const ApiResult result = waitFor(m_client->listAgents(query));
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(result.array().size(), 5);
    for (const auto &row : result.array())
        QCOMPARE(row.toObject().keys(),
                 (QStringList{QStringLiteral("Id"), QStringLiteral("LastName")}));
    const auto request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path, QStringLiteral("/api/agents"));
    QCOMPARE(queryValue(request, QStringLiteral("$orderby")), QStringLiteral("LastName desc,Id"));
    QCOMPARE(queryValue(request, QStringLiteral("$skip")), QStringLiteral("2"));
}

void TestSignTrakerClient::listAgents_byEmail_findsExactlyOne()
{
    const QJsonObject agent = firstAgent();
    ListQuery query;
    query.email = agent.value(QStringLiteral("Email")).toString().toUpper();
    const ApiResult result = waitFor(m_client->listAgents(query));
    QVERIFY(result.ok());
    QCOMPARE(result.array().size(), 1);
    QCOMPARE(result.array().first().toObject().value(QStringLiteral("Id")),
             agent.value(QStringLiteral("Id")));
}

void TestSignTrakerClient::getAgent_returnsRecord()
{
    const QJsonObject agent = firstAgent();
    const ApiResult result =
        waitFor(m_client->getAgent(agent.value(QStringLiteral("Id")).toInteger()));
    QVERIFY(result.ok());
    QCOMPARE(result.object(), agent);
}

void TestSignTrakerClient::getAgent_missing_isNotFound()
{
    const ApiResult result = waitFor(m_client->getAgent(987654321));
    QCOMPARE(result.error.kind(), ApiError::Kind::NotFound);
    QCOMPARE(result.error.httpStatus(), 404);
}

void TestSignTrakerClient::createAgent_returnsStoredRecordWithId()
{
    const QJsonObject office = m_server->tenant().offices().first().toObject();
    const QJsonObject agent{
        {QStringLiteral("UserName"), QStringLiteral("new.agent")},
        {QStringLiteral("Email"), QStringLiteral("new.agent@example.com")},
        {QStringLiteral("FirstName"), QStringLiteral("Zoë")},
        {QStringLiteral("LastName"), QStringLiteral("O'Neil")},
        {QStringLiteral("CellularPhone"), QStringLiteral("512-555-0100")},
        {QStringLiteral("PaymentMode"), QStringLiteral("Prepay")},
        {QStringLiteral("Office"),
         QJsonObject{{QStringLiteral("Id"), office.value(QStringLiteral("Id"))}}},
        {QStringLiteral("FavouriteColour"), QStringLiteral("teal")}};
    const ApiResult result = waitFor(m_client->createAgent(agent));
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QVERIFY(result.object().value(QStringLiteral("Id")).toInteger() > 0);
    QCOMPARE(result.object().value(QStringLiteral("LastName")).toString(),
             QStringLiteral("O'Neil"));
    const auto request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(QJsonDocument::fromJson(request.body).object(), agent);
}

void TestSignTrakerClient::createAgent_missingMembers_isValidation()
{
    const ApiResult result =
        waitFor(m_client->createAgent({{QStringLiteral("UserName"), QStringLiteral("x")}}));
    QCOMPARE(result.error.kind(), ApiError::Kind::Validation);
    QVERIFY(!result.error.message().isEmpty());
}

void TestSignTrakerClient::updateAgent_sendsMergePatch()
{
    const QJsonObject agent = firstAgent();
    const qint64 id = agent.value(QStringLiteral("Id")).toInteger();
    const QJsonObject patch{{QStringLiteral("Address"),
                             QJsonObject{{QStringLiteral("City"), QStringLiteral("Austin")}}}};
    ApiResult result = waitFor(m_client->updateAgent(id, patch));
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    const QJsonObject address = result.object().value(QStringLiteral("Address")).toObject();
    QCOMPARE(address.value(QStringLiteral("City")).toString(), QStringLiteral("Austin"));
    QCOMPARE(address.value(QStringLiteral("Street")),
             agent.value(QStringLiteral("Address")).toObject().value(QStringLiteral("Street")));
    const auto request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("PATCH"));
    QCOMPARE(request.path, QStringLiteral("/api/agents/%1").arg(id));
    QCOMPARE(request.headers.value("content-type"), QByteArray("application/merge-patch+json"));
    QCOMPARE(QJsonDocument::fromJson(request.body).object(), patch);
}

void TestSignTrakerClient::activateAndDeactivate_toggleIsInactive()
{
    const qint64 id = firstAgent().value(QStringLiteral("Id")).toInteger();
    QVERIFY(waitFor(m_client->deactivateAgent(id)).ok());
    QVERIFY(waitFor(m_client->getAgent(id)).object().value(QStringLiteral("IsInactive")).toBool());
    QVERIFY(waitFor(m_client->activateAgent(id)).ok());
    QVERIFY(!waitFor(m_client->getAgent(id)).object().value(QStringLiteral("IsInactive")).toBool());
    QCOMPARE(m_server->requests().at(2).path, QStringLiteral("/api/agents/activate"));
    QCOMPARE(queryValue(m_server->requests().at(2), QStringLiteral("id")), QString::number(id));
    QVERIFY(m_server->requests().at(2).body.isEmpty());
}

void TestSignTrakerClient::listOffices_byEnterprise()
{
    const ApiResult all = waitFor(m_client->listOffices());
    QCOMPARE(all.array().size(), 12);
    const ApiResult some = waitFor(m_client->listOffices({}, 1));
    QVERIFY(some.ok());
    QVERIFY(some.array().size() > 0 && some.array().size() < 12);
    QCOMPARE(queryValue(m_server->requests().last(), QStringLiteral("enterpriseId")),
             QStringLiteral("1"));
}

void TestSignTrakerClient::listEnterprises_returnsThree()
{
    const ApiResult result = waitFor(m_client->listEnterprises());
    QVERIFY(result.ok());
    QCOMPARE(result.array().size(), 3);
}

void TestSignTrakerClient::wrongKey_isAuthentication()
{
    const auto wrong = test::clientFor(*m_server, QStringLiteral("nope"));
    const ApiResult result = waitFor(wrong->listAgents());
    QCOMPARE(result.error.kind(), ApiError::Kind::Authentication);
    QCOMPARE(result.error.message(),
             QStringLiteral("Authorization has been denied for this request."));
}

QTEST_GUILESS_MAIN(TestSignTrakerClient)
#include "tst_signtrakerclient.moc"
