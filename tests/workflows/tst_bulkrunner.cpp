// SPDX-License-Identifier: Apache-2.0
// The one bulk runner against the simulator, under QCoreApplication: the limit in flight as
// the simulator sees it, the stop at the first authentication error, the pause after server
// errors in a row (resume, stop), cancel, Retry failed, merge patches, creates through
// AgentCreation, writes of a resumed run settled without a write when already applied, and
// checked patches whose re-reads go in batches (one list request per batch).
#include "bulkrunner.h"

#include "agent.h"
#include "signtrakerclient.h"
#include "simfixture.h"
#include "simserver.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace signtraker;
using sim::ScriptedReply;
using sim::SimServer;
using Outcome = BulkRunner::Outcome;

namespace {

const QString Key = QStringLiteral("test-key");
const QString SetActivePath = QStringLiteral("/api/agents/");

// What each request gets, in order, when a test scripts a sequence.
enum class Answer { Normal, Status503, Status502, Status404, Status400, Status401, TimedOut };

ScriptedReply replyFor(Answer answer)
{
    switch (answer) {
    case Answer::Normal:
        return ScriptedReply::delayed(0);
    case Answer::Status503:
        return ScriptedReply::json(503, R"({"Message":"The service is unavailable."})");
    case Answer::Status502:
        return ScriptedReply::json(502, R"({"Message":"Bad gateway."})");
    case Answer::Status404:
        return ScriptedReply::json(404, R"({"Message":"No such agent."})");
    case Answer::Status400:
        return ScriptedReply::json(400, R"({"Message":"This agent is synchronised."})");
    case Answer::Status401:
        return ScriptedReply::json(
            401, R"({"Message":"Authorization has been denied for this request."})");
    case Answer::TimedOut: // with the short timeout of the test's client
        return ScriptedReply::delayed(3000);
    }
    return ScriptedReply::delayed(0);
}

} // namespace

class TestBulkRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void limit_neverExceededInFlight_data();
    void limit_neverExceededInFlight();
    void authenticationError_stopsSendingAndLeavesTheRestNotAttempted_data();
    void authenticationError_stopsSendingAndLeavesTheRestNotAttempted();
    void serverErrors_pauseOnlyWhenThreeInARow_data();
    void serverErrors_pauseOnlyWhenThreeInARow();
    void pause_thenResumeOrStop_data();
    void pause_thenResumeOrStop();
    void cancel_dropsInFlightAndSendsNothingMore();
    void retryFailed_sendsOnlyWhatDidNotSucceed();
    void patch_sendsTheMergePatchAndKeepsTheAnswer();
    void create_goesThroughAgentCreation_data();
    void create_goesThroughAgentCreation();
    void create_lostAnswer_isReconciledNotSentTwice();
    void doneIfApplied_settlesWithoutAWrite_data();
    void doneIfApplied_settlesWithoutAWrite();
    void batchedChecks_oneListReadPerBatch_data();
    void batchedChecks_oneListReadPerBatch();
    void batchedChecks_conflictIsNotOverwritten();
    void batchedChecks_agentMissingFromTheAnswer_isReadSingly_data();
    void batchedChecks_agentMissingFromTheAnswer_isReadSingly();
    void batchedChecks_limitHoldsWithTheReads_data();
    void batchedChecks_limitHoldsWithTheReads();
    void batchedChecks_authenticationErrorOnTheRead_stops();

private:
    QList<BulkRunner::Item> deactivations(int count) const;
    // Checked patches of Notes on the first count agents, every one writable, planned against
    // the records as they are now.
    QList<BulkRunner::Item> checkedNotes(int count) const;
    QList<qint64> idsOf(const sim::SimServer &server) const;

    std::unique_ptr<SimServer> m_server;
    std::unique_ptr<SignTrakerClient> m_client;
};

void TestBulkRunner::initTestCase()
{
    qRegisterMetaType<ApiResult>();
}

void TestBulkRunner::init()
{
    m_server = test::startSimulator(7, 60, Key);
    QVERIFY(m_server);
    m_client = test::clientFor(*m_server, Key);
}

void TestBulkRunner::cleanup()
{
    m_client.reset();
    m_server.reset();
}

