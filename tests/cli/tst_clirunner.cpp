// SPDX-License-Identifier: Apache-2.0
// Whole runs of signtraker-cli in-process against the simulator: every exit code, what the
// service received, what was printed, and that the key never shows.
#include "bulkcommand.h"
#include "bulkrunner.h"
#include "clirunner.h"
#include "listcommand.h"
#include "odatafilter.h"
#include "profile.h"
#include "profilestore.h"
#include "simfixture.h"
#include "simserver.h"
#include "transport.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <memory>

using namespace signtraker;
using namespace signtraker::cli;
using sim::ScriptedReply;
using sim::SimServer;

namespace {

const QString Key = QStringLiteral("k3y-Secret-cli-4711");
constexpr qint64 MissingId = 987654321;

enum class Script {
    None,
    Status401,
    Status429,
    Status500,
    NonJson,
    Redirect,
    Slow,
    ObjectForList,
    EmptyBody,
    Scalar
};

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString queryValue(const QList<std::pair<QString, QString>> &query, const QString &name)
{
    for (const auto &[key, value] : query) {
        if (key == name)
            return value;
    }
    return {};
}

} // namespace

class TestCliRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void run_exitCode_data();
    void run_exitCode();
    void list_search_sendsAnOrGroupPerWordAndedWithFilter();
    void list_searchOnly_isTheClientsSearchFilter();
    void list_jsonFormat_printsWhatTheServiceReturned();
    void list_csvFormat_flattensOffice();
    void list_csv_neutralisesFormulasUnlessRaw_data();
    void list_csv_neutralisesFormulasUnlessRaw();
    void list_table_bigIdWithoutExponent();
    void list_all_walksEveryPage();
    void list_all_cappedService_everyAgent_data();
    void list_all_cappedService_everyAgent();
    void list_all_rowsSentTwice_printedOnceWithWarning();
    void list_all_serviceIgnoresSkip_exits7AndSaysOutputIncomplete_data();
    void list_all_serviceIgnoresSkip_exits7AndSaysOutputIncomplete();
    void list_all_parallelWithJitter_everyAgentOnceInOrder_data();
    void list_all_parallelWithJitter_everyAgentOnceInOrder();
    void list_all_parallelRequests_fromOptionEnvironmentOrDefault_data();
    void list_all_parallelRequests_fromOptionEnvironmentOrDefault();
    void list_all_writesPagesAsTheyArrive();
    void list_all_csvLaterMemberNotInHeader_warns();
    void list_all_verbose_progressEstimateAndSummary();
    void get_tableFormat_printsMemberValueLines();
    void update_setAndUnset_sendsMergePatch();
    void update_patchFromStdin_sendsItAsIs();
    void create_jsonFromStdin_postsOnce();
    void create_badJson_isUsageErrorWithoutTraffic();
    void create_duplicateEmail_exits5NamingTheAgent();
    void create_duplicateEmailAllowed_sendsTheCreate();
    void create_unknownOutcome_printsWhatTheLookupFound_data();
    void create_unknownOutcome_printsWhatTheLookupFound();
    void activate_severalWithOneFailing_reportsEachAndExits1();
    void deactivate_manyIds_atMostFourInFlight();
    void deactivate_authenticationErrorMidRun_exits3AndReportsTheRest();
    void deactivate_serverErrorsInARow_askOnlyATerminal_data();
    void deactivate_serverErrorsInARow_askOnlyATerminal();
    void verbose_logsRequestsButNeverTheKey_data();
    void verbose_logsRequestsButNeverTheKey();
    void keyOnArgv_isRefusedAndNothingIsSent();
    void secondKeySpelling_isAccepted();
    void offices_list_passesEnterpriseId();
    void list_orderbyAndSelect_nestedMembersSent();
    void verbose_retry_showsTheRealWait();
    void retryAfterOverTheCap_isRateLimitedNotWaited();
    void blankKeyVariable_isNoKey_data();
    void blankKeyVariable_isNoKey();

private:
    Run run(const QStringList &arguments, const QByteArray &input = {},
            const QProcessEnvironment &environment = {});
    QJsonObject newAgent(const QString &email) const;
    QProcessEnvironment environment() const;
    qint64 agentId(int index) const;

    std::unique_ptr<SimServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_lastPeak = 0;
    bool m_inputIsTerminal = false;
};

void TestCliRunner::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCliRunner::init()
{
    m_server = test::startSimulator(3, 60, Key);
    QVERIFY(m_server);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_lastPeak = 0;
    m_inputIsTerminal = false;
}

void TestCliRunner::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

QProcessEnvironment TestCliRunner::environment() const
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("SIGNTRAKER_API_KEY"), Key);
    environment.insert(QStringLiteral("SIGNTRAKER_BASE_URL"), m_server->baseUrl().toString());
    return environment;
}

qint64 TestCliRunner::agentId(int index) const
{
    return m_server->tenant().agents().at(index).toObject().value(QStringLiteral("Id")).toInteger();
}

Run TestCliRunner::run(const QStringList &arguments, const QByteArray &input,
                       const QProcessEnvironment &environment)
{
    Run result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    QBuffer in;
    in.setData(input);
    in.open(QIODevice::ReadOnly);

    CliRunner::Context context;
    context.arguments = arguments;
    context.environment = environment.isEmpty() ? this->environment() : environment;
    context.out = &out;
    context.err = &err;
    context.in = &in;
    context.inputIsTerminal = m_inputIsTerminal;
    // Never the developer's own profiles or keychain entries.
    context.settingsFile = m_dir->filePath(QStringLiteral("settings.ini"));
    context.keychainService = QStringLiteral("signtraker-cli-test");
    CliRunner runner(context);
    QSignalSpy finished(&runner, &CliRunner::finished);
    runner.start();
    if (finished.isEmpty())
        finished.wait(20000);
    if (auto *bulk = qobject_cast<BulkCommand *>(runner.command()))
        m_lastPeak = bulk->peakInFlight();
    out.flush();
    err.flush();
    if (!finished.isEmpty())
        result.exitCode = finished.first().first().toInt();
    return result;
}

