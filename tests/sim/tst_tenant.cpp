// SPDX-License-Identifier: Apache-2.0
// Tenant: the deterministic generator, the service's create and merge-patch rules (validation,
// null removal, nested merge, Id/IsManager/synced refusals), activation, and the data file.
#include "jsonmergepatch.h"
#include "odataschema.h"
#include "tenant.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace signtraker::sim;

namespace {

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QJsonObject validAgent()
{
    // Not a raw string: moc misreads an apostrophe inside one.
    return object("{\"UserName\":\"new.agent\",\"Email\":\"new.agent@example.com\","
                  "\"FirstName\":\"Zo\u00eb\",\"LastName\":\"O'Neil\","
                  "\"CellularPhone\":\"+1 512-555-0100\",\"PaymentMode\":\"Prepay\","
                  "\"Office\":{\"Id\":1}}");
}

} // namespace

class TestTenant : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void generate_sameSeed_sameTenant();
    void generate_default_hasTheDescribedShape();
    void generate_50000Agents_isQuickAndUnique();
    void createAgent_invalid_isRejected_data();
    void createAgent_invalid_isRejected();
    void createAgent_valid_storesNormalisedRecord();
    void updateAgent_mergePatch_data();
    void updateAgent_mergePatch();
    void updateAgent_nullRemovesUnknownMember();
    void updateAgent_managerData_mergesMemberByMember();
    void updateAgent_renamedManager_renamesReferences();
    void updateAgent_synced_isRejectedAndUnchanged();
    void updateAgent_missing_isNotFound();
    void setAgentInactive_togglesFlag();
    void dataFile_roundTrip_keepsEveryChange();
    void load_invalid_reportsError_data();
    void load_invalid_reportsError();

private:
    QJsonObject firstAgent(bool manager) const;
    qint64 firstSyncedId() const;

    Tenant m_tenant;
};

void TestTenant::init()
{
    m_tenant.generate(5, 120);
}

QJsonObject TestTenant::firstAgent(bool manager) const
{
    for (const QJsonValue &value : m_tenant.agents()) {
        const QJsonObject agent = value.toObject();
        if (agent.value(QLatin1String("IsManager")).toBool() == manager &&
            !m_tenant.isSynced(agent.value(QLatin1String("Id")).toInteger()))
            return agent;
    }
    return {};
}

qint64 TestTenant::firstSyncedId() const
{
    const QList<qint64> ids = m_tenant.syncedAgentIds();
    return ids.isEmpty() ? 0 : ids.first();
}

void TestTenant::generate_sameSeed_sameTenant()
{
    Tenant a;
    Tenant b;
    Tenant c;
    a.generate(11, 300);
    b.generate(11, 300);
    c.generate(12, 300);
    QCOMPARE(a.toJson(), b.toJson());
    QVERIFY(a.agents() != c.agents());
}

