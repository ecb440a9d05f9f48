// SPDX-License-Identifier: Apache-2.0
// Planning a roster against a small simulated tenant: matching by e-mail then user name, the
// minimal patches, the scope of deactivations, reactivation and clearing on and off, row errors
// with their lines, idempotence, the JSON document, and one walk over the agents per plan.
#include "rosterplanner.h"

#include "mergepatch.h"
#include "signtrakerclient.h"
#include "simfixture.h"
#include "simserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace signtraker;
using Action = RosterItem::Action;

namespace {

const QString Key = QStringLiteral("roster-key");

QJsonObject record(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

// Three offices and six agents: a manager, an inactive agent, two Austin agents, one in Toronto,
// one in Denver.
void fillTenant(sim::Tenant &tenant)
{
    tenant.clear();
    tenant.addEnterprise(1, QStringLiteral("Lone Star"));
    tenant.addOffice(1, QStringLiteral("Austin"), 1);
    tenant.addOffice(2, QStringLiteral("Denver"), 1);
    tenant.addOffice(3, QStringLiteral("Toronto"), 1);
    tenant.insertAgent(record(R"({"Id":1,"UserName":"sobrien","Email":"sean@example.com",
        "FirstName":"Seán","LastName":"O'Brien","CellularPhone":"512-555-0101","PaymentMode":"Terms",
        "IsInactive":false,"IsManager":true,"Office":{"Id":1,"Name":"Austin"},"Manager":null,
        "Address":{"City":"Austin","State":"TX"}})"));
    tenant.insertAgent(record(R"({"Id":2,"UserName":"jnunez","Email":"jose@example.com",
        "FirstName":"José","LastName":"Núñez","CellularPhone":"303-555-0102","PaymentMode":"Prepay",
        "IsInactive":true,"IsManager":false,"Office":{"Id":2,"Name":"Denver"},
        "Manager":{"Id":1,"Name":"Seán O'Brien"},"Address":{"City":"Denver","State":"CO"}})"));
    tenant.insertAgent(record(R"({"Id":3,"UserName":"mksmith","Email":"mk@example.com",
        "FirstName":"Mary-Kate","LastName":"Smith-Jones","CellularPhone":"512-555-0103",
        "OfficePhone":"512-555-0200","PaymentMode":"Terms","IsInactive":false,"IsManager":false,
        "Office":{"Id":1,"Name":"Austin"},"Manager":{"Id":1,"Name":"Seán O'Brien"},
        "Address":{"City":"Austin","State":"TX"}})"));
    tenant.insertAgent(record(R"({"Id":4,"UserName":"ljohnson","Email":"liam@example.com",
        "FirstName":"Liam","LastName":"Johnson","CellularPhone":"416-555-0104","PaymentMode":"ACH",
        "IsInactive":false,"IsManager":false,"Office":{"Id":3,"Name":"Toronto"},"Manager":null,
        "Address":{"City":"Toronto","State":"ON"}})"));
    tenant.insertAgent(record(R"({"Id":5,"UserName":"abrown","Email":"ava@example.com",
        "FirstName":"Ava","LastName":"Brown","CellularPhone":"512-555-0105","PaymentMode":"Terms",
        "IsInactive":false,"IsManager":false,"Office":{"Id":1,"Name":"Austin"},
        "Manager":{"Id":1,"Name":"Seán O'Brien"},"Address":{"City":"Austin","State":"TX"}})"));
    tenant.insertAgent(record(R"({"Id":6,"UserName":"nlee","Email":"noah@example.com",
        "FirstName":"Noah","LastName":"Lee","CellularPhone":"303-555-0106","PaymentMode":"Terms",
        "IsInactive":false,"IsManager":false,"Office":{"Id":2,"Name":"Denver"},"Manager":null,
        "Address":{"City":"Denver","State":"CO"}})"));
}

const QByteArray Header =
    "Email,First Name,Last Name,User Name,Cell,Payment Mode,Office,Manager,City\n";
// The tenant as it is, one line per active agent: offices and managers written every way.
const QByteArray Sean = "sean@example.com,Seán,O'Brien,sobrien,512-555-0101,Terms,Austin,,Austin\n";
const QByteArray MaryKate =
    "mk@example.com,Mary-Kate,Smith-Jones,mksmith,512-555-0103,Terms,1,sean@example.com,Austin\n";
const QByteArray Ava =
    "ava@example.com,Ava,Brown,abrown,512-555-0105,terms,austin,Seán O'Brien,Austin\n";
const QByteArray Liam =
    "liam@example.com,Liam,Johnson,ljohnson,416-555-0104,ACH,Toronto,,Toronto\n";
const QByteArray Noah = "noah@example.com,Noah,Lee,nlee,303-555-0106,Terms,2,,Denver\n";
const QByteArray Jose = "jose@example.com,José,Núñez,jnunez,303-555-0102,Prepay,Denver,1,Denver\n";
const QByteArray NewAgent =
    "zoe@example.com,Zoé,Martin,zmartin,303-555-0199,Prepay,Denver,sean@example.com,Boulder\n";

QList<Action> actionsOf(const RosterPlan &plan)
{
    QList<Action> actions;
    for (const RosterItem &item : plan.items)
        actions.append(item.action);
    return actions;
}

QList<qint64> idsOf(const RosterPlan &plan, Action action)
{
    QList<qint64> ids;
    for (const RosterItem &item : plan.items) {
        if (item.action == action)
            ids.append(item.id);
    }
    return ids;
}

int agentListReads(const QList<sim::RecordedRequest> &requests)
{
    return int(std::count_if(requests.cbegin(), requests.cend(), [](const sim::RecordedRequest &r) {
        const bool managers = std::any_of(r.query.cbegin(), r.query.cend(), [](const auto &item) {
            return item.first == QLatin1String("$filter");
        });
        return r.path == QLatin1String("/api/agents") && !managers;
    }));
}

int singleAgentLookups(const QList<sim::RecordedRequest> &requests)
{
    return int(std::count_if(requests.cbegin(), requests.cend(), [](const sim::RecordedRequest &r) {
        const bool byEmail = std::any_of(r.query.cbegin(), r.query.cend(), [](const auto &item) {
            return item.first == QLatin1String("email");
        });
        return r.path.startsWith(QLatin1String("/api/agents/")) || byEmail;
    }));
}

} // namespace

class TestRosterPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rosterEqualToTenant_plansOnlyUnchanged_data();
    void rosterEqualToTenant_plansOnlyUnchanged();
    void nameChangeOnly_patchHasOnlyFirstName();
    void create_referencesAsIds();
    void rowErrors_withLineAndReason_data();
    void rowErrors_withLineAndReason();
    void duplicateEmail_bothRowsAreErrors();
    void matchByUserName_whenEmailIsNew();
    void emailCase_isNotAChange();
    void deactivate_onlyInScope_data();
    void deactivate_onlyInScope();
    void unknownOfficeOption_isAnError_data();
    void unknownOfficeOption_isAnError();
    void reactivate_data();
    void reactivate();
    void clearEmpty_data();
    void clearEmpty();
    void toJson_issueShape();
    void tenant_readInOneWalk();
    void failure_reported();
    void progress_countsAgentsRead();
    void cancel_nothingEmitted();
    void exampleRoster_plansAgainstTheDefaultTenant_data();
    void exampleRoster_plansAgainstTheDefaultTenant();

private:
    bool plan(const QByteArray &csv, const RosterOptions &options = {});

