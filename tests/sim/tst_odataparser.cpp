// SPDX-License-Identifier: Apache-2.0
// ODataParser and ODataExpression: every operator and function of the $filter subset, their
// precedence, string escaping and case-insensitivity, nulls, and the exact text of each error.
#include "fouragents.h"
#include "odataerror.h"
#include "odataparser.h"

#include <QTest>

using namespace signtraker::sim;

class TestODataParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void filter_selectsRows_data();
    void filter_selectsRows();
    void filter_invalid_throwsWithServiceText_data();
    void filter_invalid_throwsWithServiceText();
    void orderBy_parsesKeysAndDirections();

private:
    QList<qint64> matching(const QString &filter) const;

    JsonTable m_table{ODataSchema::agent()};
};

void TestODataParser::initTestCase()
{
    signtraker::test::fillFourAgents(m_table);
}

QList<qint64> TestODataParser::matching(const QString &filter) const
{
    const auto expression = ODataParser(filter, ODataSchema::agent()).parseFilter();
    QList<qint64> ids;
    for (qsizetype row = 0; row < m_table.rowCount(); ++row)
        if (expression->test(m_table, row))
            ids << m_table.at(row).value(QLatin1String("Id")).toInteger();
    return ids;
}

void TestODataParser::filter_selectsRows_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QList<qint64>>("ids");
    using L = QList<qint64>;
    QTest::newRow("eq integer") << "Id eq 2" << L{2};
    QTest::newRow("ne") << "Id ne 2" << L{1, 3, 4};
    QTest::newRow("gt") << "Id gt 2" << L{3, 4};
    QTest::newRow("ge") << "Id ge 2" << L{2, 3, 4};
    QTest::newRow("lt") << "Id lt 2" << L{1};
    QTest::newRow("le") << "Id le 2" << L{1, 2};
    QTest::newRow("negative literal") << "Id gt -1" << L{1, 2, 3, 4};
    QTest::newRow("apostrophe doubled") << "LastName eq 'O''Brien'" << L{1};
    QTest::newRow("apostrophe, other case") << "LastName eq 'o''BRIEN'" << L{1};
    QTest::newRow("contains an apostrophe") << "contains(LastName,'O''')" << L{1};
    QTest::newRow("accents") << "LastName eq 'Núñez'" << L{2};
    QTest::newRow("accents, upper case") << "LastName eq 'NÚÑEZ'" << L{2};
    QTest::newRow("accents are not ignored") << "LastName eq 'Nunez'" << L{};
    QTest::newRow("contains hyphen") << "contains(LastName,'-')" << L{3};
    QTest::newRow("startswith, case-insensitive") << "startswith(FirstName,'ma')" << L{3};
    QTest::newRow("endswith") << "endswith(LastName,'SON')" << L{4};
    QTest::newRow("tolower") << "tolower(LastName) eq 'johnson'" << L{4};
    QTest::newRow("toupper") << "toupper(FirstName) eq 'LIAM'" << L{4};
    QTest::newRow("trim") << "trim(FirstName) eq 'Liam'" << L{4};
    QTest::newRow("length counts accented letters once") << "length(FirstName) eq 4" << L{1, 2, 4};
    QTest::newRow("bare boolean member") << "IsInactive" << L{2};
    QTest::newRow("boolean eq false") << "IsInactive eq false" << L{1, 3, 4};
    QTest::newRow("not") << "not IsInactive" << L{1, 3, 4};
    QTest::newRow("not binds tighter than and") << "not IsInactive and IsManager" << L{1};
    QTest::newRow("and binds tighter than or") << "IsManager or IsInactive and Id eq 3" << L{1};
    QTest::newRow("parentheses override") << "(IsManager or IsInactive) and Id eq 2" << L{2};
    QTest::newRow("not of a group") << "not (Id eq 1 or Id eq 2)" << L{3, 4};
    QTest::newRow("nested parentheses") << "((Id eq 1))" << L{1};
    QTest::newRow("or") << "Id eq 1 or Id eq 4" << L{1, 4};
    QTest::newRow("extra whitespace") << "  Id   eq   1  " << L{1};
    QTest::newRow("true literal") << "true" << L{1, 2, 3, 4};
    QTest::newRow("false literal") << "false" << L{};
    QTest::newRow("path Office/Id") << "Office/Id eq 1" << L{1, 3};
    QTest::newRow("path Office/Name") << "Office/Name eq 'austin'" << L{1, 3};
    QTest::newRow("path Manager/Name with apostrophe")
        << "Manager/Name eq 'Seán O''Brien'" << L{2, 3};
    QTest::newRow("path Address/City") << "Address/City eq 'Toronto'" << L{4};
    QTest::newRow("path through a null object") << "Address/City eq null" << L{3};
    QTest::newRow("reference eq null, null or missing") << "Manager eq null" << L{1, 4};
    QTest::newRow("reference ne null") << "Manager ne null" << L{2, 3};
    QTest::newRow("string eq null") << "Notes eq null" << L{2};
    QTest::newRow("null eq member") << "null eq Notes" << L{2};
    QTest::newRow("contains plus") << "contains(Notes,'+')" << L{4};
    QTest::newRow("contains hash") << "contains(Notes,'#')" << L{1};
    QTest::newRow("contains of null is false") << "contains(Notes,'v') or Id eq 2" << L{2, 3};
    QTest::newRow("decimal gt integer") << "BasicInstallPrice gt 50" << L{1, 2};
    QTest::newRow("decimal ge decimal") << "BasicInstallPrice ge 55.5" << L{1, 2};
    QTest::newRow("decimal literal") << "BasicInstallPrice lt 50.0" << L{3};
    QTest::newRow("integer value eq") << "BasicInstallPrice eq 60" << L{2};
    QTest::newRow("exponent literal") << "BasicInstallPrice eq 6e1" << L{2};
    QTest::newRow("missing number is null") << "BasicInstallPrice eq null" << L{4};
    QTest::newRow("ordering against null is false") << "BasicInstallPrice gt null" << L{};
    QTest::newRow("string ordering, case-insensitive") << "LastName gt 'n'" << L{1, 2, 3};
    QTest::newRow("boolean combined with path") << "IsManager eq true and Office/Id eq 1" << L{1};
}

