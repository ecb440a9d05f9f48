// SPDX-License-Identifier: Apache-2.0
// The agent record described once: every documented member is there once, the checks per kind,
// the comparison that the edit session's conflict check relies on, and the texts per kind.
#include "agentschema.h"

#include "agentfields.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace signtraker;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestAgentSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void members_eachDocumentedLeafOnce();
    void members_readOnlyAndRequired_data();
    void members_readOnlyAndRequired();
    void allowedValues_data();
    void allowedValues();
    void problem_data();
    void problem();
    void problems_checkOnlyTheGivenMembers();
    void same_data();
    void same();
    void withValue_referenceTakesIdAndNameOnly();
    void displayText_data();
    void displayText();
    void csvText_data();
    void csvText();
};

void TestAgentSchema::members_eachDocumentedLeafOnce()
{
    QSet<QString> seen;
    for (const AgentSchema::Member &member : AgentSchema::members()) {
        QVERIFY2(!seen.contains(member.path), qPrintable(member.path));
        seen.insert(member.path);
        QVERIFY2(AgentFields::isKnownPath(member.path), qPrintable(member.path));
        QVERIFY(!member.label().isEmpty());
        QCOMPARE(AgentSchema::member(member.path), &member);
    }
    // Every documented leaf: containers (Address, ManagerData) and the members of references
    // (Office/Id) are described through their parent.
    for (const QString &path : AgentFields::allPaths()) {
        const bool container = path == s("Address") || path == s("ManagerData");
        const bool insideReference = path.endsWith(s("/Id")) || path.endsWith(s("/Name"));
        if (!container && !insideReference)
            QVERIFY2(seen.contains(path), qPrintable(path));
    }
    QVERIFY(!AgentSchema::member(s("NoSuchMember")));
    QCOMPARE(AgentSchema::label(s("NoSuchMember")), s("NoSuchMember"));
}

void TestAgentSchema::members_readOnlyAndRequired_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("editable");
    QTest::addColumn<bool>("required");
    using K = AgentSchema::Kind;
    QTest::newRow("Id") << s("Id") << int(K::Number) << false << false;
    QTest::newRow("IsManager") << s("IsManager") << int(K::Bool) << false << false;
    QTest::newRow("IsInactive") << s("IsInactive") << int(K::Bool) << false << false;
    QTest::newRow("Email") << s("Email") << int(K::Email) << true << true;
    QTest::newRow("CcEmail") << s("CcEmail") << int(K::Email) << true << false;
    QTest::newRow("CellularPhone") << s("CellularPhone") << int(K::Phone) << true << true;
    QTest::newRow("Office") << s("Office") << int(K::Reference) << true << true;
    QTest::newRow("Manager") << s("Manager") << int(K::Reference) << true << false;
    QTest::newRow("PaymentMode") << s("PaymentMode") << int(K::Enum) << true << true;
    QTest::newRow("BasicInstallPrice") << s("BasicInstallPrice") << int(K::Money) << true << false;
    QTest::newRow("RebillInterval")
        << s("ManagerData/RebillInterval") << int(K::Number) << true << false;
    QTest::newRow("TermsAccepted") << s("TermsAccepted") << int(K::Bool) << true << false;
}

void TestAgentSchema::members_readOnlyAndRequired()
{
    QFETCH(QString, path);
    QFETCH(int, kind);
    QFETCH(bool, editable);
    QFETCH(bool, required);
    const AgentSchema::Member *member = AgentSchema::member(path);
    QVERIFY(member);
    QCOMPARE(int(member->kind), kind);
    QCOMPARE(member->editable, editable);
    QCOMPARE(member->requiredOnCreate, required);
    QCOMPARE(AgentSchema::editablePaths().contains(path), editable);
}

void TestAgentSchema::allowedValues_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("values");
    QTest::newRow("payment modes")
        << s("PaymentMode")
        << QStringList{s("Terms"), s("Prepay"), s("MonthlyCC"), s("ACH"), s("Transfer")};
    QTest::newRow("countries") << s("Address/CountryCode")
                               << QStringList{s("US"), s("CA"), s("AU")};
    QTest::newRow("discount levels")
        << s("ManagerData/DiscountLevel")
        << QStringList{s("Standard"), s("Bronze"), s("Silver"), s("Gold")};
    QTest::newRow("free text") << s("LastName") << QStringList();
}

void TestAgentSchema::allowedValues()
{
    QFETCH(QString, path);
    QFETCH(QStringList, values);
    QCOMPARE(AgentSchema::allowedValues(path), values);
}

