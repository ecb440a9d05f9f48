// SPDX-License-Identifier: Apache-2.0
// The $filter builder: literals that cannot break out of their quotes, numbers without locale,
// the field allow-list, and parentheses exactly where precedence needs them.
#include "agentfields.h"
#include "odatafilter.h"

#include <QLocale>
#include <QTest>

#include <limits>

using namespace signtraker;
using namespace signtraker::odata;

Q_DECLARE_METATYPE(signtraker::odata::Filter)

class TestODataFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quote_text_doublesSingleQuotes_data();
    void quote_text_doublesSingleQuotes();
    void literal_value_writtenAsOData_data();
    void literal_value_writtenAsOData();
    void literal_frenchLocale_keepsDecimalPoint();
    void literal_double_roundTrips();
    void field_comparison_writesExpression_data();
    void field_comparison_writesExpression();
    void field_unknownPath_rejected_data();
    void field_unknownPath_rejected();
    void field_officeAllowList_acceptsOfficeMembersOnly();
    void field_injectionAttempt_staysOneLiteral();
    void combine_operators_parenthesizeWhereNeeded_data();
    void combine_operators_parenthesizeWhereNeeded();
    void combine_empty_yieldsOtherOperand();
    void combine_invalidOperand_poisonsWithFirstError();
    void raw_expression_checkedForBalance_data();
    void raw_expression_checkedForBalance();
    void searchFilter_text_orsContainsOverFields_data();
    void searchFilter_text_orsContainsOverFields();
    void agentFields_documentedPaths_known_data();
    void agentFields_documentedPaths_known();
};

void TestODataFilter::quote_text_doublesSingleQuotes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quoted");

    QTest::newRow("plain") << QStringLiteral("Smith") << QStringLiteral("'Smith'");
    QTest::newRow("apostrophe in last name")
        << QStringLiteral("O'Brien") << QStringLiteral("'O''Brien'");
    QTest::newRow("two apostrophes") << QStringLiteral("''") << QStringLiteral("''''''");
    QTest::newRow("reserved url characters")
        << QStringLiteral("& # + %") << QStringLiteral("'& # + %'");
    QTest::newRow("accents") << QStringLiteral("Núñez") << QStringLiteral("'Núñez'");
    QTest::newRow("empty") << QString() << QStringLiteral("''");
    QTest::newRow("double quote untouched")
        << QStringLiteral("say \"hi\"") << QStringLiteral("'say \"hi\"'");
    QTest::newRow("emoji") << QStringLiteral("🙂") << QStringLiteral("'🙂'");
}

void TestODataFilter::quote_text_doublesSingleQuotes()
{
    QFETCH(QString, text);
    QFETCH(QString, quoted);
    QCOMPARE(quote(text), quoted);
    QCOMPARE(Literal(text).toString(), quoted);
}

void TestODataFilter::literal_value_writtenAsOData_data()
{
    QTest::addColumn<QString>("actual");
    QTest::addColumn<QString>("expected");

    QTest::newRow("int") << Literal(42).toString() << QStringLiteral("42");
    QTest::newRow("negative int") << Literal(-7).toString() << QStringLiteral("-7");
    QTest::newRow("large int64 without grouping")
        << Literal(qint64(9007199254740993)).toString() << QStringLiteral("9007199254740993");
    QTest::newRow("int64 minimum") << Literal(std::numeric_limits<qint64>::min()).toString()
                                   << QStringLiteral("-9223372036854775808");
    QTest::newRow("qsizetype") << Literal(qsizetype(1234567)).toString()
                               << QStringLiteral("1234567");
    QTest::newRow("unsigned") << Literal(3000000000u).toString() << QStringLiteral("3000000000");
    QTest::newRow("double") << Literal(1.5).toString() << QStringLiteral("1.5");
    QTest::newRow("double thousands") << Literal(1234.25).toString() << QStringLiteral("1234.25");
    QTest::newRow("double one tenth") << Literal(0.1).toString() << QStringLiteral("0.1");
    QTest::newRow("float") << Literal(2.5f).toString() << QStringLiteral("2.5");
    QTest::newRow("double negative") << Literal(-0.25).toString() << QStringLiteral("-0.25");
    QTest::newRow("double nan") << Literal(std::numeric_limits<double>::quiet_NaN()).toString()
                                << QStringLiteral("NaN");
    QTest::newRow("double infinity")
        << Literal(std::numeric_limits<double>::infinity()).toString() << QStringLiteral("INF");
    QTest::newRow("true") << Literal(true).toString() << QStringLiteral("true");
    QTest::newRow("false") << Literal(false).toString() << QStringLiteral("false");
    QTest::newRow("null") << Literal(nullptr).toString() << QStringLiteral("null");
    QTest::newRow("c string") << Literal("O'Brien").toString() << QStringLiteral("'O''Brien'");
    QTest::newRow("utf-8 c string") << Literal("Núñez").toString() << QStringLiteral("'Núñez'");
}

