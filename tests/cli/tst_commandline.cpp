// SPDX-License-Identifier: Apache-2.0
// The grammar of signtraker-cli: what parses, what is a usage error, and that no option takes
// the key.
#include "commandline.h"

#include <QTest>

using namespace signtraker::cli;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_validCommand_runs_data();
    void parse_validCommand_runs();
    void parse_invalid_isUsageError_data();
    void parse_invalid_isUsageError();
    void parse_keyOption_isRefusedWithoutEchoingTheValue_data();
    void parse_keyOption_isRefusedWithoutEchoingTheValue();
    void parse_globalOptions_areRead();
    void parse_setAndUnset_keepTheirOrder();
    void parse_profileAdd_ownSubdomainOption();
    void helpText_saysThereIsNoKeyOption();
};

void TestCommandLine::parse_validCommand_runs_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("agents list") << QStringList{"agents", "list"};
    QTest::newRow("agents list with every option") << QStringList{"agents",    "list",
                                                                  "--filter",  "IsManager eq true",
                                                                  "--search",  "smith",
                                                                  "--email",   "a@b.c",
                                                                  "--top",     "10",
                                                                  "--skip",    "20",
                                                                  "--orderby", "LastName desc,Id",
                                                                  "--select",  "Id,Email"};
    QTest::newRow("agents list all with page size")
        << QStringList{"agents", "list", "--all", "--page-size=50"};
    QTest::newRow("agents list nested members") << QStringList{
        "agents", "list", "--orderby", "Office/Name asc, Id desc", "--select", "Id,Office,Address"};
    QTest::newRow("offices list ordered by name")
        << QStringList{"offices", "list", "--orderby", "Name desc", "--select", "Id,Name"};
    QTest::newRow("agents get") << QStringList{"agents", "get", "12"};
    QTest::newRow("agents create from stdin") << QStringList{"agents", "create", "--json", "-"};
    QTest::newRow("agents create allowing a duplicate e-mail")
        << QStringList{"agents", "create", "--json", "-", "--allow-duplicate-email"};
    QTest::newRow("agents update patch")
        << QStringList{"agents", "update", "3", "--patch", "p.json"};
    QTest::newRow("agents update set unset")
        << QStringList{"agents", "update", "3", "--set", "Address/City=Austin", "--unset", "Notes"};
    QTest::newRow("agents activate several") << QStringList{"agents", "activate", "1", "2", "3"};
    QTest::newRow("agents deactivate one") << QStringList{"agents", "deactivate", "9"};
    QTest::newRow("offices list") << QStringList{"offices", "list",  "--enterprise-id",
                                                 "4",       "--top", "5"};
    QTest::newRow("enterprises list") << QStringList{"enterprises", "list"};
    QTest::newRow("agents sync with every option") << QStringList{"agents",
                                                                  "sync",
                                                                  "--roster",
                                                                  "r.csv",
                                                                  "--map",
                                                                  "m.json",
                                                                  "--office",
                                                                  "3",
                                                                  "--office",
                                                                  "Austin",
                                                                  "--deactivate-missing",
                                                                  "--reactivate",
                                                                  "--clear-empty",
                                                                  "--journal",
                                                                  "j.jsonl",
                                                                  "--resume"};
    QTest::newRow("agents sync dry run")
        << QStringList{"agents", "sync", "--roster", "r.csv", "--dry-run"};
    QTest::newRow("global options before the command") << QStringList{
        "--base-url", "http://127.0.0.1:1", "--format", "csv", "--verbose", "agents", "list"};
    QTest::newRow("global options after the command")
        << QStringList{"agents", "list", "--format=json", "--timeout", "0.2"};
    QTest::newRow("profile add") << QStringList{"profile",     "add",  "acme",
                                                "--subdomain", "acme", "--api-key-stdin"};
    QTest::newRow("profile list") << QStringList{"profile", "list"};
    QTest::newRow("profile remove") << QStringList{"profile", "remove", "acme"};
    QTest::newRow("profile default") << QStringList{"profile", "default", "acme"};
    QTest::newRow("local refresh") << QStringList{"local", "refresh"};
    QTest::newRow("local status") << QStringList{"--format", "json", "local", "status"};
    QTest::newRow("local clear") << QStringList{"local", "clear"};
    QTest::newRow("agents list --local") << QStringList{"agents",
                                                        "list",
                                                        "--local",
                                                        "--search",
                                                        "john smith",
                                                        "--filter",
                                                        "IsInactive eq false",
                                                        "--orderby",
                                                        "LastName desc",
                                                        "--top",
                                                        "5",
                                                        "--skip",
                                                        "5",
                                                        "--select",
                                                        "Id,Email"};
    QTest::newRow("agents count") << QStringList{"agents", "count", "--filter",
                                                 "IsManager eq true"};
    QTest::newRow("agents count --local")
        << QStringList{"agents", "count", "--local", "--search", "smith"};
    QTest::newRow("quality") << QStringList{"quality"};
    QTest::newRow("quality with kinds") << QStringList{
        "--format", "json", "quality", "--kind", "invalid-phone", "--kind", "duplicate-email"};
}

