// SPDX-License-Identifier: Apache-2.0
// A roster planned, applied and planned again: the second plan holds only "unchanged" items, so
// running the same roster twice changes nothing (the idempotence), whatever the options.
#include "rosterapplier.h"
#include "rosterplanner.h"

#include "signtrakerclient.h"
#include "simfixture.h"
#include "simserver.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace signtraker;
using Action = RosterItem::Action;

namespace {

const QString Key = QStringLiteral("sync-key");

bool writes(Action action)
{
    return action == Action::Create || action == Action::Update || action == Action::Activate ||
           action == Action::Deactivate;
}

} // namespace

class TestRosterSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void applied_thenPlannedAgain_onlyUnchanged_data();
    void applied_thenPlannedAgain_onlyUnchanged();

private:
    bool plan(const RosterFile &file, const RosterOptions &options);

    std::unique_ptr<sim::SimServer> m_server;
    std::unique_ptr<SignTrakerClient> m_client;
    RosterPlan m_plan;
};

void TestRosterSync::initTestCase()
{
    qRegisterMetaType<ApiError>();
    qRegisterMetaType<RosterPlan>();
}

void TestRosterSync::init()
{
    // The default tenant of signtraker-sim, which the example roster is written for.
    m_server = test::startSimulator(1, 250, Key);
    QVERIFY(m_server);
    m_client = test::clientFor(*m_server, Key);
}

void TestRosterSync::cleanup()
{
    m_client.reset();
    m_server.reset();
}

bool TestRosterSync::plan(const RosterFile &file, const RosterOptions &options)
{
    RosterPlanner planner(m_client.get());
    QSignalSpy planned(&planner, &RosterPlanner::planned);
    planner.plan(file, RosterMapping::fromHeaders(file.headers()), options);
    if (!planned.wait(10000))
        return false;
    m_plan = planned.first().first().value<RosterPlan>();
    return true;
}

void TestRosterSync::applied_thenPlannedAgain_onlyUnchanged_data()
{
    QTest::addColumn<bool>("reactivate");
    QTest::addColumn<bool>("deactivateMissing");
    QTest::addColumn<bool>("clearEmpty");
    QTest::newRow("defaults") << false << false << false;
    QTest::newRow("reactivate, deactivate missing") << true << true << false;
    QTest::newRow("every option") << true << true << true;
}

void TestRosterSync::applied_thenPlannedAgain_onlyUnchanged()
{
    QFETCH(bool, reactivate);
    QFETCH(bool, deactivateMissing);
    QFETCH(bool, clearEmpty);
    QFile example(QStringLiteral(SIGNTRAKER_EXAMPLE_ROSTER));
    QVERIFY2(example.open(QIODevice::ReadOnly), qPrintable(example.errorString()));
    const RosterFile file = RosterFile::parse(example.readAll());
    RosterOptions options;
    options.reactivate = reactivate;
    options.deactivateMissing = deactivateMissing;
    options.clearEmpty = clearEmpty;

    QVERIFY(plan(file, options));
    const int rows = int(file.rows().size());
    QVERIFY(m_plan.summary().value(QStringLiteral("create")) > 0);
    QCOMPARE(m_plan.summary().value(QStringLiteral("error")), 0);
    if (deactivateMissing)
        QVERIFY(m_plan.summary().value(QStringLiteral("deactivate")) > 0);

    RosterApplier applier(m_client.get(), m_plan);
    QSignalSpy finished(&applier, &RosterApplier::finished);
    applier.start();
    QVERIFY(!finished.isEmpty() || finished.wait(15000));
    for (const RosterItem &item : applier.plan().items) {
        if (writes(item.action))
            QVERIFY2(item.status == RosterItem::Status::Done,
                     qPrintable(item.key() + QLatin1Char(' ') + item.reason));
    }

    QVERIFY(plan(file, options));
    QCOMPARE(m_plan.items.size(), rows);
    for (const RosterItem &item : std::as_const(m_plan.items))
        QVERIFY2(item.action == Action::Unchanged, qPrintable(item.key() + ' ' + item.reason));
}

QTEST_GUILESS_MAIN(TestRosterSync)
#include "tst_rostersync.moc"
