// SPDX-License-Identifier: Apache-2.0
// "Edit Selected…" driven offscreen with real widgets against the simulator: the action is
// enabled for two or more rows, the dialog reads the agents and the office list, only the ticked
// members are sent, an agent changed on the service since the rows were selected is shown as a
// conflict and left as it is, and the edits enter the change log and undo as one change.
#include "bulkactivationdialog.h"
#include "bulkeditdialog.h"
#include "changelog.h"
#include "dialogs.h"
#include "editingactions.h"
#include "referencepicker.h"
#include "undostack.h"

#include "agent.h"
#include "bulkrunner.h"
#include "signtrakerclient.h"
#include "simfixture.h"
#include "simserver.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QWidget>

#include <memory>

using namespace signtraker;
using namespace signtraker::ui;
using sim::SimServer;
using Outcome = BulkRunner::Outcome;

namespace {

const QString Key = QStringLiteral("test-key");

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestBulkEditDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void action_enabledForTwoOrMoreRows();
    void apply_sendsOnlyTheTickedMembers();
    void apply_agentChangedSinceSelected_shownAsConflictAndLeftAlone();
    void office_pickedFromTheList_sentById();
    void read_serverErrors_stopAndNameTheAgentsNotRead();

private:
    QList<QJsonObject> editable(int count) const;
    // Opens the dialog for rows through the action, and waits until it has read them.
    BulkEditDialog *open(const QList<QJsonObject> &rows);
    // Presses Apply and waits for the run to finish.
    BulkRunner *apply(BulkEditDialog *dialog);

    std::unique_ptr<SimServer> m_server;
    std::unique_ptr<SignTrakerClient> m_client;
    std::unique_ptr<Dialogs> m_dialogs;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<EditingActions> m_actions;
    QList<QJsonObject> m_selection;
};

void TestBulkEditDialog::initTestCase()
{
    qRegisterMetaType<ApiResult>();
    qRegisterMetaType<BulkRunner *>();
}

void TestBulkEditDialog::init()
{
    m_server = test::startSimulator(13, 60, Key);
    QVERIFY(m_server);
    m_client = test::clientFor(*m_server, Key);
    m_dialogs = std::make_unique<Dialogs>();
    m_dialogs->setNonInteractive(true);
    m_window = std::make_unique<QWidget>();
    m_actions = std::make_unique<EditingActions>(m_client.get(), m_dialogs.get(), m_window.get());
    m_selection.clear();
    m_actions->setSelectionProvider([this] { return m_selection; });
}

void TestBulkEditDialog::cleanup()
{
    m_actions.reset();
    m_window.reset();
    m_dialogs.reset();
    m_client.reset();
    m_server.reset();
}

QList<QJsonObject> TestBulkEditDialog::editable(int count) const
{
    QList<QJsonObject> agents;
    for (const QJsonValue &value : m_server->tenant().agents()) {
        const Agent agent(value.toObject());
        if (!agent.isManager() && !m_server->tenant().isSynced(agent.id()))
            agents.append(agent.json());
        if (agents.size() == count)
            break;
    }
    return agents;
}

BulkEditDialog *TestBulkEditDialog::open(const QList<QJsonObject> &rows)
{
    m_selection = rows;
    m_actions->selectionChanged();
    if (!m_actions->bulkEditAction()->isEnabled())
        return nullptr;
    m_actions->bulkEditAction()->trigger();
    auto *dialog = m_window->findChild<BulkEditDialog *>();
    if (!dialog || !dialog->isVisible())
        return nullptr;
    QSignalSpy pickers(dialog, &BulkEditDialog::pickersLoaded);
    if (!QTest::qWaitFor([dialog] { return dialog->isReady(); }, 10000))
        return nullptr;
    if (pickers.isEmpty() && !pickers.wait(10000))
        return nullptr;
    return dialog;
}

