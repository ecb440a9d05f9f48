// SPDX-License-Identifier: Apache-2.0
// Agent: typed reads over the JSON the service sent, nested paths, and members the application
// does not know surviving every read and write.
#include "agent.h"
#include "mergepatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace signtraker;

namespace {

QJsonObject object(const char *text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("bad test JSON %s: %s", text, qPrintable(error.errorString()));
    return document.object();
}

QJsonObject sample()
{
    // moc's tokenizer stumbles over an apostrophe inside a raw string: set that one apart.
    QJsonObject record = object(R"({
        "Id": 1042, "UserName": "jsmith", "Email": "j.smith@example.com",
        "EmailConfirmed": true, "FirstName": "Jane", "LastName": "Núñez",
        "IsInactive": false, "IsLocked": true, "IsManager": false,
        "Office": {"Id": 3, "Name": "North"}, "Manager": {"Id": 77, "Name": "Ann Lee"},
        "Address": {"Street": "1 Main St", "City": "Dallas", "State": "TX", "Zip": "75001",
                    "CountryCode": "US", "GateCode": "1234"},
        "OfficePhone": "214-555-0100", "CellularPhone": "214-555-0199",
        "PaymentMode": "Terms", "BasicInstallPrice": 45.5,
        "FutureMember": {"nested": [1, 2, {"x": null}]}, "Flag2027": "yes"
    })");
    record.insert(QStringLiteral("LastName"), QStringLiteral("O'Brien-Núñez"));
    return record;
}

} // namespace

class TestAgent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accessors_sampleRecord_readMembers();
    void accessors_emptyRecord_defaults();
    void id_numberShapes_readAsInteger_data();
    void id_numberShapes_readAsInteger();
    void displayName_parts_lastCommaFirst_data();
    void displayName_parts_lastCommaFirst();
    void value_path_walksNestedObjects_data();
    void value_path_walksNestedObjects();
    void json_unknownMembers_preserved();
    void withValue_path_setsNestedValue_data();
    void withValue_path_setsNestedValue();
    void withValue_siblingsAndUnknownMembers_preserved();
    void withValue_thenDiff_minimalPatch();
    void isValidPath_path_nonEmptySteps_data();
    void isValidPath_path_nonEmptySteps();
};

void TestAgent::accessors_sampleRecord_readMembers()
{
    const Agent agent(sample());
    QCOMPARE(agent.id(), 1042);
    QCOMPARE(agent.userName(), QStringLiteral("jsmith"));
    QCOMPARE(agent.email(), QStringLiteral("j.smith@example.com"));
    QCOMPARE(agent.firstName(), QStringLiteral("Jane"));
    QCOMPARE(agent.lastName(), QStringLiteral("O'Brien-Núñez"));
    QCOMPARE(agent.displayName(), QStringLiteral("O'Brien-Núñez, Jane"));
    QCOMPARE(agent.cellularPhone(), QStringLiteral("214-555-0199"));
    QCOMPARE(agent.officePhone(), QStringLiteral("214-555-0100"));
    QCOMPARE(agent.paymentMode(), QStringLiteral("Terms"));
    QVERIFY(!agent.isInactive());
    QVERIFY(!agent.isManager());
    QVERIFY(agent.isLocked());
    QVERIFY(agent.emailConfirmed());
    QCOMPARE(agent.officeId(), 3);
    QCOMPARE(agent.officeName(), QStringLiteral("North"));
    QCOMPARE(agent.managerId(), 77);
    QCOMPARE(agent.managerName(), QStringLiteral("Ann Lee"));
    QCOMPARE(agent.addressMember(QStringLiteral("City")), QStringLiteral("Dallas"));
    QCOMPARE(agent.addressMember(QStringLiteral("GateCode")), QStringLiteral("1234"));
    QCOMPARE(agent.addressMember(QStringLiteral("Street2")), QString());
}

void TestAgent::accessors_emptyRecord_defaults()
{
    const Agent agent;
    QCOMPARE(agent.id(), 0);
    QCOMPARE(agent.userName(), QString());
    QCOMPARE(agent.displayName(), QString());
    QVERIFY(!agent.isInactive());
    QVERIFY(!agent.isManager());
    QCOMPARE(agent.officeId(), 0);
    QCOMPARE(agent.officeName(), QString());
    QCOMPARE(agent.managerId(), 0);
    QCOMPARE(agent.addressMember(QStringLiteral("City")), QString());
    QVERIFY(agent.json().isEmpty());

    // A manager reference that is null, as the service sends for agents without one.
    const Agent noManager(object(R"({"Manager": null, "Address": null})"));
    QCOMPARE(noManager.managerId(), 0);
    QCOMPARE(noManager.managerName(), QString());
    QCOMPARE(noManager.addressMember(QStringLiteral("City")), QString());
}

