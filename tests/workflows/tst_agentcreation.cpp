// SPDX-License-Identifier: Apache-2.0
// AgentCreation against the simulator with scripted faults: the e-mail checked before the create,
// exactly one POST whatever happens, and an honest outcome when the answer is lost.
#include "agentcreation.h"

#include "agent.h"
#include "signtrakerclient.h"
#include "simfixture.h"
#include "simserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace signtraker;
using sim::ScriptedReply;
using sim::SimServer;
using Kind = AgentCreationOutcome::Kind;

namespace {

const QString Key = QStringLiteral("workflow-key");
const QString NewEmail = QStringLiteral("dana.new@example.com");

QJsonObject newAgent(const QString &email = NewEmail)
{
    return {{"UserName", "dana.new"},
            {"Email", email},
            {"FirstName", "Dana"},
            {"LastName", "Neil"},
            {"CellularPhone", "512-555-0199"},
            {"PaymentMode", "Prepay"},
            {"Office", QJsonObject{{"Id", 2}}}};
}

int countOf(const QList<sim::RecordedRequest> &requests, const QByteArray &method)
{
    return int(std::count_if(
        requests.cbegin(), requests.cend(),
        [&method](const sim::RecordedRequest &request) { return request.method == method; }));
}

bool isEmailLookup(const sim::RecordedRequest &request, const QString &email)
{
    if (request.method != "GET" || request.path != QLatin1String("/api/agents"))
        return false;
    for (const auto &[name, value] : request.query) {
        if (name == QLatin1String("email") && value == email)
            return true;
    }
    return false;
}

// What the create of a row does on the simulator.
enum class Fault { AnswerLost, Status500, Status502, Status504, Timeout };

ScriptedReply scripted(Fault fault, bool serviceCreatesIt)
{
    ScriptedReply reply;
    switch (fault) {
    case Fault::AnswerLost:
        reply = ScriptedReply::closeWithoutReply();
        break;
    case Fault::Status500:
        reply = ScriptedReply::json(500, R"({"Message":"An error has occurred."})");
        break;
    case Fault::Status502:
        reply = ScriptedReply::json(502, R"({"Message":"Bad gateway"})");
        break;
    case Fault::Status504:
        reply = ScriptedReply::json(504, R"({"Message":"Gateway timeout"})");
        break;
    case Fault::Timeout:
        // Far beyond the client's deadline; the connection is closed long after it gave up.
        reply = ScriptedReply::closeWithoutReply();
        reply.delayMs = 3000;
        break;
    }
    return serviceCreatesIt ? ScriptedReply::afterHandling(reply) : reply;
}

} // namespace

class TestAgentCreation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void noDuplicate_looksUpThenPostsOnce();
    void existingEmail_isRefusedWithoutPost_data();
    void existingEmail_isRefusedWithoutPost();
    void existingEmail_allowed_sendsTheCreate();
    void unknownOutcome_reconcilesByEmail_data();
    void unknownOutcome_reconcilesByEmail();
    void unknownOutcome_lookupFails_isUnknown_data();
    void unknownOutcome_lookupFails_isUnknown();
    void refused_isNotCreatedWithoutLookingAgain();
    void checkFails_nothingIsSent();
    void cancel_duringCheck_sendsNothingAndNeverFinishes();

private:
    std::optional<AgentCreationOutcome> run(AgentCreation &creation);
    QJsonObject existingAgent() const;

    std::unique_ptr<SimServer> m_server;
    std::unique_ptr<SignTrakerClient> m_client;
};

void TestAgentCreation::initTestCase()
{
    qRegisterMetaType<AgentCreationOutcome>();
    qRegisterMetaType<ApiResult>();
}

void TestAgentCreation::init()
{
    m_server = test::startSimulator(3, 60, Key);
    QVERIFY(m_server);
    // A short deadline, so that a timeout row takes a fraction of a second.
    m_client =
        std::make_unique<SignTrakerClient>(ClientConfig::make(m_server->baseUrl(), Key, 0.5));
}

void TestAgentCreation::cleanup()
{
    m_client.reset();
    m_server.reset();
}

std::optional<AgentCreationOutcome> TestAgentCreation::run(AgentCreation &creation)
{
    QSignalSpy finished(&creation, &AgentCreation::finished);
    creation.start();
    if (finished.isEmpty() && !finished.wait(10000))
        return std::nullopt;
    // Exactly one: nothing more arrives once the outcome is known.
    if (finished.wait(100) || finished.size() != 1)
        return std::nullopt;
    if (creation.stage() != AgentCreation::Stage::Finished)
        return std::nullopt;
    return finished.first().first().value<AgentCreationOutcome>();
}

QJsonObject TestAgentCreation::existingAgent() const
{
    return m_server->tenant().agents().at(7).toObject();
}

