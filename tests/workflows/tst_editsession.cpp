// SPDX-License-Identifier: Apache-2.0
// EditSession against the simulator, without a widget: the patch sent is the smallest one, what
// only the server changed is merged silently, what both changed is a conflict holding both
// values, a PATCH whose answer was lost is found applied or sent again, and a create whose outcome
// is unknown is looked up instead of posted twice.
#include "editsession.h"

#include "agent.h"
#include "agentcreationoutcome.h"
#include "mergepatch.h"
#include "signtrakerclient.h"
#include "simfixture.h"
#include "simserver.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace signtraker;
using sim::ScriptedReply;
using sim::SimServer;
using State = EditSession::State;

namespace {

const QString Key = QStringLiteral("session-key");

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QList<QJsonObject> bodiesOf(const QList<sim::RecordedRequest> &requests, const QByteArray &method)
{
    QList<QJsonObject> bodies;
    for (const auto &request : requests) {
        if (request.method == method && request.path.startsWith(QLatin1String("/api/agents")))
            bodies.append(QJsonDocument::fromJson(request.body).object());
    }
    return bodies;
}

QJsonObject newAgent()
{
    return {{"UserName", "dana.new"},
            {"Email", "dana.new@example.com"},
            {"FirstName", "Dana"},
            {"LastName", "Neil"},
            {"CellularPhone", "512-555-0199"},
            {"PaymentMode", "Prepay"},
            {"Office", QJsonObject{{"Id", 2}}}};
}

} // namespace

class TestEditSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void load_givesBaseAndMine();
    void load_failure_canBeRetried();
    void save_noConflict_sendsTheMinimalPatch_data();
    void save_noConflict_sendsTheMinimalPatch();
    void save_nothingChanged_sendsNothing();
    void save_invalid_sendsNothing_data();
    void save_invalid_sendsNothing();
    void save_changedOnlyOnServer_isMergedSilently();
    void save_sameChangeOnBothSides_isNoConflict();
    void save_bothChanged_isAConflictWithBothValues_data();
    void save_bothChanged_isAConflictWithBothValues();
    void save_patchRefused_keepsMine();
    void save_answerLost_nextSaveFindsOut_data();
    void save_answerLost_nextSaveFindsOut();
    void create_unknownOutcome_isReconciled_data();
    void create_unknownOutcome_isReconciled();
    void create_duplicateEmail_thenCreateAnyway();
    void conflictsBetween_data();
    void conflictsBetween();

private:
    QJsonObject pickAgent() const;
    EditSession *openSession(qint64 id);
    int countOf(const QByteArray &method) const
    {
        return int(bodiesOf(m_server->requests(), method).size());
    }

    std::unique_ptr<SimServer> m_server;
    std::unique_ptr<SignTrakerClient> m_client;
};

void TestEditSession::initTestCase()
{
    qRegisterMetaType<ApiError>();
    qRegisterMetaType<ApiResult>();
    qRegisterMetaType<AgentCreationOutcome>();
    qRegisterMetaType<FieldConflicts>();
}

void TestEditSession::init()
{
    m_server = test::startSimulator(5, 60, Key);
    QVERIFY(m_server);
    m_client = test::clientFor(*m_server, Key);
}

void TestEditSession::cleanup()
{
    m_client.reset();
    m_server.reset();
}

QJsonObject TestEditSession::pickAgent() const
{
    for (const auto &value : m_server->tenant().agents()) {
        const Agent agent(value.toObject());
        if (!agent.isManager() && !m_server->tenant().isSynced(agent.id()))
            return agent.json();
    }
    return {};
}

EditSession *TestEditSession::openSession(qint64 id)
{
    auto *session = new EditSession(m_client.get(), EditSession::Mode::Edit, id, m_client.get());
    QSignalSpy loaded(session, &EditSession::loaded);
    session->start();
    if (!loaded.wait(10000))
        return nullptr;
    m_server->clearRequests();
    return session;
}

void TestEditSession::load_givesBaseAndMine()
{
    const QJsonObject record = pickAgent();
    EditSession *session = openSession(Agent(record).id());
    QVERIFY(session);
    QCOMPARE(session->state(), State::Editing);
    QCOMPARE(session->base(), record);
    QCOMPARE(session->mine(), record);
    QVERIFY(!session->hasChanges());
    QVERIFY(session->pendingBody().isEmpty());
}