void TestCliRunner::run_exitCode_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("script");
    QTest::addColumn<QString>("environmentChange"); // NAME=VALUE, or -NAME to remove
    QTest::addColumn<int>("expectedCode");
    QTest::addColumn<QString>("expectedKind");

    const QString existing = QStringLiteral("FIRST");
    QTest::newRow("success 0") << QStringList{"agents", "list", "--top", "3"} << int(Script::None)
                               << QString() << 0 << QString();
    QTest::newRow("partial failure 1")
        << QStringList{"agents", "activate", existing, QString::number(MissingId)}
        << int(Script::None) << QString() << 1 << "not found";
    QTest::newRow("usage 2") << QStringList{"agents", "frobnicate"} << int(Script::None)
                             << QString() << 2 << "usage";
    QTest::newRow("bad config 2") << QStringList{"--subdomain", "not_a_label", "agents", "list"}
                                  << int(Script::None) << QString() << 2 << "configuration";
    QTest::newRow("bad config negative timeout 2")
        << QStringList{"--timeout", "-1", "agents", "list"} << int(Script::None) << QString() << 2
        << "configuration";
    QTest::newRow("bad config http to a remote host 2")
        << QStringList{"--base-url", "http://example.com", "agents", "list"} << int(Script::None)
        << QString() << 2 << "configuration";
    QTest::newRow("no key 3") << QStringList{"agents", "list"} << int(Script::None)
                              << "-SIGNTRAKER_API_KEY" << 3 << "authentication";
    QTest::newRow("401 3") << QStringList{"agents", "list"} << int(Script::Status401) << QString()
                           << 3 << "authentication";
    QTest::newRow("wrong key 3") << QStringList{"agents", "list"} << int(Script::None)
                                 << "SIGNTRAKER_API_KEY=not-the-key" << 3 << "authentication";
    QTest::newRow("404 4") << QStringList{"agents", "get", QString::number(MissingId)}
                           << int(Script::None) << QString() << 4 << "not found";
    QTest::newRow("400 5") << QStringList{"agents", "list", "--filter", "NoSuchMember eq 1"}
                           << int(Script::None) << QString() << 5 << "validation";
    QTest::newRow("429 6") << QStringList{"--retries", "0", "agents", "list"}
                           << int(Script::Status429) << QString() << 6 << "rate limited";
    QTest::newRow("500 7") << QStringList{"agents", "list"} << int(Script::Status500) << QString()
                           << 7 << "server";
    QTest::newRow("non-JSON 2xx 7") << QStringList{"agents", "list"} << int(Script::NonJson)
                                    << QString() << 7 << "unreadable response";
    QTest::newRow("object for a list 7")
        << QStringList{"agents", "list"} << int(Script::ObjectForList) << QString() << 7
        << "unreadable response";
    QTest::newRow("scalar for offices 7") << QStringList{"offices", "list"} << int(Script::Scalar)
                                          << QString() << 7 << "unreadable response";
    QTest::newRow("empty get 7") << QStringList{"agents", "get", "FIRST"} << int(Script::EmptyBody)
                                 << QString() << 7 << "unreadable response";
    QTest::newRow("empty update 7")
        << QStringList{"agents", "update", "FIRST", "--set", "Notes=x"} << int(Script::EmptyBody)
        << QString() << 7 << "unreadable response";
    QTest::newRow("orderby unknown member 2") << QStringList{"agents", "list", "--orderby", "Foo"}
                                              << int(Script::None) << QString() << 2 << "usage";
    QTest::newRow("select unknown member 2") << QStringList{"agents", "list", "--select", "Foo"}
                                             << int(Script::None) << QString() << 2 << "usage";
    QTest::newRow("blank key 3") << QStringList{"agents", "list"} << int(Script::None)
                                 << "SIGNTRAKER_API_KEY=   " << 3 << "authentication";
    QTest::newRow("redirect 7") << QStringList{"agents", "list"} << int(Script::Redirect)
                                << QString() << 7 << "redirected";
    QTest::newRow("connection refused 8") << QStringList{"agents", "list"} << int(Script::None)
                                          << "SIGNTRAKER_BASE_URL=REFUSED" << 8 << "network";
    QTest::newRow("timeout 8") << QStringList{"--timeout", "0.2", "agents", "list"}
                               << int(Script::Slow) << QString() << 8 << "network";
}

void TestCliRunner::run_exitCode()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, script);
    QFETCH(QString, environmentChange);
    QFETCH(int, expectedCode);
    QFETCH(QString, expectedKind);

    arguments.replaceInStrings(QStringLiteral("FIRST"), QString::number(agentId(0)));
    switch (Script(script)) {
    case Script::None:
        break;
    case Script::Status401:
        m_server->scriptNext(ScriptedReply::json(
            401, R"({"Message":"Authorization has been denied for this request."})"));
        break;
    case Script::Status429:
        m_server->scriptNext(ScriptedReply::json(429, R"({"Message":"slow down"})"));
        break;
    case Script::Status500:
        m_server->scriptNext(ScriptedReply::json(500, R"({"Message":"boom"})"));
        break;
    case Script::NonJson:
        m_server->scriptNext(ScriptedReply::json(200, "<html>maintenance</html>"));
        break;
    case Script::Redirect: {
        QUrl target = m_server->baseUrl();
        target.setPort(target.port() + 1);
        target.setPath(QStringLiteral("/api/agents"));
        m_server->scriptNext(ScriptedReply::redirect(302, target));
        break;
    }
    case Script::Slow:
        m_server->scriptNext(ScriptedReply::delayed(3000));
        break;
    case Script::ObjectForList:
        m_server->scriptNext(ScriptedReply::json(200, R"({"value":[]})"));
        break;
    case Script::EmptyBody:
        m_server->scriptNext(ScriptedReply::json(200, QByteArray()));
        break;
    case Script::Scalar:
        m_server->scriptNext(ScriptedReply::json(200, "42"));
        break;
    }

    QProcessEnvironment environment = this->environment();
    if (environmentChange.startsWith(u'-')) {
        environment.remove(environmentChange.mid(1));
    } else if (!environmentChange.isEmpty()) {
        const QString name = environmentChange.section(u'=', 0, 0);
        QString value = environmentChange.section(u'=', 1);
        if (value == QLatin1String("REFUSED")) {
            QTcpServer closed; // a port that nothing listens on once this is gone
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            value = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
        }
        environment.insert(name, value);
    }

    const Run result = run(arguments, {}, environment);
    QCOMPARE(result.exitCode, expectedCode);
    if (expectedCode == 2 || expectedCode == 3)
        QVERIFY(m_server->requests().isEmpty() || Script(script) == Script::Status401 ||
                environmentChange.contains(QLatin1String("not-the-key")));
    if (expectedCode == 0) {
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        QVERIFY(!result.out.isEmpty());
        return;
    }
    const QStringList lines = result.err.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1); // one line per error
    QVERIFY2(lines.first().startsWith(QStringLiteral("signtraker-cli: %1: ").arg(expectedKind)),
             qPrintable(lines.first()));
    QVERIFY(!result.err.contains(Key));
    QVERIFY(!result.out.contains(Key));
}