    std::unique_ptr<sim::SimServer> m_server;
    std::unique_ptr<SignTrakerClient> m_client;
    RosterPlan m_plan;
};

void TestRosterPlanner::initTestCase()
{
    qRegisterMetaType<ApiError>();
    qRegisterMetaType<RosterPlan>();
}

void TestRosterPlanner::init()
{
    m_server = test::startSimulator(1, 0, Key);
    QVERIFY(m_server);
    fillTenant(m_server->tenant());
    m_client = test::clientFor(*m_server, Key);
    m_plan = {};
}

void TestRosterPlanner::cleanup()
{
    m_client.reset();
    m_server.reset();
}

bool TestRosterPlanner::plan(const QByteArray &csv, const RosterOptions &options)
{
    const RosterFile file = RosterFile::parse(csv);
    RosterPlanner planner(m_client.get());
    QSignalSpy planned(&planner, &RosterPlanner::planned);
    QSignalSpy failed(&planner, &RosterPlanner::failed);
    planner.plan(file, RosterMapping::fromHeaders(file.headers()), options);
    if (!planned.wait(10000) || !failed.isEmpty())
        return false;
    m_plan = planned.first().first().value<RosterPlan>();
    return true;
}

void TestRosterPlanner::rosterEqualToTenant_plansOnlyUnchanged_data()
{
    QTest::addColumn<bool>("clearEmpty");
    QTest::addColumn<bool>("deactivateMissing");
    QTest::newRow("defaults") << false << false;
    QTest::newRow("clear empty, deactivate missing") << true << true;
}

