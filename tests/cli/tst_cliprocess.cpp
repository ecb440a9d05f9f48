// SPDX-License-Identifier: Apache-2.0
// The built signtraker-cli executable, run with QProcess against an in-process simulator: the
// exit status, standard output and standard error a script sees, and the key in none of them.
#include "processrun.h"
#include "simfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using signtraker::sim::ScriptedReply;
using signtraker::sim::SimServer;
using Run = signtraker::test::ProcessRun;

namespace {

const QString Key = QStringLiteral("k3y-Process-Secret-0815");

} // namespace

class TestCliProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void exitCode_data();
    void exitCode();
    void oddAnswer_exits7_data();
    void oddAnswer_exits7();
    void listJson_printsOneDocument();
    void updateFromStdin_sendsThePatch();
    void createWithLostAnswer_exitCodeTellsWhatTheLookupFound_data();
    void createWithLostAnswer_exitCodeTellsWhatTheLookupFound();
    void verbose_keyInNoOutput_data();
    void verbose_keyInNoOutput();
    void keyOnArgv_isRefused();
    void help_saysThereIsNoKeyOption();

private:
    Run run(const QStringList &arguments, bool withKey = true, const QByteArray &input = {});

    std::unique_ptr<SimServer> m_server;
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestCliProcess::init()
{
    m_server = signtraker::test::startSimulator(2, 20, Key);
    QVERIFY(m_server);
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

void TestCliProcess::cleanup()
{
    m_server.reset();
    m_home.reset();
}

Run TestCliProcess::run(const QStringList &arguments, bool withKey, const QByteArray &input)
{
    // The key only where the test puts it, and a settings location of its own.
    QProcessEnvironment environment = signtraker::test::isolatedEnvironment(m_home->path());
    environment.insert(QStringLiteral("SIGNTRAKER_BASE_URL"), m_server->baseUrl().toString());
    if (withKey)
        environment.insert(QStringLiteral("SIGNTRAKER_API_KEY"), Key);
    return signtraker::test::runProcess(QStringLiteral(SIGNTRAKER_CLI_PATH), arguments, environment,
                                        input);
}

void TestCliProcess::exitCode_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("withKey");
    QTest::addColumn<int>("status"); // scripted reply status, 0 for none
    QTest::addColumn<int>("expectedCode");
    QTest::newRow("success 0") << QStringList{"agents", "list", "--top", "2"} << true << 0 << 0;
    QTest::newRow("usage 2") << QStringList{"agents"} << true << 0 << 2;
    QTest::newRow("no key 3") << QStringList{"agents", "list"} << false << 0 << 3;
    QTest::newRow("404 4") << QStringList{"agents", "get", "987654321"} << true << 0 << 4;
    QTest::newRow("400 5") << QStringList{"agents", "list", "--filter", "Nope eq 1"} << true << 0
                           << 5;
    QTest::newRow("429 6") << QStringList{"agents", "list"} << true << 429 << 6;
    QTest::newRow("503 7") << QStringList{"agents", "list"} << true << 503 << 7;
}

void TestCliProcess::exitCode()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, withKey);
    QFETCH(int, status);
    QFETCH(int, expectedCode);
    if (status)
        m_server->scriptNext(ScriptedReply::json(status, R"({"Message":"scripted"})"));
    const Run result = run(arguments, withKey);
    QCOMPARE(result.exitCode, expectedCode);
    if (expectedCode != 0) {
        QVERIFY2(result.err.startsWith("signtraker-cli: "), result.err.constData());
        QCOMPARE(result.err.count('\n'), 1);
    }
}

void TestCliProcess::oddAnswer_exits7_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expectedMessage");
    QTest::newRow("object for a list")
        << QStringList{"agents", "list"} << QByteArray(R"({"value":[]})")
        << QByteArray("signtraker-cli: unreadable response: The service answered a list request "
                      "with something that is not a list (a JSON object).\n");
    QTest::newRow("empty get") << QStringList{"agents", "get", "1001"} << QByteArray()
                               << QByteArray("signtraker-cli: unreadable response: The service "
                                             "answered a record request with an empty body.\n");
}

// Nothing odd from the service becomes an empty table or a blank record with exit 0.
void TestCliProcess::oddAnswer_exits7()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expectedMessage);
    m_server->scriptNext(ScriptedReply::json(200, body));
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 7);
    QCOMPARE(result.err, expectedMessage);
    QVERIFY(result.out.isEmpty());
}

void TestCliProcess::listJson_printsOneDocument()
{
    const Run result = run({"--format", "json", "agents", "list", "--all", "--page-size", "7"});
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(document.array().size(), 20);
    QVERIFY(result.err.isEmpty());
}