void TestAgent::id_numberShapes_readAsInteger_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("id");

    QTest::newRow("integer") << QByteArray(R"({"Id": 7})") << qint64(7);
    QTest::newRow("integral double") << QByteArray(R"({"Id": 7.0})") << qint64(7);
    QTest::newRow("exponent") << QByteArray(R"({"Id": 1e3})") << qint64(1000);
    QTest::newRow("beyond 2^53") << QByteArray(R"({"Id": 9007199254740993})")
                                 << qint64(9007199254740993);
    QTest::newRow("numeric string") << QByteArray(R"({"Id": "42"})") << qint64(42);
    QTest::newRow("fraction is no id") << QByteArray(R"({"Id": 7.5})") << qint64(0);
    QTest::newRow("text is no id") << QByteArray(R"({"Id": "seven"})") << qint64(0);
    QTest::newRow("null") << QByteArray(R"({"Id": null})") << qint64(0);
    QTest::newRow("absent") << QByteArray("{}") << qint64(0);
}

void TestAgent::id_numberShapes_readAsInteger()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, id);
    QCOMPARE(Agent(object(json.constData())).id(), id);
}

void TestAgent::displayName_parts_lastCommaFirst_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("name");

    QTest::newRow("both") << QByteArray(R"({"FirstName": "Jane", "LastName": "Smith"})")
                          << QStringLiteral("Smith, Jane");
    QTest::newRow("spaces trimmed")
        << QByteArray(R"({"FirstName": " Jane ", "LastName": "Smith "})")
        << QStringLiteral("Smith, Jane");
    QTest::newRow("last only") << QByteArray(R"({"LastName": "Smith", "FirstName": ""})")
                               << QStringLiteral("Smith");
    QTest::newRow("first only") << QByteArray(R"({"FirstName": "Jane"})") << QStringLiteral("Jane");
    QTest::newRow("user name fallback")
        << QByteArray(R"({"UserName": "jsmith", "Email": "j@x.com"})") << QStringLiteral("jsmith");
    QTest::newRow("email fallback")
        << QByteArray(R"({"Email": "j@x.com"})") << QStringLiteral("j@x.com");
}

void TestAgent::displayName_parts_lastCommaFirst()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, name);
    QCOMPARE(Agent(object(json.constData())).displayName(), name);
}

void TestAgent::value_path_walksNestedObjects_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");

    QTest::newRow("top level") << QStringLiteral("Email")
                               << QJsonValue(QStringLiteral("j.smith@example.com"));
    QTest::newRow("nested") << QStringLiteral("Address/City")
                            << QJsonValue(QStringLiteral("Dallas"));
    QTest::newRow("nested number") << QStringLiteral("Office/Id") << QJsonValue(3);
    QTest::newRow("object") << QStringLiteral("Office")
                            << QJsonValue(object(R"({"Id": 3, "Name": "North"})"));
    QTest::newRow("unknown member")
        << QStringLiteral("Flag2027") << QJsonValue(QStringLiteral("yes"));
    QTest::newRow("missing") << QStringLiteral("Notes") << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("missing nested")
        << QStringLiteral("Address/Street2") << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("through a scalar")
        << QStringLiteral("Email/Domain") << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("through an array")
        << QStringLiteral("FutureMember/nested/0") << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("empty path") << QString() << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("empty step") << QStringLiteral("Address//City")
                                << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("trailing slash")
        << QStringLiteral("Address/") << QJsonValue(QJsonValue::Undefined);
}

void TestAgent::value_path_walksNestedObjects()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QCOMPARE(Agent(sample()).value(path), value);
}

void TestAgent::json_unknownMembers_preserved()
{
    const QJsonObject original = sample();
    const Agent agent(original);
    QCOMPARE(agent.json(), original);
    QCOMPARE(agent.json().value(QStringLiteral("FutureMember")),
             original.value(QStringLiteral("FutureMember")));
    QCOMPARE(agent.value(QStringLiteral("Address/GateCode")).toString(), QStringLiteral("1234"));
}

