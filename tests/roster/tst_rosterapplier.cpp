// SPDX-License-Identifier: Apache-2.0
// RosterApplier against the simulator: each planned write sent once and journalled (intent
// before outcome), an agent changed between plan and apply left alone as a conflict, a resumed
// run that sends only what the journal does not show done (reconciling intents without outcome),
// the revert plan, the changes for the change log, and a run stopped after server errors left
// unfinished in the journal.
#include "rosterapplier.h"

#include "agent.h"
#include "rosterjournal.h"
#include "signtrakerclient.h"
#include "simfixture.h"
#include "simserver.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace signtraker;
using sim::SimServer;
using Action = RosterItem::Action;
using Status = RosterItem::Status;

namespace {

const QString Key = QStringLiteral("roster-key");
const QString NewEmail = QStringLiteral("rosa.new@example.com");

RosterItem itemFor(Action action, const QJsonObject &agent, const QJsonObject &patch = {})
{
    RosterItem item;
    item.row = 2;
    item.action = action;
    item.id = Agent(agent).id();
    item.email = Agent(agent).email();
    item.name = Agent(agent).displayName();
    item.patch = patch;
    item.planned = agent;
    return item;
}

RosterItem createItem(const QString &email)
{
    RosterItem item;
    item.row = 9;
    item.action = Action::Create;
    item.email = email;
    item.patch = {{"UserName", email.section(u'@', 0, 0)},
                  {"Email", email},
                  {"FirstName", "Rosa"},
                  {"LastName", "New"},
                  {"CellularPhone", "512-555-0142"},
                  {"PaymentMode", "Prepay"},
                  {"Office", QJsonObject{{"Id", 2}}}};
    return item;
}

int writesOf(const SimServer &server)
{
    const QList<sim::RecordedRequest> requests = server.requests();
    return int(
        std::count_if(requests.cbegin(), requests.cend(), [](const sim::RecordedRequest &request) {
            return request.method == "POST" || request.method == "PATCH";
        }));
}

} // namespace

class TestRosterApplier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void apply_sendsEachWriteOnceAndJournalsIt();
    void conflict_agentChangedSincePlan_isNotOverwritten();
    void resume_sendsOnlyWhatTheJournalDoesNotShowDone();
    void revertPlan_undoesTheRun();
    void changes_forTheChangeLog();
    void serverErrors_pauseAndAStoppedRunStaysUnfinished();

private:
    QJsonObject agent(bool inactive, int skip = 0) const;
    RosterPlan samplePlan() const;
    bool apply(RosterApplier &applier);

    std::unique_ptr<SimServer> m_server;
    std::unique_ptr<SignTrakerClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestRosterApplier::init()
{
    m_server = test::startSimulator(11, 40, Key);
    QVERIFY(m_server);
    m_client = test::clientFor(*m_server, Key);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestRosterApplier::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_dir.reset();
}

// The skip-th agent that is (in)active and not synchronised (a synchronised one refuses writes).
QJsonObject TestRosterApplier::agent(bool inactive, int skip) const
{
    for (const QJsonValue &value : m_server->tenant().agents()) {
        const Agent candidate(value.toObject());
        if (candidate.isInactive() == inactive && !m_server->tenant().isSynced(candidate.id()) &&
            skip-- == 0)
            return candidate.json();
    }
    return {};
}

// An update, a create, a deactivation, an activation, an unchanged agent and an excluded update.
RosterPlan TestRosterApplier::samplePlan() const
{
    RosterPlan plan;
    plan.items.append(itemFor(Action::Update, agent(false, 0), {{"Notes", "from the roster"}}));
    plan.items.append(createItem(NewEmail));
    plan.items.append(itemFor(Action::Deactivate, agent(false, 1)));
    plan.items.append(itemFor(Action::Activate, agent(true, 0)));
    plan.items.append(itemFor(Action::Unchanged, agent(false, 2)));
    RosterItem excluded = itemFor(Action::Update, agent(false, 3), {{"Notes", "left out"}});
    excluded.included = false;
    plan.items.append(excluded);
    return plan;
}

bool TestRosterApplier::apply(RosterApplier &applier)
{
    QSignalSpy finished(&applier, &RosterApplier::finished);
    applier.start();
    return !finished.isEmpty() || finished.wait(15000);
}