void TestTenant::generate_default_hasTheDescribedShape()
{
    Tenant tenant;
    tenant.generate(1);
    const QJsonArray agents = tenant.agents();
    QCOMPARE(agents.size(), Tenant::DefaultAgentCount);
    QCOMPARE(tenant.enterprises().size(), 3);
    QCOMPARE(tenant.offices().size(), 12);
    for (const QJsonValue &office : tenant.offices()) {
        QCOMPARE(office.toObject().keys(), (QStringList{"Id", "Name"}));
        const qint64 enterprise =
            tenant.enterpriseOfOffice(office[QLatin1String("Id")].toInteger());
        QVERIFY(enterprise >= 1 && enterprise <= 3);
    }

    const QHash<QString, QSet<QString>> states{{"US", {"TX", "CO", "WA", "MA"}},
                                               {"CA", {"ON", "BC", "AB", "NS", "QC"}},
                                               {"AU", {"WA", "SA", "NT"}}};
    const ODataSchema &schema = ODataSchema::agent();
    QSet<QString> userNames, emails, paymentModes, countries;
    int managers = 0, inactive = 0, apostrophes = 0, hyphens = 0, accents = 0;
    for (const QJsonValue &value : agents) {
        const QJsonObject agent = value.toObject();
        const qint64 id = agent[QLatin1String("Id")].toInteger();
        for (int i = 0; i < schema.count(); ++i) // every member, null when it has no value
            if (!schema.member(i).path.contains(u'/'))
                QVERIFY2(agent.contains(schema.member(i).path), qPrintable(schema.member(i).path));
        userNames.insert(agent[QLatin1String("UserName")].toString().toLower());
        emails.insert(agent[QLatin1String("Email")].toString().toLower());
        paymentModes.insert(agent[QLatin1String("PaymentMode")].toString());
        const QString lastName = agent[QLatin1String("LastName")].toString() +
                                 agent[QLatin1String("FirstName")].toString();
        apostrophes += lastName.contains(u'\'') ? 1 : 0;
        hyphens += lastName.contains(u'-') ? 1 : 0;
        accents += lastName.contains(QRegularExpression(QStringLiteral("[^\\x00-\\x7f]"))) ? 1 : 0;
        inactive += agent[QLatin1String("IsInactive")].toBool() ? 1 : 0;

        const QJsonObject address = agent[QLatin1String("Address")].toObject();
        const QString country = address[QLatin1String("CountryCode")].toString();
        countries.insert(country);
        QVERIFY2(states.value(country).contains(address[QLatin1String("State")].toString()),
                 qPrintable(QString::number(id)));
        QVERIFY(!agent[QLatin1String("CellularPhone")].toString().isEmpty());

        if (agent[QLatin1String("IsManager")].toBool()) {
            ++managers;
            QVERIFY(agent[QLatin1String("ManagerData")].isObject());
            continue;
        }
        QVERIFY(agent[QLatin1String("ManagerData")].isNull());
        const QJsonValue manager = agent[QLatin1String("Manager")];
        if (manager.isNull())
            continue;
        const auto boss = tenant.agent(manager[QLatin1String("Id")].toInteger());
        QVERIFY(boss);
        QVERIFY(boss->value(QLatin1String("IsManager")).toBool());
        QCOMPARE(boss->value(QLatin1String("Office")), agent[QLatin1String("Office")]);
        QCOMPARE(manager[QLatin1String("Name")].toString(),
                 boss->value(QLatin1String("FirstName")).toString() + u' ' +
                     boss->value(QLatin1String("LastName")).toString());
    }
    QCOMPARE(userNames.size(), agents.size());
    QCOMPARE(emails.size(), agents.size());
    QCOMPARE(paymentModes, (QSet<QString>{"Terms", "Prepay", "MonthlyCC", "ACH", "Transfer"}));
    QCOMPARE(countries, (QSet<QString>{"US", "CA", "AU"}));
    QVERIFY(apostrophes > 0 && hyphens > 0 && accents > 0);
    QVERIFY2(managers >= 10 && managers <= 32, qPrintable(QString::number(managers))); // ~8%
    QVERIFY2(inactive >= 20 && inactive <= 60, qPrintable(QString::number(inactive))); // ~15%
    const int synced = int(tenant.syncedAgentIds().size());
    QVERIFY2(synced >= 4 && synced <= 25, qPrintable(QString::number(synced))); // ~5%
    for (const QJsonValue &value : agents)
        QVERIFY(!value.toObject().contains(QLatin1String("Synced"))); // the flag stays hidden
}

void TestTenant::generate_50000Agents_isQuickAndUnique()
{
    Tenant tenant;
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock(); // all threads: meaningful on a busy machine too
    tenant.generate(3, 50000);
    const qint64 elapsed = timer.elapsed();
    qInfo("generated 50,000 agents in %lld ms (%.0f ms of CPU)", elapsed,
          double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC);
    QCOMPARE(tenant.agentTable().rowCount(), 50000);
    // Generous: the goal is < 1 s on an idle machine; this only catches a regression by an order.
    QVERIFY2(elapsed < 10000, qPrintable(QString::number(elapsed)));
    QSet<QString> userNames;
    for (qsizetype row = 0; row < tenant.agentTable().rowCount(); ++row)
        userNames.insert(tenant.agentTable().at(row).value(QLatin1String("UserName")).toString());
    QCOMPARE(userNames.size(), 50000);
}