void TestCliRunner::list_search_sendsAnOrGroupPerWordAndedWithFilter()
{
    const Run result = run({"agents", "list", "--search", "O'Brien \"& co\"", "--filter",
                            "IsInactive eq false or IsManager eq true"});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(m_server->requests().size(), 1);
    const QString filter =
        queryValue(m_server->requests().first().query, QStringLiteral("$filter"));
    QVERIFY2(filter.startsWith(QLatin1String("(IsInactive eq false or IsManager eq true) and (")),
             qPrintable(filter));
    for (const char *member :
         {"FirstName", "LastName", "Email", "UserName", "CellularPhone", "Office/Name"})
        QVERIFY2(filter.contains(QLatin1String(member)), member);
    // Two words (the quoted phrase is one), each searched in six members.
    QVERIFY(filter.contains(QLatin1String("'O''Brien'")));
    QVERIFY(filter.contains(QLatin1String("'& co'")));
    QCOMPARE(filter.count(QLatin1String("contains(")), 12);
    QCOMPARE(filter.count(QLatin1String(" or ")), 11); // five in each group, one in --filter
    QVERIFY2(filter.contains(QLatin1String(") and (contains(")), qPrintable(filter));
}

void TestCliRunner::list_searchOnly_isTheClientsSearchFilter()
{
    const QString injection = QStringLiteral("\"x' or LastName ne 'y\"");
    QCOMPARE(ListCommand::combinedFilter({}, injection).toString(),
             odata::searchFilter(injection).toString());
    QVERIFY(ListCommand::combinedFilter({}, injection)
                .toString()
                .contains(QLatin1String("'x'' or LastName ne ''y'")));
    QCOMPARE(ListCommand::combinedFilter(QStringLiteral("Id eq 1"), {}).toString(),
             QStringLiteral("Id eq 1"));
    QVERIFY(ListCommand::combinedFilter({}, {}).isEmpty());
    // An unbalanced --filter would swallow the search: a usage error, nothing sent.
    const Run result = run({"agents", "list", "--filter", "LastName eq 'x", "--search", "y"});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(m_server->requests().isEmpty());
}

void TestCliRunner::list_jsonFormat_printsWhatTheServiceReturned()
{
    const Run result = run({"--format", "json", "agents", "list", "--top", "4"});
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isArray());
    QCOMPARE(document.array().size(), 4);
    for (const QJsonValue &row : document.array())
        QVERIFY(row.toObject().contains(QStringLiteral("Office")));
    QVERIFY(result.out.contains(QLatin1String("\n    {"))); // indented
}

void TestCliRunner::list_csvFormat_flattensOffice()
{
    const Run result = run({"--format", "csv", "agents", "list", "--top", "5"});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    const QStringList header = lines.first().split(u',');
    QVERIFY2(header.contains(QStringLiteral("Office/Name")), qPrintable(lines.first()));
    QVERIFY(header.contains(QStringLiteral("Office/Id")));
    QVERIFY(!header.contains(QStringLiteral("Office")));
}

namespace {

constexpr qint64 BigId = 5000000000000000; // 5e15: beyond where %g switches to an exponent

QJsonObject formulaAgent()
{
    return {{QStringLiteral("Id"), BigId},
            {QStringLiteral("UserName"), QStringLiteral("formula")},
            {QStringLiteral("FirstName"), QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")},
            {QStringLiteral("LastName"), QStringLiteral("@SUM(A1)")},
            {QStringLiteral("IsInactive"), false}};
}

} // namespace

void TestCliRunner::list_csv_neutralisesFormulasUnlessRaw_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("firstName");
    QTest::addColumn<QString>("lastName");
    QTest::newRow("default: neutralised")
        << QStringList() << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
        << QStringLiteral("'@SUM(A1)");
    QTest::newRow("--csv-raw: as it is")
        << QStringList{QStringLiteral("--csv-raw")}
        << QStringLiteral("\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
        << QStringLiteral("@SUM(A1)");
}

void TestCliRunner::list_csv_neutralisesFormulasUnlessRaw()
{
    QFETCH(QStringList, options);
    QFETCH(QString, firstName);
    QFETCH(QString, lastName);
    m_server->tenant().insertAgent(formulaAgent());
    const Run result =
        run(options + QStringList{"--format", "csv", "agents", "list", "--filter",
                                  "Id eq 5000000000000000", "--select", "Id,FirstName,LastName"});
    QCOMPARE(result.exitCode, 0);
    // QJsonObject keeps members sorted by name.
    QCOMPARE(result.out, QStringLiteral("FirstName,Id,LastName\r\n%1,5000000000000000,%2\r\n")
                             .arg(firstName, lastName));
}

void TestCliRunner::list_table_bigIdWithoutExponent()
{
    m_server->tenant().insertAgent(formulaAgent());
    const Run result =
        run({"agents", "list", "--filter", "Id eq 5000000000000000", "--select", "Id,UserName"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QLatin1String("5000000000000000  formula")),
             qPrintable(result.out));
    QVERIFY(!result.out.contains(QLatin1String("e+")));
}

void TestCliRunner::list_all_walksEveryPage()
{
    const Run result = run({"--format", "json", "--parallel-requests", "1", "agents", "list",
                            "--all", "--page-size", "25", "--select", "Id"});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(rows.size(), 60);
    QSet<qint64> ids;
    for (const QJsonValue &row : rows)
        ids.insert(row.toObject().value(QStringLiteral("Id")).toInteger());
    QCOMPARE(ids.size(), 60);
    // 25, 25, a short 10, and the empty answer that proves the short one the last.
    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 4);
    for (const auto &request : requests)
        QCOMPARE(queryValue(request.query, QStringLiteral("$orderby")), QStringLiteral("Id"));
    QCOMPARE(queryValue(requests.at(0).query, QStringLiteral("$top")), QStringLiteral("25"));
    QCOMPARE(queryValue(requests.at(2).query, QStringLiteral("$skip")), QStringLiteral("50"));
    QCOMPARE(queryValue(requests.at(3).query, QStringLiteral("$skip")), QStringLiteral("60"));
}