void TestODataFilter::literal_value_writtenAsOData()
{
    QFETCH(QString, actual);
    QFETCH(QString, expected);
    QCOMPARE(actual, expected);
}

void TestODataFilter::literal_frenchLocale_keepsDecimalPoint()
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::French));
    const QString decimal = Literal(1.5).toString();
    const QString large = Literal(1234567).toString();
    const QString price = Field(QStringLiteral("BasicInstallPrice")).ge(1234.5).toString();
    QLocale::setDefault(previous);

    QCOMPARE(decimal, QStringLiteral("1.5"));
    QCOMPARE(large, QStringLiteral("1234567"));
    QCOMPARE(price, QStringLiteral("BasicInstallPrice ge 1234.5"));
}

void TestODataFilter::literal_double_roundTrips()
{
    const QList<double> values{0.1,           1.0 / 3.0, 1e-300, 1.7976931348623157e308,
                               123456789.125, -2.5e-7,   100.0,  5e-324};
    for (double value : values) {
        bool ok = false;
        const double back = QLocale::c().toDouble(Literal(value).toString(), &ok);
        QVERIFY2(ok, qPrintable(Literal(value).toString()));
        QCOMPARE(back, value);
    }
}

void TestODataFilter::field_comparison_writesExpression_data()
{
    QTest::addColumn<Filter>("filter");
    QTest::addColumn<QString>("expected");

    const Field lastName(QStringLiteral("LastName"));
    QTest::newRow("eq string") << lastName.eq(QStringLiteral("Smith"))
                               << QStringLiteral("LastName eq 'Smith'");
    QTest::newRow("apostrophe in last name")
        << lastName.eq(QStringLiteral("O'Brien")) << QStringLiteral("LastName eq 'O''Brien'");
    QTest::newRow("accented last name")
        << lastName.eq(QStringLiteral("Núñez")) << QStringLiteral("LastName eq 'Núñez'");
    QTest::newRow("reserved characters")
        << Field(QStringLiteral("Notes")).contains(QStringLiteral("& # + %"))
        << QStringLiteral("contains(Notes,'& # + %')");
    QTest::newRow("ne null") << Field(QStringLiteral("Manager")).ne(nullptr)
                             << QStringLiteral("Manager ne null");
    QTest::newRow("nested path") << Field(QStringLiteral("Office/Id")).eq(3)
                                 << QStringLiteral("Office/Id eq 3");
    QTest::newRow("gt") << Field(QStringLiteral("Id")).gt(100) << QStringLiteral("Id gt 100");
    QTest::newRow("ge") << Field(QStringLiteral("SubscriptionPrice")).ge(9.99)
                        << QStringLiteral("SubscriptionPrice ge 9.99");
    QTest::newRow("lt") << Field(QStringLiteral("Id")).lt(qint64(5000000000))
                        << QStringLiteral("Id lt 5000000000");
    QTest::newRow("le") << Field(QStringLiteral("ManagerData/RebillInterval")).le(30)
                        << QStringLiteral("ManagerData/RebillInterval le 30");
    QTest::newRow("boolean") << Field(QStringLiteral("IsInactive")).eq(false)
                             << QStringLiteral("IsInactive eq false");
    QTest::newRow("startswith") << Field(QStringLiteral("Email")).startsWith(QStringLiteral("jo"))
                                << QStringLiteral("startswith(Email,'jo')");
    QTest::newRow("endswith")
        << Field(QStringLiteral("Email")).endsWith(QStringLiteral("@acme.com"))
        << QStringLiteral("endswith(Email,'@acme.com')");
    QTest::newRow("tolower eq") << lastName.toLower().eq(QStringLiteral("smith"))
                                << QStringLiteral("tolower(LastName) eq 'smith'");
    QTest::newRow("toupper contains")
        << Field(QStringLiteral("Address/State")).toUpper().contains(QStringLiteral("TX"))
        << QStringLiteral("contains(toupper(Address/State),'TX')");
}

