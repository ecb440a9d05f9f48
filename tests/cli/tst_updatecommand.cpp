// SPDX-License-Identifier: Apache-2.0
// `signtraker-cli agents update ID ID... --set ...` in-process against the simulator: the same
// merge patch to every agent, only the members set, one line per agent in the order given, an
// agent changed on the service after it was read reported as a conflict and never overwritten,
// at most four requests in flight (and more than one), and the bulk exit status.
#include "bulkcommand.h"
#include "bulkrunner.h"
#include "clirunner.h"
#include "simfixture.h"
#include "simserver.h"

#include "agent.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <memory>

using namespace signtraker;
using namespace signtraker::cli;
using sim::SimServer;

namespace {

const QString Key = QStringLiteral("k3y-Secret-update-0815");
constexpr qint64 MissingId = 987654321;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestUpdateCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void update_severalIds_sendsOnlyTheSetMembersToEach_data();
    void update_severalIds_sendsOnlyTheSetMembersToEach();
    void update_changedAfterTheRead_isAConflictAndNotOverwritten();
    void update_exitStatus_data();
    void update_exitStatus();
    void update_jsonFormat_oneResultPerAgent();
    void update_manyIds_atMostFourInFlightAndInParallel();

private:
    Run run(const QStringList &arguments);
    QStringList editableIds(int count) const;
    int requestsTo(const QByteArray &method, const QString &id) const;

    std::unique_ptr<SimServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestUpdateCommand::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestUpdateCommand::init()
{
    m_server = test::startSimulator(9, 60, Key);
    QVERIFY(m_server);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestUpdateCommand::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

Run TestUpdateCommand::run(const QStringList &arguments)
{
    Run result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    QBuffer in;
    in.open(QIODevice::ReadOnly);
    QProcessEnvironment environment;
    environment.insert(s("SIGNTRAKER_API_KEY"), Key);
    environment.insert(s("SIGNTRAKER_BASE_URL"), m_server->baseUrl().toString());

    CliRunner::Context context;
    context.arguments = arguments;
    context.environment = environment;
    context.out = &out;
    context.err = &err;
    context.in = &in;
    context.inputIsTerminal = false;
    context.settingsFile = m_dir->filePath(s("settings.ini"));
    context.keychainService = s("signtraker-cli-test");
    CliRunner runner(context);
    QSignalSpy finished(&runner, &CliRunner::finished);
    runner.start();
    if (finished.isEmpty())
        finished.wait(20000);
    out.flush();
    err.flush();
    if (!finished.isEmpty())
        result.exitCode = finished.first().first().toInt();
    return result;
}

QStringList TestUpdateCommand::editableIds(int count) const
{
    QStringList ids;
    for (const QJsonValue &value : m_server->tenant().agents()) {
        const Agent agent(value.toObject());
        if (!m_server->tenant().isSynced(agent.id()))
            ids.append(QString::number(agent.id()));
        if (ids.size() == count)
            break;
    }
    return ids;
}

int TestUpdateCommand::requestsTo(const QByteArray &method, const QString &id) const
{
    int count = 0;
    for (const sim::RecordedRequest &request : m_server->requests())
        count += request.method == method && request.path == s("/api/agents/") + id ? 1 : 0;
    return count;
}

void TestUpdateCommand::update_severalIds_sendsOnlyTheSetMembersToEach_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QJsonObject>("patch");
    QTest::newRow("city and payment mode")
        << QStringList{"--set", "Address/City=Waco", "--set", "PaymentMode=ACH"}
        << QJsonObject{{"Address", QJsonObject{{"City", "Waco"}}}, {"PaymentMode", "ACH"}};
    QTest::newRow("office reference and a flag")
        << QStringList{"--set", R"(Office={"Id":2})", "--set", "EnableSubscription=true"}
        << QJsonObject{{"Office", QJsonObject{{"Id", 2}}}, {"EnableSubscription", true}};
    QTest::newRow("unset") << QStringList{"--unset", "Notes"}
                           << QJsonObject{{"Notes", QJsonValue::Null}};
}

void TestUpdateCommand::update_severalIds_sendsOnlyTheSetMembersToEach()
{
    QFETCH(QStringList, options);
    QFETCH(QJsonObject, patch);
    const QStringList ids = editableIds(5);
    const Run result = run(QStringList{"agents", "update"} + ids + options);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    QStringList expected;
    for (const QString &id : ids)
        expected.append(s("Agent %1 updated").arg(id));
    QCOMPARE(result.out.split(u'\n', Qt::SkipEmptyParts), expected);
    // Each agent is read at the start, then again just before its patch: the re-reads of the
    // five in one list request (batched checks).
    QStringList rereads;
    for (const sim::RecordedRequest &request : m_server->requests()) {
        if (request.method == "GET" && request.path == QLatin1String("/api/agents")) {
            for (const auto &[name, value] : request.query)
                rereads += name == QLatin1String("$filter") ? value : QString();
        }
    }
    rereads.removeAll(QString());
    QCOMPARE(rereads.size(), 1);
    for (const QString &id : ids) {
        QCOMPARE(requestsTo("GET", id), 1);
        QVERIFY2(rereads.first().contains(s("Id eq %1").arg(id)), qPrintable(rereads.first()));
        QCOMPARE(requestsTo("PATCH", id), 1);
    }
    for (const sim::RecordedRequest &request : m_server->requests()) {
        if (request.method == "PATCH")
            QCOMPARE(QJsonDocument::fromJson(request.body).object(), patch);
    }
}

void TestUpdateCommand::update_changedAfterTheRead_isAConflictAndNotOverwritten()
{
    const QStringList ids = editableIds(5);
    const QString changed = ids.at(1);
    // Someone else edits the city once the first read of that agent has been answered.
    bool done = false;
    connect(m_server.get(), &SimServer::requestAnswered, this,
            [&](const sim::RecordedRequest &request) {
                if (done || request.method != "GET" || request.path != s("/api/agents/") + changed)
                    return;
                done = true;
                QVERIFY(m_server->tenant()
                            .updateAgent(changed.toLongLong(),
                                         {{s("Address"), QJsonObject{{s("City"), s("Elsewhere")}}}})
                            .ok());
            });
    const Run result =
        run(QStringList{"agents", "update"} + ids + QStringList{"--set", "Address/City=Waco"});
    QVERIFY(done);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out.count(s(" updated\n")), 4);
    QVERIFY(!result.out.contains(s("Agent %1 updated").arg(changed)));
    const QStringList err = result.err.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(err.size(), 1);
    QVERIFY2(err.first().startsWith(
                 s("signtraker-cli: conflict: agent %1 was not updated").arg(changed)),
             qPrintable(err.first()));
    QVERIFY2(err.first().contains(s("Address/City is now Elsewhere")), qPrintable(err.first()));
    QCOMPARE(requestsTo("PATCH", changed), 0);
    QCOMPARE(Agent(*m_server->tenant().agent(changed.toLongLong())).value(s("Address/City")),
             QJsonValue(s("Elsewhere")));
    QCOMPARE(Agent(*m_server->tenant().agent(ids.at(0).toLongLong())).value(s("Address/City")),
             QJsonValue(s("Waco")));
}