void TestAgentCreation::noDuplicate_looksUpThenPostsOnce()
{
    AgentCreation creation(m_client.get(), newAgent());
    const auto outcome = run(creation);
    QVERIFY(outcome);
    QCOMPARE(outcome->kind(), Kind::Created);
    QVERIFY(!outcome->wasReconciled());
    const qint64 id = Agent(outcome->record()).id();
    QVERIFY(id > 0);
    QCOMPARE(m_server->tenant().agentIdByEmail(NewEmail), id);
    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 2);
    QVERIFY(isEmailLookup(requests.at(0), NewEmail));
    QCOMPARE(requests.at(1).method, QByteArray("POST"));
    QVERIFY(outcome->sentence().contains(QStringLiteral("Dana Neil (Id %1)").arg(id)));
}

void TestAgentCreation::existingEmail_isRefusedWithoutPost_data()
{
    QTest::addColumn<bool>("otherCase");
    QTest::newRow("same spelling") << false;
    QTest::newRow("other letter case") << true;
}

void TestAgentCreation::existingEmail_isRefusedWithoutPost()
{
    QFETCH(bool, otherCase);
    const Agent existing(existingAgent());
    const QString email = otherCase ? existing.email().toUpper() : existing.email();
    AgentCreation creation(m_client.get(), newAgent(email));
    const auto outcome = run(creation);
    QVERIFY(outcome);
    QCOMPARE(outcome->kind(), Kind::DuplicateEmail);
    QVERIFY(!outcome->wasSent());
    QCOMPARE(Agent(outcome->record()).id(), existing.id());
    QCOMPARE(outcome->sentence(),
             QStringLiteral("An agent with this e-mail already exists: %1 %2 (Id %3).")
                 .arg(existing.firstName(), existing.lastName())
                 .arg(existing.id()));
    QCOMPARE(countOf(m_server->requests(), "POST"), 0);
}

void TestAgentCreation::existingEmail_allowed_sendsTheCreate()
{
    AgentCreation creation(m_client.get(), newAgent(Agent(existingAgent()).email()));
    creation.setAllowDuplicateEmail(true);
    const auto outcome = run(creation);
    QVERIFY(outcome);
    // Sent; the simulator, like the service, refuses a second agent with the e-mail.
    QCOMPARE(countOf(m_server->requests(), "POST"), 1);
    QCOMPARE(outcome->kind(), Kind::NotCreated);
    QVERIFY(outcome->wasSent());
    QCOMPARE(outcome->error().kind(), ApiError::Kind::Validation);
    QVERIFY(outcome->sentence().contains(QStringLiteral("already used by another agent")));
}

void TestAgentCreation::unknownOutcome_reconcilesByEmail_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<bool>("serviceCreatesIt");
    QTest::addColumn<bool>("existedBefore"); // another agent had the e-mail; allowed
    QTest::addColumn<int>("expected");

    const struct
    {
        const char *name;
        Fault fault;
    } faults[] = {{"answer lost", Fault::AnswerLost},
                  {"500", Fault::Status500},
                  {"502", Fault::Status502},
                  {"504", Fault::Status504},
                  {"timeout", Fault::Timeout}};
    for (const auto &f : faults) {
        QTest::addRow("%s, created: found", f.name)
            << int(f.fault) << true << false << int(Kind::Created);
        QTest::addRow("%s, not created: not found", f.name)
            << int(f.fault) << false << false << int(Kind::NotCreated);
    }
    QTest::newRow("502, only the agent that existed before is found")
        << int(Fault::Status502) << false << true << int(Kind::NotCreated);
}

void TestAgentCreation::unknownOutcome_reconcilesByEmail()
{
    QFETCH(int, fault);
    QFETCH(bool, serviceCreatesIt);
    QFETCH(bool, existedBefore);
    QFETCH(int, expected);

    const QString email = existedBefore ? Agent(existingAgent()).email() : NewEmail;
    m_server->scriptNext("POST", QStringLiteral("/api/agents"),
                         scripted(Fault(fault), serviceCreatesIt));
    AgentCreation creation(m_client.get(), newAgent(email));
    creation.setAllowDuplicateEmail(existedBefore);
    const auto outcome = run(creation);
    QVERIFY(outcome);

    const auto requests = m_server->requests();
    QCOMPARE(countOf(requests, "POST"), 1);
    QCOMPARE(countOf(requests, "GET"), 2); // the check before, the look-up after
    QVERIFY(isEmailLookup(requests.last(), email));
    QCOMPARE(int(outcome->kind()), expected);
    QVERIFY(outcome->wasReconciled());
    QVERIFY(outcome->error().isError()); // what made the outcome unknown
    if (expected == int(Kind::Created)) {
        const qint64 id = m_server->tenant().agentIdByEmail(email);
        QVERIFY(id > 0);
        QCOMPARE(Agent(outcome->record()).id(), id);
        QVERIFY(outcome->sentence().contains(QStringLiteral("was created")));
    } else {
        QVERIFY(outcome->record().isEmpty());
        QCOMPARE(m_server->tenant().agentIdByEmail(email),
                 existedBefore ? Agent(existingAgent()).id() : 0);
        QVERIFY(outcome->sentence().contains(QStringLiteral("You can try again")));
    }
}