void TestEditSession::load_failure_canBeRetried()
{
    m_server->scriptNext("GET", s("/api/agents"),
                         ScriptedReply::json(404, R"({"Message":"No such agent"})"));
    const qint64 id = Agent(pickAgent()).id();
    EditSession session(m_client.get(), EditSession::Mode::Edit, id);
    QSignalSpy failed(&session, &EditSession::failed);
    session.start();
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().value<EditSession::Failure>(), EditSession::Failure::Load);
    QCOMPARE(session.state(), State::LoadFailed);
    QSignalSpy loaded(&session, &EditSession::loaded);
    session.load();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(session.state(), State::Editing);
}

void TestEditSession::save_noConflict_sendsTheMinimalPatch_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QJsonObject>("patch");
    QTest::newRow("text") << s("FirstName") << QJsonValue(s("Zoë"))
                          << QJsonObject{{s("FirstName"), s("Zoë")}};
    QTest::newRow("nested") << s("Address/City") << QJsonValue(s("Xenia"))
                            << QJsonObject{{s("Address"), QJsonObject{{s("City"), s("Xenia")}}}};
    QTest::newRow("money") << s("BasicInstallPrice") << QJsonValue(87.5)
                           << QJsonObject{{s("BasicInstallPrice"), 87.5}};
    QTest::newRow("cleared") << s("Notes") << QJsonValue(QJsonValue::Undefined)
                             << QJsonObject{{s("Notes"), QJsonValue::Null}};
}

void TestEditSession::save_noConflict_sendsTheMinimalPatch()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QJsonObject, patch);
    QJsonObject record;
    for (const auto &row : m_server->tenant().agents()) {
        const Agent agent(row.toObject());
        const QJsonValue now = agent.value(path);
        if (!agent.isManager() && !m_server->tenant().isSynced(agent.id()) && !now.isNull() &&
            !now.isUndefined() && !MergePatch::equivalent(now, value)) {
            record = agent.json();
            break;
        }
    }
    QVERIFY(!record.isEmpty());
    EditSession *session = openSession(Agent(record).id());
    QVERIFY(session);
    session->setMine(Agent::withValue(record, path, value));
    QCOMPARE(session->changedPaths(), QStringList{path});
    QCOMPARE(session->pendingBody(), patch);

    QSignalSpy saved(session, &EditSession::saved);
    QSignalSpy changes(session, &EditSession::changeMade);
    session->save();
    QVERIFY(saved.wait(10000));
    QCOMPARE(bodiesOf(m_server->requests(), "PATCH"), QList<QJsonObject>{patch});
    QCOMPARE(session->state(), State::Done);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().at(1).toJsonObject(), patch);
    const QJsonObject after = saved.first().first().toJsonObject();
    QCOMPARE(Agent::withValue(after, path, QJsonValue::Undefined),
             Agent::withValue(record, path, QJsonValue::Undefined));
    QVERIFY(!saved.first().at(1).toBool());
}

void TestEditSession::save_nothingChanged_sendsNothing()
{
    const QJsonObject record = pickAgent();
    EditSession *session = openSession(Agent(record).id());
    QVERIFY(session);
    // Blank and trimmed text is what the record already says.
    session->setMine(
        Agent::withValue(record, s("LastName"), QString(Agent(record).lastName() + s("  "))));
    QVERIFY(!session->hasChanges());
    session->save();
    QCOMPARE(session->state(), State::Editing);
    QVERIFY(m_server->requests().isEmpty());
}

void TestEditSession::save_invalid_sendsNothing_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("bad email") << s("Email") << QJsonValue(s("not-an-address"));
    QTest::newRow("required cleared") << s("LastName") << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("unknown payment mode") << s("PaymentMode") << QJsonValue(s("Cash"));
}

void TestEditSession::save_invalid_sendsNothing()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    const QJsonObject record = pickAgent();
    EditSession *session = openSession(Agent(record).id());
    QVERIFY(session);
    session->setMine(Agent::withValue(record, path, value));
    QCOMPARE(session->problems().keys(), QStringList{path});
    QSignalSpy failed(session, &EditSession::failed);
    session->save();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<EditSession::Failure>(), EditSession::Failure::Invalid);
    QCOMPARE(session->state(), State::Editing);
    QVERIFY(m_server->requests().isEmpty());
}