void TestRosterApplier::apply_sendsEachWriteOnceAndJournalsIt()
{
    const RosterPlan plan = samplePlan();
    RosterJournal journal;
    const QString path = m_dir->filePath(QStringLiteral("j.jsonl"));
    QVERIFY(journal.open(path));
    RosterApplier applier(m_client.get(), plan);
    applier.setJournal(&journal);
    QVERIFY(apply(applier));

    const QList<RosterItem> items = applier.plan().items;
    for (int index = 0; index < 4; ++index)
        QVERIFY2(items.at(index).status == Status::Done, qPrintable(items.at(index).reason));
    QCOMPARE(items.at(4).status, Status::Skipped);
    QCOMPARE(items.at(5).status, Status::Skipped);
    QCOMPARE(writesOf(*m_server), 4);

    const sim::Tenant &tenant = m_server->tenant();
    QCOMPARE(tenant.agent(plan.items.at(0).id)->value("Notes").toString(),
             QStringLiteral("from the roster"));
    QVERIFY(tenant.agentIdByEmail(NewEmail) > 0);
    QCOMPARE(items.at(1).id, tenant.agentIdByEmail(NewEmail));
    QVERIFY(Agent(*tenant.agent(plan.items.at(2).id)).isInactive());
    QVERIFY(!Agent(*tenant.agent(plan.items.at(3).id)).isInactive());
    QVERIFY(tenant.agent(plan.items.at(5).id)->value("Notes").toString() != "left out");

    // Each write's intent is on disk before its outcome, and the run ended.
    const QByteArray bytes = [&] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    for (int index = 0; index < 4; ++index) {
        const QByteArray key = plan.items.at(index).key().toUtf8();
        const QList<QByteArray> lines = bytes.split('\n');
        int intentLine = -1;
        int outcomeLine = -1;
        for (int line = 0; line < lines.size(); ++line) {
            if (!lines.at(line).contains(QByteArray("\"key\":\"" + key + "\"")))
                continue;
            (lines.at(line).contains("\"event\":\"intent\"") ? intentLine : outcomeLine) = line;
        }
        QVERIFY2(intentLine >= 0 && outcomeLine > intentLine, key.constData());
    }
    RosterJournal again;
    QVERIFY(again.open(path));
    QVERIFY(!again.isUnfinished());
    QCOMPARE(again.doneKeys().size(), 4);
    QVERIFY(again.pendingKeys().isEmpty());
}

void TestRosterApplier::conflict_agentChangedSincePlan_isNotOverwritten()
{
    const QJsonObject planned = agent(false, 0);
    RosterPlan plan;
    plan.items.append(itemFor(Action::Update, planned, {{"CellularPhone", "512-555-0000"}}));
    // Someone else changes the phone between the plan and the apply.
    m_server->tenant().updateAgent(Agent(planned).id(), {{"CellularPhone", "512-555-7777"}});
    RosterApplier applier(m_client.get(), plan);
    QVERIFY(apply(applier));
    const RosterItem item = applier.plan().items.first();
    QCOMPARE(item.status, Status::Conflict);
    QVERIFY2(item.reason.contains(QStringLiteral("CellularPhone")), qPrintable(item.reason));
    QCOMPARE(writesOf(*m_server), 0);
    QCOMPARE(m_server->tenant().agent(Agent(planned).id())->value("CellularPhone").toString(),
             QStringLiteral("512-555-7777"));
    QCOMPARE(applier.plan().summary().value(QStringLiteral("conflict")), 1);
}

void TestRosterApplier::resume_sendsOnlyWhatTheJournalDoesNotShowDone()
{
    RosterPlan plan;
    const QJsonObject notes{{"Notes", "resumed"}};
    plan.items.append(itemFor(Action::Update, agent(false, 0), notes)); // done before
    plan.items.append(itemFor(Action::Update, agent(false, 1), notes)); // sent, no outcome
    plan.items.append(createItem(NewEmail));                            // sent, no outcome
    plan.items.append(itemFor(Action::Update, agent(false, 2), notes)); // never sent
    const QString path = m_dir->filePath(QStringLiteral("resume.jsonl"));
    {
        RosterJournal before;
        QVERIFY(before.open(path));
        before.startRun(4);
        RosterJournal::Entry entry;
        entry.key = plan.items.at(0).key();
        before.append(entry);
        entry.event = RosterJournal::Entry::Event::Outcome;
        entry.status = QStringLiteral("done");
        before.append(entry);
        for (int index : {1, 2}) {
            RosterJournal::Entry intent;
            intent.key = plan.items.at(index).key();
            before.append(intent);
        }
    }
    // What the dead run's writes did on the service.
    m_server->tenant().updateAgent(plan.items.at(0).id, notes);
    m_server->tenant().updateAgent(plan.items.at(1).id, notes);
    QVERIFY(m_server->tenant().createAgent(plan.items.at(2).patch).status < 300);

    RosterJournal journal;
    QVERIFY(journal.open(path));
    QVERIFY(journal.isUnfinished());
    RosterApplier applier(m_client.get(), plan);
    applier.setJournal(&journal);
    applier.setResume(true);
    QVERIFY(apply(applier));
    for (const RosterItem &item : applier.plan().items)
        QVERIFY2(item.status == Status::Done, qPrintable(item.reason));
    QCOMPARE(applier.doneEarlier(), 1);
    QCOMPARE(applier.reconciled(), 2);
    // Only the item never sent is written; nothing twice.
    QCOMPARE(writesOf(*m_server), 1);
    QCOMPARE(m_server->requests().last().method, QByteArray("PATCH"));
    QVERIFY(m_server->requests().last().path.endsWith(QString::number(plan.items.at(3).id)));
    QVERIFY(!journal.isUnfinished());
}