void TestCommandLine::parse_validCommand_runs()
{
    QFETCH(QStringList, arguments);
    const Invocation invocation = CommandLine::parse(arguments);
    QVERIFY2(invocation.action == Invocation::Action::Run, qPrintable(invocation.error));
}

void TestCommandLine::parse_invalid_isUsageError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected"); // a part of the message
    QTest::newRow("nothing") << QStringList{} << "no command";
    QTest::newRow("unknown group") << QStringList{"agent", "list"} << "unknown command";
    QTest::newRow("group without command") << QStringList{"agents"} << "needs a command";
    QTest::newRow("unknown command") << QStringList{"agents", "delete", "1"} << "no command";
    QTest::newRow("unknown option")
        << QStringList{"agents", "list", "--limit", "3"} << "no option --limit";
    QTest::newRow("option of another command")
        << QStringList{"offices", "list", "--search", "x"} << "no option --search";
    QTest::newRow("missing value") << QStringList{"agents", "list", "--top"} << "needs a value";
    QTest::newRow("top not a number") << QStringList{"agents", "list", "--top", "ten"} << "--top";
    QTest::newRow("negative skip") << QStringList{"agents", "list", "--skip", "-1"} << "--skip";
    QTest::newRow("page size zero")
        << QStringList{"agents", "list", "--all", "--page-size", "0"} << "--page-size";
    QTest::newRow("page size without all")
        << QStringList{"agents", "list", "--page-size", "10"} << "goes with --all";
    QTest::newRow("all with top") << QStringList{"agents", "list", "--all", "--top", "3"}
                                  << "--all";
    QTest::newRow("get without id") << QStringList{"agents", "get"} << "needs an agent ID";
    QTest::newRow("get with two ids") << QStringList{"agents", "get", "1", "2"} << "one argument";
    QTest::newRow("id not a number") << QStringList{"agents", "get", "abc"} << "agent ids";
    QTest::newRow("id zero") << QStringList{"agents", "activate", "1", "0"} << "agent ids";
    QTest::newRow("activate without ids")
        << QStringList{"agents", "activate"} << "at least one agent ID";
    QTest::newRow("create without json") << QStringList{"agents", "create"} << "--json";
    QTest::newRow("update without change")
        << QStringList{"agents", "update", "1"} << "needs --patch";
    QTest::newRow("sync without roster")
        << QStringList{"agents", "sync", "--dry-run"} << "needs --roster FILE";
    QTest::newRow("sync dry run and resume")
        << QStringList{"agents", "sync", "--roster", "r.csv", "--dry-run", "--resume"}
        << "nothing to resume";
    QTest::newRow("sync with an argument")
        << QStringList{"agents", "sync", "--roster", "r.csv", "12"} << "takes no arguments";
    QTest::newRow("update patch and set")
        << QStringList{"agents", "update", "1", "--patch", "-", "--set", "A=1"} << "not both";
    QTest::newRow("set without equals")
        << QStringList{"agents", "update", "1", "--set", "Notes"} << "PATH=VALUE";
    QTest::newRow("set with empty path")
        << QStringList{"agents", "update", "1", "--set", "=x"} << "PATH=VALUE";
    QTest::newRow("bad format") << QStringList{"--format", "xml", "agents", "list"} << "--format";
    QTest::newRow("bad timeout") << QStringList{"--timeout", "soon", "agents", "list"}
                                 << "--timeout";
    QTest::newRow("bad retries") << QStringList{"--retries", "1.5", "agents", "list"}
                                 << "--retries";
    QTest::newRow("bad parallel requests")
        << QStringList{"--parallel-requests", "four", "agents", "list"} << "--parallel-requests";
    QTest::newRow("profile add without parallel requests") << QStringList{"profile",
                                                                          "add",
                                                                          "p",
                                                                          "--subdomain",
                                                                          "acme",
                                                                          "--api-key-stdin",
                                                                          "--parallel-requests",
                                                                          "0"}
                                                           << "--parallel-requests";
    QTest::newRow("local without command") << QStringList{"local"} << "needs a command";
    QTest::newRow("quality with an argument") << QStringList{"quality", "all"} << "no arguments";
    QTest::newRow("quality unknown kind")
        << QStringList{"quality", "--kind", "typo"} << "--kind is one of";
    QTest::newRow("list --local --all")
        << QStringList{"agents", "list", "--local", "--all"} << "does not go with --local";
    QTest::newRow("list --local --email")
        << QStringList{"agents", "list", "--local", "--email", "a@b.c"} << "--email";
    QTest::newRow("count with top")
        << QStringList{"agents", "count", "--top", "3"} << "no option --top";
    QTest::newRow("base url and subdomain")
        << QStringList{"--base-url", "https://a.example", "--subdomain", "a", "agents", "list"}
        << "not both";
    QTest::newRow("flag with value")
        << QStringList{"agents", "list", "--all=yes"} << "takes no value";
    QTest::newRow("short option") << QStringList{"-x", "agents", "list"} << "unknown option";
    QTest::newRow("profile add without key flag")
        << QStringList{"profile", "add", "acme", "--subdomain", "acme"} << "--api-key-stdin";
    QTest::newRow("profile add without tenant")
        << QStringList{"profile", "add", "acme", "--api-key-stdin"} << "--subdomain";
    QTest::newRow("orderby unknown member") << QStringList{"agents", "list", "--orderby", "Foo"}
                                            << "--orderby: 'Foo' is not a member of an agent";
    QTest::newRow("orderby unknown second member")
        << QStringList{"agents", "list", "--orderby", "Id desc,Foo/Bar asc"}
        << "--orderby: 'Foo/Bar' is not a member of an agent";
    QTest::newRow("orderby wrong case")
        << QStringList{"agents", "list", "--orderby", "lastname"} << "'lastname' is not a member";
    QTest::newRow("orderby bad direction")
        << QStringList{"agents", "list", "--orderby", "Id sideways"} << "asc or MEMBER desc";
    QTest::newRow("orderby injection")
        << QStringList{"agents", "list", "--orderby", "Id&$top=1"} << "'Id&$top=1' is not a";
    QTest::newRow("select unknown member") << QStringList{"agents", "list", "--select", "Id,Foo"}
                                           << "--select: 'Foo' is not a member of an agent";
    QTest::newRow("select a nested member")
        << QStringList{"agents", "list", "--select", "Id,Office/Name"}
        << "--select takes top-level members: 'Office', not 'Office/Name'";
    QTest::newRow("select agent member on offices")
        << QStringList{"offices", "list", "--select", "LastName"}
        << "--select: 'LastName' is not a member of an office";
    QTest::newRow("profile remove without name") << QStringList{"profile", "remove"} << "a NAME";
}