void TestRosterPlanner::rosterEqualToTenant_plansOnlyUnchanged()
{
    QFETCH(bool, clearEmpty);
    QFETCH(bool, deactivateMissing);
    RosterOptions options;
    options.clearEmpty = clearEmpty;
    options.deactivateMissing = deactivateMissing;
    QVERIFY(plan(Header + Sean + MaryKate + Ava + Liam + Noah, options));
    QCOMPARE(actionsOf(m_plan), QList<Action>(5, Action::Unchanged));
    QCOMPARE(idsOf(m_plan, Action::Unchanged), (QList<qint64>{1, 3, 5, 4, 6}));
    QCOMPARE(m_plan.summary().value(QStringLiteral("unchanged")), 5);
}

void TestRosterPlanner::nameChangeOnly_patchHasOnlyFirstName()
{
    QByteArray changed = MaryKate;
    changed.replace("Mary-Kate", "Mary Kate");
    QVERIFY(plan(Header + Sean + changed));
    QCOMPARE(actionsOf(m_plan), (QList<Action>{Action::Unchanged, Action::Update}));
    const RosterItem &item = m_plan.items.at(1);
    QCOMPARE(item.row, 3);
    QCOMPARE(item.id, 3);
    QCOMPARE(item.email, QStringLiteral("mk@example.com"));
    QCOMPARE(item.patch, (QJsonObject{{"FirstName", "Mary Kate"}}));
    QCOMPARE(item.planned, *m_server->tenant().agent(3));
    QCOMPARE(item.status, RosterItem::Status::Planned);
}

void TestRosterPlanner::create_referencesAsIds()
{
    QVERIFY(plan(Header + NewAgent));
    QCOMPARE(actionsOf(m_plan), QList<Action>{Action::Create});
    const RosterItem &item = m_plan.items.first();
    QCOMPARE(item.id, 0);
    QCOMPARE(item.row, 2);
    QVERIFY(item.planned.isEmpty());
    QCOMPARE(item.name, QStringLiteral("Zoé Martin"));
    const QJsonObject expected = record(R"({"Email":"zoe@example.com","FirstName":"Zoé",
        "LastName":"Martin","UserName":"zmartin","CellularPhone":"303-555-0199",
        "PaymentMode":"Prepay","Office":{"Id":2},"Manager":{"Id":1},"Address":{"City":"Boulder"}})");
    QCOMPARE(item.patch, expected);
}

void TestRosterPlanner::rowErrors_withLineAndReason_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("reason");
    QTest::newRow("invalid e-mail")
        << QByteArray("zoe.example.com,Zoé,Martin,zmartin,303-555-0199,Prepay,Denver,,Boulder\n")
        << QStringLiteral("zoe.example.com");
    QTest::newRow("unknown office name")
        << QByteArray("zoe@example.com,Zoé,Martin,zmartin,303-555-0199,Prepay,Nowhere,,Boulder\n")
        << QStringLiteral("Nowhere");
    QTest::newRow("unknown office Id")
        << QByteArray("zoe@example.com,Zoé,Martin,zmartin,303-555-0199,Prepay,99,,Boulder\n")
        << QStringLiteral("\"99\"");
    QTest::newRow("unknown manager")
        << QByteArray("zoe@example.com,Zoé,Martin,zmartin,303-555-0199,Prepay,2,ava@example.com,\n")
        << QStringLiteral("ava@example.com");
    QTest::newRow("payment mode not allowed")
        << QByteArray("sean@example.com,Seán,O'Brien,sobrien,512-555-0101,Cash,Austin,,Austin\n")
        << QStringLiteral("Cash");
    QTest::newRow("new agent without cell phone and office")
        << QByteArray("zoe@example.com,Zoé,Martin,zmartin,,Prepay,,,Boulder\n")
        << QStringLiteral("Cell phone, Office");
}

