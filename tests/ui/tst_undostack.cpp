// SPDX-License-Identifier: Apache-2.0
// Undo through EditingActions against the simulator: an edit is reverted by its inverse patch
// after the conflict check, an activation change by the opposite action.
#include "agenteditdialog.h"
#include "agentform.h"
#include "changelog.h"
#include "dialogs.h"
#include "editingactions.h"
#include "undostack.h"

#include "agent.h"
#include "bulkrunner.h"
#include "mergepatch.h"
#include "signtrakerclient.h"
#include "simfixture.h"
#include "simserver.h"

#include <QAction>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

#include <memory>

using namespace signtraker;
using namespace signtraker::ui;
using sim::SimServer;

namespace {

const QString Key = QStringLiteral("test-key");

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestUndoStack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void undo_edit_restoresRecord_data();
    void undo_edit_restoresRecord();
    void undo_edit_memberChangedSince_asksFirst();
    void undo_deactivation_activatesAgain();
    void undo_nothingToUndo_actionDisabled();
    void undo_changePushedMeanwhile_staysOnTheStack_data();
    void undo_changePushedMeanwhile_staysOnTheStack();
    void setClient_duringAnActivationUndo_sendsNothingMore();

private:
    QJsonObject plainAgent() const;
    bool edit(qint64 id, const QString &path, const QString &text);

    std::unique_ptr<SimServer> m_server;
    std::unique_ptr<SignTrakerClient> m_client;
    std::unique_ptr<Dialogs> m_dialogs;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<EditingActions> m_actions;
};

void TestUndoStack::initTestCase()
{
    qRegisterMetaType<ApiResult>();
}

void TestUndoStack::init()
{
    m_server = test::startSimulator(9, 80, Key);
    QVERIFY(m_server);
    m_client = test::clientFor(*m_server, Key);
    m_dialogs = std::make_unique<Dialogs>();
    m_dialogs->setNonInteractive(true);
    m_window = std::make_unique<QWidget>();
    m_actions = std::make_unique<EditingActions>(m_client.get(), m_dialogs.get(), m_window.get());
}

void TestUndoStack::cleanup()
{
    m_actions.reset();
    m_window.reset();
    m_dialogs.reset();
    m_client.reset();
    m_server.reset();
}

QJsonObject TestUndoStack::plainAgent() const
{
    for (const auto &value : m_server->tenant().agents()) {
        const Agent agent(value.toObject());
        if (!agent.isManager() && !agent.isInactive() && !m_server->tenant().isSynced(agent.id()) &&
            agent.value(s("Notes")).toString().isEmpty())
            return agent.json();
    }
    return {};
}

// Opens the editor through the actions, types, saves; true once saved.
bool TestUndoStack::edit(qint64 id, const QString &path, const QString &text)
{
    AgentEditDialog *dialog = m_actions->editAgent(id);
    QSignalSpy loaded(dialog, &AgentEditDialog::loaded);
    if (!loaded.wait(10000))
        return false;
    auto *field = qobject_cast<QLineEdit *>(dialog->form()->fieldWidget(path));
    if (field) {
        field->selectAll();
        QTest::keyClicks(field, text);
    } else {
        dialog->form()->setFieldValue(path, text);
    }
    QSignalSpy saved(dialog, &AgentEditDialog::saved);
    dialog->save();
    return saved.wait(10000);
}

void TestUndoStack::undo_edit_restoresRecord_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("text");
    QTest::newRow("top-level member") << s("FirstName") << s("Undoable");
    QTest::newRow("nested member") << s("Address/City") << s("Undoville");
    QTest::newRow("member absent before") << s("Notes") << s("Added, then undone");
}

