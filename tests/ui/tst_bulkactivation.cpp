// SPDX-License-Identifier: Apache-2.0
// Activate and deactivate in bulk against the simulator, through the real dialog: bounded
// concurrency, a result per agent, Retry failed, the stop at an authentication error, the pause
// with Continue and Stop, the confirmation that names the agents, and the enabling helper.
#include "bulkactivation.h"
#include "bulkactivationdialog.h"
#include "changelog.h"
#include "dialogs.h"
#include "editingactions.h"
#include "undostack.h"

#include "agent.h"
#include "bulkrunner.h"
#include "signtrakerclient.h"
#include "simfixture.h"
#include "simserver.h"

#include <QAction>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QWidget>

#include <memory>

using namespace signtraker;
using namespace signtraker::ui;
using sim::ScriptedReply;
using sim::SimServer;
using Outcome = BulkRunner::Outcome;

namespace {

const QString Key = QStringLiteral("test-key");

QJsonObject row(qint64 id, bool inactive)
{
    return {{QStringLiteral("Id"), id},
            {QStringLiteral("LastName"), QStringLiteral("Agent%1").arg(id)},
            {QStringLiteral("IsInactive"), inactive}};
}

} // namespace

class TestBulkActivation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void wouldChange_onlyWhereStateDiffers_data();
    void wouldChange_onlyWhereStateDiffers();
    void deactivate20_oneFailure_reportedThenRetried();
    void cancel_stopsSendingTheRest();
    void authenticationErrorMidRun_stopsAndShowsTheRestNotAttempted();
    void pause_offersContinueAndStop_data();
    void pause_offersContinueAndStop();
    void confirmation_namesTheAgents();
    void actions_enabledOnlyWhereTheyWouldChange();

private:
    QList<QJsonObject> activeAgents(int count) const;

    std::unique_ptr<SimServer> m_server;
    std::unique_ptr<SignTrakerClient> m_client;
    std::unique_ptr<Dialogs> m_dialogs;
    std::unique_ptr<QWidget> m_window;
};

void TestBulkActivation::initTestCase()
{
    qRegisterMetaType<ApiResult>();
}

void TestBulkActivation::init()
{
    m_server = test::startSimulator(5, 120, Key);
    QVERIFY(m_server);
    m_client = test::clientFor(*m_server, Key);
    m_dialogs = std::make_unique<Dialogs>();
    m_dialogs->setNonInteractive(true);
    m_window = std::make_unique<QWidget>();
}

void TestBulkActivation::cleanup()
{
    m_window.reset();
    m_dialogs.reset();
    m_client.reset();
    m_server.reset();
}

QList<QJsonObject> TestBulkActivation::activeAgents(int count) const
{
    QList<QJsonObject> agents;
    for (const auto &value : m_server->tenant().agents()) {
        if (!Agent(value.toObject()).isInactive())
            agents.append(value.toObject());
        if (agents.size() == count)
            break;
    }
    return agents;
}

void TestBulkActivation::wouldChange_onlyWhereStateDiffers_data()
{
    QTest::addColumn<QList<QJsonObject>>("records");
    QTest::addColumn<bool>("activate");
    QTest::addColumn<QList<qint64>>("expected");

    const QList<QJsonObject> mixed{row(1, false), row(2, true), row(3, false)};
    QTest::newRow("deactivate: the active ones") << mixed << false << QList<qint64>{1, 3};
    QTest::newRow("activate: the inactive one") << mixed << true << QList<qint64>{2};
    QTest::newRow("activate: all active, nothing")
        << QList<QJsonObject>{row(1, false)} << true << QList<qint64>{};
    QTest::newRow("no selection") << QList<QJsonObject>{} << false << QList<qint64>{};
    QTest::newRow("IsInactive missing counts as active")
        << QList<QJsonObject>{{{QStringLiteral("Id"), 9}}} << false << QList<qint64>{9};
}

void TestBulkActivation::wouldChange_onlyWhereStateDiffers()
{
    QFETCH(QList<QJsonObject>, records);
    QFETCH(bool, activate);
    QFETCH(QList<qint64>, expected);
    QList<qint64> ids;
    for (const QJsonObject &record :
         BulkActivation::wouldChange(records, activate ? BulkActivation::Action::Activate
                                                       : BulkActivation::Action::Deactivate))
        ids.append(Agent(record).id());
    QCOMPARE(ids, expected);
}