void TestTenant::createAgent_invalid_isRejected_data()
{
    QTest::addColumn<QByteArray>("patch"); // merged onto validAgent(); %USER%/%EMAIL%/%AGENT%
    QTest::addColumn<QString>("message");  // substitutions from the tenant
    QTest::newRow("UserName missing")
        << QByteArray(R"({"UserName":null})") << "The UserName field is required.";
    QTest::newRow("Email missing")
        << QByteArray(R"({"Email":null})") << "The Email field is required.";
    QTest::newRow("FirstName empty")
        << QByteArray(R"({"FirstName":"  "})") << "The FirstName field is required.";
    QTest::newRow("LastName missing")
        << QByteArray(R"({"LastName":null})") << "The LastName field is required.";
    QTest::newRow("CellularPhone missing")
        << QByteArray(R"({"CellularPhone":null})") << "The CellularPhone field is required.";
    QTest::newRow("PaymentMode missing")
        << QByteArray(R"({"PaymentMode":null})") << "The PaymentMode field is required.";
    QTest::newRow("Office missing")
        << QByteArray(R"({"Office":null})")
        << "The Office field is required: an object with the Id of an office.";
    QTest::newRow("Office without Id")
        << QByteArray(R"({"Office":{"Id":null,"Name":"Austin"}})")
        << "The Office field is required: an object with the Id of an office.";
    QTest::newRow("Office unknown")
        << QByteArray(R"({"Office":{"Id":999}})") << "The Office with Id 999 does not exist.";
    QTest::newRow("PaymentMode unknown")
        << QByteArray(R"({"PaymentMode":"Cash"})")
        << "The PaymentMode 'Cash' is not valid. Valid values: Terms, Prepay, MonthlyCC, ACH, "
           "Transfer.";
    QTest::newRow("CountryCode unknown")
        << QByteArray(R"({"Address":{"CountryCode":"UK"}})")
        << "The Address.CountryCode 'UK' is not valid. Valid values: US, CA, AU.";
    QTest::newRow("State of three letters")
        << QByteArray(R"({"Address":{"State":"NSW","CountryCode":"AU"}})")
        << "The Address.State field must be exactly 2 letters: 'NSW'.";
    QTest::newRow("State with a digit")
        << QByteArray(R"({"Address":{"State":"T1"}})")
        << "The Address.State field must be exactly 2 letters: 'T1'.";
    QTest::newRow("Email without @")
        << QByteArray(R"({"Email":"not-an-email"})")
        << "The Email field is not a valid e-mail address: 'not-an-email'.";
    QTest::newRow("Email with a space")
        << QByteArray(R"({"Email":"a b@example.com"})")
        << "The Email field is not a valid e-mail address: 'a b@example.com'.";
    QTest::newRow("Email without a domain dot")
        << QByteArray(R"({"Email":"a@localhost"})")
        << "The Email field is not a valid e-mail address: 'a@localhost'.";
    QTest::newRow("second CcEmail invalid")
        << QByteArray(R"({"CcEmail":"ok@example.com; bad@"})")
        << "The CcEmail field holds an address that is not valid: 'bad@'.";
    QTest::newRow("DiscountLevel unknown")
        << QByteArray(R"({"IsManager":true,"ManagerData":{"DiscountLevel":"Platinum"}})")
        << "The ManagerData.DiscountLevel 'Platinum' is not valid. Valid values: Standard, "
           "Bronze, Silver, Gold.";
    QTest::newRow("UserName taken, other case")
        << QByteArray(R"({"UserName":"%USER%"})") << "The UserName '%USER%' is already taken.";
    QTest::newRow("Email taken, other case")
        << QByteArray(R"({"Email":"%EMAIL%"})")
        << "The Email '%EMAIL%' is already used by another agent.";
    QTest::newRow("FirstName a number")
        << QByteArray(R"({"FirstName":5})") << "The value of 'FirstName' must be a string.";
    QTest::newRow("IsLocked a string")
        << QByteArray(R"({"IsLocked":"yes"})") << "The value of 'IsLocked' must be true or false.";
    QTest::newRow("Office/Id a string")
        << QByteArray(R"({"Office":{"Id":"1"}})") << "The value of 'Office/Id' must be an integer.";
    QTest::newRow("Address a string")
        << QByteArray(R"({"Address":"1 Main St"})") << "The value of 'Address' must be an object.";
    QTest::newRow("negative price") << QByteArray(R"({"BasicInstallPrice":-1})")
                                    << "The BasicInstallPrice field must not be negative.";
    QTest::newRow("Manager who is not a manager")
        << QByteArray(R"({"Manager":{"Id":%AGENT%}})")
        << "The Manager with Id %AGENT% does not exist or is not a manager.";
    QTest::newRow("DefaultPostType unknown") << QByteArray(R"({"DefaultPostType":{"Id":99}})")
                                             << "The DefaultPostType with Id 99 does not exist.";
}