void TestAgentCreation::unknownOutcome_lookupFails_isUnknown_data()
{
    QTest::addColumn<int>("lookupStatus"); // 0: no answer before the client's deadline
    QTest::addColumn<QByteArray>("lookupBody");
    QTest::newRow("503") << 503 << QByteArray(R"({"Message":"Service unavailable"})");
    QTest::newRow("timeout") << 0 << QByteArray();
    QTest::newRow("e-mail ignored: other agents")
        << 200 << QByteArray(R"([{"Id":1001,"Email":"someone.else@example.com"}])");
}

void TestAgentCreation::unknownOutcome_lookupFails_isUnknown()
{
    QFETCH(int, lookupStatus);
    QFETCH(QByteArray, lookupBody);
    // The check before is answered normally; the create and the look-up after it are not.
    m_server->scriptNext("GET", QStringLiteral("/api/agents"), ScriptedReply::delayed(0));
    m_server->scriptNext(
        "POST", QStringLiteral("/api/agents"),
        ScriptedReply::afterHandling(ScriptedReply::json(502, R"({"Message":"Bad gateway"})")));
    m_server->scriptNext("GET", QStringLiteral("/api/agents"),
                         lookupStatus == 0 ? scripted(Fault::Timeout, false)
                                           : ScriptedReply::json(lookupStatus, lookupBody));
    AgentCreation creation(m_client.get(), newAgent());
    const auto outcome = run(creation);
    QVERIFY(outcome);
    QCOMPARE(outcome->kind(), Kind::Unknown);
    QCOMPARE(outcome->error().httpStatus(), 502);
    QVERIFY(outcome->lookupError().isError());
    QVERIFY(outcome->record().isEmpty());
    QVERIFY(outcome->sentence().startsWith(
        QStringLiteral("It is not known whether the agent was created")));
    QCOMPARE(countOf(m_server->requests(), "POST"), 1);
    QCOMPARE(m_server->scriptedRepliesPending(), 0);
}

void TestAgentCreation::refused_isNotCreatedWithoutLookingAgain()
{
    QJsonObject agent = newAgent();
    agent.remove(QStringLiteral("LastName"));
    AgentCreation creation(m_client.get(), agent);
    const auto outcome = run(creation);
    QVERIFY(outcome);
    QCOMPARE(outcome->kind(), Kind::NotCreated);
    QVERIFY(!outcome->wasReconciled());
    QCOMPARE(outcome->error().httpStatus(), 400);
    QCOMPARE(m_server->requests().size(), 2); // the check and the create; no look-up after
}

void TestAgentCreation::checkFails_nothingIsSent()
{
    m_server->scriptNext("GET", QStringLiteral("/api/agents"),
                         ScriptedReply::json(500, R"({"Message":"boom"})"));
    AgentCreation creation(m_client.get(), newAgent());
    const auto outcome = run(creation);
    QVERIFY(outcome);
    QCOMPARE(outcome->kind(), Kind::NotCreated);
    QVERIFY(!outcome->wasSent());
    QVERIFY(outcome->sentence().startsWith(QStringLiteral("Nothing was sent")));
    QCOMPARE(countOf(m_server->requests(), "POST"), 0);
}

void TestAgentCreation::cancel_duringCheck_sendsNothingAndNeverFinishes()
{
    m_server->scriptNext("GET", QStringLiteral("/api/agents"), ScriptedReply::delayed(200));
    AgentCreation creation(m_client.get(), newAgent());
    QSignalSpy finished(&creation, &AgentCreation::finished);
    QSignalSpy answered(m_server.get(), &SimServer::requestAnswered);
    creation.start();
    QCOMPARE(creation.stage(), AgentCreation::Stage::CheckingEmail);
    QTRY_COMPARE(m_server->requests().size(), 1);
    creation.cancel();
    QCOMPARE(creation.stage(), AgentCreation::Stage::Cancelled);
    QVERIFY(answered.wait(5000));
    QVERIFY(!finished.wait(300));
    QCOMPARE(countOf(m_server->requests(), "POST"), 0);
}

QTEST_GUILESS_MAIN(TestAgentCreation)
#include "tst_agentcreation.moc"
