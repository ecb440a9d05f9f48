// SPDX-License-Identifier: Apache-2.0
// The conflict-checked bulk edit against the simulator, under QCoreApplication: only the members
// changed are sent, an agent changed on the service since it was selected is a conflict and is
// not written, the limit in flight holds as the simulator sees it (and more than one request
// does overlap), and the edits done come out as one change.
#include "bulkedit.h"

#include "agent.h"
#include "patchpaths.h"
#include "signtrakerclient.h"
#include "simfixture.h"
#include "simserver.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace signtraker;
using sim::SimServer;
using Outcome = BulkRunner::Outcome;

namespace {

const QString Key = QStringLiteral("test-key");

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestBulkEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void apply_sendsOnlyTheChangedMembers_data();
    void apply_sendsOnlyTheChangedMembers();
    void apply_agentChangedSinceSelected_isAConflictAndNotWritten_data();
    void apply_agentChangedSinceSelected_isAConflictAndNotWritten();
    void apply_neverMoreThanFourInFlight();
    void baseline_selectedMembersWinOverWhatWasRead();
    void cancel_whileReReading_nothingWrittenSoNotAttempted();

private:
    // Agents the service lets us update (not synced from a National Account).
    QList<QJsonObject> editable(int count) const;
    // Runs read() then apply(patch) to the end.
    BulkRunner *readAndApply(BulkEdit &edit, const QJsonObject &patch,
                             const std::function<void()> &betweenReadAndApply = {});

    std::unique_ptr<SimServer> m_server;
    std::unique_ptr<SignTrakerClient> m_client;
};

void TestBulkEdit::initTestCase()
{
    qRegisterMetaType<ApiResult>();
}

void TestBulkEdit::init()
{
    m_server = test::startSimulator(11, 80, Key);
    QVERIFY(m_server);
    m_client = test::clientFor(*m_server, Key);
}

void TestBulkEdit::cleanup()
{
    m_client.reset();
    m_server.reset();
}

QList<QJsonObject> TestBulkEdit::editable(int count) const
{
    QList<QJsonObject> agents;
    for (const QJsonValue &value : m_server->tenant().agents()) {
        const Agent agent(value.toObject());
        if (!m_server->tenant().isSynced(agent.id()))
            agents.append(value.toObject());
        if (agents.size() == count)
            break;
    }
    return agents;
}

BulkRunner *TestBulkEdit::readAndApply(BulkEdit &edit, const QJsonObject &patch,
                                       const std::function<void()> &betweenReadAndApply)
{
    QSignalSpy read(&edit, &BulkEdit::readFinished);
    edit.read();
    if (!read.wait(20000))
        return nullptr;
    if (betweenReadAndApply)
        betweenReadAndApply();
    m_server->clearRequests();
    BulkRunner *run = edit.apply(patch);
    QSignalSpy finished(run, &BulkRunner::finished);
    run->start();
    if (!finished.wait(20000))
        return nullptr;
    return run;
}

void TestBulkEdit::apply_sendsOnlyTheChangedMembers_data()
{
    QTest::addColumn<QJsonObject>("patch");
    QTest::newRow("city") << parse(R"({"Address":{"City":"Waco"}})");
    QTest::newRow("office by Id") << parse(R"({"Office":{"Id":2}})");
    QTest::newRow("payment mode and a flag")
        << parse(R"({"PaymentMode":"ACH","EnableSubscription":true})");
    QTest::newRow("state cleared") << parse(R"({"Address":{"State":null}})");
}

void TestBulkEdit::apply_sendsOnlyTheChangedMembers()
{
    QFETCH(QJsonObject, patch);
    const QList<QJsonObject> agents = editable(6);
    QCOMPARE(agents.size(), 6);
    BulkEdit edit(m_client.get(), agents);
    BulkRunner *run = readAndApply(edit, patch);
    QVERIFY(run);
    QCOMPARE(run->count(Outcome::Done), 6);

    int patches = 0;
    for (const sim::RecordedRequest &request : m_server->requests()) {
        if (request.method != "PATCH")
            continue;
        ++patches;
        QCOMPARE(QJsonDocument::fromJson(request.body).object(), patch);
    }
    QCOMPARE(patches, 6);
    const QStringList paths = PatchPaths::leaves(patch);
    for (const QJsonObject &record : agents) {
        const Agent now(*m_server->tenant().agent(Agent(record).id()));
        for (const QString &path : paths) {
            const QJsonValue wanted = Agent(patch).value(path);
            if (wanted.isNull())
                QVERIFY(now.value(path).isNull() || now.value(path).isUndefined());
            else if (wanted.isObject())
                QCOMPARE(now.value(path).toObject().value(s("Id")),
                         wanted.toObject().value(s("Id")));
            else
                QCOMPARE(now.value(path), wanted);
        }
    }
    // One change, one edit per agent, each with the record before and after.
    const ChangeSet change = edit.change();
    QCOMPARE(change.kind, ChangeSet::Kind::BulkEdit);
    QCOMPARE(change.edits.size(), 6);
    QCOMPARE(change.edits.first().patch, patch);
    QCOMPARE(Agent(change.edits.first().before).id(), Agent(agents.first()).id());
}

void TestBulkEdit::apply_agentChangedSinceSelected_isAConflictAndNotWritten_data()
{
    QTest::addColumn<bool>("beforeTheRead");
    QTest::addColumn<QString>("otherMember");
    QTest::addColumn<bool>("conflict");
    // The row the person saw holds the old city; the service changed after the row was shown.
    QTest::newRow("city changed before the read") << true << s("Address/City") << true;
    QTest::newRow("city changed after the read") << false << s("Address/City") << true;
    // A member the bulk edit does not touch: no conflict, and that member is kept.
    QTest::newRow("notes changed after the read") << false << s("Notes") << false;
}