void TestUndoStack::undo_edit_restoresRecord()
{
    QFETCH(QString, path);
    QFETCH(QString, text);
    const QJsonObject before = plainAgent();
    const qint64 id = Agent(before).id();
    QVERIFY(id > 0);
    QVERIFY(edit(id, path, text));
    QCOMPARE(Agent(*m_server->tenant().agent(id)).value(path).toString(), text);
    QCOMPARE(m_actions->undoStack()->count(), 1);
    QVERIFY(m_actions->undoAction()->isEnabled());
    QVERIFY(m_actions->undoAction()->text().contains(Agent(before).lastName()));
    const int logged = m_actions->changeLog()->rowCount();
    QCOMPARE(logged, 1);

    m_server->clearRequests();
    QSignalSpy updated(m_actions.get(), &EditingActions::agentUpdated);
    m_actions->undoAction()->trigger();
    QVERIFY(updated.wait(10000));

    // Read again, then the inverse patch of that member alone.
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(0).method, QByteArray("GET"));
    QCOMPARE(m_server->requests().at(1).method, QByteArray("PATCH"));
    const QJsonObject inverse = QJsonDocument::fromJson(m_server->requests().at(1).body).object();
    const QJsonValue old = Agent(before).value(path);
    QCOMPARE(inverse, Agent::withValue({}, path, old.isUndefined() ? QJsonValue() : old));
    QCOMPARE(*m_server->tenant().agent(id), before);
    QCOMPARE(updated.first().first().toJsonObject(), before);
    QCOMPARE(m_actions->undoStack()->count(), 0);
    QVERIFY(!m_actions->undoAction()->isEnabled());
    QCOMPARE(m_actions->changeLog()->rowCount(), 2); // the undo is a change too
}

void TestUndoStack::undo_edit_memberChangedSince_asksFirst()
{
    const QJsonObject before = plainAgent();
    const qint64 id = Agent(before).id();
    QVERIFY(edit(id, s("LastName"), s("Mine")));
    QVERIFY(m_server->tenant().updateAgent(id, {{s("LastName"), s("Theirs")}}).ok());

    // No: only the members nobody touched since, and there are none: nothing is sent.
    m_server->clearRequests();
    m_dialogs->clearAsked();
    m_dialogs->setNextAnswer(QMessageBox::No);
    QSignalSpy answered(m_dialogs.get(), &Dialogs::answered);
    m_actions->undoAction()->trigger();
    QVERIFY(answered.wait(10000));
    QTest::qWait(50);
    QCOMPARE(m_dialogs->asked().size(), 1);
    QVERIFY(m_dialogs->asked().first().text.contains(s("Theirs")));
    QCOMPARE(m_server->requests().size(), 1); // the GET
    QCOMPARE(Agent(*m_server->tenant().agent(id)).lastName(), s("Theirs"));
    QCOMPARE(m_actions->undoStack()->count(), 1);
    QVERIFY(m_actions->undoAction()->isEnabled());

    // Yes: overwrite.
    m_dialogs->setNextAnswer(QMessageBox::Yes);
    QSignalSpy updated(m_actions.get(), &EditingActions::agentUpdated);
    m_actions->undoAction()->trigger();
    QVERIFY(updated.wait(10000));
    QCOMPARE(Agent(*m_server->tenant().agent(id)).lastName(), Agent(before).lastName());
}

void TestUndoStack::undo_deactivation_activatesAgain()
{
    QList<QJsonObject> agents;
    for (const auto &value : m_server->tenant().agents()) {
        if (!Agent(value.toObject()).isInactive() && agents.size() < 3)
            agents.append(value.toObject());
    }
    QSignalSpy changed(m_actions.get(), &EditingActions::agentActiveChanged);
    BulkRunner *run = m_actions->setActive(agents, false);
    QSignalSpy finished(run, &BulkRunner::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(changed.size(), 3);
    for (const QJsonObject &agent : agents)
        QVERIFY(Agent(*m_server->tenant().agent(Agent(agent).id())).isInactive());
    QCOMPARE(m_actions->undoStack()->count(), 1);
    QCOMPARE(m_actions->changeLog()->rowCount(), 3);

    changed.clear();
    m_actions->undoAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 3, 10000);
    for (const auto &signal : changed)
        QCOMPARE(signal.at(1).toBool(), false);
    for (const QJsonObject &agent : agents)
        QVERIFY(!Agent(*m_server->tenant().agent(Agent(agent).id())).isInactive());
    QTRY_COMPARE(m_actions->undoStack()->count(), 0);
    QCOMPARE(m_actions->changeLog()->rowCount(), 6);
}