void TestAgentSchema::problem_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("required");
    QTest::addColumn<QString>("expected"); // empty: accepted

    // Text
    QTest::newRow("text") << s("LastName") << QJsonValue(s("O'Neil")) << true << QString();
    QTest::newRow("text required, empty")
        << s("LastName") << QJsonValue(s("  ")) << true << s("Required.");
    QTest::newRow("text optional, missing")
        << s("Address/City") << QJsonValue(QJsonValue::Undefined) << false << QString();
    QTest::newRow("state, two letters")
        << s("Address/State") << QJsonValue(s("tx")) << false << QString();
    QTest::newRow("state, three letters")
        << s("Address/State") << QJsonValue(s("TEX")) << false << s("Two letters, such as TX.");
    // E-mail
    QTest::newRow("email") << s("Email") << QJsonValue(s("a@example.com")) << true << QString();
    QTest::newRow("email without domain")
        << s("Email") << QJsonValue(s("dana@")) << true << s("Not an email address.");
    QTest::newRow("email null, required")
        << s("Email") << QJsonValue(QJsonValue::Null) << true << s("Required.");
    QTest::newRow("cc list") << s("CcEmail") << QJsonValue(s("a@example.com; b@example.org"))
                             << false << QString();
    QTest::newRow("cc list, one bad") << s("CcEmail") << QJsonValue(s("a@example.com; nope"))
                                      << false << s("\"nope\" is not an email address.");
    // Phone: the service documents no format.
    QTest::newRow("phone") << s("OfficePhone") << QJsonValue(s("+1 (512) 555-0100")) << false
                           << QString();
    // Number and money
    QTest::newRow("money") << s("BasicInstallPrice") << QJsonValue(87.5) << false << QString();
    QTest::newRow("money, zero") << s("SubscriptionPrice") << QJsonValue(0) << false << QString();
    QTest::newRow("money, negative")
        << s("SubscriptionPrice") << QJsonValue(-1) << false << s("A number, 0 or more.");
    QTest::newRow("money, text") << s("BasicInstallPrice") << QJsonValue(s("cheap")) << false
                                 << s("A number, 0 or more.");
    QTest::newRow("whole number") << s("ManagerData/RebillInterval") << QJsonValue(30) << false
                                  << QString();
    QTest::newRow("whole number, decimal") << s("ManagerData/RebillInterval") << QJsonValue(1.5)
                                           << false << s("A whole number, 0 or more.");
    // Bool
    QTest::newRow("bool") << s("TermsAccepted") << QJsonValue(false) << false << QString();
    QTest::newRow("bool, text") << s("TermsAccepted") << QJsonValue(s("yes")) << false
                                << s("Yes or no.");
    // Enum
    QTest::newRow("enum") << s("PaymentMode") << QJsonValue(s("ACH")) << true << QString();
    QTest::newRow("enum, case differs") << s("PaymentMode") << QJsonValue(s("ach")) << true
                                        << s("One of Terms, Prepay, MonthlyCC, ACH, Transfer.");
    // Reference
    QTest::newRow("reference") << s("Office") << QJsonValue(QJsonObject{{s("Id"), 2}}) << true
                               << QString();
    QTest::newRow("reference by name only")
        << s("Office") << QJsonValue(s("Nowhere Office")) << true
        << s("Choose an entry from the list, or type an Id.");
    QTest::newRow("reference required, missing")
        << s("Office") << QJsonValue(QJsonValue::Undefined) << true << s("Required.");
}

void TestAgentSchema::problem()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(bool, required);
    QFETCH(QString, expected);
    const AgentSchema::Member *member = AgentSchema::member(path);
    QVERIFY(member);
    QCOMPARE(AgentSchema::problem(*member, value, required), expected);
}

void TestAgentSchema::problems_checkOnlyTheGivenMembers()
{
    const QJsonObject record{{s("Email"), s("bad")},
                             {s("Address"), QJsonObject{{s("State"), s("TEX")}}}};
    QCOMPARE(AgentSchema::problems(record, {s("Address/State")}).keys(),
             QStringList{s("Address/State")});
    // A create lists every editable member: the required ones left empty count.
    const QMap<QString, QString> all = AgentSchema::problems(record, AgentSchema::editablePaths());
    for (const char *path : {"UserName", "Email", "FirstName", "LastName", "CellularPhone",
                             "Office", "PaymentMode", "Address/State"})
        QVERIFY2(all.contains(s(path)), path);
    QVERIFY(!all.contains(s("Notes")));
}