void TestEditSession::save_changedOnlyOnServer_isMergedSilently()
{
    const QJsonObject record = pickAgent();
    const qint64 id = Agent(record).id();
    EditSession *session = openSession(id);
    QVERIFY(session);
    session->setMine(Agent::withValue(record, s("FirstName"), s("Mine")));
    QVERIFY(m_server->tenant()
                .updateAgent(id, {{s("LastName"), s("Serverside")},
                                  {s("Address"), QJsonObject{{s("City"), s("Server City")}}}})
                .ok());
    QSignalSpy conflicts(session, &EditSession::conflictsFound);
    QSignalSpy rebased(session, &EditSession::rebased);
    QSignalSpy saved(session, &EditSession::saved);
    session->save();
    QVERIFY(saved.wait(10000));
    QVERIFY(conflicts.isEmpty());
    const QList<QJsonObject> expected{QJsonObject{{s("FirstName"), s("Mine")}}};
    QCOMPARE(bodiesOf(m_server->requests(), "PATCH"), expected);
    // Whoever shows mine is moved onto the server's record before the patch goes.
    QCOMPARE(rebased.size(), 1);
    const Agent base(rebased.first().at(0).toJsonObject());
    const Agent mine(rebased.first().at(1).toJsonObject());
    QCOMPARE(base.lastName(), s("Serverside"));
    QCOMPARE(mine.lastName(), s("Serverside"));
    QCOMPARE(mine.addressMember(s("City")), s("Server City"));
    QCOMPARE(mine.firstName(), s("Mine"));
    const Agent now(*m_server->tenant().agent(id));
    QCOMPARE(now.firstName(), s("Mine"));
    QCOMPARE(now.lastName(), s("Serverside"));
    QCOMPARE(now.addressMember(s("City")), s("Server City"));
}

void TestEditSession::save_sameChangeOnBothSides_isNoConflict()
{
    const QJsonObject record = pickAgent();
    const qint64 id = Agent(record).id();
    EditSession *session = openSession(id);
    QVERIFY(session);
    session->setMine(Agent::withValue(record, s("FirstName"), s("Same")));
    QVERIFY(m_server->tenant().updateAgent(id, {{s("FirstName"), s("Same")}}).ok());
    QSignalSpy saved(session, &EditSession::saved);
    session->save();
    QVERIFY(saved.wait(10000));
    QCOMPARE(countOf("PATCH"), 0); // the server holds it already
    QCOMPARE(Agent(saved.first().first().toJsonObject()).firstName(), s("Same"));
}

void TestEditSession::save_bothChanged_isAConflictWithBothValues_data()
{
    QTest::addColumn<bool>("keepYours");
    QTest::newRow("keep mine") << true;
    QTest::newRow("take theirs") << false;
}

void TestEditSession::save_bothChanged_isAConflictWithBothValues()
{
    QFETCH(bool, keepYours);
    const QJsonObject record = pickAgent();
    const qint64 id = Agent(record).id();
    EditSession *session = openSession(id);
    QVERIFY(session);
    QJsonObject mine = Agent::withValue(record, s("FirstName"), s("Mine"));
    mine = Agent::withValue(mine, s("Address/City"), s("My City"));
    session->setMine(mine);
    QVERIFY(m_server->tenant()
                .updateAgent(id, {{s("FirstName"), s("Theirs")}, {s("LastName"), s("Serverside")}})
                .ok());

    QSignalSpy found(session, &EditSession::conflictsFound);
    session->save();
    QVERIFY(found.wait(10000));
    QCOMPARE(session->state(), State::Resolving);
    QCOMPARE(countOf("PATCH"), 0);
    FieldConflicts conflicts = session->conflicts();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().path, s("FirstName"));
    QCOMPARE(conflicts.first().label, s("First name"));
    QCOMPARE(conflicts.first().opened, QJsonValue(Agent(record).firstName()));
    QCOMPARE(conflicts.first().server, QJsonValue(s("Theirs")));
    QCOMPARE(conflicts.first().yours, QJsonValue(s("Mine")));

    conflicts.first().keepYours = keepYours;
    QSignalSpy saved(session, &EditSession::saved);
    session->resolve(conflicts);
    QVERIFY(saved.wait(10000));
    QJsonObject expected{{s("Address"), QJsonObject{{s("City"), s("My City")}}}};
    if (keepYours)
        expected.insert(s("FirstName"), s("Mine"));
    QCOMPARE(bodiesOf(m_server->requests(), "PATCH"), QList<QJsonObject>{expected});
    const Agent now(*m_server->tenant().agent(id));
    QCOMPARE(now.firstName(), keepYours ? s("Mine") : s("Theirs"));
    QCOMPARE(now.lastName(), s("Serverside"));
}