void TestODataFilter::field_comparison_writesExpression()
{
    QFETCH(Filter, filter);
    QFETCH(QString, expected);
    QVERIFY2(filter.isValid(), qPrintable(filter.errorString()));
    QVERIFY(!filter.isEmpty());
    QCOMPARE(filter.toString(), expected);
}

void TestODataFilter::field_unknownPath_rejected_data()
{
    QTest::addColumn<QString>("path");

    QTest::newRow("unknown member") << QStringLiteral("Password");
    QTest::newRow("wrong case") << QStringLiteral("lastname");
    QTest::newRow("empty") << QString();
    QTest::newRow("unknown nested member") << QStringLiteral("Office/Secret");
    QTest::newRow("expression smuggled as a name") << QStringLiteral("LastName eq 'x' or Id");
    QTest::newRow("function smuggled as a name") << QStringLiteral("tolower(LastName)");
    QTest::newRow("trailing slash") << QStringLiteral("Office/");
}

void TestODataFilter::field_unknownPath_rejected()
{
    QFETCH(QString, path);

    const Field field(path);
    QVERIFY(!field.isValid());
    QVERIFY(!field.errorString().isEmpty());
    for (const Filter &filter : {field.eq(1), field.contains(QStringLiteral("x")),
                                 field.toLower().eq(QStringLiteral("x"))}) {
        QVERIFY(!filter.isValid());
        QVERIFY(!filter.isEmpty());
        QCOMPARE(filter.errorString(), field.errorString());
        QCOMPARE(filter.toString(), QString());
    }
}

void TestODataFilter::field_officeAllowList_acceptsOfficeMembersOnly()
{
    const Field name(QStringLiteral("Name"), AgentFields::officePaths());
    QVERIFY(name.isValid());
    QCOMPARE(name.startsWith(QStringLiteral("North")).toString(),
             QStringLiteral("startswith(Name,'North')"));
    QVERIFY(Field(QStringLiteral("EnterpriseId"), AgentFields::officePaths()).isValid());
    QVERIFY(!Field(QStringLiteral("LastName"), AgentFields::officePaths()).isValid());
    // Name is not an agent member.
    QVERIFY(!Field(QStringLiteral("Name")).isValid());
}

void TestODataFilter::field_injectionAttempt_staysOneLiteral()
{
    const QString attack = QStringLiteral("x' or LastName ne 'y");
    const Filter filter = Field(QStringLiteral("LastName")).eq(attack);
    QCOMPARE(filter.toString(), QStringLiteral("LastName eq 'x'' or LastName ne ''y'"));

    // Reading the literal back the way an OData parser does gives the whole text, and nothing
    // follows it.
    const QString text = filter.toString();
    const qsizetype start = text.indexOf(QLatin1Char('\''));
    QString value;
    qsizetype i = start + 1;
    for (; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\'')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\'')) {
                value.append(QLatin1Char('\''));
                ++i;
                continue;
            }
            break;
        }
        value.append(text.at(i));
    }
    QCOMPARE(value, attack);
    QCOMPARE(i, text.size() - 1);

    const Filter contains =
        Field(QStringLiteral("Email")).contains(QStringLiteral("a') or (1 eq 1"));
    QCOMPARE(contains.toString(), QStringLiteral("contains(Email,'a'') or (1 eq 1')"));
}

