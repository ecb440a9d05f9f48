// SPDX-License-Identifier: Apache-2.0
// agents sync through the built signtraker-cli, against an in-process simulator whose request
// log tells what went over the wire: a dry run sends no write, the JSON document's shape, a
// second run of the same roster plans only unchanged items, a run killed half-way and resumed
// sends every item exactly once, a 503 storm pauses (stops, without a terminal) and --resume
// finishes it, and the exit statuses.
#include "agent.h"
#include "processrun.h"
#include "simfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using signtraker::Agent;
using signtraker::sim::ScriptedReply;
using signtraker::sim::SimServer;
using Run = signtraker::test::ProcessRun;

namespace {

const QString Key = QStringLiteral("k3y-Sync-Secret-4711");

QString csvCell(const QString &text)
{
    return text.contains(u',') || text.contains(u'"')
               ? u'"' + QString(text).replace(u'"', QLatin1String("\"\"")) + u'"'
               : text;
}

} // namespace

class TestSyncProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void dryRun_sendsNoWriteAndPrintsTheDocument();
    void applyThenAgain_plansOnlyUnchanged();
    void killedMidRun_resumeSendsEveryItemExactlyOnce();
    void serverErrorStorm_stopsAndResumeFinishes();
    void exitStatus_data();
    void exitStatus();
    void tableAndCsv_sayTheSame();

private:
    // A roster of `updates` agents with a new phone and `creates` new agents.
    QString writeRoster(int updates, int creates, const QString &name = QStringLiteral("r.csv"));
    Run run(const QStringList &arguments, bool withKey = true);
    QProcessEnvironment environment(bool withKey = true) const;
    // PATCH and POST requests per path+query: each write and how many times it was sent.
    QHash<QString, int> writes() const;

    std::unique_ptr<SimServer> m_server;
    std::unique_ptr<QTemporaryDir> m_home;
    QList<qint64> m_updated;
};

void TestSyncProcess::init()
{
    m_server = signtraker::test::startSimulator(5, 60, Key);
    QVERIFY(m_server);
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_updated.clear();
}

void TestSyncProcess::cleanup()
{
    m_server.reset();
    m_home.reset();
}

QProcessEnvironment TestSyncProcess::environment(bool withKey) const
{
    QProcessEnvironment env = signtraker::test::isolatedEnvironment(m_home->path());
    env.insert(QStringLiteral("SIGNTRAKER_BASE_URL"), m_server->baseUrl().toString());
    if (withKey)
        env.insert(QStringLiteral("SIGNTRAKER_API_KEY"), Key);
    return env;
}

Run TestSyncProcess::run(const QStringList &arguments, bool withKey)
{
    return signtraker::test::runProcess(QStringLiteral(SIGNTRAKER_CLI_PATH), arguments,
                                        environment(withKey), {}, 60000);
}

QString TestSyncProcess::writeRoster(int updates, int creates, const QString &name)
{
    QStringList lines{QStringLiteral("Email,UserName,FirstName,LastName,CellularPhone,"
                                     "PaymentMode,Office")};
    for (const QJsonValue &value : m_server->tenant().agents()) {
        if (m_updated.size() == updates)
            break;
        const Agent agent(value.toObject());
        if (agent.isInactive() || m_server->tenant().isSynced(agent.id()) ||
            agent.email().isEmpty() || agent.value(QStringLiteral("Office/Id")).isUndefined())
            continue;
        m_updated.append(agent.id());
        lines.append(QStringList{agent.email(), csvCell(agent.value("UserName").toString()),
                                 csvCell(agent.value("FirstName").toString()),
                                 csvCell(agent.value("LastName").toString()),
                                 QStringLiteral("512-555-%1").arg(1000 + m_updated.size()),
                                 agent.value("PaymentMode").toString(),
                                 QString::number(agent.value("Office/Id").toInteger())}
                         .join(u','));
    }
    for (int index = 0; index < creates; ++index) {
        lines.append(QStringLiteral("new%1@roster.example,new%1,New,Agent%1,512-555-%2,Prepay,%3")
                         .arg(index)
                         .arg(3000 + index)
                         .arg(Agent(m_server->tenant().agents().first().toObject())
                                  .value(QStringLiteral("Office/Id"))
                                  .toInteger()));
    }
    const QString path = m_home->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(lines.join(QLatin1String("\r\n")).toUtf8() + "\r\n");
    return path;
}