void TestRosterPlanner::rowErrors_withLineAndReason()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, reason);
    // A quoted line break in the first row: the bad row is on line 4 of the file.
    QVERIFY(plan(Header + "\"mk@example.com\",\"Mary-Kate\nJr\",,,,,,,\n" + line));
    QCOMPARE(m_plan.items.size(), 2);
    const RosterItem &item = m_plan.items.at(1);
    QCOMPARE(item.action, Action::Error);
    QCOMPARE(item.status, RosterItem::Status::Error);
    QCOMPARE(item.row, 4);
    QVERIFY2(item.reason.contains(reason), qPrintable(item.reason));
    QVERIFY(item.patch.isEmpty());
    QCOMPARE(m_plan.summary().value(QStringLiteral("error")), 1);
}

void TestRosterPlanner::duplicateEmail_bothRowsAreErrors()
{
    QByteArray again = Sean;
    again.replace("sean@example.com", "SEAN@Example.com");
    RosterOptions options;
    options.deactivateMissing = true;
    QVERIFY(plan(Header + Sean + Liam + again, options));
    QCOMPARE(actionsOf(m_plan), (QList<Action>{Action::Error, Action::Unchanged, Action::Error,
                                               Action::Deactivate, Action::Deactivate}));
    QCOMPARE(m_plan.items.at(0).row, 2);
    QCOMPARE(m_plan.items.at(2).row, 4);
    QVERIFY2(m_plan.items.at(0).reason.contains(QLatin1String("2, 4")),
             qPrintable(m_plan.items.at(0).reason));
    // The agent of the bad rows is in the roster all the same: never planned for deactivation.
    QCOMPARE(idsOf(m_plan, Action::Deactivate), (QList<qint64>{3, 5}));
}

void TestRosterPlanner::matchByUserName_whenEmailIsNew()
{
    QByteArray moved = Liam;
    // The service compares user names without case: "LJohnson" is no change either.
    moved.replace("liam@example.com,Liam,Johnson,ljohnson",
                  "liam.j@example.com,Liam,Johnson,LJohnson");
    QVERIFY(plan(Header + moved));
    QCOMPARE(actionsOf(m_plan), QList<Action>{Action::Update});
    QCOMPARE(m_plan.items.first().id, 4);
    QCOMPARE(m_plan.items.first().patch, (QJsonObject{{"Email", "liam.j@example.com"}}));
}

void TestRosterPlanner::emailCase_isNotAChange()
{
    QByteArray upper = Ava;
    upper.replace("ava@example.com", "Ava@Example.COM");
    QVERIFY(plan(Header + upper));
    QCOMPARE(actionsOf(m_plan), QList<Action>{Action::Unchanged});
    QCOMPARE(m_plan.items.first().id, 5);
}

void TestRosterPlanner::deactivate_onlyInScope_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<bool>("deactivateMissing");
    QTest::addColumn<QStringList>("offices");
    QTest::addColumn<QList<qint64>>("deactivated");
    // Austin (1) has Seán, Mary-Kate and Ava; Denver (2) Noah and the inactive José; Toronto (3)
    // Liam.
    QTest::newRow("not asked") << Header + Sean + MaryKate << false << QStringList()
                               << QList<qint64>{};
    QTest::newRow("the roster's offices")
        << Header + Sean + MaryKate << true << QStringList() << QList<qint64>{5};
    QTest::newRow("an office by name (inactive agents left alone)")
        << Header + Sean + MaryKate << true << QStringList{"denver"} << QList<qint64>{6};
    QTest::newRow("offices by Id and name")
        << Header + Sean + MaryKate << true << QStringList{"1", "Toronto"} << QList<qint64>{4, 5};
    QTest::newRow("no Office column: the offices of the agents matched")
        << QByteArray("Email\nsean@example.com\nliam@example.com\n") << true << QStringList()
        << QList<qint64>{3, 5};
    QTest::newRow("a row moving an agent brings its new office into scope")
        << QByteArray("Email,Office\nliam@example.com,Denver\n") << true << QStringList()
        << QList<qint64>{6};
}