BulkRunner *TestBulkEditDialog::apply(BulkEditDialog *dialog)
{
    QSignalSpy started(m_actions.get(), &EditingActions::bulkEditStarted);
    m_server->clearRequests();
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    auto *run = started.isEmpty() ? nullptr : started.first().first().value<BulkRunner *>();
    if (!run)
        return nullptr;
    QSignalSpy finished(run, &BulkRunner::finished);
    if (run->state() != BulkRunner::State::Finished && !finished.wait(20000))
        return nullptr;
    return run;
}

void TestBulkEditDialog::action_enabledForTwoOrMoreRows()
{
    const QList<QJsonObject> agents = editable(2);
    m_selection = {agents.first()};
    m_actions->selectionChanged();
    QVERIFY(!m_actions->bulkEditAction()->isEnabled());
    m_selection = agents;
    m_actions->selectionChanged();
    QVERIFY(m_actions->bulkEditAction()->isEnabled());
}

void TestBulkEditDialog::apply_sendsOnlyTheTickedMembers()
{
    const QList<QJsonObject> agents = editable(6);
    BulkEditDialog *dialog = open(agents);
    QVERIFY(dialog);
    QVERIFY(!dialog->applyButton()->isEnabled()); // nothing ticked yet

    // Typing a city without ticking it sends nothing of it; the tick is the choice.
    dialog->changeBox(s("Address/City"))->click();
    auto *city = qobject_cast<QLineEdit *>(dialog->editor(s("Address/City")));
    QVERIFY(city && city->isEnabled());
    QTest::keyClicks(city, s("Waco"));
    dialog->changeBox(s("EnableSubscription"))->click();
    auto *subscription = qobject_cast<QComboBox *>(dialog->editor(s("EnableSubscription")));
    subscription->setCurrentIndex(subscription->findData(false));
    QVERIFY(!dialog->editor(s("PaymentMode"))->isEnabled());
    QVERIFY(dialog->applyButton()->isEnabled());

    QSignalSpy updated(m_actions.get(), &EditingActions::agentUpdated);
    BulkRunner *run = apply(dialog);
    QVERIFY(run);
    QCOMPARE(run->count(Outcome::Done), 6);

    const QJsonObject expected{{s("Address"), QJsonObject{{s("City"), s("Waco")}}},
                               {s("EnableSubscription"), false}};
    int patches = 0;
    for (const sim::RecordedRequest &request : m_server->requests()) {
        if (request.method != "PATCH")
            continue;
        ++patches;
        QCOMPARE(QJsonDocument::fromJson(request.body).object(), expected);
    }
    QCOMPARE(patches, 6);
    QCOMPARE(updated.size(), 6);
    // The progress dialog of the bulk activation shows the run.
    auto *progress = m_window->findChild<BulkActivationDialog *>();
    QVERIFY(progress && progress->isVisible());
    QCOMPARE(progress->results()->item(0, 1)->text(), s("Updated"));
    // One change: two members of six agents in the log, one undo.
    QCOMPARE(m_actions->changeLog()->rowCount(), 12);
    QCOMPARE(m_actions->undoStack()->count(), 1);
    QCOMPARE(m_actions->undoAction()->text(), s("Undo edit of 6 agents"));

    // And undone in one step.
    QSignalSpy undone(m_actions->undoStack(), &UndoStack::undone);
    m_actions->undoAction()->trigger();
    QVERIFY(undone.wait(10000));
    for (const QJsonObject &agent : agents) {
        const Agent now(*m_server->tenant().agent(Agent(agent).id()));
        QCOMPARE(now.value(s("Address/City")), Agent(agent).value(s("Address/City")));
    }
}