void TestTenant::createAgent_invalid_isRejected()
{
    QFETCH(QByteArray, patch);
    QFETCH(QString, message);
    const QJsonObject existing = firstAgent(false);
    const QString user = existing[QLatin1String("UserName")].toString().toUpper();
    const QString email = existing[QLatin1String("Email")].toString().toUpper();
    const QString agentId = QString::number(existing[QLatin1String("Id")].toInteger());
    patch.replace("%USER%", user.toUtf8()).replace("%EMAIL%", email.toUtf8());
    patch.replace("%AGENT%", agentId.toUtf8());
    message.replace(QLatin1String("%USER%"), user).replace(QLatin1String("%EMAIL%"), email);
    message.replace(QLatin1String("%AGENT%"), agentId);

    const int before = int(m_tenant.agentTable().rowCount());
    const AgentWriteResult result =
        m_tenant.createAgent(JsonMergePatch::apply(validAgent(), object(patch)));
    QCOMPARE(result.status, 400);
    QCOMPARE(result.message, message);
    QCOMPARE(m_tenant.agentTable().rowCount(), before);
}

void TestTenant::createAgent_valid_storesNormalisedRecord()
{
    const QJsonObject manager = firstAgent(true);
    QJsonObject body = validAgent();
    body.insert(QStringLiteral("Id"), 5); // ignored
    body.insert(QStringLiteral("PaymentMode"), QStringLiteral("monthlycc"));
    body.insert(QStringLiteral("Address"),
                object(R"({"Street":"1 Rue Saint-Denis","City":"Montréal","State":"QC",)"
                       R"("CountryCode":"ca"})"));
    body.insert(QStringLiteral("Manager"), QJsonObject{{"Id", manager[QLatin1String("Id")]}});
    body.insert(QStringLiteral("Office"), QJsonObject{{"Id", 8}, {"Name", "whatever"}});
    body.insert(QStringLiteral("FavouriteColour"), QStringLiteral("teal"));
    const qint64 expectedId = m_tenant.agentTable()
                                  .at(m_tenant.agentTable().rowCount() - 1)
                                  .value(QLatin1String("Id"))
                                  .toInteger() +
                              1;

    const AgentWriteResult result = m_tenant.createAgent(body);
    QVERIFY2(result.ok(), qPrintable(result.message));
    const QJsonObject stored = result.agent;
    QCOMPARE(stored[QLatin1String("Id")].toInteger(), expectedId);
    QCOMPARE(stored[QLatin1String("PaymentMode")].toString(), QStringLiteral("MonthlyCC"));
    QCOMPARE(stored[QLatin1String("Address")][QLatin1String("CountryCode")].toString(),
             QStringLiteral("CA"));
    QCOMPARE(stored[QLatin1String("Address")][QLatin1String("Zip")], QJsonValue(QJsonValue::Null));
    QCOMPARE(stored[QLatin1String("Office")][QLatin1String("Name")].toString(),
             QStringLiteral("Montréal Plateau"));
    QCOMPARE(stored[QLatin1String("Manager")][QLatin1String("Name")].toString(),
             manager[QLatin1String("FirstName")].toString() + u' ' +
                 manager[QLatin1String("LastName")].toString());
    QCOMPARE(stored[QLatin1String("FavouriteColour")].toString(), QStringLiteral("teal"));
    for (const char *flag :
         {"IsInactive", "IsLocked", "EmailConfirmed", "InvitationSent", "IsManager"})
        QCOMPARE(stored[QLatin1String(flag)], QJsonValue(false));
    QCOMPARE(stored[QLatin1String("Notes")], QJsonValue(QJsonValue::Null));
    QCOMPARE(m_tenant.agent(expectedId), std::optional<QJsonObject>(stored));
    QCOMPARE(m_tenant.agentIdByEmail(QStringLiteral("NEW.AGENT@example.com")), expectedId);

    // A manager created without ManagerData gets the standard one.
    QJsonObject boss = validAgent();
    boss.insert(QStringLiteral("UserName"), QStringLiteral("boss"));
    boss.insert(QStringLiteral("Email"), QStringLiteral("boss@example.com"));
    boss.insert(QStringLiteral("IsManager"), true);
    const AgentWriteResult second = m_tenant.createAgent(boss);
    QVERIFY2(second.ok(), qPrintable(second.message));
    QCOMPARE(second.agent[QLatin1String("Id")].toInteger(), expectedId + 1);
    QCOMPARE(second.agent[QLatin1String("ManagerData")][QLatin1String("DiscountLevel")].toString(),
             QStringLiteral("Standard"));
}