void TestRosterPlanner::deactivate_onlyInScope()
{
    QFETCH(QByteArray, csv);
    QFETCH(bool, deactivateMissing);
    QFETCH(QStringList, offices);
    QFETCH(QList<qint64>, deactivated);
    RosterOptions options;
    options.deactivateMissing = deactivateMissing;
    options.offices = offices;
    QVERIFY(plan(csv, options));
    QCOMPARE(idsOf(m_plan, Action::Deactivate), deactivated);
    for (const RosterItem &item : std::as_const(m_plan.items)) {
        if (item.action != Action::Deactivate)
            continue;
        QCOMPARE(item.row, 0);
        QVERIFY(item.patch.isEmpty());
        QCOMPARE(item.planned, *m_server->tenant().agent(item.id));
        QCOMPARE(item.email, item.planned.value(QStringLiteral("Email")).toString());
    }
    QCOMPARE(m_plan.summary().value(QStringLiteral("error")), 0);
}

void TestRosterPlanner::unknownOfficeOption_isAnError_data()
{
    QTest::addColumn<bool>("deactivateMissing");
    QTest::addColumn<QList<qint64>>("deactivated");
    QTest::newRow("without deactivation") << false << QList<qint64>{};
    // The office that exists stays the scope; the one that does not is said, not guessed.
    QTest::newRow("with deactivation") << true << QList<qint64>{6};
}

void TestRosterPlanner::unknownOfficeOption_isAnError()
{
    QFETCH(bool, deactivateMissing);
    QFETCH(QList<qint64>, deactivated);
    RosterOptions options;
    options.offices = {QStringLiteral("Denver"), QStringLiteral("Atlantis")};
    options.deactivateMissing = deactivateMissing;
    QVERIFY(plan(Header + Sean, options));
    QCOMPARE(m_plan.items.at(0).action, Action::Unchanged);
    QCOMPARE(m_plan.items.at(1).action, Action::Error);
    QCOMPARE(m_plan.items.at(1).row, 0);
    QVERIFY2(m_plan.items.at(1).reason.contains(QLatin1String("Atlantis")),
             qPrintable(m_plan.items.at(1).reason));
    QCOMPARE(m_plan.items.size(), 2 + deactivated.size());
    QCOMPARE(idsOf(m_plan, Action::Deactivate), deactivated);
}

void TestRosterPlanner::reactivate_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("reactivate");
    QTest::addColumn<QList<Action>>("actions");
    QByteArray newCell = Jose;
    newCell.replace("303-555-0102", "303-555-0177");
    QTest::newRow("off") << Jose << false << QList<Action>{Action::Unchanged};
    QTest::newRow("on") << Jose << true << QList<Action>{Action::Activate};
    QTest::newRow("off, with a change") << newCell << false << QList<Action>{Action::Update};
    QTest::newRow("on, with a change: two items")
        << newCell << true << QList<Action>{Action::Activate, Action::Update};
}

void TestRosterPlanner::reactivate()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, reactivate);
    QFETCH(QList<Action>, actions);
    RosterOptions options;
    options.reactivate = reactivate;
    QVERIFY(plan(Header + line, options));
    QCOMPARE(actionsOf(m_plan), actions);
    for (const RosterItem &item : std::as_const(m_plan.items)) {
        QCOMPARE(item.id, 2);
        QCOMPARE(item.row, 2);
        if (item.action == Action::Update)
            QCOMPARE(item.patch, (QJsonObject{{"CellularPhone", "303-555-0177"}}));
        if (item.action == Action::Unchanged)
            QVERIFY(!item.reason.isEmpty()); // says why an inactive agent stays so
    }
    // Two items of one agent do not share a key (a journal tells them apart).
    if (m_plan.items.size() == 2)
        QVERIFY(m_plan.items.at(0).key() != m_plan.items.at(1).key());
}