void TestBulkEditDialog::apply_agentChangedSinceSelected_shownAsConflictAndLeftAlone()
{
    const QList<QJsonObject> agents = editable(4);
    BulkEditDialog *dialog = open(agents);
    QVERIFY(dialog);
    const qint64 changed = Agent(agents.at(2)).id();
    // Between selection and Apply, someone else moves that agent to another payment mode.
    const QString current = Agent(agents.at(2)).paymentMode();
    const QString theirs = current == s("Transfer") ? s("Terms") : s("Transfer");
    QVERIFY(m_server->tenant().updateAgent(changed, {{s("PaymentMode"), theirs}}).ok());

    dialog->changeBox(s("PaymentMode"))->click();
    auto *mode = qobject_cast<QComboBox *>(dialog->editor(s("PaymentMode")));
    mode->setCurrentIndex(mode->findData(s("ACH")));
    BulkRunner *run = apply(dialog);
    QVERIFY(run);
    QCOMPARE(run->count(Outcome::Done), 3);
    QCOMPARE(run->count(Outcome::Conflict), 1);
    QCOMPARE(Agent(*m_server->tenant().agent(changed)).paymentMode(), theirs);
    for (const sim::RecordedRequest &request : m_server->requests())
        QVERIFY(!(request.method == "PATCH" && request.path.endsWith(QString::number(changed))));

    auto *progress = m_window->findChild<BulkActivationDialog *>();
    QVERIFY(progress);
    const QString shown = progress->results()->item(2, 1)->text();
    QVERIFY2(shown.startsWith(s("Not changed")) && shown.contains(theirs), qPrintable(shown));
    QVERIFY2(progress->summary().contains(s("1 not changed")), qPrintable(progress->summary()));
    QCOMPARE(m_actions->changeLog()->rowCount(), 3);
}

void TestBulkEditDialog::office_pickedFromTheList_sentById()
{
    const QList<QJsonObject> agents = editable(3);
    BulkEditDialog *dialog = open(agents);
    QVERIFY(dialog);
    auto *picker = qobject_cast<ReferencePicker *>(dialog->editor(s("Office")));
    QVERIFY(picker);
    QCOMPARE(picker->optionCount(), int(m_server->tenant().offices().size()));
    const QJsonObject office = m_server->tenant().offices().last().toObject();
    dialog->changeBox(s("Office"))->click();
    picker->setReference(office);
    BulkRunner *run = apply(dialog);
    QVERIFY(run);
    QCOMPARE(run->count(Outcome::Done), 3);
    const QJsonObject expected{{s("Office"), QJsonObject{{s("Id"), office.value(s("Id"))}}}};
    for (const sim::RecordedRequest &request : m_server->requests()) {
        if (request.method == "PATCH")
            QCOMPARE(QJsonDocument::fromJson(request.body).object(), expected);
    }
    for (const QJsonObject &agent : agents)
        QCOMPARE(Agent(*m_server->tenant().agent(Agent(agent).id())).officeId(),
                 office.value(s("Id")).toInteger());
}

void TestBulkEditDialog::read_serverErrors_stopAndNameTheAgentsNotRead()
{
    const QList<QJsonObject> agents = editable(8);
    for (int i = 0; i < 8; ++i)
        m_server->scriptNext("GET", s("/api/agents/"),
                             sim::ScriptedReply::json(503, R"({"Message":"Unavailable."})"));
    // Without a stop after three errors in a row, the read would wait for an answer forever.
    BulkEditDialog *dialog = open(agents);
    QVERIFY(dialog);
    const QString status = dialog->statusLabel()->text();
    QVERIFY2(status.startsWith(s("8 agents could not be read")), qPrintable(status));
    QVERIFY(status.contains(QString::number(Agent(agents.last()).id())));
    // The dialog grew for the message: it sits below the last member, overlapping nothing.
    const QCheckBox *last = dialog->changeBox(s("ReceiveMarketingEmails"));
    QTRY_VERIFY(dialog->statusLabel()->geometry().top() > last->geometry().bottom());
    QVERIFY(dialog->statusLabel()->height() >=
            dialog->statusLabel()->heightForWidth(dialog->statusLabel()->width()));
    dialog->changeBox(s("Address/City"))->click();
    QTest::keyClicks(dialog->editor(s("Address/City")), s("Waco"));
    QVERIFY(!dialog->applyButton()->isEnabled());
    int reads = 0;
    for (const sim::RecordedRequest &request : m_server->requests())
        reads += request.path.startsWith(s("/api/agents/")) ? 1 : 0;
    QCOMPARE(reads, 6); // four, then one after each of the first two errors; then it stopped
}

QTEST_MAIN(TestBulkEditDialog)
#include "tst_bulkeditdialog.moc"