void TestTenant::updateAgent_mergePatch_data()
{
    QTest::addColumn<QByteArray>("patch"); // %ID%: the agent's Id, %OTHER%: another's Email
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("path");     // checked on 200: member path ...
    QTest::addColumn<QJsonValue>("value"); // ... and its value; on 400: the message
    QTest::newRow("nested object merged, siblings kept")
        << QByteArray(R"({"Address":{"City":"Austin"}})") << 200 << "Address/City"
        << QJsonValue("Austin");
    QTest::newRow("null clears a known member")
        << QByteArray(R"({"Notes":null})") << 200 << "Notes" << QJsonValue(QJsonValue::Null);
    QTest::newRow("null inside a nested object")
        << QByteArray(R"({"Address":{"Street2":null}})") << 200 << "Address/Street2"
        << QJsonValue(QJsonValue::Null);
    QTest::newRow("unknown member kept") << QByteArray(R"({"FavouriteColour":"teal"})") << 200
                                         << "FavouriteColour" << QJsonValue("teal");
    QTest::newRow("same Id allowed") << QByteArray(R"({"Id":%ID%,"FirstName":"Renée"})") << 200
                                     << "FirstName" << QJsonValue("Renée");
    QTest::newRow("IsManager unchanged allowed")
        << QByteArray(R"({"IsManager":false})") << 200 << "IsManager" << QJsonValue(false);
    QTest::newRow("own email in another case")
        << QByteArray(R"({"Email":"%SELF%"})") << 200 << "Email" << QJsonValue("%SELF%");
    QTest::newRow("office change fills its name") << QByteArray(R"({"Office":{"Id":5}})") << 200
                                                  << "Office/Name" << QJsonValue("Toronto Midtown");
    QTest::newRow("empty patch") << QByteArray("{}") << 200 << "Id" << QJsonValue("%ID%");
    QTest::newRow("Id changed") << QByteArray(R"({"Id":1})") << 400 << QString()
                                << QJsonValue("The Id of an agent cannot be changed.");
    QTest::newRow("Id nulled") << QByteArray(R"({"Id":null})") << 400 << QString()
                               << QJsonValue("The Id of an agent cannot be changed.");
    QTest::newRow("IsManager turned on")
        << QByteArray(R"({"IsManager":true})") << 400 << QString()
        << QJsonValue("IsManager cannot be changed: an agent cannot be turned into a manager or "
                      "back by an update.");
    QTest::newRow("merged email invalid")
        << QByteArray(R"({"Email":"x"})") << 400 << QString()
        << QJsonValue("The Email field is not a valid e-mail address: 'x'.");
    QTest::newRow("required member cleared")
        << QByteArray(R"({"LastName":null})") << 400 << QString()
        << QJsonValue("The LastName field is required.");
    QTest::newRow("email of another agent")
        << QByteArray(R"({"Email":"%OTHER%"})") << 400 << QString()
        << QJsonValue("The Email '%OTHER%' is already used by another agent.");
    QTest::newRow("State too long")
        << QByteArray(R"({"Address":{"State":"Texas"}})") << 400 << QString()
        << QJsonValue("The Address.State field must be exactly 2 letters: 'Texas'.");
}