void TestCliProcess::updateFromStdin_sendsThePatch()
{
    const qint64 id =
        m_server->tenant().agents().first().toObject().value(QStringLiteral("Id")).toInteger();
    const QByteArray patch = R"({"Notes":"piped in"})";
    const Run result = run(
        {"--format", "json", "agents", "update", QString::number(id), "--patch", "-"}, true, patch);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(QJsonDocument::fromJson(result.out).object().value(QStringLiteral("Notes")),
             QJsonValue(QStringLiteral("piped in")));
}

void TestCliProcess::createWithLostAnswer_exitCodeTellsWhatTheLookupFound_data()
{
    QTest::addColumn<bool>("lookupFails");
    QTest::addColumn<int>("expectedCode");
    QTest::newRow("found: created 0") << false << 0;
    QTest::newRow("look-up fails: outcome unknown 9") << true << 9;
}

void TestCliProcess::createWithLostAnswer_exitCodeTellsWhatTheLookupFound()
{
    QFETCH(bool, lookupFails);
    QFETCH(int, expectedCode);
    const QJsonObject agent{{"UserName", "lost.answer"},
                            {"Email", "lost.answer@example.com"},
                            {"FirstName", "Lost"},
                            {"LastName", "Answer"},
                            {"CellularPhone", "555-0100"},
                            {"PaymentMode", "Terms"},
                            {"Office", QJsonObject{{"Id", 2}}}};
    // The service creates the agent, but the answer never comes back.
    m_server->scriptNext("POST", QStringLiteral("/api/agents"),
                         ScriptedReply::afterHandling(ScriptedReply::closeWithoutReply()));
    if (lookupFails) {
        m_server->scriptNext("GET", QStringLiteral("/api/agents"), ScriptedReply::delayed(0));
        m_server->scriptNext("GET", QStringLiteral("/api/agents"),
                             ScriptedReply::json(503, R"({"Message":"scripted"})"));
    }
    const Run result = run({"--format", "json", "agents", "create", "--json", "-"}, true,
                           QJsonDocument(agent).toJson());
    QCOMPARE(result.exitCode, expectedCode);
    int posts = 0;
    for (const auto &request : m_server->requests())
        posts += request.method == "POST";
    QCOMPARE(posts, 1);
    QCOMPARE(result.err.count('\n'), 1);
    if (expectedCode == 0) {
        QVERIFY2(result.err.startsWith("signtraker-cli: reconciled: "), result.err.constData());
        QCOMPARE(QJsonDocument::fromJson(result.out).object().value("Id").toInteger(),
                 m_server->tenant().agentIdByEmail(QStringLiteral("lost.answer@example.com")));
    } else {
        QVERIFY2(result.err.startsWith("signtraker-cli: outcome unknown: "),
                 result.err.constData());
        QVERIFY(result.out.isEmpty());
    }
}

void TestCliProcess::verbose_keyInNoOutput_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("expectedCode");
    QTest::newRow("answered") << 0 << 0;
    QTest::newRow("key refused") << 401 << 3;
    QTest::newRow("server error") << 500 << 7;
}

void TestCliProcess::verbose_keyInNoOutput()
{
    QFETCH(int, status);
    QFETCH(int, expectedCode);
    if (status)
        m_server->scriptNext(ScriptedReply::json(status, R"({"Message":"scripted"})"));
    const Run result = run({"--verbose", "agents", "list", "--top", "1"});
    QCOMPARE(result.exitCode, expectedCode);
    QVERIFY2(result.err.contains("Authorization: ST-API ********"), result.err.constData());
    QVERIFY(!result.err.contains(Key.toUtf8()));
    QVERIFY(!result.out.contains(Key.toUtf8()));
    // And it did travel, to the tenant only.
    QCOMPARE(m_server->requests().first().headers.value("authorization"), "ST-API " + Key.toUtf8());
}

void TestCliProcess::keyOnArgv_isRefused()
{
    const Run result = run({"--api-key", Key, "agents", "list"}, false);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("there is no --api-key option"));
    QVERIFY(!result.err.contains(Key.toUtf8()));
    QVERIFY(!result.out.contains(Key.toUtf8()));
    QVERIFY(m_server->requests().isEmpty());
}

void TestCliProcess::help_saysThereIsNoKeyOption()
{
    const Run result = run({"--help"}, false);
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("There is no --api-key option"));
    QVERIFY(result.out.contains("Exit status:"));
    QVERIFY(result.out.contains("--allow-duplicate-email"));
    QVERIFY(result.out.contains("  9  agents create: the service did not answer"));
}

QTEST_GUILESS_MAIN(TestCliProcess)
#include "tst_cliprocess.moc"