void TestCommandLine::parse_invalid_isUsageError()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Invocation invocation = CommandLine::parse(arguments);
    QCOMPARE(invocation.action, Invocation::Action::UsageError);
    QVERIFY2(invocation.error.contains(expected), qPrintable(invocation.error));
}

void TestCommandLine::parse_keyOption_isRefusedWithoutEchoingTheValue_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString secret = QStringLiteral("s3cr3t-KEY");
    QTest::newRow("--api-key VALUE") << QStringList{"--api-key", secret, "agents", "list"};
    QTest::newRow("--api-key=VALUE") << QStringList{"--api-key=" + secret, "agents", "list"};
    QTest::newRow("after the command") << QStringList{"agents", "list", "--api-key", secret};
    QTest::newRow("--key") << QStringList{"agents", "list", "--key=" + secret};
    QTest::newRow("--token") << QStringList{"--token", secret, "agents", "list"};
    QTest::newRow("on profile add")
        << QStringList{"profile", "add", "p", "--subdomain", "p", "--api-key=" + secret};
    QTest::newRow("unknown option with value")
        << QStringList{"--password=" + secret, "agents", "list"};
    QTest::newRow("extra argument") << QStringList{"agents", "get", "1", secret};
}

void TestCommandLine::parse_keyOption_isRefusedWithoutEchoingTheValue()
{
    QFETCH(QStringList, arguments);
    const Invocation invocation = CommandLine::parse(arguments);
    QCOMPARE(invocation.action, Invocation::Action::UsageError);
    QVERIFY(!invocation.error.contains(QLatin1String("s3cr3t-KEY")));
}