QList<BulkRunner::Item> TestBulkRunner::deactivations(int count) const
{
    QList<BulkRunner::Item> items;
    for (const auto &value : m_server->tenant().agents()) {
        const Agent agent(value.toObject());
        if (!agent.isInactive())
            items.append(BulkRunner::Item::deactivate(agent.id(), agent.displayName()));
        if (items.size() == count)
            break;
    }
    return items;
}

QList<BulkRunner::Item> TestBulkRunner::checkedNotes(int count) const
{
    const QJsonObject patch{{QStringLiteral("Notes"), QStringLiteral("checked in a batch")}};
    QList<BulkRunner::Item> items;
    for (const auto &value : m_server->tenant().agents()) {
        if (items.size() == count)
            break;
        const Agent agent(value.toObject());
        m_server->tenant().setSynced(agent.id(), false);
        items.append(BulkRunner::Item::checkedPatch(agent.id(), patch, value.toObject(),
                                                    agent.displayName()));
    }
    return items;
}

QList<qint64> TestBulkRunner::idsOf(const sim::SimServer &server) const
{
    QList<qint64> ids;
    for (const sim::RecordedRequest &request : server.requests())
        ids.append(request.query.value(0).second.toLongLong());
    return ids;
}

void TestBulkRunner::limit_neverExceededInFlight_data()
{
    QTest::addColumn<int>("asked");
    QTest::addColumn<int>("expected");
    QTest::newRow("default 4") << BulkRunner::DefaultMaxInFlight << 4;
    QTest::newRow("1") << 1 << 1;
    QTest::newRow("6") << 6 << 6;
    QTest::newRow("10 is clamped to Qt's 6 per host") << 10 << 6;
}

void TestBulkRunner::limit_neverExceededInFlight()
{
    QFETCH(int, asked);
    QFETCH(int, expected);
    m_server->setLatency(25, 10);
    // The overlap as the server sees it: read and not yet answered.
    int inFlight = 0;
    int peak = 0;
    connect(m_server.get(), &SimServer::requestRecorded, this,
            [&](const sim::RecordedRequest &) { peak = std::max(peak, ++inFlight); });
    connect(m_server.get(), &SimServer::requestAnswered, this,
            [&](const sim::RecordedRequest &) { --inFlight; });

    const QList<BulkRunner::Item> items = deactivations(20);
    QCOMPARE(items.size(), 20);
    BulkRunner run(m_client.get(), items, asked);
    QCOMPARE(run.maxInFlight(), expected);
    QSignalSpy finished(&run, &BulkRunner::finished);
    QSignalSpy progress(&run, &BulkRunner::progressChanged);
    run.start();
    QVERIFY(finished.wait(20000));

    QCOMPARE(peak, expected);
    QCOMPARE(run.peakInFlight(), expected);
    QCOMPARE(m_server->requests().size(), 20);
    QCOMPARE(run.count(Outcome::Done), 20);
    QCOMPARE(run.stopReason(), BulkRunner::StopReason::None);
    QCOMPARE(progress.last(), (QList<QVariant>{20, 20}));
    for (const BulkRunner::Item &item : items)
        QVERIFY(Agent(*m_server->tenant().agent(item.id)).isInactive());
}

void TestBulkRunner::authenticationError_stopsSendingAndLeavesTheRestNotAttempted_data()
{
    QTest::addColumn<int>("failingRequest"); // 1-based
    QTest::addColumn<int>("limit");
    QTest::newRow("6th of 15, 4 in flight") << 6 << 4;
    QTest::newRow("1st of 15, 4 in flight") << 1 << 4;
    QTest::newRow("9th of 15, 1 in flight") << 9 << 1;
}