void TestAgentSchema::same_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("left");
    QTest::addColumn<QJsonValue>("right");
    QTest::addColumn<bool>("same");
    const QJsonValue undefined(QJsonValue::Undefined);
    QTest::newRow("missing and null") << s("Notes") << undefined << QJsonValue() << true;
    QTest::newRow("missing and blank")
        << s("Address/City") << undefined << QJsonValue(s(" ")) << true;
    QTest::newRow("text trimmed") << s("LastName") << QJsonValue(s("Neil "))
                                  << QJsonValue(s("Neil")) << true;
    QTest::newRow("text differs") << s("LastName") << QJsonValue(s("Neil")) << QJsonValue(s("Neal"))
                                  << false;
    QTest::newRow("1 and 1.0") << s("BasicInstallPrice") << QJsonValue(1) << QJsonValue(1.0)
                               << true;
    QTest::newRow("reference, same Id, other name")
        << s("Office") << QJsonValue(QJsonObject{{s("Id"), 2}, {s("Name"), s("North")}})
        << QJsonValue(QJsonObject{{s("Id"), 2}, {s("Name"), s("North office")}}) << true;
    QTest::newRow("reference, other Id") << s("Office") << QJsonValue(QJsonObject{{s("Id"), 2}})
                                         << QJsonValue(QJsonObject{{s("Id"), 3}}) << false;
    QTest::newRow("false and missing")
        << s("TermsAccepted") << QJsonValue(false) << undefined << false;
}

void TestAgentSchema::same()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, left);
    QFETCH(QJsonValue, right);
    QFETCH(bool, same);
    const AgentSchema::Member *member = AgentSchema::member(path);
    QVERIFY(member);
    QCOMPARE(AgentSchema::same(*member, left, right), same);
    QCOMPARE(AgentSchema::same(*member, right, left), same);
}

void TestAgentSchema::withValue_referenceTakesIdAndNameOnly()
{
    const QJsonObject record{
        {s("Office"), QJsonObject{{s("Id"), 1}, {s("Name"), s("Old")}, {s("Extra"), 7}}},
        {s("Unknown"), s("kept")}};
    const QJsonObject changed = AgentSchema::withValue(
        record, *AgentSchema::member(s("Office")),
        QJsonObject{{s("Id"), 2}, {s("Name"), s("New")}, {s("Ignored"), true}});
    QCOMPARE(changed.value(s("Office")).toObject(),
             (QJsonObject{{s("Id"), 2}, {s("Name"), s("New")}, {s("Extra"), 7}}));
    QCOMPARE(changed.value(s("Unknown")), QJsonValue(s("kept")));
    const QJsonObject cleared =
        AgentSchema::withValue(record, *AgentSchema::member(s("Office")), QJsonValue::Undefined);
    QVERIFY(!cleared.contains(s("Office")));
}

void TestAgentSchema::displayText_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << s("(empty)");
    QTest::newRow("null") << QJsonValue() << s("(empty)");
    QTest::newRow("true") << QJsonValue(true) << s("Yes");
    QTest::newRow("false") << QJsonValue(false) << s("No");
    QTest::newRow("money") << QJsonValue(87.5) << s("87.5");
    QTest::newRow("large number") << QJsonValue(1e15) << s("1000000000000000");
    QTest::newRow("text") << QJsonValue(s("Zoë")) << s("Zoë");
    QTest::newRow("reference") << QJsonValue(
                                      QJsonObject{{s("Id"), 12}, {s("Name"), s("Austin North")}})
                               << s("Austin North (12)");
    QTest::newRow("reference without name") << QJsonValue(QJsonObject{{s("Id"), 12}}) << s("#12");
    QTest::newRow("other object") << QJsonValue(QJsonObject{{s("City"), s("X")}})
                                  << s(R"({"City":"X"})");
}

void TestAgentSchema::displayText()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QCOMPARE(AgentSchema::displayText(value), expected);
}

void TestAgentSchema::csvText_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << QString();
    QTest::newRow("null") << QJsonValue() << QString();
    QTest::newRow("true") << QJsonValue(true) << s("true");
    QTest::newRow("money") << QJsonValue(87.5) << s("87.5");
    QTest::newRow("large number") << QJsonValue(1e15) << s("1000000000000000");
    QTest::newRow("text") << QJsonValue(s("a;b")) << s("a;b");
    QTest::newRow("reference") << QJsonValue(QJsonObject{{s("Id"), 12}}) << s(R"({"Id":12})");
    QTest::newRow("array") << QJsonValue(QJsonArray{1, 2}) << s("[1,2]");
}

void TestAgentSchema::csvText()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QCOMPARE(AgentSchema::csvText(value), expected);
}

QTEST_GUILESS_MAIN(TestAgentSchema)
#include "tst_agentschema.moc"
