// SPDX-License-Identifier: Apache-2.0
// The undo history without widgets, under QCoreApplication, against the simulator: an edit
// undone by its inverse patch after a re-read; members changed since ask the owner
// (conflictFound) and nothing is sent until resolveConflict(); a deactivation undone by
// activating; a bulk edit undone agent by agent, an agent changed since left alone and still
// undoable; the undo text names the change.
#include "undohistory.h"

#include "agent.h"
#include "mergepatch.h"
#include "signtrakerclient.h"
#include "simfixture.h"
#include "simserver.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace signtraker;
using sim::SimServer;

namespace {

const QString Key = QStringLiteral("test-key");

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestUndoHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void undo_edit_sendsTheInverseOfThatMemberOnly();
    void undo_edit_changedSince_waitsForTheOwnersChoice_data();
    void undo_edit_changedSince_waitsForTheOwnersChoice();
    void undo_deactivation_activatesAgain();
    void undo_bulkEdit_revertsEachAgentAndLeavesThoseChangedSince();
    void undoText_namesTheChange_data();
    void undoText_namesTheChange();

private:
    QList<QJsonObject> editable(int count) const;
    // The edit of path on the simulator's agent, as the window would have made and logged it.
    ChangeSet editOnServer(qint64 id, const QString &path, const QJsonValue &value);

    std::unique_ptr<SimServer> m_server;
    std::unique_ptr<SignTrakerClient> m_client;
};

void TestUndoHistory::initTestCase()
{
    qRegisterMetaType<ApiResult>();
}

void TestUndoHistory::init()
{
    m_server = test::startSimulator(5, 40, Key);
    QVERIFY(m_server);
    m_client = test::clientFor(*m_server, Key);
}

void TestUndoHistory::cleanup()
{
    m_client.reset();
    m_server.reset();
}

QList<QJsonObject> TestUndoHistory::editable(int count) const
{
    QList<QJsonObject> agents;
    for (const QJsonValue &value : m_server->tenant().agents()) {
        const Agent agent(value.toObject());
        if (!agent.isInactive() && !m_server->tenant().isSynced(agent.id()))
            agents.append(agent.json());
        if (agents.size() == count)
            break;
    }
    return agents;
}

ChangeSet TestUndoHistory::editOnServer(qint64 id, const QString &path, const QJsonValue &value)
{
    const QJsonObject before = *m_server->tenant().agent(id);
    const QJsonObject patch = Agent::withValue({}, path, value);
    const auto written = m_server->tenant().updateAgent(id, patch);
    return ChangeSet::edit(before, patch, written.agent);
}

void TestUndoHistory::undo_edit_sendsTheInverseOfThatMemberOnly()
{
    const qint64 id = Agent(editable(1).first()).id();
    const QJsonObject original = *m_server->tenant().agent(id);
    UndoHistory history(m_client.get());
    QSignalSpy undone(&history, &UndoHistory::undone);
    QSignalSpy updated(&history, &UndoHistory::agentUpdated);
    QSignalSpy conflict(&history, &UndoHistory::conflictFound);
    history.push(editOnServer(id, s("Address/City"), s("Undoville")));
    QCOMPARE(history.count(), 1);
    QVERIFY(history.canUndo());

    m_server->clearRequests();
    history.undo();
    QVERIFY(history.isBusy());
    QVERIFY(undone.wait(10000));
    QCOMPARE(conflict.size(), 0);
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(0).method, QByteArray("GET"));
    const QJsonObject inverse = QJsonDocument::fromJson(m_server->requests().at(1).body).object();
    QCOMPARE(inverse,
             Agent::withValue({}, s("Address/City"), Agent(original).value(s("Address/City"))));
    QCOMPARE(*m_server->tenant().agent(id), original);
    QCOMPARE(updated.size(), 1);
    QCOMPARE(history.count(), 0);
    QVERIFY(!history.canUndo());
}

void TestUndoHistory::undo_edit_changedSince_waitsForTheOwnersChoice_data()
{
    QTest::addColumn<int>("choice");
    QTest::addColumn<bool>("overwritten");
    QTest::newRow("overwrite all") << int(UndoHistory::Choice::OverwriteAll) << true;
    QTest::newRow("only untouched") << int(UndoHistory::Choice::OnlyUntouched) << false;
    QTest::newRow("cancel") << int(UndoHistory::Choice::Cancel) << false;
}