void TestCliRunner::list_all_cappedService_everyAgent_data()
{
    QTest::addColumn<QString>("pageSize");
    QTest::newRow("default page size") << QString();
    QTest::newRow("pages of 7") << QStringLiteral("7");
}

// The service answers at most 10 rows: --all still prints every agent, once, with the members
// asked for only (the Id the walk needs is not printed when --select leaves it out).
void TestCliRunner::list_all_cappedService_everyAgent()
{
    QFETCH(QString, pageSize);
    m_server->tenant().generate(3, 100);
    m_server->setMaxTop(10);
    QStringList arguments{"--format", "json", "agents", "list", "--all", "--select", "Email"};
    if (!pageSize.isEmpty())
        arguments << "--page-size" << pageSize;
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(rows.size(), 100);
    QSet<QString> emails;
    for (const QJsonValue &row : rows) {
        QCOMPARE(row.toObject().keys(), QStringList{QStringLiteral("Email")});
        emails.insert(row.toObject().value(QStringLiteral("Email")).toString());
    }
    QCOMPARE(emails.size(), 100);
    for (const auto &request : m_server->requests())
        QCOMPARE(queryValue(request.query, QStringLiteral("$select")), QStringLiteral("Email,Id"));
}

void TestCliRunner::list_all_rowsSentTwice_printedOnceWithWarning()
{
    const QString path = QStringLiteral("/api/agents");
    m_server->scriptNext("GET", path, ScriptedReply::json(200, R"([{"Id":1},{"Id":2}])"));
    m_server->scriptNext("GET", path, ScriptedReply::json(200, R"([{"Id":2},{"Id":3}])"));
    m_server->scriptNext("GET", path, ScriptedReply::json(200, "[]"));
    // One request at a time: the scripted answers are the pages in order.
    const Run result = run({"--format", "json", "--parallel-requests", "1", "agents", "list",
                            "--all", "--page-size", "2"});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(rows.size(), 3);
    // What a concurrent edit can cause, in plain words.
    QVERIFY2(result.err.contains(QLatin1String("twice, most likely because agents were edited "
                                               "while the list was read: each is printed once, "
                                               "and an agent that moved between pages meanwhile "
                                               "may be missing.")),
             qPrintable(result.err));
}

void TestCliRunner::list_all_serviceIgnoresSkip_exits7AndSaysOutputIncomplete_data()
{
    QTest::addColumn<int>("maxTop");
    QTest::newRow("uncapped") << 0;
    QTest::newRow("capped at 10") << 10;
}

// The first page is written as it arrives; the walk then fails. The exit status is still the
// failure's, the message says that the output is incomplete, and the JSON array is left open so
// that no parser takes it for the whole list.
void TestCliRunner::list_all_serviceIgnoresSkip_exits7AndSaysOutputIncomplete()
{
    QFETCH(int, maxTop);
    m_server->tenant().generate(3, 100);
    m_server->setMaxTop(maxTop);
    m_server->setIgnoreSkip(true);
    const Run result = run({"--format", "json", "agents", "list", "--all", "--page-size", "25"});
    QCOMPARE(result.exitCode, 7);
    QVERIFY2(result.err.contains(
                 QStringLiteral("The service repeated a page of results; the list is incomplete.")),
             qPrintable(result.err));
    const int written = maxTop == 0 ? 25 : 10;
    QVERIFY2(result.err.contains(QStringLiteral("signtraker-cli: incomplete: The output is "
                                                "incomplete: only the first %1 rows were written "
                                                "before the error.")
                                     .arg(written)),
             qPrintable(result.err));
    QJsonParseError error;
    QJsonDocument::fromJson(result.out.toUtf8(), &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8() + "\n]").array().size(), written);
    QVERIFY(m_server->requests().size() <= 1 + ClientConfig::DefaultParallelRequests);
}

void TestCliRunner::list_all_parallelWithJitter_everyAgentOnceInOrder_data()
{
    QTest::addColumn<int>("maxTop");
    QTest::addColumn<QString>("format");
    QTest::newRow("uncapped, json") << 0 << QStringLiteral("json");
    QTest::newRow("capped at 30, json") << 30 << QStringLiteral("json");
    QTest::newRow("uncapped, csv") << 0 << QStringLiteral("csv");
}

// As scripts run it: the client's default parallel requests, answers overtaking each other.
void TestCliRunner::list_all_parallelWithJitter_everyAgentOnceInOrder()
{
    QFETCH(int, maxTop);
    QFETCH(QString, format);
    m_server->tenant().generate(3, 1000);
    m_server->setMaxTop(maxTop);
    m_server->setLatency(15, 15);
    int inFlight = 0;
    int most = 0;
    connect(m_server.get(), &SimServer::requestRecorded, this,
            [&] { most = std::max(most, ++inFlight); });
    connect(m_server.get(), &SimServer::requestAnswered, this, [&] { --inFlight; });
    const Run result = run({"--format", format, "agents", "list", "--all", "--page-size", "70",
                            "--select", "Id,Email"});
    QCOMPARE(result.exitCode, 0);
    QList<qint64> ids;
    if (format == QLatin1String("json")) {
        const QJsonArray rows = QJsonDocument::fromJson(result.out.toUtf8()).array();
        for (const QJsonValue &row : rows)
            ids.append(row.toObject().value(QStringLiteral("Id")).toInteger());
    } else {
        QStringList lines = result.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.takeFirst(), QStringLiteral("Email,Id"));
        for (const QString &line : std::as_const(lines))
            ids.append(line.section(u',', 1).toLongLong());
    }
    QList<qint64> expected;
    for (int i = 0; i < 1000; ++i)
        expected.append(agentId(i));
    std::sort(expected.begin(), expected.end());
    QCOMPARE(ids, expected);
    QVERIFY2(most > 1 && most <= ClientConfig::DefaultParallelRequests, QByteArray::number(most));
}