void TestEditSession::save_patchRefused_keepsMine()
{
    const QJsonObject record = pickAgent();
    EditSession *session = openSession(Agent(record).id());
    QVERIFY(session);
    const QJsonObject mine = Agent::withValue(record, s("BrokerId"), s("BRK-0042"));
    session->setMine(mine);
    m_server->scriptNext("PATCH", s("/api/agents"),
                         ScriptedReply::json(400, R"({"Message":"BrokerId is not known."})"));
    QSignalSpy failed(session, &EditSession::failed);
    session->save();
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().value<EditSession::Failure>(),
             EditSession::Failure::PatchRefused);
    QVERIFY(failed.first().at(1).value<ApiError>().userMessage().contains(s("not known")));
    QCOMPARE(session->state(), State::Editing);
    QCOMPARE(session->mine(), mine);
}

void TestEditSession::save_answerLost_nextSaveFindsOut_data()
{
    QTest::addColumn<bool>("applied");
    QTest::newRow("applied, answer lost") << true;
    QTest::newRow("lost before it was applied") << false;
}

void TestEditSession::save_answerLost_nextSaveFindsOut()
{
    QFETCH(bool, applied);
    const QJsonObject record = pickAgent();
    const qint64 id = Agent(record).id();
    EditSession *session = openSession(id);
    QVERIFY(session);
    // Qt sends a PATCH again by itself when a connection closes without an answer.
    for (int i = 0; i < 3; ++i) {
        m_server->scriptNext("PATCH", s("/api/agents"),
                             applied ? ScriptedReply::handleThenClose()
                                     : ScriptedReply::closeWithoutReply());
    }
    session->setMine(Agent::withValue(record, s("FirstName"), s("Lost Answer")));
    QSignalSpy failed(session, &EditSession::failed);
    session->save();
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().value<EditSession::Failure>(),
             EditSession::Failure::PatchUnknown);
    QCOMPARE(session->state(), State::Editing);
    QVERIFY(failed.first().at(1).value<ApiError>().outcomeUnknown());
    if (applied)
        QTRY_COMPARE(Agent(*m_server->tenant().agent(id)).firstName(), s("Lost Answer"));
    else
        QCOMPARE(Agent(*m_server->tenant().agent(id)).firstName(), Agent(record).firstName());

    m_server->clearScript();
    m_server->clearRequests();
    QSignalSpy changes(session, &EditSession::changeMade);
    QSignalSpy saved(session, &EditSession::saved);
    session->save();
    QVERIFY(saved.wait(10000));
    // Applied: recorded as the change it was, and nothing sent again. Not applied: sent again.
    QCOMPARE(countOf("PATCH"), applied ? 0 : 1);
    QCOMPARE(saved.first().at(1).toBool(), applied);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().at(0).toJsonObject(), record);
    QCOMPARE(changes.first().at(1).toJsonObject(),
             (QJsonObject{{s("FirstName"), s("Lost Answer")}}));
    QCOMPARE(Agent(*m_server->tenant().agent(id)).firstName(), s("Lost Answer"));
}

void TestEditSession::create_unknownOutcome_isReconciled_data()
{
    QTest::addColumn<bool>("serviceCreatesIt");
    QTest::newRow("created, answer lost") << true;
    QTest::newRow("not created") << false;
}

void TestEditSession::create_unknownOutcome_isReconciled()
{
    QFETCH(bool, serviceCreatesIt);
    EditSession session(m_client.get(), EditSession::Mode::Create);
    session.start(newAgent());
    QCOMPARE(session.state(), State::Editing);
    QCOMPARE(session.pendingBody(), newAgent());
    const ScriptedReply lost = ScriptedReply::closeWithoutReply();
    m_server->scriptNext("POST", s("/api/agents"),
                         serviceCreatesIt ? ScriptedReply::afterHandling(lost) : lost);
    QSignalSpy states(&session, &EditSession::stateChanged);
    QSignalSpy finished(&session, &EditSession::creationFinished);
    session.save();
    QVERIFY(finished.wait(10000));
    QVERIFY(states.contains({QVariant::fromValue(State::LookingUp)}));
    QCOMPARE(countOf("POST"), 1);
    const auto outcome = finished.first().first().value<AgentCreationOutcome>();
    QVERIFY(outcome.wasReconciled());
    if (serviceCreatesIt) {
        QCOMPARE(outcome.kind(), AgentCreationOutcome::Kind::Created);
        QCOMPARE(session.state(), State::Done);
        QCOMPARE(session.agentId(), m_server->tenant().agentIdByEmail(s("dana.new@example.com")));
    } else {
        QCOMPARE(outcome.kind(), AgentCreationOutcome::Kind::NotCreated);
        QCOMPARE(session.state(), State::Editing);
        QCOMPARE(session.mine(), newAgent());
    }
}