void TestBulkActivation::deactivate20_oneFailure_reportedThenRetried()
{
    const QList<QJsonObject> agents = activeAgents(20);
    QCOMPARE(agents.size(), 20);
    m_server->setLatency(15);
    m_server->scriptNext("POST", QStringLiteral("/api/agents/deactivate"),
                         ScriptedReply::json(500, R"({"Message":"Database timeout."})"));
    int inFlight = 0;
    int maxInFlight = 0;
    connect(m_server.get(), &SimServer::requestRecorded, this,
            [&](const sim::RecordedRequest &) { maxInFlight = std::max(maxInFlight, ++inFlight); });
    connect(m_server.get(), &SimServer::requestAnswered, this,
            [&](const sim::RecordedRequest &) { --inFlight; });

    std::unique_ptr<BulkRunner> run(BulkActivation::runner(
        m_client.get(), agents, BulkActivation::Action::Deactivate, nullptr));
    BulkActivationDialog dialog(run.get(), m_window.get());
    dialog.show();
    QSignalSpy finished(run.get(), &BulkRunner::finished);
    run->start();
    QVERIFY(!dialog.retryButton()->isEnabled());
    QVERIFY(dialog.cancelButton()->isEnabled());
    QVERIFY(finished.wait(20000));

    QCOMPARE(m_server->requests().size(), 20);
    QCOMPARE(maxInFlight, BulkRunner::DefaultMaxInFlight);
    QCOMPARE(run->count(Outcome::Done), 19);
    QCOMPARE(run->count(Outcome::Failed), 1);
    int failedRow = -1;
    for (int index = 0; index < run->total(); ++index) {
        if (run->results().at(index).outcome == Outcome::Failed) {
            failedRow = index;
            QCOMPARE(run->results().at(index).error.httpStatus(), 500);
        }
    }
    QVERIFY(failedRow >= 0);
    const qint64 failedId = run->items().at(failedRow).id;
    QVERIFY(!Agent(*m_server->tenant().agent(failedId)).isInactive());
    const QString failedText = dialog.results()->item(failedRow, 1)->text();
    QVERIFY2(failedText.contains(QLatin1String("Database timeout")), qPrintable(failedText));
    QVERIFY2(dialog.summary().contains(QLatin1String("1 failed")), qPrintable(dialog.summary()));
    QVERIFY(dialog.retryButton()->isEnabled());

    // Retry failed: exactly the one agent again.
    m_server->clearRequests();
    QTest::mouseClick(dialog.retryButton(), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().query.value(0).second, QString::number(failedId));
    QCOMPARE(run->count(Outcome::Done), 20);
    QCOMPARE(dialog.results()->item(failedRow, 1)->text(), QStringLiteral("Deactivated"));
    QVERIFY(!dialog.retryButton()->isEnabled());
    for (const QJsonObject &agent : agents)
        QVERIFY(Agent(*m_server->tenant().agent(Agent(agent).id())).isInactive());
}

void TestBulkActivation::cancel_stopsSendingTheRest()
{
    const QList<QJsonObject> agents = activeAgents(12);
    m_server->setLatency(200);
    std::unique_ptr<BulkRunner> run(BulkActivation::runner(
        m_client.get(), agents, BulkActivation::Action::Deactivate, nullptr));
    BulkActivationDialog dialog(run.get(), m_window.get());
    dialog.show();
    QSignalSpy finished(run.get(), &BulkRunner::finished);
    QSignalSpy answered(m_server.get(), &SimServer::requestAnswered);
    run->start();
    QTRY_COMPARE(m_server->requests().size(), BulkRunner::DefaultMaxInFlight);
    QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(run->count(Outcome::Cancelled), 4);
    QCOMPARE(run->count(Outcome::NotAttempted), 8);
    QVERIFY(dialog.retryButton()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), BulkRunner::DefaultMaxInFlight, 5000);
    QCOMPARE(m_server->requests().size(), BulkRunner::DefaultMaxInFlight);
}

void TestBulkActivation::authenticationErrorMidRun_stopsAndShowsTheRestNotAttempted()
{
    const QList<QJsonObject> agents = activeAgents(12);
    m_server->setLatency(20);
    for (int i = 0; i < 5; ++i)
        m_server->scriptNext("POST", QStringLiteral("/api/agents/"), ScriptedReply::delayed(0));
    m_server->scriptNext(
        "POST", QStringLiteral("/api/agents/"),
        ScriptedReply::json(401,
                            R"({"Message":"Authorization has been denied for this request."})"));
    EditingActions actions(m_client.get(), m_dialogs.get(), m_window.get());
    QSignalSpy changed(&actions, &EditingActions::agentActiveChanged);
    BulkRunner *run = actions.setActive(agents, false);
    auto *dialog = m_window->findChild<BulkActivationDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QSignalSpy finished(run, &BulkRunner::finished);
    QVERIFY(finished.wait(20000));

    const int sent = int(m_server->requests().size());
    QVERIFY2(sent >= 6 && sent < 12, qPrintable(QString::number(sent)));
    QCOMPARE(run->stopReason(), BulkRunner::StopReason::Authentication);
    QCOMPARE(run->count(Outcome::Done), sent - 1);
    QCOMPARE(run->count(Outcome::NotAttempted), 12 - sent);
    QCOMPARE(changed.size(), sent - 1);
    QVERIFY2(dialog->summary().contains(QLatin1String("authentication")),
             qPrintable(dialog->summary()));
    QVERIFY2(dialog->summary().contains(QLatin1String("Authorization has been denied")),
             qPrintable(dialog->summary()));
    int notAttemptedRows = 0;
    for (int row = 0; row < dialog->results()->rowCount(); ++row) {
        const bool shown =
            dialog->results()->item(row, 1)->text() == QLatin1String("Not attempted");
        QCOMPARE(shown, run->results().at(row).outcome == Outcome::NotAttempted);
        notAttemptedRows += shown;
        // Only what was done reached the service's records.
        QCOMPARE(Agent(*m_server->tenant().agent(Agent(agents.at(row)).id())).isInactive(),
                 run->results().at(row).outcome == Outcome::Done);
    }
    QCOMPARE(notAttemptedRows, 12 - sent);
    QVERIFY(dialog->retryButton()->isEnabled());
    QVERIFY(!dialog->cancelButton()->isEnabled());
    // Only what was done is logged and undoable.
    QCOMPARE(actions.changeLog()->rowCount(), sent - 1);
    QCOMPARE(actions.undoStack()->count(), 1);
}