void TestCliRunner::list_all_parallelRequests_fromOptionEnvironmentOrDefault_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("variable"); // SIGNTRAKER_PARALLEL_REQUESTS, empty: unset
    QTest::addColumn<int>("expected");
    QTest::newRow("default") << QStringList() << QString() << 4;
    QTest::newRow("option") << QStringList{"--parallel-requests", "2"} << QString() << 2;
    QTest::newRow("environment") << QStringList() << QStringLiteral("1") << 1;
    QTest::newRow("option over environment")
        << QStringList{"--parallel-requests", "6"} << QStringLiteral("1") << 6;
}

void TestCliRunner::list_all_parallelRequests_fromOptionEnvironmentOrDefault()
{
    QFETCH(QStringList, options);
    QFETCH(QString, variable);
    QFETCH(int, expected);
    m_server->tenant().generate(3, 400);
    m_server->setLatency(60, 0);
    int inFlight = 0;
    int most = 0;
    connect(m_server.get(), &SimServer::requestRecorded, this,
            [&] { most = std::max(most, ++inFlight); });
    connect(m_server.get(), &SimServer::requestAnswered, this, [&] { --inFlight; });
    QProcessEnvironment environment = this->environment();
    if (!variable.isEmpty())
        environment.insert(QStringLiteral("SIGNTRAKER_PARALLEL_REQUESTS"), variable);
    const Run result = run(options + QStringList{"--format", "csv", "agents", "list", "--all",
                                                 "--page-size", "20", "--select", "Id"},
                           {}, environment);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.count(QStringLiteral("\r\n")), 401);
    QCOMPARE(most, expected);
}

// The first page is on standard output while the next ones are still on their way.
void TestCliRunner::list_all_writesPagesAsTheyArrive()
{
    m_server->setLatency(400, 0);
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    CliRunner::Context context;
    context.arguments = QStringList{"--format", "json",  "--parallel-requests", "1", "agents",
                                    "list",     "--all", "--page-size",         "25"};
    context.environment = environment();
    context.out = &outStream;
    context.err = &errStream;
    context.settingsFile = m_dir->filePath(QStringLiteral("settings.ini"));
    context.keychainService = QStringLiteral("signtraker-cli-test");
    CliRunner runner(context);
    QSignalSpy finished(&runner, &CliRunner::finished);
    runner.start();
    QTRY_VERIFY_WITH_TIMEOUT(out.contains(QLatin1String("\"Id\"")), 5000);
    QVERIFY(finished.isEmpty()); // three more round trips of 400 ms to go
    QVERIFY(out.startsWith(QLatin1String("[\n")));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toInt(), 0);
    outStream.flush();
    QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).array().size(), 60);
}

// CSV rows are written under the first page's header: a member that only a later page has gets
// no column, and standard error names it instead of dropping it silently.
void TestCliRunner::list_all_csvLaterMemberNotInHeader_warns()
{
    const QString path = QStringLiteral("/api/agents");
    m_server->scriptNext("GET", path,
                         ScriptedReply::json(200, R"([{"Id":1,"A":"x"},{"Id":2,"A":"y"}])"));
    m_server->scriptNext("GET", path, ScriptedReply::json(200, R"([{"Id":3,"B":"z"}])"));
    m_server->scriptNext("GET", path, ScriptedReply::json(200, "[]"));
    const Run result = run({"--format", "csv", "--parallel-requests", "1", "agents", "list",
                            "--all", "--page-size", "2"});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("A,Id\r\nx,1\r\ny,2\r\n,3\r\n"));
    QVERIFY2(result.err.contains(QLatin1String("Some rows have members that the first page did "
                                               "not have (B); the CSV has no column for them.")),
             qPrintable(result.err));
}

void TestCliRunner::list_all_verbose_progressEstimateAndSummary()
{
    const Run result = run({"--verbose", "--format", "json", "--parallel-requests", "1", "agents",
                            "list", "--all", "--page-size", "25"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains(QLatin1String("signtraker-cli: progress: 25 rows read\n")),
             qPrintable(result.err));
    // The short last page tells where the list ends.
    QVERIFY2(result.err.contains(QLatin1String("signtraker-cli: progress: 60 of about 60 rows "
                                               "read\n")),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("signtraker-cli: summary: 60 rows read in 4 "
                                               "requests.")),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("an agent that moved between pages may be "
                                               "missing, and one read twice is printed once.")),
             qPrintable(result.err));
    QVERIFY(!result.err.contains(Key));
}

void TestCliRunner::get_tableFormat_printsMemberValueLines()
{
    const qint64 id = agentId(0);
    const Run result = run({"agents", "get", QString::number(id)});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    bool sawId = false;
    for (const QString &line : lines) {
        QVERIFY2(line.contains(QLatin1String(": ")) || line.endsWith(u':'), qPrintable(line));
        if (line.startsWith(QLatin1String("Id:")))
            sawId = line.section(u':', 1).trimmed() == QString::number(id);
    }
    QVERIFY(sawId);
    QVERIFY(result.out.contains(QLatin1String("Office/Name:")));
}