void TestODataFilter::combine_operators_parenthesizeWhereNeeded_data()
{
    QTest::addColumn<Filter>("filter");
    QTest::addColumn<QString>("expected");

    const Filter smith = Field(QStringLiteral("LastName")).eq(QStringLiteral("Smith"));
    const Filter office = Field(QStringLiteral("Office/Id")).eq(3);
    const Filter active = Field(QStringLiteral("IsInactive")).eq(false);
    const Filter jo = Field(QStringLiteral("FirstName")).startsWith(QStringLiteral("Jo"));

    QTest::newRow("and of comparisons")
        << (smith && office) << QStringLiteral("LastName eq 'Smith' and Office/Id eq 3");
    QTest::newRow("or of comparisons")
        << (smith || office) << QStringLiteral("LastName eq 'Smith' or Office/Id eq 3");
    QTest::newRow("and chain flat") << (smith && office && active)
                                    << QStringLiteral("LastName eq 'Smith' and Office/Id eq 3 and "
                                                      "IsInactive eq false");
    QTest::newRow("or inside and") << ((smith || office) && active)
                                   << QStringLiteral("(LastName eq 'Smith' or Office/Id eq 3) and "
                                                     "IsInactive eq false");
    QTest::newRow("or on the right of and")
        << (active && (smith || office))
        << QStringLiteral("IsInactive eq false and (LastName eq 'Smith' or Office/Id eq 3)");
    QTest::newRow("and inside or, for the reader")
        << ((smith && office) || active)
        << QStringLiteral("(LastName eq 'Smith' and Office/Id eq 3) or IsInactive eq false");
    QTest::newRow("not of comparison") << !smith << QStringLiteral("not (LastName eq 'Smith')");
    QTest::newRow("not of function") << !jo << QStringLiteral("not startswith(FirstName,'Jo')");
    QTest::newRow("not of or") << !(smith || office)
                               << QStringLiteral("not (LastName eq 'Smith' or Office/Id eq 3)");
    QTest::newRow("not inside and")
        << (!smith && office) << QStringLiteral("not (LastName eq 'Smith') and Office/Id eq 3");
    QTest::newRow("function and comparison")
        << (jo && active) << QStringLiteral("startswith(FirstName,'Jo') and IsInactive eq false");
    QTest::newRow("raw parenthesized when combined")
        << (Filter::raw(QStringLiteral("Id gt 1 or Id lt 0")) && active)
        << QStringLiteral("(Id gt 1 or Id lt 0) and IsInactive eq false");
    QTest::newRow("raw alone as written") << Filter::raw(QStringLiteral("  Id gt 1 or Id lt 0 "))
                                          << QStringLiteral("Id gt 1 or Id lt 0");
    QTest::newRow("allOf") << Filter::allOf({smith, Filter(), office})
                           << QStringLiteral("LastName eq 'Smith' and Office/Id eq 3");
    QTest::newRow("anyOf inside allOf")
        << Filter::allOf({Filter::anyOf({smith, jo}), active})
        << QStringLiteral("(LastName eq 'Smith' or startswith(FirstName,'Jo')) and "
                          "IsInactive eq false");
}

void TestODataFilter::combine_operators_parenthesizeWhereNeeded()
{
    QFETCH(Filter, filter);
    QFETCH(QString, expected);
    QVERIFY2(filter.isValid(), qPrintable(filter.errorString()));
    QCOMPARE(filter.toString(), expected);
}

void TestODataFilter::combine_empty_yieldsOtherOperand()
{
    const Filter smith = Field(QStringLiteral("LastName")).eq(QStringLiteral("Smith"));
    const Filter empty;

    QVERIFY(empty.isEmpty());
    QVERIFY(empty.isValid());
    QCOMPARE(empty.toString(), QString());
    QCOMPARE((empty && smith).toString(), smith.toString());
    QCOMPARE((smith && empty).toString(), smith.toString());
    QCOMPARE((empty || smith).toString(), smith.toString());
    QCOMPARE((smith || empty).toString(), smith.toString());
    QVERIFY((empty && empty).isEmpty());
    QVERIFY((empty || empty).isEmpty());
    QVERIFY((!empty).isEmpty());
    QVERIFY(Filter::allOf({}).isEmpty());
    QVERIFY(Filter::anyOf({empty, empty}).isEmpty());
    QVERIFY(Filter::raw(QStringLiteral("   ")).isEmpty());
    // A single operand keeps its own shape: no stray parentheses later.
    QCOMPARE(((empty || smith) && Field(QStringLiteral("Id")).eq(1)).toString(),
             QStringLiteral("LastName eq 'Smith' and Id eq 1"));
}