void TestUpdateCommand::update_exitStatus_data()
{
    QTest::addColumn<bool>("firstMissing");
    QTest::addColumn<bool>("allMissing");
    QTest::addColumn<int>("expectedCode");
    QTest::newRow("one of three not found: 1") << true << false << 1;
    QTest::newRow("all not found alike: 4") << true << true << 4;
}

void TestUpdateCommand::update_exitStatus()
{
    QFETCH(bool, firstMissing);
    QFETCH(bool, allMissing);
    QFETCH(int, expectedCode);
    QStringList ids = allMissing
                          ? QStringList{QString::number(MissingId), QString::number(MissingId + 1)}
                          : editableIds(2);
    if (firstMissing && !allMissing)
        ids.prepend(QString::number(MissingId));
    const Run result =
        run(QStringList{"agents", "update"} + ids + QStringList{"--set", "Address/City=Waco"});
    QCOMPARE(result.exitCode, expectedCode);
    QVERIFY2(result.err.startsWith(s("signtraker-cli: not found: agent %1").arg(MissingId)),
             qPrintable(result.err));
    QCOMPARE(requestsTo("PATCH", QString::number(MissingId)), 0);
    QCOMPARE(result.out.count(s(" updated\n")), allMissing ? 0 : 2);
}

void TestUpdateCommand::update_jsonFormat_oneResultPerAgent()
{
    const QStringList ids = editableIds(3);
    const Run result = run(QStringList{"--format", "json", "agents", "update"} + ids +
                           QStringList{"--set", "Address/City=Waco"});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray summary = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(summary.size(), 3);
    for (qsizetype i = 0; i < summary.size(); ++i) {
        const QJsonObject item = summary.at(i).toObject();
        QCOMPARE(item.value("Id").toInteger(), ids.at(i).toLongLong());
        QCOMPARE(item.value("Result").toString(), s("updated"));
        QCOMPARE(Agent(item.value("Response").toObject()).value(s("Address/City")).toString(),
                 s("Waco"));
    }
}

void TestUpdateCommand::update_manyIds_atMostFourInFlightAndInParallel()
{
    m_server->setLatency(20, 10);
    int inFlight = 0;
    int peak = 0;
    connect(m_server.get(), &SimServer::requestRecorded, this,
            [&](const sim::RecordedRequest &) { peak = std::max(peak, ++inFlight); });
    connect(m_server.get(), &SimServer::requestAnswered, this,
            [&](const sim::RecordedRequest &) { --inFlight; });
    const QStringList ids = editableIds(16);
    const Run result =
        run(QStringList{"agents", "update"} + ids + QStringList{"--set", "PaymentMode=Prepay"});
    QCOMPARE(result.exitCode, 0);
    // 16 reads, one list request re-reading them all before the patches, 16 patches.
    QCOMPARE(m_server->requests().size(), 16 + 1 + 16);
    QVERIFY2(peak <= BulkRunner::DefaultMaxInFlight, qPrintable(QString::number(peak)));
    QVERIFY2(peak > 1, qPrintable(QString::number(peak)));
}

QTEST_GUILESS_MAIN(TestUpdateCommand)
#include "tst_updatecommand.moc"