QHash<QString, int> TestSyncProcess::writes() const
{
    QHash<QString, int> counts;
    for (const signtraker::sim::RecordedRequest &request : m_server->requests()) {
        if (request.method != "PATCH" && request.method != "POST")
            continue;
        QString what = QString::fromLatin1(request.method) + u' ' + request.path;
        for (const auto &item : request.query)
            what += u' ' + item.second;
        if (request.method == "POST" && request.query.isEmpty())
            what += u' ' + QJsonDocument::fromJson(request.body).object().value("Email").toString();
        ++counts[what];
    }
    return counts;
}

void TestSyncProcess::dryRun_sendsNoWriteAndPrintsTheDocument()
{
    const QString roster = writeRoster(3, 2);
    const Run result = run({"--format", "json", "agents", "sync", "--roster", roster, "--dry-run"});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(writes().isEmpty());
    const QJsonObject document = QJsonDocument::fromJson(result.out).object();
    const QJsonObject summary = document.value("summary").toObject();
    const QStringList keys{"activate", "conflict", "create",    "deactivate",
                           "error",    "failed",   "unchanged", "update"};
    QCOMPARE(summary.keys(), keys);
    QCOMPARE(summary.value("update").toInt(), 3);
    QCOMPARE(summary.value("create").toInt(), 2);
    const QJsonArray items = document.value("items").toArray();
    QCOMPARE(items.size(), 5);
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        QCOMPARE(item.keys(),
                 (QStringList{"action", "email", "id", "patch", "reason", "row", "status"}));
        QCOMPARE(item.value("status").toString(), QStringLiteral("planned"));
        QVERIFY(item.value("row").toInt() >= 2);
        QVERIFY(item.value("patch").isObject());
    }
    const QJsonObject update = items.at(0).toObject();
    QCOMPARE(update.value("action").toString(), QStringLiteral("update"));
    QCOMPARE(update.value("id").toInteger(), m_updated.first());
    QCOMPARE(update.value("patch").toObject().keys(), QStringList{"CellularPhone"});
    QVERIFY(items.at(4).toObject().value("id").isNull());
}

void TestSyncProcess::applyThenAgain_plansOnlyUnchanged()
{
    const QString roster = writeRoster(4, 2);
    const Run applied = run({"--format", "json", "agents", "sync", "--roster", roster});
    QVERIFY2(applied.exitCode == 0, applied.err.constData());
    QVERIFY(applied.err.contains("Journal: "));
    for (const QJsonValue &item : QJsonDocument::fromJson(applied.out)["items"].toArray())
        QCOMPARE(item["status"].toString(), QStringLiteral("done"));
    QCOMPARE(writes().size(), 6);

    const Run again = run({"--format", "json", "agents", "sync", "--roster", roster, "--dry-run"});
    QCOMPARE(again.exitCode, 0);
    const QJsonObject summary = QJsonDocument::fromJson(again.out)["summary"].toObject();
    QCOMPARE(summary.value("unchanged").toInt(), 6);
    for (const QString &key : summary.keys()) {
        if (key != QLatin1String("unchanged"))
            QCOMPARE(summary.value(key).toInt(), 0);
    }
}

void TestSyncProcess::killedMidRun_resumeSendsEveryItemExactlyOnce()
{
    const QString roster = writeRoster(24, 6);
    const QString journal = m_home->filePath(QStringLiteral("journal.jsonl"));
    m_server->setLatency(120);
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(SIGNTRAKER_CLI_PATH),
                  {"agents", "sync", "--roster", roster, "--journal", journal});
    QVERIFY(process.waitForStarted());
    auto journalLines = [&journal] {
        QFile file(journal);
        return file.open(QIODevice::ReadOnly) ? int(file.readAll().count('\n')) : 0;
    };
    // Killed once some items are under way, and well before all 30 are.
    QTRY_VERIFY_WITH_TIMEOUT(journalLines() >= 12, 30000);
    process.kill();
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    // Killed half-way: some writes went out, not all.
    const int writesAtKill = int(writes().size());
    QVERIFY2(writesAtKill > 0 && writesAtKill < 30, qPrintable(QString::number(writesAtKill)));
    m_server->setLatency(0);

    // Without --resume, the unfinished run is named and nothing is sent: pointed at a port where
    // nothing listens, the command would fail with a network error (8) had it tried to read.
    QProcessEnvironment nowhere = environment();
    nowhere.insert(QStringLiteral("SIGNTRAKER_BASE_URL"), QStringLiteral("http://127.0.0.1:1"));
    const Run refused = signtraker::test::runProcess(
        QStringLiteral(SIGNTRAKER_CLI_PATH),
        {"agents", "sync", "--roster", roster, "--journal", journal}, nowhere);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.err.contains("--resume"));
    QVERIFY(refused.err.contains(journal.toUtf8()));

    const Run resumed =
        run({"agents", "sync", "--roster", roster, "--journal", journal, "--resume"});
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    const QHash<QString, int> sent = writes();
    QCOMPARE(sent.size(), 30);
    for (auto it = sent.cbegin(); it != sent.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key()));
    for (qint64 id : std::as_const(m_updated)) {
        QVERIFY(m_server->tenant()
                    .agent(id)
                    ->value("CellularPhone")
                    .toString()
                    .startsWith(QStringLiteral("512-555-1")));
    }
}