void TestODataFilter::combine_invalidOperand_poisonsWithFirstError()
{
    const Filter smith = Field(QStringLiteral("LastName")).eq(QStringLiteral("Smith"));
    const Filter bad1 = Field(QStringLiteral("Nope")).eq(1);
    const Filter bad2 = Field(QStringLiteral("Other")).eq(2);
    QVERIFY(bad1.errorString() != bad2.errorString());

    QCOMPARE((smith && bad1).errorString(), bad1.errorString());
    QCOMPARE((bad1 || smith).errorString(), bad1.errorString());
    QCOMPARE((bad1 && bad2).errorString(), bad1.errorString());
    QCOMPARE((bad2 && bad1).errorString(), bad2.errorString());
    QCOMPARE((!bad1).errorString(), bad1.errorString());
    QCOMPARE((Filter() && bad1).errorString(), bad1.errorString());
    QCOMPARE(Filter::allOf({smith, bad2, bad1}).errorString(), bad2.errorString());
    QVERIFY(!(smith && bad1).isValid());
    QVERIFY(!(smith && bad1).isEmpty());
    QCOMPARE((smith && bad1).toString(), QString());
    QVERIFY(!Filter::invalid(QString()).errorString().isEmpty());
}

void TestODataFilter::raw_expression_checkedForBalance_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<bool>("valid");

    QTest::newRow("simple") << QStringLiteral("LastName eq 'Smith'") << true;
    QTest::newRow("doubled quote") << QStringLiteral("LastName eq 'O''Brien'") << true;
    QTest::newRow("parenthesis inside string") << QStringLiteral("contains(Notes,')')") << true;
    QTest::newRow("nested parentheses") << QStringLiteral("((Id eq 1) or (Id eq 2))") << true;
    QTest::newRow("unclosed quote") << QStringLiteral("LastName eq 'O'Brien'") << false;
    QTest::newRow("escape from parentheses") << QStringLiteral("Id eq 1) or (Id ne 1") << false;
    QTest::newRow("unclosed parenthesis") << QStringLiteral("(Id eq 1") << false;
}

void TestODataFilter::raw_expression_checkedForBalance()
{
    QFETCH(QString, expression);
    QFETCH(bool, valid);
    const Filter filter = Filter::raw(expression);
    QCOMPARE(filter.isValid(), valid);
    QCOMPARE(filter.errorString().isEmpty(), valid);
    QCOMPARE(filter.toString().isEmpty(), !valid);
}

void TestODataFilter::searchFilter_text_orsContainsOverFields_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("expected");

    QTest::newRow("default fields")
        << QStringLiteral("smith") << QStringList()
        << QStringLiteral("contains(FirstName,'smith') or contains(LastName,'smith') or "
                          "contains(Email,'smith') or contains(UserName,'smith') or "
                          "contains(CellularPhone,'smith') or contains(Office/Name,'smith')");
    QTest::newRow("two words, each in some field")
        << QStringLiteral("john  smith")
        << QStringList{QStringLiteral("FirstName"), QStringLiteral("LastName")}
        << QStringLiteral("(contains(FirstName,'john') or contains(LastName,'john')) and "
                          "(contains(FirstName,'smith') or contains(LastName,'smith'))");
    QTest::newRow("three words, one field")
        << QStringLiteral("a b c") << QStringList{QStringLiteral("LastName")}
        << QStringLiteral("contains(LastName,'a') and contains(LastName,'b') and "
                          "contains(LastName,'c')");
    QTest::newRow("quoted phrase kept whole")
        << QStringLiteral("\"van der\" Berg") << QStringList{QStringLiteral("LastName")}
        << QStringLiteral("contains(LastName,'van der') and contains(LastName,'Berg')");
    QTest::newRow("apostrophe in last name")
        << QStringLiteral("O'Brien") << QStringList{QStringLiteral("LastName")}
        << QStringLiteral("contains(LastName,'O''Brien')");
    QTest::newRow("reserved characters")
        << QStringLiteral("& # + %")
        << QStringList{QStringLiteral("Email"), QStringLiteral("Notes")}
        << QStringLiteral("(contains(Email,'&') or contains(Notes,'&')) and "
                          "(contains(Email,'#') or contains(Notes,'#')) and "
                          "(contains(Email,'+') or contains(Notes,'+')) and "
                          "(contains(Email,'%') or contains(Notes,'%'))");
    QTest::newRow("accents trimmed")
        << QStringLiteral("  Núñez ") << QStringList{QStringLiteral("LastName")}
        << QStringLiteral("contains(LastName,'Núñez')");
    QTest::newRow("injection attempt")
        << QStringLiteral("\"x' or LastName ne 'y\"") << QStringList{QStringLiteral("LastName")}
        << QStringLiteral("contains(LastName,'x'' or LastName ne ''y')");
    QTest::newRow("injection attempt split into words")
        << QStringLiteral("x' or 'y") << QStringList{QStringLiteral("LastName")}
        << QStringLiteral("contains(LastName,'x''') and contains(LastName,'or') and "
                          "contains(LastName,'''y')");
    QTest::newRow("blank") << QStringLiteral("   ") << QStringList() << QString();
}