void TestBulkRunner::authenticationError_stopsSendingAndLeavesTheRestNotAttempted()
{
    QFETCH(int, failingRequest);
    QFETCH(int, limit);
    m_server->setLatency(20);
    for (int i = 1; i < failingRequest; ++i)
        m_server->scriptNext("POST", SetActivePath, replyFor(Answer::Normal));
    m_server->scriptNext("POST", SetActivePath, replyFor(Answer::Status401));

    const QList<BulkRunner::Item> items = deactivations(15);
    BulkRunner run(m_client.get(), items, limit);
    // How many the runner had sent when it learnt of the 401.
    int sentAtAuthError = -1;
    connect(&run, &BulkRunner::itemChanged, this, [&](int index) {
        const BulkRunner::Result &result = run.results().at(index);
        if (result.outcome == Outcome::Failed && sentAtAuthError < 0)
            sentAtAuthError = run.total() - run.count(Outcome::Waiting);
    });
    QSignalSpy finished(&run, &BulkRunner::finished);
    run.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(run.inFlight(), 0);

    QCOMPARE(run.stopReason(), BulkRunner::StopReason::Authentication);
    QCOMPARE(run.stopError().kind(), ApiError::Kind::Authentication);
    QCOMPARE(run.count(Outcome::Failed), 1);
    const int failedIndex = int(std::find_if(run.results().cbegin(), run.results().cend(),
                                             [](const BulkRunner::Result &result) {
                                                 return result.outcome == Outcome::Failed;
                                             }) -
                                run.results().cbegin());
    QCOMPARE(run.results().at(failedIndex).error.httpStatus(), 401);
    // Nothing was sent after the 401 reached the runner; what was in flight finished.
    QVERIFY(sentAtAuthError > 0);
    QCOMPARE(int(m_server->requests().size()), sentAtAuthError);
    QVERIFY(sentAtAuthError <= failingRequest + limit - 1);
    QCOMPARE(run.count(Outcome::Done), sentAtAuthError - 1);
    QCOMPARE(run.count(Outcome::NotAttempted), 15 - sentAtAuthError);
    QVERIFY(run.count(Outcome::NotAttempted) > 0);
    // The ones not attempted are exactly the ones the server never saw.
    const QList<qint64> seen = idsOf(*m_server);
    for (int index = 0; index < run.total(); ++index) {
        const bool notAttempted = run.results().at(index).outcome == Outcome::NotAttempted;
        QCOMPARE(seen.contains(items.at(index).id), !notAttempted);
        QCOMPARE(Agent(*m_server->tenant().agent(items.at(index).id)).isInactive(),
                 run.results().at(index).outcome == Outcome::Done);
    }
}

void TestBulkRunner::serverErrors_pauseOnlyWhenThreeInARow_data()
{
    QTest::addColumn<QList<int>>("answers"); // Answer, one per request; then normal
    QTest::addColumn<bool>("pauses");
    QTest::addColumn<int>("sentBeforePause");

    const auto list = [](std::initializer_list<Answer> answers) {
        QList<int> result;
        for (Answer answer : answers)
            result.append(int(answer));
        return result;
    };
    QTest::newRow("three 503s") << list({Answer::Status503, Answer::Status503, Answer::Status503})
                                << true << 3;
    QTest::newRow("502 503 502 after a success")
        << list({Answer::Normal, Answer::Status502, Answer::Status503, Answer::Status502}) << true
        << 4;
    // Not a dropped connection: Qt sends a request again by itself when a kept-alive
    // connection closes without an answer, so the runner would never see that error.
    QTest::newRow("timeouts count too")
        << list({Answer::TimedOut, Answer::Status503, Answer::TimedOut}) << true << 3;
    QTest::newRow("a success in between")
        << list({Answer::Status503, Answer::Status503, Answer::Normal, Answer::Status503,
                 Answer::Status503})
        << false << 0;
    QTest::newRow("a 404 in between: the service is up")
        << list({Answer::Status503, Answer::Status503, Answer::Status404, Answer::Status503})
        << false << 0;
    QTest::newRow("three 400s are refusals, not an outage")
        << list({Answer::Status400, Answer::Status400, Answer::Status400}) << false << 0;
}