void TestRosterPlanner::clearEmpty_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<bool>("clearEmpty");
    QTest::addColumn<Action>("action");
    QTest::addColumn<QJsonObject>("patch");
    const QByteArray header = "Email,Office Phone,Cell,City\n";
    QTest::newRow("empty office phone, off") << header + "mk@example.com,,512-555-0103,\n"
                                             << false << Action::Unchanged << QJsonObject();
    QTest::newRow("empty office phone and city, on")
        << header + "mk@example.com,,512-555-0103,\n"
        << true << Action::Update
        << QJsonObject{{"OfficePhone", QJsonValue::Null},
                       {"Address", QJsonObject{{"City", QJsonValue::Null}}}};
    QTest::newRow("empty cell phone, off") << header + "mk@example.com,512-555-0200,,Austin\n"
                                           << false << Action::Unchanged << QJsonObject();
    QTest::newRow("empty cell phone, on: a required member is never cleared")
        << header + "mk@example.com,512-555-0200,,Austin\n"
        << true << Action::Error << QJsonObject();
}

void TestRosterPlanner::clearEmpty()
{
    QFETCH(QByteArray, csv);
    QFETCH(bool, clearEmpty);
    QFETCH(Action, action);
    QFETCH(QJsonObject, patch);
    RosterOptions options;
    options.clearEmpty = clearEmpty;
    QVERIFY(plan(csv, options));
    QCOMPARE(actionsOf(m_plan), QList<Action>{action});
    QCOMPARE(m_plan.items.first().patch, patch);
    if (action == Action::Update) {
        // The patch, applied as the service applies it, leaves every other member as it was.
        const QJsonObject before = *m_server->tenant().agent(3);
        const QJsonObject after = MergePatch::apply(before, patch);
        QCOMPARE(MergePatch::diff(before, after), patch);
    }
}

void TestRosterPlanner::toJson_issueShape()
{
    QByteArray changed = MaryKate;
    changed.replace("Mary-Kate", "Mary Kate");
    RosterOptions options;
    options.deactivateMissing = true;
    QVERIFY(plan(Header + Sean + changed + NewAgent +
                     "bad-address,X,Y,xy,512-555-0000,Terms,Austin,,\n",
                 options));
    const QJsonObject json = m_plan.toJson();
    QCOMPARE(json.keys(), (QStringList{"items", "summary"}));
    const QJsonObject expectedSummary{{"create", 1},     {"update", 1},    {"activate", 0},
                                      {"deactivate", 2}, {"unchanged", 1}, {"error", 1},
                                      {"conflict", 0},   {"failed", 0}};
    QCOMPARE(json.value("summary").toObject(), expectedSummary);
    const QJsonArray items = json.value("items").toArray();
    // Zoé's Denver joins Austin in the scope: Ava and Noah are missing.
    QCOMPARE(items.size(), 6);
    for (const QJsonValue &value : items) {
        QCOMPARE(value.toObject().keys(),
                 (QStringList{"action", "email", "id", "patch", "reason", "row", "status"}));
    }
    QCOMPARE(items.at(1).toObject(),
             record(R"({"row":3,"action":"update","id":3,"email":"mk@example.com",
                 "patch":{"FirstName":"Mary Kate"},"status":"planned","reason":null})"));
    QCOMPARE(items.at(2)["action"], "create");
    QCOMPARE(items.at(2)["id"], QJsonValue::Null);
    QCOMPARE(items.at(2)["patch"]["Office"], (QJsonObject{{"Id", 2}}));
    QCOMPARE(items.at(3)["status"], "error");
    QCOMPARE(items.at(3)["patch"], QJsonValue::Null);
    QVERIFY(items.at(3)["reason"].isString());
    QCOMPARE(items.at(4).toObject(),
             record(R"({"row":null,"action":"deactivate","id":5,"email":"ava@example.com",
                 "patch":null,"status":"planned","reason":null})"));
    QCOMPARE(items.at(5)["id"], 6);
}

void TestRosterPlanner::tenant_readInOneWalk()
{
    // However many rows, the same requests: the tenant is read in one walk, never per row.
    m_server->clearRequests();
    QVERIFY(plan(Header + Sean));
    const int oneRow = agentListReads(m_server->requests());
    QVERIFY(oneRow >= 1);
    QCOMPARE(singleAgentLookups(m_server->requests()), 0);

    m_server->clearRequests();
    QVERIFY(plan(Header + Sean + MaryKate + Ava + Liam + Noah + Jose + NewAgent));
    QCOMPARE(agentListReads(m_server->requests()), oneRow);
    QCOMPARE(singleAgentLookups(m_server->requests()), 0);
}