void TestODataFilter::searchFilter_text_orsContainsOverFields()
{
    QFETCH(QString, text);
    QFETCH(QStringList, fields);
    QFETCH(QString, expected);

    const Filter filter = fields.isEmpty() ? searchFilter(text) : searchFilter(text, fields);
    QVERIFY(filter.isValid());
    QCOMPARE(filter.isEmpty(), expected.isEmpty());
    QCOMPARE(filter.toString(), expected);
    // Combined with another condition, the ORs are kept together.
    if (!filter.isEmpty() && fields.size() != 1) {
        const Filter combined = filter && Field(QStringLiteral("IsInactive")).eq(false);
        QVERIFY(combined.toString().startsWith(QLatin1Char('(')));
        QVERIFY(combined.toString().endsWith(QStringLiteral(") and IsInactive eq false")));
    }
}

void TestODataFilter::agentFields_documentedPaths_known_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("known");

    for (const char *path : {"Id",
                             "UserName",
                             "Email",
                             "EmailConfirmed",
                             "FirstName",
                             "LastName",
                             "IsInactive",
                             "IsLocked",
                             "CcEmail",
                             "InvitationSent",
                             "Office",
                             "Office/Id",
                             "Office/Name",
                             "Manager",
                             "Manager/Id",
                             "Manager/Name",
                             "Address",
                             "Address/Street",
                             "Address/Street2",
                             "Address/City",
                             "Address/State",
                             "Address/Zip",
                             "Address/CountryCode",
                             "OfficePhone",
                             "CellularPhone",
                             "PaymentMode",
                             "BasicInstallPrice",
                             "BrokerId",
                             "DefaultPostType",
                             "DefaultPostType/Id",
                             "DefaultPostType/Name",
                             "Notes",
                             "ReceiveMarketingEmails",
                             "TermsAccepted",
                             "EnableSubscription",
                             "SubscriptionPrice",
                             "IsManager",
                             "ManagerData",
                             "ManagerData/DiscountLevel",
                             "ManagerData/EnableRebills",
                             "ManagerData/InitialRentalDuration",
                             "ManagerData/RebillInterval",
                             "ManagerData/RebillWarningLeadTime",
                             "ManagerData/IsPayer",
                             "ManagerData/DisableStaffBillingEmails",
                             "ManagerData/CcStaff",
                             "ManagerData/CcDelegates",
                             "ManagerData/IsVirtual"})
        QTest::newRow(path) << QString::fromLatin1(path) << true;
    QTest::newRow("unknown") << QStringLiteral("Password") << false;
    QTest::newRow("nested under a scalar") << QStringLiteral("Email/Id") << false;
    QTest::newRow("address member at top level") << QStringLiteral("City") << false;
}

void TestODataFilter::agentFields_documentedPaths_known()
{
    QFETCH(QString, path);
    QFETCH(bool, known);
    QCOMPARE(AgentFields::isKnownPath(path), known);
    QCOMPARE(AgentFields::allPaths().contains(path), known);
    if (!path.contains(QLatin1Char('/')))
        QCOMPARE(AgentFields::topLevel().contains(path), known);
}

QTEST_GUILESS_MAIN(TestODataFilter)
#include "tst_odatafilter.moc"