// Re-reads answered 503 three in a row pause the run; without a terminal it stops at once (as the
// bulk commands do), says how to resume, and --resume sends the rest, each once. The re-reads go
// in batches (one list request): a service that answers at most 1 row per list leaves the other
// nine agents to single re-reads, which the storm hits, all of them: with four in flight a
// success answered between three scripted errors would break their run, and the pause with it.
void TestSyncProcess::serverErrorStorm_stopsAndResumeFinishes()
{
    const QString roster = writeRoster(10, 0);
    const QString journal = m_home->filePath(QStringLiteral("storm.jsonl"));
    m_server->setMaxTop(1);
    for (int index = 0; index < 9; ++index)
        m_server->scriptNext("GET", QStringLiteral("/api/agents/"),
                             ScriptedReply::json(503, R"({"Message":"unavailable"})"));
    const Run stormy =
        run({"--format", "json", "agents", "sync", "--roster", roster, "--journal", journal});
    QCOMPARE(stormy.exitCode, 1);
    QVERIFY2(stormy.err.contains("--resume"), stormy.err.constData());
    const QJsonObject summary = QJsonDocument::fromJson(stormy.out)["summary"].toObject();
    QVERIFY(summary.value("failed").toInt() >= 3);
    QVERIFY(writes().size() < 10);
    m_server->clearScript(); // the storm is over: what it did not use is not for the resume

    const Run resumed = run({"--format", "json", "agents", "sync", "--roster", roster, "--journal",
                             journal, "--resume"});
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    const QHash<QString, int> sent = writes();
    QCOMPARE(sent.size(), 10);
    for (auto it = sent.cbegin(); it != sent.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key()));
}

void TestSyncProcess::exitStatus_data()
{
    QTest::addColumn<QByteArray>("roster"); // empty: the generated one
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<bool>("withKey");
    QTest::addColumn<int>("expected");
    QTest::newRow("dry run 0") << QByteArray() << QStringList{"--dry-run"} << true << 0;
    QTest::newRow("bad row 1") << QByteArray("Email,FirstName\r\nnot-an-email,X\r\n")
                               << QStringList{"--dry-run"} << true << 1;
    QTest::newRow("no roster 2") << QByteArray() << QStringList{"--roster", "/nonexistent.csv"}
                                 << true << 2;
    QTest::newRow("dry run with resume 2")
        << QByteArray() << QStringList{"--dry-run", "--resume"} << true << 2;
    QTest::newRow("no key 3") << QByteArray() << QStringList{"--dry-run"} << false << 3;
}

void TestSyncProcess::exitStatus()
{
    QFETCH(QByteArray, roster);
    QFETCH(QStringList, extra);
    QFETCH(bool, withKey);
    QFETCH(int, expected);
    QString path = writeRoster(2, 0);
    if (!roster.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(roster);
    }
    QStringList arguments{"agents", "sync", "--roster", path};
    const Run result = run(arguments + extra, withKey);
    QVERIFY2(result.exitCode == expected, result.err.constData());
    QVERIFY(writes().isEmpty());
}

void TestSyncProcess::tableAndCsv_sayTheSame()
{
    const QString roster = writeRoster(2, 1);
    const Run table = run({"agents", "sync", "--roster", roster, "--dry-run"});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains("0 to activate"), table.out.constData());
    QVERIFY(table.out.contains("1 to create, 2 to update"));
    QVERIFY(table.out.contains("CellularPhone: "));
    const Run csv = run({"--format", "csv", "agents", "sync", "--roster", roster, "--dry-run"});
    QCOMPARE(csv.exitCode, 0);
    const QList<QByteArray> lines = csv.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.first(), QByteArray("row,action,id,email,changes,status,reason,patch\r"));
    QVERIFY(
        lines.at(1).startsWith(QByteArray("2,update," + QByteArray::number(m_updated.first()))));
    QVERIFY(lines.at(3).startsWith("4,create,,new0@roster.example,"));
}

QTEST_GUILESS_MAIN(TestSyncProcess)
#include "tst_syncprocess.moc"