void TestODataParser::filter_selectsRows()
{
    QFETCH(QString, filter);
    QFETCH(QList<qint64>, ids);
    QCOMPARE(matching(filter), ids);
}

void TestODataParser::filter_invalid_throwsWithServiceText_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("message");
    QTest::newRow("operand missing") << "LastName eq"
                                     << "Expression expected at position 11 in 'LastName eq'.";
    QTest::newRow("apostrophe not doubled")
        << "LastName eq 'O'Brien'"
        << "There is an unterminated string literal at position 20 in 'LastName eq 'O'Brien''.";
    QTest::newRow("unterminated string")
        << "LastName eq 'abc"
        << "There is an unterminated string literal at position 12 in 'LastName eq 'abc'.";
    QTest::newRow("unknown member") << "NoSuchMember eq 1"
                                    << "Could not find a property named 'NoSuchMember' on type "
                                       "'SignTraker.Api.Models.Agent'.";
    QTest::newRow("member names are case-sensitive")
        << "lastname eq 'x'"
        << "Could not find a property named 'lastname' on type 'SignTraker.Api.Models.Agent'.";
    QTest::newRow("unknown nested member")
        << "Office/Nope eq 1"
        << "Could not find a property named 'Nope' on type 'SignTraker.Api.Models.Office'.";
    QTest::newRow("path into a primitive")
        << "LastName/Length eq 1"
        << "Could not find a property named 'Length' on type 'Edm.String'.";
    QTest::newRow("number glued to letters")
        << "Id eq 12abc"
        << "Unrecognized literal '12abc' at position 6 in 'Id eq 12abc'.";
    QTest::newRow("two decimal points")
        << "Id eq 1.2.3"
        << "Unrecognized literal '1.2.3' at position 6 in 'Id eq 1.2.3'.";
    QTest::newRow("int eq string")
        << "Id eq 'x'"
        << "A binary operator with incompatible types was detected. Found operand types "
           "'Edm.Int64' and 'Edm.String' for operator kind 'Equal'.";
    QTest::newRow("string gt int")
        << "LastName gt 5"
        << "A binary operator with incompatible types was detected. Found operand types "
           "'Edm.String' and 'Edm.Int64' for operator kind 'GreaterThan'.";
    QTest::newRow("reference eq int")
        << "Office eq 1"
        << "A binary operator with incompatible types was detected. Found operand types "
           "'SignTraker.Api.Models.Office' and 'Edm.Int64' for operator kind 'Equal'.";
    QTest::newRow("reference gt null")
        << "Office gt null"
        << "A binary operator with incompatible types was detected. Found operand types "
           "'SignTraker.Api.Models.Office' and 'null' for operator kind 'GreaterThan'.";
    QTest::newRow("and with a string")
        << "Id eq 1 and LastName"
        << "A binary operator with incompatible types was detected. Found operand types "
           "'Edm.Boolean' and 'Edm.String' for operator kind 'And'.";
    QTest::newRow("or with a number")
        << "Id or IsManager"
        << "A binary operator with incompatible types was detected. Found operand types "
           "'Edm.Int64' and 'Edm.Boolean' for operator kind 'Or'.";
    QTest::newRow("not binds before eq")
        << "not LastName eq 'x'"
        << "A unary operator with an incompatible type was detected. Found operand type "
           "'Edm.String' for operator kind 'Not'.";
    QTest::newRow("not boolean")
        << "LastName"
        << "The $filter expression must evaluate to a single boolean value, but it is of type "
           "'Edm.String'.";
    QTest::newRow("function with one argument too few")
        << "contains(LastName)"
        << "No function signature for the function with name 'contains' matches the specified "
           "arguments. The function signatures considered are: contains(Edm.String "
           "Nullable=true, Edm.String Nullable=true).";
    QTest::newRow("function of a number")
        << "tolower(Id) eq '1'"
        << "No function signature for the function with name 'tolower' matches the specified "
           "arguments. The function signatures considered are: tolower(Edm.String "
           "Nullable=true).";
    QTest::newRow("unknown function")
        << "substringof('a',LastName)"
        << "An unknown function with name 'substringof' was found at position 0 in "
           "'substringof('a',LastName)'.";
    QTest::newRow("functions are case-sensitive")
        << "Contains(LastName,'a')"
        << "An unknown function with name 'Contains' was found at position 0 in "
           "'Contains(LastName,'a')'.";
    QTest::newRow("unclosed parenthesis")
        << "(Id eq 1"
        << "')' or operator expected at position 8 in '(Id eq 1'.";
    QTest::newRow("extra closing parenthesis")
        << "Id eq 1)"
        << "')' or operator expected at position 7 in 'Id eq 1)'.";
    QTest::newRow("keywords are case-sensitive")
        << "Id eq 1 AND Id eq 2"
        << "')' or operator expected at position 8 in 'Id eq 1 AND Id eq 2'.";
    QTest::newRow("invalid character")
        << "Id eq #"
        << "Syntax error: character '#' is not valid at position 6 in 'Id eq #'.";
    QTest::newRow("comma where an operand belongs") << "Id eq ,"
                                                    << "Syntax error at position 6 in 'Id eq ,'.";
    QTest::newRow("unclosed function call")
        << "contains(LastName,'a'"
        << "')' or ',' expected at position 21 in 'contains(LastName,'a''.";
    QTest::newRow("dangling operator") << "Id eq 1 eq"
                                       << "Expression expected at position 10 in 'Id eq 1 eq'.";
    QTest::newRow("double-quoted string")
        << "LastName eq \"x\""
        << "Syntax error: character '\"' is not valid at position 12 in 'LastName eq \"x\"'.";
}

void TestODataParser::filter_invalid_throwsWithServiceText()
{
    QFETCH(QString, filter);
    QFETCH(QString, message);
    try {
        ODataParser(filter, ODataSchema::agent()).parseFilter();
        QFAIL("no error");
    } catch (const ODataError &error) {
        QCOMPARE(error.message(), message);
    }
}

void TestODataParser::orderBy_parsesKeysAndDirections()
{
    const auto keys = ODataParser(QStringLiteral("LastName desc, Office/Id asc,tolower(FirstName)"),
                                  ODataSchema::agent())
                          .parseOrderBy();
    QCOMPARE(keys.size(), size_t(3));
    QVERIFY(keys[0].descending);
    QVERIFY(!keys[1].descending);
    QVERIFY(!keys[2].descending);
    QCOMPARE(keys[0].expression->kind(), ODataExpression::Kind::Member);
    QCOMPARE(keys[2].expression->kind(), ODataExpression::Kind::Function);
}

QTEST_GUILESS_MAIN(TestODataParser)
#include "tst_odataparser.moc"