void TestRosterPlanner::failure_reported()
{
    m_server->setApiKey(QStringLiteral("another-key"));
    const RosterFile file = RosterFile::parse(Header + Sean);
    RosterPlanner planner(m_client.get());
    QSignalSpy planned(&planner, &RosterPlanner::planned);
    QSignalSpy failed(&planner, &RosterPlanner::failed);
    planner.plan(file, RosterMapping::fromHeaders(file.headers()), {});
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(planned.size(), 0);
    QVERIFY(!planner.isRunning());

    // A roster with no column to match by fails before reading anything.
    m_server->clearRequests();
    const RosterFile noEmail = RosterFile::parse("City\nAustin\n");
    planner.plan(noEmail, RosterMapping::fromHeaders(noEmail.headers()), {});
    QVERIFY(failed.wait(10000));
    QCOMPARE(m_server->requests().size(), 0);
}

void TestRosterPlanner::progress_countsAgentsRead()
{
    const RosterFile file = RosterFile::parse(Header + Sean);
    RosterPlanner planner(m_client.get());
    QSignalSpy progress(&planner, &RosterPlanner::progressChanged);
    QSignalSpy planned(&planner, &RosterPlanner::planned);
    planner.plan(file, RosterMapping::fromHeaders(file.headers()), {});
    QVERIFY(planned.wait(10000));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), 6);
}

void TestRosterPlanner::cancel_nothingEmitted()
{
    const RosterFile file = RosterFile::parse(Header + Sean);
    const RosterMapping mapping = RosterMapping::fromHeaders(file.headers());
    RosterPlanner first(m_client.get());
    QSignalSpy firstPlanned(&first, &RosterPlanner::planned);
    QSignalSpy firstFailed(&first, &RosterPlanner::failed);
    first.plan(file, mapping, {});
    first.cancel();
    QVERIFY(!first.isRunning());
    // A second plan over the same connection (and its shared pick lists) runs to its end; the
    // cancelled one has said nothing by then.
    RosterPlanner second(m_client.get());
    QSignalSpy secondPlanned(&second, &RosterPlanner::planned);
    second.plan(file, mapping, {});
    QVERIFY(secondPlanned.wait(10000));
    QCOMPARE(firstPlanned.size(), 0);
    QCOMPARE(firstFailed.size(), 0);
}

void TestRosterPlanner::exampleRoster_plansAgainstTheDefaultTenant_data()
{
    QTest::addColumn<bool>("reactivate");
    QTest::addColumn<int>("activate");
    QTest::addColumn<int>("unchanged");
    QTest::newRow("as the README runs it") << false << 0 << 6;
    QTest::newRow("--reactivate: Daniel Müller comes back") << true << 1 << 5;
}

void TestRosterPlanner::exampleRoster_plansAgainstTheDefaultTenant()
{
    QFETCH(bool, reactivate);
    QFETCH(int, activate);
    QFETCH(int, unchanged);
    // signtraker-sim with no --data: seed 1, 250 agents.
    m_server = test::startSimulator(1, 250, Key);
    QVERIFY(m_server);
    m_client = test::clientFor(*m_server, Key);
    QFile example(QStringLiteral(SIGNTRAKER_EXAMPLE_ROSTER));
    QVERIFY2(example.open(QIODevice::ReadOnly), qPrintable(example.errorString()));
    RosterOptions options;
    options.reactivate = reactivate;
    QVERIFY(plan(example.readAll(), options));
    for (const RosterItem &item : std::as_const(m_plan.items))
        QVERIFY2(item.action != Action::Error, qPrintable(item.reason));
    const QMap<QString, int> summary = m_plan.summary();
    QCOMPARE(summary.value(QStringLiteral("create")), 2);
    QCOMPARE(summary.value(QStringLiteral("update")), 2);
    QCOMPARE(summary.value(QStringLiteral("activate")), activate);
    QCOMPARE(summary.value(QStringLiteral("unchanged")), unchanged);
    QCOMPARE(summary.value(QStringLiteral("error")), 0);
}

QTEST_GUILESS_MAIN(TestRosterPlanner)
#include "tst_rosterplanner.moc"