void TestBulkRunner::serverErrors_pauseOnlyWhenThreeInARow()
{
    QFETCH(QList<int>, answers);
    QFETCH(bool, pauses);
    QFETCH(int, sentBeforePause);
    for (int answer : std::as_const(answers))
        m_server->scriptNext("POST", SetActivePath, replyFor(Answer(answer)));

    m_client = std::make_unique<SignTrakerClient>(
        ClientConfig::make(m_server->baseUrl(), Key, /*timeoutSeconds=*/0.5));
    // One at a time, so that "in a row" is the order of the list.
    BulkRunner run(m_client.get(), deactivations(8), 1);
    QSignalSpy paused(&run, &BulkRunner::paused);
    QSignalSpy finished(&run, &BulkRunner::finished);
    run.start();
    if (pauses) {
        QVERIFY(paused.wait(10000));
        QCOMPARE(run.state(), BulkRunner::State::Paused);
        QCOMPARE(m_server->requests().size(), sentBeforePause);
        QCOMPARE(run.count(Outcome::Waiting), 8 - sentBeforePause);
        QVERIFY(finished.isEmpty());
        return;
    }
    QVERIFY(finished.wait(10000));
    QVERIFY(paused.isEmpty());
    QCOMPARE(m_server->requests().size(), 8);
}

void TestBulkRunner::pause_thenResumeOrStop_data()
{
    QTest::addColumn<bool>("resume");
    QTest::newRow("Continue") << true;
    QTest::newRow("Stop") << false;
}

void TestBulkRunner::pause_thenResumeOrStop()
{
    QFETCH(bool, resume);
    // The 503s come at once, the normal answers after 40 ms: three in a row while the fourth
    // is still in flight; each 503 frees a slot, so two more are sent before the pause.
    m_server->setLatency(40);
    for (int i = 0; i < 3; ++i)
        m_server->scriptNext("POST", SetActivePath, replyFor(Answer::Status503));
    const QList<BulkRunner::Item> items = deactivations(12);
    BulkRunner run(m_client.get(), items);
    QSignalSpy paused(&run, &BulkRunner::paused);
    QSignalSpy finished(&run, &BulkRunner::finished);
    run.start();
    QVERIFY(paused.wait(10000));
    // The requests in flight finish; nothing new goes out while paused.
    QTRY_COMPARE_WITH_TIMEOUT(run.inFlight(), 0, 10000);
    const int sent = int(m_server->requests().size());
    QCOMPARE(sent, 6);
    QCOMPARE(run.count(Outcome::Failed), 3);
    QCOMPARE(run.count(Outcome::Done), 3);
    QCOMPARE(run.count(Outcome::Waiting), 6);
    QCOMPARE(run.state(), BulkRunner::State::Paused);
    QVERIFY(finished.isEmpty());

    if (resume) {
        QSignalSpy resumed(&run, &BulkRunner::resumed);
        run.resume();
        QCOMPARE(resumed.size(), 1);
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_server->requests().size(), 12);
        QCOMPARE(run.count(Outcome::Done), 9);
        QCOMPARE(run.count(Outcome::Failed), 3);
        QCOMPARE(run.stopReason(), BulkRunner::StopReason::None);
    } else {
        run.stop();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(run.state(), BulkRunner::State::Finished);
        QCOMPARE(run.count(Outcome::NotAttempted), 6);
        QCOMPARE(run.stopReason(), BulkRunner::StopReason::Stopped);
        QCOMPARE(m_server->requests().size(), sent);
    }
    QCOMPARE(run.count(Outcome::Waiting), 0);
}

void TestBulkRunner::cancel_dropsInFlightAndSendsNothingMore()
{
    m_server->setLatency(300);
    BulkRunner run(m_client.get(), deactivations(12));
    QSignalSpy finished(&run, &BulkRunner::finished);
    QSignalSpy answered(m_server.get(), &SimServer::requestAnswered);
    run.start();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), 4, 5000);
    run.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(run.inFlight(), 0);
    QCOMPARE(run.count(Outcome::Cancelled), 4);
    QCOMPARE(run.count(Outcome::NotAttempted), 8);
    QCOMPARE(run.stopReason(), BulkRunner::StopReason::Cancelled);
    // The server answers (or drops) the four it had; no fifth arrives.
    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 4, 5000);
    QCOMPARE(m_server->requests().size(), 4);
    QCOMPARE(finished.size(), 1);
}