void TestRosterApplier::revertPlan_undoesTheRun()
{
    const RosterPlan plan = samplePlan();
    const QString notesBefore = plan.items.at(0).planned.value("Notes").toString();
    RosterApplier applier(m_client.get(), plan);
    QVERIFY(apply(applier));
    const RosterPlan revert = applier.revertPlan();
    QCOMPARE(revert.items.size(), 4);
    QCOMPARE(revert.items.at(0).action, Action::Update);
    QCOMPARE(revert.items.at(1).action, Action::Deactivate);
    QCOMPARE(revert.items.at(2).action, Action::Activate);
    QCOMPARE(revert.items.at(3).action, Action::Deactivate);

    RosterApplier undo(m_client.get(), revert);
    QVERIFY(apply(undo));
    for (const RosterItem &item : undo.plan().items)
        QVERIFY2(item.status == Status::Done, qPrintable(item.reason));
    const sim::Tenant &tenant = m_server->tenant();
    QCOMPARE(tenant.agent(plan.items.at(0).id)->value("Notes").toString(), notesBefore);
    QVERIFY(Agent(*tenant.agent(tenant.agentIdByEmail(NewEmail))).isInactive());
    QVERIFY(!Agent(*tenant.agent(plan.items.at(2).id)).isInactive());
    QVERIFY(Agent(*tenant.agent(plan.items.at(3).id)).isInactive());
}

void TestRosterApplier::changes_forTheChangeLog()
{
    const RosterPlan plan = samplePlan();
    RosterApplier applier(m_client.get(), plan);
    QVERIFY(apply(applier));
    const QList<ChangeSet> changes = applier.changes();
    QCOMPARE(changes.size(), 4);
    QCOMPARE(changes.at(0).kind, ChangeSet::Kind::BulkEdit);
    QCOMPARE(changes.at(0).edits.size(), 1);
    QCOMPARE(Agent(changes.at(0).edits.first().before).id(), plan.items.at(0).id);
    QCOMPARE(changes.at(0).edits.first().patch, plan.items.at(0).patch);
    QCOMPARE(changes.at(0).edits.first().after.value("Notes").toString(),
             QStringLiteral("from the roster"));
    QCOMPARE(changes.at(1).kind, ChangeSet::Kind::Create);
    QCOMPARE(Agent(changes.at(1).after).email(), NewEmail);
    QCOMPARE(changes.at(2).kind, ChangeSet::Kind::Activate);
    QCOMPARE(changes.at(2).agentIds, QList<qint64>{plan.items.at(3).id});
    QCOMPARE(changes.at(3).kind, ChangeSet::Kind::Deactivate);
    QCOMPARE(changes.at(3).agentIds, QList<qint64>{plan.items.at(2).id});
}

void TestRosterApplier::serverErrors_pauseAndAStoppedRunStaysUnfinished()
{
    RosterPlan plan;
    for (int skip = 0; skip < 8; ++skip)
        plan.items.append(itemFor(Action::Update, agent(false, skip), {{"Notes", "storm"}}));
    m_server->setErrorRate(1.0);
    RosterJournal journal;
    const QString path = m_dir->filePath(QStringLiteral("storm.jsonl"));
    QVERIFY(journal.open(path));
    RosterApplier applier(m_client.get(), plan);
    applier.setJournal(&journal);
    QSignalSpy paused(&applier, &RosterApplier::paused);
    QSignalSpy finished(&applier, &RosterApplier::finished);
    applier.start();
    QVERIFY(paused.wait(10000));
    QVERIFY(applier.isPaused());
    applier.stop();
    QVERIFY(!finished.isEmpty() || finished.wait(10000));
    const QList<RosterItem> items = applier.plan().items;
    QVERIFY(std::any_of(items.cbegin(), items.cend(),
                        [](const RosterItem &item) { return item.status == Status::Skipped; }));
    QCOMPARE(writesOf(*m_server), 0);
    RosterJournal again;
    QVERIFY(again.open(path));
    QVERIFY(again.isUnfinished());
    QVERIFY(again.doneKeys().isEmpty());
}

QTEST_GUILESS_MAIN(TestRosterApplier)
#include "tst_rosterapplier.moc"