void TestBulkActivation::pause_offersContinueAndStop_data()
{
    QTest::addColumn<bool>("continueRun");
    QTest::newRow("Continue") << true;
    QTest::newRow("Stop") << false;
}

void TestBulkActivation::pause_offersContinueAndStop()
{
    QFETCH(bool, continueRun);
    const QList<QJsonObject> agents = activeAgents(12);
    m_server->setLatency(40);
    for (int i = 0; i < 3; ++i) {
        m_server->scriptNext("POST", QStringLiteral("/api/agents/"),
                             ScriptedReply::json(503, R"({"Message":"Service unavailable."})"));
    }
    EditingActions actions(m_client.get(), m_dialogs.get(), m_window.get());
    BulkRunner *run = actions.setActive(agents, false);
    auto *dialog = m_window->findChild<BulkActivationDialog *>();
    QVERIFY(dialog);
    QSignalSpy paused(run, &BulkRunner::paused);
    QSignalSpy finished(run, &BulkRunner::finished);
    QVERIFY(!dialog->pausePanel()->isVisible());
    QVERIFY(paused.wait(10000));
    QVERIFY(dialog->pausePanel()->isVisible());
    QVERIFY(dialog->continueButton()->isVisible());
    QVERIFY(dialog->stopButton()->isVisible());
    QVERIFY2(dialog->summary().startsWith(QLatin1String("Paused")), qPrintable(dialog->summary()));
    // Nothing new is sent while the question is shown.
    QTRY_COMPARE_WITH_TIMEOUT(run->inFlight(), 0, 10000);
    const int sent = int(m_server->requests().size());
    QCOMPARE(sent, 6);
    QVERIFY(finished.isEmpty());

    QTest::mouseClick(continueRun ? dialog->continueButton() : dialog->stopButton(),
                      Qt::LeftButton);
    if (continueRun)
        QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!dialog->pausePanel()->isVisible());
    QCOMPARE(m_server->requests().size(), continueRun ? 12 : sent);
    QCOMPARE(run->count(Outcome::Failed), 3);
    QCOMPARE(run->count(Outcome::NotAttempted), continueRun ? 0 : 6);
    const QString expected = continueRun
                                 ? QStringLiteral("9 succeeded, 3 failed, 0 not attempted.")
                                 : QStringLiteral("3 succeeded, 3 failed, 6 not attempted.");
    QCOMPARE(dialog->summary(), expected);
    QVERIFY(dialog->retryButton()->isEnabled());
}

void TestBulkActivation::confirmation_namesTheAgents()
{
    const QList<QJsonObject> agents = activeAgents(3);
    m_dialogs->setNextAnswer(QMessageBox::Cancel);
    QSignalSpy answered(m_dialogs.get(), &Dialogs::answered);
    bool confirmed = true;
    BulkActivation::confirmDeactivation(m_dialogs.get(), m_window.get(), agents,
                                        [&](bool yes) { confirmed = yes; });
    QVERIFY(answered.wait(5000));
    QVERIFY(!confirmed);
    const QString text = m_dialogs->asked().last().text;
    for (const QJsonObject &agent : agents)
        QVERIFY2(text.contains(Agent(agent).displayName()), qPrintable(text));
}

void TestBulkActivation::actions_enabledOnlyWhereTheyWouldChange()
{
    EditingActions actions(m_client.get(), m_dialogs.get(), m_window.get());
    QList<QJsonObject> selection;
    actions.setSelectionProvider([&selection] { return selection; });
    QVERIFY(!actions.activateAction()->isEnabled());
    QVERIFY(!actions.deactivateAction()->isEnabled());
    QCOMPARE(actions.activateAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+A")));
    QCOMPARE(actions.deactivateAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+D")));
    QCOMPARE(actions.createAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+N")));
    QCOMPARE(actions.undoAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Z")));

    selection = {row(1, false)};
    actions.selectionChanged();
    QVERIFY(!actions.activateAction()->isEnabled());
    QVERIFY(actions.deactivateAction()->isEnabled());
    QVERIFY(actions.editAction()->isEnabled());

    selection = {row(1, false), row(2, true)};
    actions.selectionChanged();
    QVERIFY(actions.activateAction()->isEnabled());
    QVERIFY(actions.deactivateAction()->isEnabled());
    QVERIFY(!actions.editAction()->isEnabled());
}

QTEST_MAIN(TestBulkActivation)
#include "tst_bulkactivation.moc"