void TestBulkRunner::retryFailed_sendsOnlyWhatDidNotSucceed()
{
    const QList<BulkRunner::Item> items = deactivations(6);
    m_server->scriptNext("POST", SetActivePath, replyFor(Answer::Normal));
    m_server->scriptNext("POST", SetActivePath, replyFor(Answer::Status503));
    m_server->scriptNext("POST", SetActivePath, replyFor(Answer::Status401));
    BulkRunner run(m_client.get(), items, 1);
    QSignalSpy finished(&run, &BulkRunner::finished);
    run.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(run.count(Outcome::Done), 1);
    QCOMPARE(run.count(Outcome::Failed), 2);
    QCOMPARE(run.count(Outcome::NotAttempted), 3);

    m_server->clearRequests();
    run.retryFailed();
    QVERIFY(finished.wait(10000));
    QCOMPARE(run.count(Outcome::Done), 6);
    QCOMPARE(run.stopReason(), BulkRunner::StopReason::None);
    QList<qint64> expected;
    for (int index = 1; index < items.size(); ++index)
        expected.append(items.at(index).id);
    QCOMPARE(idsOf(*m_server), expected);
}

void TestBulkRunner::patch_sendsTheMergePatchAndKeepsTheAnswer()
{
    QList<BulkRunner::Item> items;
    const QJsonObject patch{{QStringLiteral("Notes"), QStringLiteral("moved to Austin")}};
    for (const BulkRunner::Item &item : deactivations(5))
        items.append(BulkRunner::Item::patch(item.id, patch, item.label));
    BulkRunner run(m_client.get(), items);
    QSignalSpy finished(&run, &BulkRunner::finished);
    run.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(run.count(Outcome::Done), 5);
    for (int index = 0; index < items.size(); ++index) {
        const sim::RecordedRequest &request = m_server->requests().at(index);
        QCOMPARE(request.method, QByteArray("PATCH"));
        const QJsonObject answer = run.results().at(index).payload.toObject();
        QCOMPARE(Agent(answer).id(), items.at(index).id);
        QCOMPARE(answer.value(QStringLiteral("Notes")).toString(),
                 QStringLiteral("moved to Austin"));
    }
}

namespace {

QJsonObject newAgent(const QString &email)
{
    return {{"UserName", email.section(u'@', 0, 0)},
            {"Email", email},
            {"FirstName", "Dana"},
            {"LastName", "Neil"},
            {"CellularPhone", "512-555-0199"},
            {"PaymentMode", "Prepay"},
            {"Office", QJsonObject{{"Id", 2}}}};
}

int writesOf(const QList<sim::RecordedRequest> &requests)
{
    return int(
        std::count_if(requests.cbegin(), requests.cend(), [](const sim::RecordedRequest &request) {
            return request.method == "POST" || request.method == "PATCH";
        }));
}

} // namespace

// A create is looked up by e-mail first: a new e-mail is created once, one already in the tenant
// is a conflict (someone created it since the plan), or done when resuming a run that may have
// sent it.
void TestBulkRunner::create_goesThroughAgentCreation_data()
{
    QTest::addColumn<bool>("existing");
    QTest::addColumn<bool>("doneIfApplied");
    QTest::addColumn<int>("expectedOutcome");
    QTest::addColumn<int>("expectedWrites");
    QTest::newRow("new") << false << false << int(Outcome::Done) << 1;
    QTest::newRow("existing: conflict") << true << false << int(Outcome::Conflict) << 0;
    QTest::newRow("existing, resuming: done") << true << true << int(Outcome::Done) << 0;
}

void TestBulkRunner::create_goesThroughAgentCreation()
{
    QFETCH(bool, existing);
    QFETCH(bool, doneIfApplied);
    QFETCH(int, expectedOutcome);
    QFETCH(int, expectedWrites);
    const QString email = existing ? Agent(m_server->tenant().agents().first().toObject()).email()
                                   : QStringLiteral("dana.bulk@example.com");
    BulkRunner::Item item = BulkRunner::Item::create(newAgent(email));
    item.doneIfApplied = doneIfApplied;
    BulkRunner run(m_client.get(), {item});
    QSignalSpy finished(&run, &BulkRunner::finished);
    run.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(int(run.results().first().outcome), expectedOutcome);
    QCOMPARE(writesOf(m_server->requests()), expectedWrites);
    const QJsonObject record = run.results().first().payload.toObject();
    QCOMPARE(Agent(record).email(), email);
    QVERIFY(Agent(record).id() > 0);
    QCOMPARE(run.results().first().alreadyApplied, existing && doneIfApplied);
}