void TestCliRunner::update_setAndUnset_sendsMergePatch()
{
    const qint64 id = agentId(1);
    const Run result = run({"--format", "json", "agents", "update", QString::number(id), "--set",
                            "Address/City=Austin", "--set", "BasicInstallPrice=45.5", "--set",
                            "Notes=\"007\"", "--unset", "CcEmail"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const auto request = m_server->requests().last();
    QCOMPARE(request.method, QByteArray("PATCH"));
    QCOMPARE(request.headers.value("content-type"), QByteArray("application/merge-patch+json"));
    const QJsonObject expected{
        {"Address", QJsonObject{{"City", "Austin"}}},
        {"BasicInstallPrice", 45.5},
        {"Notes", "007"},
        {"CcEmail", QJsonValue::Null},
    };
    QCOMPARE(QJsonDocument::fromJson(request.body).object(), expected);
    const QJsonObject updated = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(updated.value("Address").toObject().value("City").toString(),
             QStringLiteral("Austin"));
}

void TestCliRunner::update_patchFromStdin_sendsItAsIs()
{
    const qint64 id = agentId(2);
    const QByteArray patch = R"({"Notes":"from stdin","Address":{"Zip":"78701"}})";
    const Run result = run({"agents", "update", QString::number(id), "--patch", "-"}, patch);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(QJsonDocument::fromJson(m_server->requests().last().body),
             QJsonDocument::fromJson(patch));
}

QJsonObject TestCliRunner::newAgent(const QString &email) const
{
    const QJsonObject office =
        m_server->tenant().agents().first().toObject().value("Office").toObject();
    return {{"UserName", "newagent"},
            {"Email", email},
            {"FirstName", "New"},
            {"LastName", "Agent"},
            {"CellularPhone", "555-0100"},
            {"PaymentMode", "Terms"},
            {"Office", QJsonObject{{"Id", office.value("Id")}}}};
}

void TestCliRunner::create_jsonFromStdin_postsOnce()
{
    const QJsonObject agent = newAgent(QStringLiteral("new@example.com"));
    const Run result =
        run({"--format", "json", "agents", "create", "--json", "-"}, QJsonDocument(agent).toJson());
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    // The e-mail is looked up first; then one POST.
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().first().method, QByteArray("GET"));
    QCOMPARE(queryValue(m_server->requests().first().query, "email"),
             QStringLiteral("new@example.com"));
    QCOMPARE(m_server->requests().last().method, QByteArray("POST"));
    const QJsonObject created = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QVERIFY(created.value("Id").toInteger() > 0);
    QCOMPARE(created.value("UserName").toString(), QStringLiteral("newagent"));
}

void TestCliRunner::create_badJson_isUsageErrorWithoutTraffic()
{
    const Run result = run({"agents", "create", "--json", "-"}, "{not json");
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.startsWith(QLatin1String("signtraker-cli: usage: --json: ")));
    QVERIFY(m_server->requests().isEmpty());
    const Run missing = run({"agents", "create", "--json", m_dir->filePath("nope.json")});
    QCOMPARE(missing.exitCode, 2);
}

void TestCliRunner::create_duplicateEmailAllowed_sendsTheCreate()
{
    const QJsonObject existing = m_server->tenant().agents().at(4).toObject();
    const QJsonObject agent = newAgent(existing.value("Email").toString());
    const Run result = run({"agents", "create", "--allow-duplicate-email", "--json", "-"},
                           QJsonDocument(agent).toJson());
    int posts = 0;
    for (const auto &request : m_server->requests())
        posts += request.method == "POST";
    QCOMPARE(posts, 1);
    // Sent: the simulator, like the service, refuses it itself, and says why.
    QCOMPARE(result.exitCode, 5);
    QVERIFY2(result.err.startsWith(QLatin1String("signtraker-cli: validation: ")),
             qPrintable(result.err));
    QVERIFY(result.err.contains(QLatin1String("already used by another agent")));
}

void TestCliRunner::create_duplicateEmail_exits5NamingTheAgent()
{
    const QJsonObject existing = m_server->tenant().agents().at(4).toObject();
    const QJsonObject agent = newAgent(existing.value("Email").toString());
    const Run result = run({"agents", "create", "--json", "-"}, QJsonDocument(agent).toJson());
    QCOMPARE(result.exitCode, 5);
    QVERIFY(result.out.isEmpty());
    const QStringList lines = result.err.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(
        lines.first().startsWith(
            QStringLiteral("signtraker-cli: duplicate e-mail: An agent with this e-mail "
                           "already exists: %1 %2 (Id %3).")
                .arg(existing.value("FirstName").toString(), existing.value("LastName").toString())
                .arg(existing.value("Id").toInteger())),
        qPrintable(lines.first()));
    QVERIFY(lines.first().contains(QLatin1String("--allow-duplicate-email")));
    for (const auto &request : m_server->requests())
        QCOMPARE(request.method, QByteArray("GET"));
}

void TestCliRunner::create_unknownOutcome_printsWhatTheLookupFound_data()
{
    QTest::addColumn<bool>("serviceCreatesIt");
    QTest::addColumn<bool>("dropConnection"); // else a 502
    QTest::addColumn<bool>("lookupFails");
    QTest::addColumn<int>("expectedCode");
    QTest::addColumn<QString>("expectedErr");
    QTest::newRow("502, found: created 0")
        << true << false << false << 0 << "signtraker-cli: reconciled: ";
    QTest::newRow("answer lost, found: created 0")
        << true << true << false << 0 << "signtraker-cli: reconciled: ";
    QTest::newRow("502, not found: server failure 7")
        << false << false << false << 7 << "signtraker-cli: server: The agent was not created";
    QTest::newRow("answer lost, not found: network failure 8")
        << false << true << false << 8 << "signtraker-cli: network: The agent was not created";
    QTest::newRow("502, look-up fails: outcome unknown 9")
        << true << false << true << 9
        << "signtraker-cli: outcome unknown: It is not known whether the agent was created";
}

void TestCliRunner::create_unknownOutcome_printsWhatTheLookupFound()
{
    QFETCH(bool, serviceCreatesIt);
    QFETCH(bool, dropConnection);
    QFETCH(bool, lookupFails);
    QFETCH(int, expectedCode);
    QFETCH(QString, expectedErr);

    const QString email = QStringLiteral("lost@example.com");
    ScriptedReply createReply = dropConnection
                                    ? ScriptedReply::closeWithoutReply()
                                    : ScriptedReply::json(502, R"({"Message":"Bad gateway"})");
    if (serviceCreatesIt)
        createReply = ScriptedReply::afterHandling(createReply);
    m_server->scriptNext("POST", QStringLiteral("/api/agents"), createReply);
    if (lookupFails) {
        m_server->scriptNext("GET", QStringLiteral("/api/agents"), ScriptedReply::delayed(0));
        m_server->scriptNext("GET", QStringLiteral("/api/agents"),
                             ScriptedReply::json(503, R"({"Message":"Unavailable"})"));
    }
    const Run result = run({"--format", "json", "agents", "create", "--json", "-"},
                           QJsonDocument(newAgent(email)).toJson());
    QCOMPARE(result.exitCode, expectedCode);
    int posts = 0;
    for (const auto &request : m_server->requests())
        posts += request.method == "POST";
    QCOMPARE(posts, 1);
    const QStringList lines = result.err.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith(expectedErr), qPrintable(lines.first()));
    if (expectedCode == 0) {
        const QJsonObject created = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(created.value("Id").toInteger(), m_server->tenant().agentIdByEmail(email));
        QVERIFY(created.value("Id").toInteger() > 0);
    } else {
        QVERIFY(result.out.isEmpty());
    }
    QVERIFY(!result.err.contains(Key));
}