void TestAgent::withValue_path_setsNestedValue_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("top level") << QByteArray(R"({"Id": 1})") << QStringLiteral("Notes")
                               << QJsonValue(QStringLiteral("x"))
                               << QByteArray(R"({"Id": 1, "Notes": "x"})");
    QTest::newRow("creates nested object")
        << QByteArray("{}") << QStringLiteral("Address/City")
        << QJsonValue(QStringLiteral("Austin")) << QByteArray(R"({"Address": {"City": "Austin"}})");
    QTest::newRow("into existing object")
        << QByteArray(R"({"Address": {"City": "Dallas", "Zip": "75001"}})")
        << QStringLiteral("Address/City") << QJsonValue(QStringLiteral("Austin"))
        << QByteArray(R"({"Address": {"City": "Austin", "Zip": "75001"}})");
    QTest::newRow("replaces null parent")
        << QByteArray(R"({"Manager": null})") << QStringLiteral("Manager/Id") << QJsonValue(5)
        << QByteArray(R"({"Manager": {"Id": 5}})");
    QTest::newRow("replaces scalar parent")
        << QByteArray(R"({"Office": 3})") << QStringLiteral("Office/Id") << QJsonValue(4)
        << QByteArray(R"({"Office": {"Id": 4}})");
    QTest::newRow("three levels") << QByteArray("{}") << QStringLiteral("A/B/C") << QJsonValue(true)
                                  << QByteArray(R"({"A": {"B": {"C": true}}})");
    QTest::newRow("null is stored")
        << QByteArray(R"({"Notes": "x"})") << QStringLiteral("Notes")
        << QJsonValue(QJsonValue::Null) << QByteArray(R"({"Notes": null})");
    QTest::newRow("nested null for unset")
        << QByteArray("{}") << QStringLiteral("Address/Street2") << QJsonValue(QJsonValue::Null)
        << QByteArray(R"({"Address": {"Street2": null}})");
    QTest::newRow("undefined removes")
        << QByteArray(R"({"Address": {"City": "Dallas", "Zip": "1"}})")
        << QStringLiteral("Address/City") << QJsonValue(QJsonValue::Undefined)
        << QByteArray(R"({"Address": {"Zip": "1"}})");
    QTest::newRow("undefined under missing parent creates nothing")
        << QByteArray(R"({"Id": 1})") << QStringLiteral("Address/City")
        << QJsonValue(QJsonValue::Undefined) << QByteArray(R"({"Id": 1})");
    QTest::newRow("object value") << QByteArray("{}") << QStringLiteral("Office")
                                  << QJsonValue(QJsonObject{{QStringLiteral("Id"), 3}})
                                  << QByteArray(R"({"Office": {"Id": 3}})");
    QTest::newRow("empty path unchanged")
        << QByteArray(R"({"Id": 1})") << QString() << QJsonValue(2) << QByteArray(R"({"Id": 1})");
    QTest::newRow("empty step unchanged")
        << QByteArray(R"({"Id": 1})") << QStringLiteral("Address//City") << QJsonValue(2)
        << QByteArray(R"({"Id": 1})");
}

void TestAgent::withValue_path_setsNestedValue()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QByteArray, expected);

    const QJsonObject result = Agent::withValue(object(json.constData()), path, value);
    QCOMPARE(result, object(expected.constData()));
    if (!value.isUndefined() && Agent::isValidPath(path))
        QCOMPARE(Agent(result).value(path), value);
}

void TestAgent::withValue_siblingsAndUnknownMembers_preserved()
{
    const QJsonObject original = sample();
    const QJsonObject edited =
        Agent::withValue(original, QStringLiteral("Address/City"), QStringLiteral("Austin"));
    for (auto it = original.constBegin(); it != original.constEnd(); ++it) {
        if (it.key() != QLatin1String("Address"))
            QCOMPARE(edited.value(it.key()), it.value());
    }
    const Agent agent(edited);
    QCOMPARE(agent.addressMember(QStringLiteral("City")), QStringLiteral("Austin"));
    QCOMPARE(agent.addressMember(QStringLiteral("GateCode")), QStringLiteral("1234"));
    QCOMPARE(agent.addressMember(QStringLiteral("Zip")), QStringLiteral("75001"));
    QCOMPARE(edited.size(), original.size());
}

void TestAgent::withValue_thenDiff_minimalPatch()
{
    // The dialog and the CLI's --set path: edit through withValue, send the diff.
    const QJsonObject original = sample();
    QJsonObject edited =
        Agent::withValue(original, QStringLiteral("Address/City"), QStringLiteral("Austin"));
    edited = Agent::withValue(edited, QStringLiteral("Manager"), QJsonValue::Undefined);
    QCOMPARE(MergePatch::diff(original, edited),
             object(R"({"Address": {"City": "Austin"}, "Manager": null})"));
}

void TestAgent::isValidPath_path_nonEmptySteps_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("valid");

    QTest::newRow("one step") << QStringLiteral("Email") << true;
    QTest::newRow("two steps") << QStringLiteral("Address/City") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("leading slash") << QStringLiteral("/Email") << false;
    QTest::newRow("trailing slash") << QStringLiteral("Email/") << false;
    QTest::newRow("double slash") << QStringLiteral("Address//City") << false;
}

void TestAgent::isValidPath_path_nonEmptySteps()
{
    QFETCH(QString, path);
    QFETCH(bool, valid);
    QCOMPARE(Agent::isValidPath(path), valid);
}

QTEST_GUILESS_MAIN(TestAgent)
#include "tst_agent.moc"