void TestBulkRunner::create_lostAnswer_isReconciledNotSentTwice()
{
    m_server->scriptNext("POST", QStringLiteral("/api/agents"), ScriptedReply::handleThenClose());
    BulkRunner run(m_client.get(), {BulkRunner::Item::create(newAgent("lost@example.com"))});
    QSignalSpy finished(&run, &BulkRunner::finished);
    run.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(run.results().first().outcome, Outcome::Done);
    QVERIFY(run.results().first().creation.wasReconciled());
    QCOMPARE(writesOf(m_server->requests()), 1);
}

// A write that a crashed run may have sent: re-read, and done without writing when the service
// holds its result already; otherwise written as usual.
void TestBulkRunner::doneIfApplied_settlesWithoutAWrite_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("applied");
    QTest::newRow("patch applied") << int(BulkRunner::Item::Kind::Patch) << true;
    QTest::newRow("patch not applied") << int(BulkRunner::Item::Kind::Patch) << false;
    QTest::newRow("deactivate applied") << int(BulkRunner::Item::Kind::Deactivate) << true;
    QTest::newRow("deactivate not applied") << int(BulkRunner::Item::Kind::Deactivate) << false;
}

void TestBulkRunner::doneIfApplied_settlesWithoutAWrite()
{
    QFETCH(int, kind);
    QFETCH(bool, applied);
    const BulkRunner::Item active = deactivations(1).first();
    const QJsonObject patch{{QStringLiteral("Notes"), QStringLiteral("resumed")}};
    const QJsonObject planned = *m_server->tenant().agent(active.id);
    BulkRunner::Item item = kind == int(BulkRunner::Item::Kind::Patch)
                                ? BulkRunner::Item::checkedPatch(active.id, patch, planned)
                                : BulkRunner::Item::deactivate(active.id);
    item.doneIfApplied = true;
    if (applied) {
        if (kind == int(BulkRunner::Item::Kind::Patch))
            m_server->tenant().updateAgent(active.id, patch);
        else
            m_server->tenant().setAgentInactive(active.id, true);
    }
    BulkRunner run(m_client.get(), {item});
    QSignalSpy finished(&run, &BulkRunner::finished);
    run.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(run.results().first().outcome, Outcome::Done);
    QCOMPARE(run.results().first().alreadyApplied, applied);
    QCOMPARE(writesOf(m_server->requests()), applied ? 0 : 1);
    QCOMPARE(m_server->requests().first().method, QByteArray("GET"));
}

namespace {

bool isListRead(const sim::RecordedRequest &request)
{
    return request.method == "GET" && request.path == QStringLiteral("/api/agents");
}

bool isSingleRead(const sim::RecordedRequest &request)
{
    return request.method == "GET" && request.path.startsWith(QStringLiteral("/api/agents/"));
}

int countOf(const QList<sim::RecordedRequest> &requests,
            bool (*matches)(const sim::RecordedRequest &))
{
    return int(std::count_if(requests.cbegin(), requests.cend(), matches));
}

bool isPatch(const sim::RecordedRequest &request)
{
    return request.method == "PATCH";
}

QString queryItem(const sim::RecordedRequest &request, const QString &name)
{
    for (const auto &[key, value] : request.query) {
        if (key == name)
            return value;
    }
    return {};
}

} // namespace

// N checked patches: ceil(N / batch) list reads, each at most one batch ahead of the patches,
// N patches, and not one GET of a single agent.
void TestBulkRunner::batchedChecks_oneListReadPerBatch_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("batch");
    QTest::addColumn<int>("maxInFlight");
    QTest::newRow("one batch") << 12 << 20 << 4;
    QTest::newRow("exact batches") << 20 << 5 << 4;
    QTest::newRow("a short last batch") << 45 << 20 << 4;
    QTest::newRow("one in flight") << 10 << 3 << 1;
    QTest::newRow("batches of one") << 5 << 1 << 4;
}