void TestUndoStack::undo_nothingToUndo_actionDisabled()
{
    QVERIFY(!m_actions->undoAction()->isEnabled());
    m_actions->undoAction()->trigger();
    QTest::qWait(20);
    QVERIFY(m_server->requests().isEmpty());
}

void TestUndoStack::undo_changePushedMeanwhile_staysOnTheStack_data()
{
    QTest::addColumn<bool>("activation");
    QTest::newRow("undo of an edit") << false;
    QTest::newRow("undo of a deactivation") << true;
}

void TestUndoStack::undo_changePushedMeanwhile_staysOnTheStack()
{
    QFETCH(bool, activation);
    const QJsonObject first = plainAgent();
    const qint64 id = Agent(first).id();
    if (activation) {
        BulkRunner *run = m_actions->setActive({first}, false);
        QSignalSpy finished(run, &BulkRunner::finished);
        QVERIFY(finished.wait(10000));
    } else {
        QVERIFY(edit(id, s("FirstName"), s("Undoable")));
    }
    QCOMPARE(m_actions->undoStack()->count(), 1);

    // Another agent's change, pushed while the undo waits for the slow service.
    QJsonObject other;
    for (const auto &value : m_server->tenant().agents()) {
        if (Agent(value.toObject()).id() != id && !Agent(value.toObject()).isInactive())
            other = value.toObject();
    }
    ChangeSet change;
    change.time = QDateTime::currentDateTime();
    if (activation) {
        change.kind = ChangeSet::Kind::Deactivate;
        change.agentIds = {Agent(other).id()};
        change.agentNames = {s("Pushed Meanwhile")};
    } else {
        change.kind = ChangeSet::Kind::Edit;
        change.before = other;
        change.patch = {{s("LastName"), s("Pushed Meanwhile")}};
        change.after = MergePatch::apply(other, change.patch);
    }
    m_server->setLatency(150);
    UndoStack *stack = m_actions->undoStack();
    QSignalSpy undone(stack, &UndoStack::undone);
    m_actions->undoAction()->trigger();
    QVERIFY(stack->isBusy());
    stack->push(change);
    QCOMPARE(stack->count(), 2);
    QVERIFY(undone.wait(10000));
    QTRY_VERIFY(!stack->isBusy());

    // The undone change is gone, the new one is still there and is what Undo would undo next.
    QCOMPARE(Agent(*m_server->tenant().agent(id)).isInactive(), false);
    QCOMPARE(Agent(*m_server->tenant().agent(id)).firstName(), Agent(first).firstName());
    QCOMPARE(stack->count(), 1);
    QVERIFY2(stack->undoText().contains(s("Pushed Meanwhile")), qPrintable(stack->undoText()));
}

void TestUndoStack::setClient_duringAnActivationUndo_sendsNothingMore()
{
    QList<QJsonObject> agents;
    for (const auto &value : m_server->tenant().agents()) {
        if (!Agent(value.toObject()).isInactive() && agents.size() < 10)
            agents.append(value.toObject());
    }
    BulkRunner *run = m_actions->setActive(agents, false);
    QSignalSpy finished(run, &BulkRunner::finished);
    QVERIFY(finished.wait(10000));
    m_server->clearRequests();
    m_server->setLatency(150);
    QSignalSpy answered(m_server.get(), &SimServer::requestAnswered);
    m_actions->undoAction()->trigger();
    QTRY_COMPARE(m_server->requests().size(), BulkRunner::DefaultMaxInFlight);

    // Another tenant: the undo of the old one is forgotten, and stops sending at once.
    const auto other = test::clientFor(*m_server, Key);
    m_actions->undoStack()->setClient(other.get());
    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), BulkRunner::DefaultMaxInFlight, 5000);
    QCOMPARE(m_server->requests().size(), BulkRunner::DefaultMaxInFlight);
    QCOMPARE(m_actions->undoStack()->count(), 0);
    m_actions->undoStack()->setClient(m_client.get());
}

QTEST_MAIN(TestUndoStack)
#include "tst_undostack.moc"