void TestCliRunner::activate_severalWithOneFailing_reportsEachAndExits1()
{
    const QStringList ids{QString::number(agentId(0)), QString::number(MissingId),
                          QString::number(agentId(1)), QString::number(agentId(2))};
    const Run result = run(QStringList{"agents", "activate"} + ids);
    QCOMPARE(result.exitCode, 1);
    const QStringList out = result.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(out, (QStringList{QStringLiteral("Agent %1 activated").arg(ids.at(0)),
                               QStringLiteral("Agent %1 activated").arg(ids.at(2)),
                               QStringLiteral("Agent %1 activated").arg(ids.at(3))}));
    const QStringList err = result.err.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(err.size(), 1);
    QVERIFY2(err.first().startsWith(
                 QStringLiteral("signtraker-cli: not found: agent %1: ").arg(MissingId)),
             qPrintable(err.first()));
    QCOMPARE(m_server->requests().size(), 4);

    // All failing alike: that failure's own status.
    const Run allMissing =
        run({"agents", "activate", QString::number(MissingId), QString::number(MissingId + 1)});
    QCOMPARE(allMissing.exitCode, 4);
    QCOMPARE(allMissing.err.count(u'\n'), 2);
}

void TestCliRunner::deactivate_manyIds_atMostFourInFlight()
{
    QStringList arguments{"--format", "json", "agents", "deactivate"};
    for (int i = 0; i < 10; ++i)
        arguments << QString::number(agentId(i));
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(m_lastPeak, BulkRunner::DefaultMaxInFlight);
    QCOMPARE(m_server->requests().size(), 10);
    const QJsonArray summary = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(summary.size(), 10);
    QCOMPARE(summary.first().toObject().value("Id").toInteger(), agentId(0));
    QCOMPARE(summary.first().toObject().value("Result").toString(), QStringLiteral("deactivated"));
}

void TestCliRunner::deactivate_authenticationErrorMidRun_exits3AndReportsTheRest()
{
    QStringList ids;
    for (int i = 0; i < 12; ++i)
        ids << QString::number(agentId(i));
    m_server->setLatency(20);
    for (int i = 0; i < 5; ++i)
        m_server->scriptNext("POST", QStringLiteral("/api/agents/"), ScriptedReply::delayed(0));
    m_server->scriptNext(
        "POST", QStringLiteral("/api/agents/"),
        ScriptedReply::json(401,
                            R"({"Message":"Authorization has been denied for this request."})"));
    const Run result = run(QStringList{"agents", "deactivate"} + ids);
    QCOMPARE(result.exitCode, 3);

    // Nothing was sent after the 401; what was in flight finished and is reported.
    const int sent = int(m_server->requests().size());
    QVERIFY2(sent >= 6 && sent < 12, qPrintable(QString::number(sent)));
    QCOMPARE(result.out.count(QLatin1String(" deactivated\n")), sent - 1);
    const QStringList err = result.err.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(err.size(), 2);
    QVERIFY2(err.at(0).startsWith(QLatin1String("signtraker-cli: authentication: agent ")),
             qPrintable(err.at(0)));
    QVERIFY2(err.at(1).startsWith(QLatin1String("signtraker-cli: not attempted: ")),
             qPrintable(err.at(1)));
    QStringList seen;
    for (const auto &request : m_server->requests())
        seen << request.query.value(0).second;
    for (const QString &id : std::as_const(ids))
        QCOMPARE(err.at(1).contains(id), !seen.contains(id));
    QVERIFY(!result.err.contains(Key));
}

void TestCliRunner::deactivate_serverErrorsInARow_askOnlyATerminal_data()
{
    QTest::addColumn<bool>("terminal");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("continues");
    QTest::newRow("terminal, y: continues") << true << QByteArray("y\n") << true;
    QTest::newRow("terminal, oui: continues") << true << QByteArray("oui\n") << true;
    QTest::newRow("terminal, no: stops") << true << QByteArray("no\n") << false;
    QTest::newRow("terminal, end of input: stops") << true << QByteArray() << false;
    QTest::newRow("not a terminal: stops without asking") << false << QByteArray("y\n") << false;
}

void TestCliRunner::deactivate_serverErrorsInARow_askOnlyATerminal()
{
    QFETCH(bool, terminal);
    QFETCH(QByteArray, input);
    QFETCH(bool, continues);
    QStringList arguments{"agents", "deactivate"};
    for (int i = 0; i < 10; ++i)
        arguments << QString::number(agentId(i));
    for (int i = 0; i < 3; ++i) {
        m_server->scriptNext("POST", QStringLiteral("/api/agents/"),
                             ScriptedReply::json(503, R"({"Message":"Service unavailable."})"));
    }
    m_inputIsTerminal = terminal;
    // The 503s come at once, the others 30 ms late: the run pauses with some still in flight,
    // and the question waits for them.
    m_server->setLatency(30);
    const Run result = run(arguments, input);
    QCOMPARE(result.exitCode, 1); // three failed either way
    const bool asked = result.err.contains(QLatin1String("Continue? [y/N]"));
    QCOMPARE(asked, terminal);
    const int sent = int(m_server->requests().size());
    if (continues) {
        QCOMPARE(sent, 10);
        QVERIFY(!result.err.contains(QLatin1String("not attempted")));
        QCOMPARE(result.out.count(QLatin1String(" deactivated\n")), 7);
        return;
    }
    // Stopped: the ones in flight at the pause finished, the rest are reported.
    QVERIFY2(sent >= 3 && sent < 10, qPrintable(QString::number(sent)));
    QCOMPARE(result.out.count(QLatin1String(" deactivated\n")), sent - 3);
    const QStringList err = result.err.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(err.last().contains(QLatin1String("signtraker-cli: not attempted: ")),
             qPrintable(result.err));
    QStringList seen;
    for (const auto &request : m_server->requests())
        seen << request.query.value(0).second;
    for (int i = 2; i < arguments.size(); ++i)
        QCOMPARE(err.last().contains(arguments.at(i)), !seen.contains(arguments.at(i)));
}

void TestCliRunner::verbose_logsRequestsButNeverTheKey_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("refused");
    QTest::newRow("list") << QStringList{"--verbose", "agents", "list", "--top", "2"} << false;
    QTest::newRow("update") << QStringList{"--verbose", "agents", "update",
                                           "FIRST",     "--set",  "Notes=x"}
                            << false;
    QTest::newRow("refused key") << QStringList{"--verbose", "agents", "list"} << true;
}