void TestBulkRunner::batchedChecks_oneListReadPerBatch()
{
    QFETCH(int, count);
    QFETCH(int, batch);
    QFETCH(int, maxInFlight);
    m_server->setLatency(5, 2);
    const QList<BulkRunner::Item> items = checkedNotes(count);
    QCOMPARE(items.size(), count);
    BulkRunner run(m_client.get(), items, maxInFlight);
    run.setBatchedChecks(true, batch);
    QCOMPARE(run.checkBatchSize(), batch);
    QSignalSpy finished(&run, &BulkRunner::finished);
    run.start();
    QVERIFY(finished.wait(20000));

    QCOMPARE(run.count(Outcome::Done), count);
    const QList<sim::RecordedRequest> requests = m_server->requests();
    QCOMPARE(countOf(requests, isListRead), (count + batch - 1) / batch);
    QCOMPARE(countOf(requests, isPatch), count);
    QCOMPARE(countOf(requests, isSingleRead), 0);
    int reads = 0;
    int patches = 0;
    for (const sim::RecordedRequest &request : requests) {
        if (isPatch(request)) {
            ++patches;
            continue;
        }
        QCOMPARE(queryItem(request, QStringLiteral("$top")).toInt(),
                 std::min(batch, count - reads * batch));
        QVERIFY(queryItem(request, QStringLiteral("$filter")).startsWith(QStringLiteral("Id eq ")));
        // Read only once the earlier batches are nearly all sent (the slack: what may still be
        // on its way to the server).
        QVERIFY2(patches >= reads * batch - 2 * maxInFlight,
                 qPrintable(QStringLiteral("read %1 after %2 patches").arg(reads).arg(patches)));
        ++reads;
    }
    for (int index = 0; index < count; ++index) {
        QCOMPARE(run.results().at(index).before.value(QStringLiteral("Id")).toInteger(),
                 items.at(index).id);
        QCOMPARE(Agent(*m_server->tenant().agent(items.at(index).id))
                     .value(QStringLiteral("Notes"))
                     .toString(),
                 QStringLiteral("checked in a batch"));
    }
}

// A member changed on the service since the plan: a Conflict, with the record read in the
// batch, and nothing written over it.
void TestBulkRunner::batchedChecks_conflictIsNotOverwritten()
{
    QList<BulkRunner::Item> items = checkedNotes(6);
    const qint64 changed = items.at(2).id;
    m_server->tenant().updateAgent(changed, {{QStringLiteral("Notes"), QStringLiteral("theirs")}});
    BulkRunner run(m_client.get(), items);
    run.setBatchedChecks(true, 6);
    QSignalSpy finished(&run, &BulkRunner::finished);
    run.start();
    QVERIFY(finished.wait(10000));

    QCOMPARE(run.count(Outcome::Done), 5);
    const BulkRunner::Result &conflict = run.results().at(2);
    QCOMPARE(conflict.outcome, Outcome::Conflict);
    QCOMPARE(conflict.conflicts, QStringList{QStringLiteral("Notes")});
    QCOMPARE(conflict.payload.toObject().value(QStringLiteral("Notes")).toString(),
             QStringLiteral("theirs"));
    QCOMPARE(Agent(*m_server->tenant().agent(changed)).value(QStringLiteral("Notes")).toString(),
             QStringLiteral("theirs"));
    const QList<sim::RecordedRequest> requests = m_server->requests();
    QCOMPARE(countOf(requests, isListRead), 1);
    QCOMPARE(countOf(requests, isPatch), 5);
    QCOMPARE(countOf(requests, isSingleRead), 0);
    for (const sim::RecordedRequest &request : requests)
        QVERIFY(request.path != QStringLiteral("/api/agents/%1").arg(changed));
}

// What the batch's answer lacks is read on its own, as without batches: an agent deleted since
// the plan (404: Failed), or rows the service's page size cut off (read, then patched).
void TestBulkRunner::batchedChecks_agentMissingFromTheAnswer_isReadSingly_data()
{
    QTest::addColumn<bool>("deleted");
    QTest::addColumn<int>("maxTop");
    QTest::addColumn<int>("singleReads");
    QTest::addColumn<int>("done");
    QTest::newRow("deleted agent") << true << 0 << 1 << 5;
    QTest::newRow("answer capped at 4 rows") << false << 4 << 2 << 6;
}