void TestUndoHistory::undo_edit_changedSince_waitsForTheOwnersChoice()
{
    QFETCH(int, choice);
    QFETCH(bool, overwritten);
    const qint64 id = Agent(editable(1).first()).id();
    const QString originalName = Agent(*m_server->tenant().agent(id)).lastName();
    UndoHistory history(m_client.get());
    history.setFormatter([](const QJsonValue &value) { return s("<%1>").arg(value.toString()); });
    history.push(editOnServer(id, s("LastName"), s("Mine")));
    QVERIFY(m_server->tenant().updateAgent(id, {{s("LastName"), s("Theirs")}}).ok());

    QSignalSpy conflict(&history, &UndoHistory::conflictFound);
    m_server->clearRequests();
    history.undo();
    QVERIFY(conflict.wait(10000));
    const QStringList lines = conflict.first().first().toStringList();
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().contains(s("<Theirs>")) && lines.first().contains(s("<Mine>")),
             qPrintable(lines.first()));
    QVERIFY(history.isBusy()); // waiting for the answer: no second undo meanwhile
    QCOMPARE(m_server->requests().size(), 1);

    QSignalSpy undone(&history, &UndoHistory::undone);
    history.resolveConflict(UndoHistory::Choice(choice));
    if (overwritten) {
        QVERIFY(undone.wait(10000));
        QCOMPARE(Agent(*m_server->tenant().agent(id)).lastName(), originalName);
        QCOMPARE(history.count(), 0);
    } else {
        QCOMPARE(m_server->requests().size(), 1); // nothing was sent
        QCOMPARE(Agent(*m_server->tenant().agent(id)).lastName(), s("Theirs"));
        QCOMPARE(history.count(), 1);
        QVERIFY(history.canUndo());
    }
}

void TestUndoHistory::undo_deactivation_activatesAgain()
{
    const QList<QJsonObject> agents = editable(3);
    ChangeSet change;
    change.kind = ChangeSet::Kind::Deactivate;
    for (const QJsonObject &agent : agents) {
        QVERIFY(m_server->tenant().setAgentInactive(Agent(agent).id(), true).ok());
        change.agentIds.append(Agent(agent).id());
        change.agentNames.append(Agent(agent).displayName());
    }
    UndoHistory history(m_client.get());
    history.push(change);
    QCOMPARE(history.undoText(), s("Undo deactivation of 3 agents"));
    QSignalSpy active(&history, &UndoHistory::agentActiveChanged);
    QSignalSpy undone(&history, &UndoHistory::undone);
    history.undo();
    QVERIFY(undone.wait(10000));
    QCOMPARE(active.size(), 3);
    QCOMPARE(undone.first().first().value<ChangeSet>().kind, ChangeSet::Kind::Activate);
    for (const QJsonObject &agent : agents)
        QVERIFY(!Agent(*m_server->tenant().agent(Agent(agent).id())).isInactive());
    QCOMPARE(history.count(), 0);
}

void TestUndoHistory::undo_bulkEdit_revertsEachAgentAndLeavesThoseChangedSince()
{
    const QList<QJsonObject> agents = editable(4);
    QList<ChangeSet::AgentEdit> edits;
    for (const QJsonObject &agent : agents) {
        const ChangeSet one = editOnServer(Agent(agent).id(), s("Address/City"), s("Waco"));
        edits.append({one.before, one.patch, one.after});
    }
    const qint64 changedSince = Agent(agents.at(1)).id();
    QVERIFY(m_server->tenant()
                .updateAgent(changedSince, {{s("Address"), QJsonObject{{s("City"), s("Later")}}}})
                .ok());
    UndoHistory history(m_client.get());
    history.push(ChangeSet::bulkEdit(edits));
    QCOMPARE(history.undoText(), s("Undo edit of 4 agents"));

    QSignalSpy undone(&history, &UndoHistory::undone);
    QSignalSpy failed(&history, &UndoHistory::undoFailed);
    QSignalSpy updated(&history, &UndoHistory::agentUpdated);
    history.undo();
    QVERIFY(undone.wait(10000));
    const ChangeSet reverted = undone.first().first().value<ChangeSet>();
    QCOMPARE(reverted.kind, ChangeSet::Kind::BulkEdit);
    QCOMPARE(reverted.edits.size(), 3);
    QCOMPARE(updated.size(), 3);
    QCOMPARE(failed.size(), 1);
    for (const QJsonObject &agent : agents) {
        const qint64 id = Agent(agent).id();
        const QJsonValue city = Agent(*m_server->tenant().agent(id)).value(s("Address/City"));
        if (id == changedSince)
            QCOMPARE(city.toString(), s("Later")); // never overwritten
        else
            QVERIFY(MergePatch::equivalent(city, Agent(agent).value(s("Address/City"))));
    }
    // The agent left alone stays undoable, alone.
    QCOMPARE(history.count(), 1);
    QCOMPARE(history.next()->edits.size(), 1);
    QCOMPARE(Agent(history.next()->edits.first().after).id(), changedSince);
}

void TestUndoHistory::undoText_namesTheChange_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("text");
    QTest::newRow("edit") << int(ChangeSet::Kind::Edit) << s("Undo edit of Lee, Ann");
    QTest::newRow("activation of one")
        << int(ChangeSet::Kind::Activate) << s("Undo activation of Lee, Ann");
    QTest::newRow("create: nothing") << int(ChangeSet::Kind::Create) << s("Undo");
}

void TestUndoHistory::undoText_namesTheChange()
{
    QFETCH(int, kind);
    QFETCH(QString, text);
    UndoHistory history(m_client.get());
    ChangeSet change = ChangeSet::edit(
        {}, {}, {{s("Id"), 1}, {s("FirstName"), s("Ann")}, {s("LastName"), s("Lee")}});
    change.kind = ChangeSet::Kind(kind);
    change.agentIds = {1};
    change.agentNames = {s("Lee, Ann")};
    history.push(change);
    QCOMPARE(history.undoText(), text);
}

QTEST_GUILESS_MAIN(TestUndoHistory)
#include "tst_undohistory.moc"