void TestBulkEdit::apply_agentChangedSinceSelected_isAConflictAndNotWritten()
{
    QFETCH(bool, beforeTheRead);
    QFETCH(QString, otherMember);
    QFETCH(bool, conflict);
    const QList<QJsonObject> agents = editable(5);
    const qint64 changedId = Agent(agents.at(2)).id();
    const QJsonObject otherEdit = Agent::withValue({}, otherMember, s("Somewhere Else"));
    if (beforeTheRead)
        QVERIFY(m_server->tenant().updateAgent(changedId, otherEdit).ok());

    BulkEdit edit(m_client.get(), agents);
    const QJsonObject patch = parse(R"({"Address":{"City":"Waco"}})");
    BulkRunner *run = readAndApply(edit, patch, [&] {
        if (!beforeTheRead)
            QVERIFY(m_server->tenant().updateAgent(changedId, otherEdit).ok());
    });
    QVERIFY(run);

    QCOMPARE(run->count(Outcome::Conflict), conflict ? 1 : 0);
    QCOMPARE(run->count(Outcome::Done), conflict ? 4 : 5);
    const BulkRunner::Result &result = run->results().at(2);
    const Agent now(*m_server->tenant().agent(changedId));
    QCOMPARE(now.value(otherMember).toString(), s("Somewhere Else"));
    bool patched = false;
    for (const sim::RecordedRequest &request : m_server->requests())
        patched = patched ||
                  (request.method == "PATCH" && request.path == s("/api/agents/%1").arg(changedId));
    if (conflict) {
        QCOMPARE(result.outcome, Outcome::Conflict);
        QCOMPARE(result.conflicts, QStringList{s("Address/City")});
        QCOMPARE(Agent(result.payload.toObject()).value(s("Address/City")).toString(),
                 s("Somewhere Else"));
        QVERIFY(!patched); // never overwritten
        QCOMPARE(edit.change().edits.size(), 4);
    } else {
        QCOMPARE(result.outcome, Outcome::Done);
        QVERIFY(patched);
        QCOMPARE(now.value(s("Address/City")).toString(), s("Waco"));
    }
}

void TestBulkEdit::apply_neverMoreThanFourInFlight()
{
    m_server->setLatency(20, 10);
    const QList<QJsonObject> agents = editable(20);
    QCOMPARE(agents.size(), 20);
    BulkEdit edit(m_client.get(), agents);
    QSignalSpy read(&edit, &BulkEdit::readFinished);
    edit.read();
    QVERIFY(read.wait(20000));
    // The overlap as the server sees it: read and not yet answered.
    int inFlight = 0;
    int peak = 0;
    connect(m_server.get(), &SimServer::requestRecorded, this,
            [&](const sim::RecordedRequest &) { peak = std::max(peak, ++inFlight); });
    connect(m_server.get(), &SimServer::requestAnswered, this,
            [&](const sim::RecordedRequest &) { --inFlight; });
    m_server->clearRequests();
    BulkRunner *run = edit.apply(parse(R"({"Address":{"City":"Waco"}})"));
    QSignalSpy finished(run, &BulkRunner::finished);
    run->start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(run->count(Outcome::Done), 20);
    // The re-reads of the 20 in one list request (batched checks), and a patch per agent.
    QCOMPARE(m_server->requests().size(), 21);
    QCOMPARE(m_server->requests().first().path, QStringLiteral("/api/agents"));
    QVERIFY2(peak <= 4, qPrintable(s("peak %1").arg(peak)));
    QVERIFY2(peak > 1, qPrintable(s("peak %1: nothing ran in parallel").arg(peak)));
    QCOMPARE(run->peakInFlight(), 4);
}

void TestBulkEdit::baseline_selectedMembersWinOverWhatWasRead()
{
    const QJsonObject read = parse(
        R"({"Id":5,"Notes":"n","Address":{"City":"Dallas","Zip":"75001"},"Office":{"Id":1,"Name":"A"}})");
    const QJsonObject selected = parse(R"({"Id":5,"Address":{"City":"Austin"},"Office":{"Id":2}})");
    const QJsonObject baseline = BulkEdit::baseline(selected, read);
    QCOMPARE(Agent(baseline).value(s("Address/City")).toString(), s("Austin"));
    QCOMPARE(Agent(baseline).value(s("Address/Zip")).toString(), s("75001"));
    QCOMPARE(baseline.value(s("Office")).toObject(), parse(R"({"Id":2})"));
    QCOMPARE(baseline.value(s("Notes")).toString(), s("n"));
}

void TestBulkEdit::cancel_whileReReading_nothingWrittenSoNotAttempted()
{
    const QList<QJsonObject> agents = editable(8);
    QList<BulkRunner::Item> items =
        BulkEdit::patchItems(agents, parse(R"({"Address":{"City":"Waco"}})"));
    m_server->setLatency(300);
    BulkRunner run(m_client.get(), items);
    int reads = 0;
    connect(m_server.get(), &SimServer::requestRecorded, this,
            [&](const sim::RecordedRequest &request) { reads += request.method == "GET"; });
    run.start();
    QTRY_COMPARE_WITH_TIMEOUT(reads, 4, 5000);
    run.cancel();
    QCOMPARE(run.state(), BulkRunner::State::Finished);
    // Only re-reads were in flight: nothing can have been written.
    QCOMPARE(run.count(Outcome::NotAttempted), 8);
    QCOMPARE(run.count(Outcome::Cancelled), 0);
    for (const sim::RecordedRequest &request : m_server->requests())
        QVERIFY(request.method != "PATCH");
}

QTEST_GUILESS_MAIN(TestBulkEdit)
#include "tst_bulkedit.moc"
