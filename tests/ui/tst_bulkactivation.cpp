// Activate and deactivate in bulk against the simulator: bounded concurrency, a result per
// agent, Retry failed, the confirmation that names the agents, and the enabling helper.
#include "bulkactivation.h"
#include "bulkactivationdialog.h"
#include "dialogs.h"
#include "editingactions.h"

#include "agent.h"
#include "signtrakerclient.h"
#include "simfixture.h"
#include "simserver.h"

#include <QAction>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

#include <memory>

using namespace signtraker;
using namespace signtraker::ui;
using sim::ScriptedReply;
using sim::SimServer;

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

    BulkActivation run(m_client.get(), BulkActivation::Action::Deactivate, agents);
    BulkActivationDialog dialog(&run, m_window.get());
    dialog.show();
    QSignalSpy updated(&run, &BulkActivation::agentUpdated);
    QSignalSpy finished(&run, &BulkActivation::finished);
    QVERIFY(updated.isValid());
    run.start();
    QVERIFY(!dialog.retryButton()->isEnabled());
    QVERIFY(dialog.cancelButton()->isEnabled());
    QVERIFY(finished.wait(20000));

    QCOMPARE(m_server->requests().size(), 20);
    QCOMPARE(maxInFlight, BulkActivation::MaxInFlight);
    QCOMPARE(run.count(BulkActivation::Outcome::Succeeded), 19);
    QCOMPARE(run.count(BulkActivation::Outcome::Failed), 1);
    QCOMPARE(updated.size(), 19);
    for (const auto &signal : updated)
        QCOMPARE(signal.at(1).toBool(), true);
    qint64 failedId = 0;
    for (const BulkActivation::Item &item : run.items()) {
        if (item.outcome == BulkActivation::Outcome::Failed) {
            failedId = item.id;
            QCOMPARE(item.error.httpStatus(), 500);
        }
    }
    QVERIFY(failedId > 0);
    QVERIFY(!Agent(*m_server->tenant().agent(failedId)).isInactive());
    QVERIFY2(dialog.summary().contains(QLatin1String("1 failed")), qPrintable(dialog.summary()));
    QVERIFY(dialog.retryButton()->isEnabled());

    // Retry failed: exactly the one agent again.
    m_server->clearRequests();
    QTest::mouseClick(dialog.retryButton(), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().query.value(0).second, QString::number(failedId));
    QCOMPARE(run.count(BulkActivation::Outcome::Succeeded), 20);
    QCOMPARE(updated.size(), 20);
    QCOMPARE(updated.last().at(0).toLongLong(), failedId);
    QVERIFY(!dialog.retryButton()->isEnabled());
    for (const QJsonObject &agent : agents)
        QVERIFY(Agent(*m_server->tenant().agent(Agent(agent).id())).isInactive());
}

void TestBulkActivation::cancel_stopsSendingTheRest()
{
    const QList<QJsonObject> agents = activeAgents(12);
    m_server->setLatency(200);
    BulkActivation run(m_client.get(), BulkActivation::Action::Deactivate, agents);
    QSignalSpy finished(&run, &BulkActivation::finished);
    run.start();
    QTRY_COMPARE(m_server->requests().size(), BulkActivation::MaxInFlight);
    run.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(run.count(BulkActivation::Outcome::Cancelled), 12);
    QTest::qWait(400);
    QCOMPARE(m_server->requests().size(), BulkActivation::MaxInFlight);
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