void TestTenant::updateAgent_mergePatch()
{
    QFETCH(QByteArray, patch);
    QFETCH(int, status);
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    const QJsonObject agent = firstAgent(false);
    const qint64 id = agent[QLatin1String("Id")].toInteger();
    QString other;
    for (const QJsonValue &candidate : m_tenant.agents())
        if (candidate[QLatin1String("Id")].toInteger() != id)
            other = candidate[QLatin1String("Email")].toString();
    const QString self = agent[QLatin1String("Email")].toString().toUpper();
    patch.replace("%ID%", QByteArray::number(id)).replace("%OTHER%", other.toUtf8());
    patch.replace("%SELF%", self.toUtf8());
    if (value.toString() == u"%ID%")
        value = id;
    else if (value.isString())
        value = value.toString()
                    .replace(QLatin1String("%OTHER%"), other)
                    .replace(QLatin1String("%SELF%"), self);

    const AgentWriteResult result = m_tenant.updateAgent(id, object(patch));
    QCOMPARE(result.status, status);
    if (status != 200) {
        QCOMPARE(result.message, value.toString());
        QCOMPARE(m_tenant.agent(id), std::optional<QJsonObject>(agent));
        return;
    }
    QCOMPARE(m_tenant.agent(id), std::optional<QJsonObject>(result.agent));
    QJsonValue actual = result.agent;
    for (const QString &segment : path.split(u'/'))
        actual = actual[segment];
    QCOMPARE(actual, value);
    // Whatever the patch did not name is as it was.
    const QJsonObject patchObject = object(patch);
    for (auto it = agent.constBegin(); it != agent.constEnd(); ++it) {
        if (patchObject.contains(it.key()))
            continue;
        QCOMPARE(result.agent.value(it.key()), it.value());
    }
    if (path == u"Address/City")
        QCOMPARE(result.agent[QLatin1String("Address")][QLatin1String("Street")],
                 agent[QLatin1String("Address")][QLatin1String("Street")]);
}

void TestTenant::updateAgent_nullRemovesUnknownMember()
{
    const qint64 id = firstAgent(false)[QLatin1String("Id")].toInteger();
    QVERIFY(m_tenant.updateAgent(id, object(R"({"Foo":{"Bar":1,"Baz":2}})")).ok());
    const AgentWriteResult nested = m_tenant.updateAgent(id, object(R"({"Foo":{"Bar":null}})"));
    QVERIFY(nested.ok());
    QCOMPARE(nested.agent[QLatin1String("Foo")].toObject(), object(R"({"Baz":2})"));
    const AgentWriteResult removed = m_tenant.updateAgent(id, object(R"({"Foo":null})"));
    QVERIFY(removed.ok());
    QVERIFY(!removed.agent.contains(QLatin1String("Foo")));
}

void TestTenant::updateAgent_managerData_mergesMemberByMember()
{
    const QJsonObject manager = firstAgent(true);
    const qint64 id = manager[QLatin1String("Id")].toInteger();
    const AgentWriteResult result =
        m_tenant.updateAgent(id, object(R"({"ManagerData":{"DiscountLevel":"gold"}})"));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QJsonObject expected = manager[QLatin1String("ManagerData")].toObject();
    expected.insert(QStringLiteral("DiscountLevel"), QStringLiteral("Gold"));
    QCOMPARE(result.agent[QLatin1String("ManagerData")].toObject(), expected);
    QCOMPARE(m_tenant.updateAgent(id, object(R"({"IsManager":false})")).status, 400);
}