void TestCliRunner::verbose_logsRequestsButNeverTheKey()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, refused);
    arguments.replaceInStrings(QStringLiteral("FIRST"), QString::number(agentId(0)));
    if (refused)
        m_server->scriptNext(ScriptedReply::json(
            401, R"({"Message":"Authorization has been denied for this request."})"));
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, refused ? 3 : 0);
    QVERIFY2(result.err.contains(QLatin1String("ST-API ********")), qPrintable(result.err));
    QVERIFY(!result.err.contains(Key));
    QVERIFY(!result.out.contains(Key));
    // The log is this run's only: afterwards the category is quiet again.
    QVERIFY(!lcHttp().isDebugEnabled());
}

void TestCliRunner::keyOnArgv_isRefusedAndNothingIsSent()
{
    QProcessEnvironment noKey = environment();
    noKey.remove(QStringLiteral("SIGNTRAKER_API_KEY"));
    const Run result = run({"--api-key", Key, "agents", "list"}, {}, noKey);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(QLatin1String("there is no --api-key option")));
    QVERIFY(!result.err.contains(Key));
    QVERIFY(!result.out.contains(Key));
    QVERIFY(m_server->requests().isEmpty());
    const Run inline_ = run({"agents", "list", "--api-key=" + Key}, {}, noKey);
    QCOMPARE(inline_.exitCode, 2);
    QVERIFY(!inline_.err.contains(Key));
}

void TestCliRunner::secondKeySpelling_isAccepted()
{
    QProcessEnvironment environment = this->environment();
    environment.remove(QStringLiteral("SIGNTRAKER_API_KEY"));
    environment.insert(QStringLiteral("SIGNTRACKER_API_KEY"), Key);
    QCOMPARE(run({"enterprises", "list"}, {}, environment).exitCode, 0);
    QCOMPARE(m_server->requests().first().headers.value("authorization"), "ST-API " + Key.toUtf8());
}

void TestCliRunner::offices_list_passesEnterpriseId()
{
    const Run result = run({"offices", "list", "--enterprise-id", "2", "--top", "10"});
    QCOMPARE(result.exitCode, 0);
    const auto request = m_server->requests().first();
    QCOMPARE(request.path, QStringLiteral("/api/offices"));
    QCOMPARE(queryValue(request.query, QStringLiteral("enterpriseId")), QStringLiteral("2"));
    QCOMPARE(queryValue(request.query, QStringLiteral("$top")), QStringLiteral("10"));
}

void TestCliRunner::list_orderbyAndSelect_nestedMembersSent()
{
    const Run result = run({"--format", "json", "agents", "list", "--top", "3", "--orderby",
                            "Office/Name,Id desc", "--select", "Id,Office"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(queryValue(m_server->requests().first().query, QStringLiteral("$orderby")),
             QStringLiteral("Office/Name,Id desc"));
    QCOMPARE(queryValue(m_server->requests().first().query, QStringLiteral("$select")),
             QStringLiteral("Id,Office"));
}

// --verbose shows the wait the service asked for, not a made-up one.
void TestCliRunner::verbose_retry_showsTheRealWait()
{
    ScriptedReply limited = ScriptedReply::json(429, R"({"Message":"slow down"})");
    limited.headers.append({"Retry-After", "1"});
    m_server->scriptNext(limited);
    const Run result = run({"--verbose", "--retries", "2", "agents", "list", "--top", "1"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("retrying in 1 s (retry 1 of 2): The service asked "
                                               "to slow down (HTTP 429).")),
             qPrintable(result.err));
    QCOMPARE(m_server->requests().size(), 2);
}

void TestCliRunner::retryAfterOverTheCap_isRateLimitedNotWaited()
{
    ScriptedReply limited = ScriptedReply::json(503, R"({"Message":"maintenance"})");
    limited.headers.append({"Retry-After", "10800"});
    m_server->scriptNext(limited);
    QElapsedTimer elapsed;
    elapsed.start();
    const Run result = run({"--retries", "3", "agents", "list"});
    QVERIFY(elapsed.elapsed() < 10000);
    QCOMPARE(result.exitCode, 6);
    QCOMPARE(result.err, QStringLiteral("signtraker-cli: rate limited: The service asks to wait 3 "
                                        "hours; try again later.\n"));
    QCOMPARE(m_server->requests().size(), 1);
}

void TestCliRunner::blankKeyVariable_isNoKey_data()
{
    QTest::addColumn<QString>("blank");
    QTest::newRow("spaces") << QStringLiteral("   ");
    QTest::newRow("tab and newline") << QStringLiteral("\t\n");
}

// A blank key variable is what the configuration says it is, no key: the profile's keychain
// entry is asked as if the variable were not set, and the run ends exactly as without one.
void TestCliRunner::blankKeyVariable_isNoKey()
{
    QFETCH(QString, blank);
    QProcessEnvironment withBlank;
    withBlank.insert(QStringLiteral("SIGNTRAKER_API_KEY"), blank);
    QCOMPARE(CliRunner::environmentKey(withBlank), QString());
    withBlank.insert(QStringLiteral("SIGNTRACKER_API_KEY"), QStringLiteral(" k "));
    QCOMPARE(CliRunner::environmentKey(withBlank), QStringLiteral("k"));
    withBlank.remove(QStringLiteral("SIGNTRACKER_API_KEY"));

    {
        ProfileStore store(m_dir->filePath(QStringLiteral("settings.ini")));
        Profile local;
        local.name = QStringLiteral("blank-key-test");
        local.baseUrl = m_server->baseUrl().toString();
        store.save(local);
    }
    QProcessEnvironment unset;
    unset.insert(QStringLiteral("LANG"), QStringLiteral("C")); // not empty: run() would add a key
    const Run without = run({"--profile", "blank-key-test", "agents", "list"}, {}, unset);
    const Run blankRun = run({"--profile", "blank-key-test", "agents", "list"}, {}, withBlank);
    QCOMPARE(without.exitCode, 3);
    QCOMPARE(blankRun.exitCode, without.exitCode);
    QCOMPARE(blankRun.err, without.err);
    QVERIFY(m_server->requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestCliRunner)
#include "tst_clirunner.moc"