void TestEditSession::create_duplicateEmail_thenCreateAnyway()
{
    const Agent existing(pickAgent());
    EditSession session(m_client.get(), EditSession::Mode::Create);
    session.start(Agent::withValue(newAgent(), s("Email"), existing.email().toUpper()));
    QSignalSpy finished(&session, &EditSession::creationFinished);
    session.save();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().value<AgentCreationOutcome>().kind(),
             AgentCreationOutcome::Kind::DuplicateEmail);
    QCOMPARE(Agent(session.existingAgent()).id(), existing.id());
    QCOMPARE(countOf("POST"), 0);
    QVERIFY(session.createsAnyway());
    // Another e-mail typed since: the choice no longer holds.
    session.setMine(Agent::withValue(newAgent(), s("Email"), s("other@example.com")));
    QVERIFY(!session.createsAnyway());
    session.setMine(Agent::withValue(newAgent(), s("Email"), existing.email()));
    QVERIFY(session.createsAnyway());
    finished.clear();
    session.save();
    QVERIFY(finished.wait(10000));
    QCOMPARE(countOf("POST"), 1); // sent, and refused by the service for the e-mail
}

void TestEditSession::conflictsBetween_data()
{
    QTest::addColumn<QJsonObject>("base");
    QTest::addColumn<QJsonObject>("mine");
    QTest::addColumn<QJsonObject>("theirs");
    QTest::addColumn<QStringList>("conflicts");
    QTest::addColumn<QJsonObject>("merged");
    const QJsonObject base{{s("FirstName"), s("A")}, {s("Office"), QJsonObject{{s("Id"), 1}}}};
    QTest::newRow("nobody changed anything") << base << base << base << QStringList() << base;
    QTest::newRow("only theirs") << base << base
                                 << QJsonObject{{s("FirstName"), s("T")}, {s("X"), 1}}
                                 << QStringList()
                                 << QJsonObject{{s("FirstName"), s("T")}, {s("X"), 1}};
    QTest::newRow("only mine") << base
                               << QJsonObject{{s("FirstName"), s("M")},
                                              {s("Office"), QJsonObject{{s("Id"), 1}}}}
                               << base << QStringList()
                               << QJsonObject{{s("FirstName"), s("M")},
                                              {s("Office"), QJsonObject{{s("Id"), 1}}}};
    QTest::newRow("both, differently")
        << base << QJsonObject{{s("FirstName"), s("M")}, {s("Office"), QJsonObject{{s("Id"), 1}}}}
        << QJsonObject{{s("FirstName"), s("T")}} << QStringList{s("FirstName")}
        << QJsonObject{{s("FirstName"), s("M")}};
    QTest::newRow("reference renamed on the server, moved by me")
        << base
        << QJsonObject{{s("FirstName"), s("A")},
                       {s("Office"), QJsonObject{{s("Id"), 2}, {s("Name"), s("B")}}}}
        << QJsonObject{{s("FirstName"), s("A")},
                       {s("Office"), QJsonObject{{s("Id"), 1}, {s("Name"), s("Renamed")}}}}
        << QStringList()
        << QJsonObject{{s("FirstName"), s("A")},
                       {s("Office"), QJsonObject{{s("Id"), 2}, {s("Name"), s("B")}}}};
    QTest::newRow("cleared by me, changed by them")
        << base << QJsonObject{{s("Office"), QJsonObject{{s("Id"), 1}}}}
        << QJsonObject{{s("FirstName"), s("T")}, {s("Office"), QJsonObject{{s("Id"), 1}}}}
        << QStringList{s("FirstName")} << QJsonObject{{s("Office"), QJsonObject{{s("Id"), 1}}}};
}

void TestEditSession::conflictsBetween()
{
    QFETCH(QJsonObject, base);
    QFETCH(QJsonObject, mine);
    QFETCH(QJsonObject, theirs);
    QFETCH(QStringList, conflicts);
    QFETCH(QJsonObject, merged);
    QStringList found;
    for (const FieldConflict &conflict : EditSession::conflictsBetween(base, mine, theirs))
        found.append(conflict.path);
    QCOMPARE(found, conflicts);
    QCOMPARE(EditSession::merged(base, mine, theirs), merged);
}

QTEST_GUILESS_MAIN(TestEditSession)
#include "tst_editsession.moc"