void TestTenant::updateAgent_renamedManager_renamesReferences()
{
    qint64 managerId = 0;
    QList<qint64> reports;
    for (const QJsonValue &value : m_tenant.agents()) {
        const QJsonValue manager = value[QLatin1String("Manager")];
        if (manager.isObject() &&
            (managerId == 0 || manager[QLatin1String("Id")].toInteger() == managerId)) {
            managerId = manager[QLatin1String("Id")].toInteger();
            reports << value[QLatin1String("Id")].toInteger();
        }
    }
    QVERIFY(managerId > 0 && !reports.isEmpty());
    if (m_tenant.isSynced(managerId))
        m_tenant.setSynced(managerId, false);
    const AgentWriteResult result = m_tenant.updateAgent(
        managerId, object(R"({"FirstName":"Ana-Lucía","LastName":"D'Souza"})"));
    QVERIFY2(result.ok(), qPrintable(result.message));
    for (const qint64 id : reports)
        QCOMPARE(
            m_tenant.agent(id)->value(QLatin1String("Manager"))[QLatin1String("Name")].toString(),
            QStringLiteral("Ana-Lucía D'Souza"));
    // Filters see the new name too.
    QCOMPARE(m_tenant.agentTable()
                 .value(m_tenant.agentTable().indexOfId(reports.first()),
                        ODataSchema::agent().indexOf(QStringLiteral("Manager/Name")))
                 .text,
             QStringLiteral("ana-lucía d'souza"));
}

void TestTenant::updateAgent_synced_isRejectedAndUnchanged()
{
    const qint64 id = firstSyncedId();
    QVERIFY(id > 0);
    const auto before = m_tenant.agent(id);
    const AgentWriteResult result = m_tenant.updateAgent(id, object(R"({"Notes":"x"})"));
    QCOMPARE(result.status, 400);
    QCOMPARE(result.message,
             QStringLiteral("Agent %1 is synced from a National Account and cannot be updated.")
                 .arg(id));
    QCOMPARE(m_tenant.agent(id), before);
    // Only the update is refused: activation still works.
    QVERIFY(m_tenant.setAgentInactive(id, true).ok());
}

void TestTenant::updateAgent_missing_isNotFound()
{
    QCOMPARE(m_tenant.updateAgent(42, object(R"({"Notes":"x"})")).status, 404);
}

void TestTenant::setAgentInactive_togglesFlag()
{
    const qint64 id = firstAgent(false)[QLatin1String("Id")].toInteger();
    QVERIFY(m_tenant.setAgentInactive(id, true).ok());
    QCOMPARE(m_tenant.agent(id)->value(QLatin1String("IsInactive")), QJsonValue(true));
    QVERIFY(m_tenant.setAgentInactive(id, false).ok());
    QCOMPARE(m_tenant.agent(id)->value(QLatin1String("IsInactive")), QJsonValue(false));
    QCOMPARE(m_tenant.setAgentInactive(7, true).status, 404);
}

void TestTenant::dataFile_roundTrip_keepsEveryChange()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("tenant.json"));
    {
        Tenant tenant;
        QString error;
        QVERIFY2(tenant.attachDataFile(file, 9, 40, &error), qPrintable(error));
        QVERIFY(QFile::exists(file));
        QJsonObject body = validAgent();
        const AgentWriteResult created = tenant.createAgent(body);
        QVERIFY2(created.ok(), qPrintable(created.message));
        const qint64 id = created.agent[QLatin1String("Id")].toInteger();
        QVERIFY(tenant.updateAgent(id, object(R"({"Notes":"kept"})")).ok());
        QVERIFY(tenant.setAgentInactive(1001, true).ok());
        tenant.setSynced(id, true);

        Tenant reloaded;
        QVERIFY2(reloaded.load(file, &error), qPrintable(error));
        QCOMPARE(reloaded.toJson(), tenant.toJson());
        QCOMPARE(reloaded.agent(id)->value(QLatin1String("Notes")).toString(),
                 QStringLiteral("kept"));
        QVERIFY(reloaded.isSynced(id));
        QCOMPARE(reloaded.agentTable().rowCount(), 41);
    }
    // Attaching to an existing file loads it instead of generating anew.
    Tenant again;
    QVERIFY(again.attachDataFile(file, 9, 40));
    QCOMPARE(again.agentTable().rowCount(), 41);
    QCOMPARE(again.agent(1001)->value(QLatin1String("IsInactive")), QJsonValue(true));
    // The next created Id continues after the stored ones.
    QJsonObject body = validAgent();
    body.insert(QStringLiteral("UserName"), QStringLiteral("second"));
    body.insert(QStringLiteral("Email"), QStringLiteral("second@example.com"));
    QCOMPARE(again.createAgent(body).agent[QLatin1String("Id")].toInteger(), 1042);
    // QSaveFile leaves nothing else behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"tenant.json"});
}

void TestTenant::load_invalid_reportsError_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("not JSON") << QByteArray("{oops");
    QTest::newRow("an array") << QByteArray("[]");
    QTest::newRow("another format") << QByteArray(R"({"Format":"something else","Version":1})");
    QTest::newRow("agent without Id") << QByteArray(
        R"({"Format":"signtraker-sim tenant","Version":1,"Agents":[{"UserName":"x"}]})");
}

void TestTenant::load_invalid_reportsError()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bad.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(content);
    out.close();
    Tenant tenant;
    QString error;
    QVERIFY(!tenant.load(file, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!tenant.load(dir.filePath(QStringLiteral("missing.json")), &error));
}

QTEST_GUILESS_MAIN(TestTenant)
#include "tst_tenant.moc"