void TestCommandLine::parse_globalOptions_areRead()
{
    const Invocation invocation =
        CommandLine::parse({"--profile", "acme", "--subdomain", "acme", "--timeout", "2.5",
                            "--retries", "3", "--backoff", "0.25", "--format", "csv", "--csv-raw",
                            "--verbose", "--parallel-requests", "2", "agents", "get", "7"});
    QCOMPARE(invocation.action, Invocation::Action::Run);
    QCOMPARE(invocation.global.profile, QStringLiteral("acme"));
    QCOMPARE(invocation.global.subdomain, QStringLiteral("acme"));
    QVERIFY(!invocation.global.baseUrl);
    QCOMPARE(invocation.global.timeoutSeconds, 2.5);
    QCOMPARE(invocation.global.maxRetries, 3);
    QCOMPARE(invocation.global.retryBackoffSeconds, 0.25);
    QCOMPARE(invocation.global.parallelRequests, 2);
    QVERIFY(!CommandLine::parse({"agents", "list"}).global.parallelRequests);
    QCOMPARE(invocation.global.format, OutputFormat::Csv);
    QVERIFY(invocation.global.verbose);
    QVERIFY(invocation.global.csvRaw);
    QVERIFY(!CommandLine::parse({"agents", "list"}).global.csvRaw);
    QCOMPARE(invocation.arguments, QStringList{"7"});
}

void TestCommandLine::parse_setAndUnset_keepTheirOrder()
{
    const Invocation invocation = CommandLine::parse(
        {"agents", "update", "5", "--set", "Notes=a", "--unset", "Notes", "--set=Zip=78701"});
    QCOMPARE(invocation.action, Invocation::Action::Run);
    const QList<std::pair<QString, QString>> expected{
        {"set", "Notes=a"}, {"unset", "Notes"}, {"set", "Zip=78701"}};
    QCOMPARE(invocation.options, expected);
}

void TestCommandLine::parse_profileAdd_ownSubdomainOption()
{
    const Invocation invocation = CommandLine::parse(
        {"profile", "add", "acme", "--subdomain", "acme", "--api-key-stdin", "--timeout", "9"});
    QCOMPARE(invocation.action, Invocation::Action::Run);
    QCOMPARE(invocation.value(QStringLiteral("subdomain")), QStringLiteral("acme"));
    QCOMPARE(invocation.value(QStringLiteral("timeout")), QStringLiteral("9"));
    QVERIFY(!invocation.global.subdomain);
    QVERIFY(!invocation.global.timeoutSeconds);
}

void TestCommandLine::helpText_saysThereIsNoKeyOption()
{
    const QString help = CommandLine::helpText();
    QVERIFY(help.contains(QLatin1String("There is no --api-key option")));
    QVERIFY(help.contains(QLatin1String("SIGNTRAKER_API_KEY")));
    QVERIFY(help.contains(QLatin1String("SIGNTRACKER_API_KEY")));
    QCOMPARE(CommandLine::parse({"--help"}).action, Invocation::Action::Help);
    QCOMPARE(CommandLine::parse({"agents", "list", "-h"}).action, Invocation::Action::Help);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