void TestBulkRunner::batchedChecks_agentMissingFromTheAnswer_isReadSingly()
{
    QFETCH(bool, deleted);
    QFETCH(int, maxTop);
    QFETCH(int, singleReads);
    QFETCH(int, done);
    QList<BulkRunner::Item> items = checkedNotes(6);
    constexpr qint64 NoSuchAgent = 987654321;
    if (deleted)
        items[3] = BulkRunner::Item::checkedPatch(NoSuchAgent, items.at(3).body,
                                                  {{QStringLiteral("Id"), NoSuchAgent}});
    m_server->setMaxTop(maxTop);
    BulkRunner run(m_client.get(), items);
    run.setBatchedChecks(true, 6);
    QSignalSpy finished(&run, &BulkRunner::finished);
    run.start();
    QVERIFY(finished.wait(10000));

    QCOMPARE(run.count(Outcome::Done), done);
    const QList<sim::RecordedRequest> requests = m_server->requests();
    QCOMPARE(countOf(requests, isListRead), 1);
    QCOMPARE(countOf(requests, isSingleRead), singleReads);
    QCOMPARE(countOf(requests, isPatch), done);
    if (deleted) {
        QCOMPARE(run.results().at(3).outcome, Outcome::Failed);
        QCOMPARE(run.results().at(3).error.httpStatus(), 404);
    }
}

// The list reads count in the limit like any request, as the server sees the overlap.
void TestBulkRunner::batchedChecks_limitHoldsWithTheReads_data()
{
    QTest::addColumn<int>("asked");
    QTest::newRow("default 4") << BulkRunner::DefaultMaxInFlight;
    QTest::newRow("1") << 1;
    QTest::newRow("2") << 2;
}

void TestBulkRunner::batchedChecks_limitHoldsWithTheReads()
{
    QFETCH(int, asked);
    m_server->setLatency(25, 10);
    int inFlight = 0;
    int peak = 0;
    int peakWithARead = 0;
    int readsInFlight = 0;
    connect(m_server.get(), &SimServer::requestRecorded, this,
            [&](const sim::RecordedRequest &request) {
                peak = std::max(peak, ++inFlight);
                if (isListRead(request))
                    ++readsInFlight;
                if (readsInFlight > 0)
                    peakWithARead = std::max(peakWithARead, inFlight);
            });
    connect(m_server.get(), &SimServer::requestAnswered, this,
            [&](const sim::RecordedRequest &request) {
                --inFlight;
                if (isListRead(request))
                    --readsInFlight;
            });
    BulkRunner run(m_client.get(), checkedNotes(30), asked);
    run.setBatchedChecks(true, 8);
    QSignalSpy finished(&run, &BulkRunner::finished);
    run.start();
    QVERIFY(finished.wait(20000));

    QCOMPARE(run.count(Outcome::Done), 30);
    QVERIFY2(peak <= asked, qPrintable(QString::number(peak)));
    QVERIFY(peakWithARead <= asked);
    QCOMPARE(run.peakInFlight(), asked);
    QCOMPARE(countOf(m_server->requests(), isListRead), 4);
}

// The first authentication error stops the run, even on a batch read: nothing more is sent.
void TestBulkRunner::batchedChecks_authenticationErrorOnTheRead_stops()
{
    m_server->scriptNext("GET", QStringLiteral("/api/agents"), replyFor(Answer::Status401));
    BulkRunner run(m_client.get(), checkedNotes(10));
    run.setBatchedChecks(true, 5);
    QSignalSpy finished(&run, &BulkRunner::finished);
    run.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(run.stopReason(), BulkRunner::StopReason::Authentication);
    QCOMPARE(run.count(Outcome::NotAttempted), 10);
    QCOMPARE(m_server->requests().size(), 1);
}

QTEST_GUILESS_MAIN(TestBulkRunner)
#include "tst_bulkrunner.moc"
