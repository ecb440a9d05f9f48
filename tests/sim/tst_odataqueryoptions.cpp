// SPDX-License-Identifier: Apache-2.0
// ODataQueryOptions: $orderby (several keys, directions, paths, functions, nulls, ties),
// $top/$skip paging, $select projection, and the 400 texts for malformed options.
#include "fouragents.h"
#include "odataerror.h"
#include "odataqueryoptions.h"

#include <QJsonArray>
#include <QTest>

using namespace signtraker::sim;
using Items = ODataQueryOptions::QueryItems;

class TestODataQueryOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void apply_ordersAndPages_data();
    void apply_ordersAndPages();
    void apply_prefilterAndFilterCombine();
    void select_keepsOnlyNamedMembers_data();
    void select_keepsOnlyNamedMembers();
    void parse_invalid_throwsWithServiceText_data();
    void parse_invalid_throwsWithServiceText();
    void parse_ignoresOtherKeys();

private:
    QList<qint64> ids(const Items &items) const;

    JsonTable m_table{ODataSchema::agent()};
};

void TestODataQueryOptions::initTestCase()
{
    signtraker::test::fillFourAgents(m_table);
}

QList<qint64> TestODataQueryOptions::ids(const Items &items) const
{
    QList<qint64> result;
    for (const QJsonValue &row :
         ODataQueryOptions::parse(items, ODataSchema::agent()).apply(m_table))
        result << row.toObject().value(QLatin1String("Id")).toInteger();
    return result;
}

void TestODataQueryOptions::apply_ordersAndPages_data()
{
    QTest::addColumn<Items>("items");
    QTest::addColumn<QList<qint64>>("expected");
    using L = QList<qint64>;
    auto q = [](std::initializer_list<std::pair<QString, QString>> list) { return Items(list); };
    QTest::newRow("no options: Id order") << q({}) << L{1, 2, 3, 4};
    QTest::newRow("one key") << q({{"$orderby", "LastName"}}) << L{4, 2, 1, 3};
    QTest::newRow("one key desc") << q({{"$orderby", "LastName desc"}}) << L{3, 1, 2, 4};
    QTest::newRow("asc spelled out") << q({{"$orderby", "LastName asc"}}) << L{4, 2, 1, 3};
    QTest::newRow("path then key desc")
        << q({{"$orderby", "Office/Id,LastName desc"}}) << L{3, 1, 2, 4};
    QTest::newRow("path desc then key")
        << q({{"$orderby", "Office/Name desc,FirstName"}}) << L{4, 2, 3, 1};
    QTest::newRow("nulls first ascending")
        << q({{"$orderby", "BasicInstallPrice"}}) << L{4, 3, 1, 2};
    QTest::newRow("nulls last descending")
        << q({{"$orderby", "BasicInstallPrice desc"}}) << L{2, 1, 3, 4};
    QTest::newRow("missing reference sorts as null")
        << q({{"$orderby", "Manager/Id desc,Id"}}) << L{2, 3, 1, 4};
    QTest::newRow("ties broken by Id") << q({{"$orderby", "IsInactive"}}) << L{1, 3, 4, 2};
    QTest::newRow("function key") << q({{"$orderby", "tolower(FirstName) desc"}}) << L{1, 3, 4, 2};
    QTest::newRow("top") << q({{"$top", "2"}}) << L{1, 2};
    QTest::newRow("top zero") << q({{"$top", "0"}}) << L{};
    QTest::newRow("skip") << q({{"$skip", "3"}}) << L{4};
    QTest::newRow("skip past the end") << q({{"$skip", "10"}}) << L{};
    QTest::newRow("skip and top") << q({{"$skip", "1"}, {"$top", "2"}}) << L{2, 3};
    QTest::newRow("top larger than the set") << q({{"$top", "100"}}) << L{1, 2, 3, 4};
    QTest::newRow("ordered page") << q({{"$orderby", "Id desc"}, {"$top", "2"}, {"$skip", "1"}})
                                  << L{3, 2};
    QTest::newRow("filtered ordered page")
        << q({{"$filter", "IsInactive eq false"}, {"$orderby", "LastName"}, {"$top", "2"}})
        << L{4, 1};
}

void TestODataQueryOptions::apply_ordersAndPages()
{
    QFETCH(Items, items);
    QFETCH(QList<qint64>, expected);
    QCOMPARE(ids(items), expected);
}

void TestODataQueryOptions::apply_prefilterAndFilterCombine()
{
    const auto options = ODataQueryOptions::parse(
        {{QStringLiteral("$filter"), QStringLiteral("Office/Id eq 1")}}, ODataSchema::agent());
    const QJsonArray rows = options.apply(m_table, [](qsizetype row) { return row != 0; });
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().toObject().value(QLatin1String("Id")).toInteger(), 3);
}

void TestODataQueryOptions::select_keepsOnlyNamedMembers_data()
{
    QTest::addColumn<QString>("select");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("two members") << "Id,LastName" << QStringList{"Id", "LastName"};
    QTest::newRow("spaces around names") << " Id , Email " << QStringList{"Email", "Id"};
    QTest::newRow("a reference, whole") << "Office" << QStringList{"Office"};
    QTest::newRow("repeated name") << "Id,Id" << QStringList{"Id"};
    QTest::newRow("star") << "*" << m_table.at(0).keys();
}

void TestODataQueryOptions::select_keepsOnlyNamedMembers()
{
    QFETCH(QString, select);
    QFETCH(QStringList, keys);
    const auto options =
        ODataQueryOptions::parse({{QStringLiteral("$select"), select}}, ODataSchema::agent());
    const QJsonArray rows = options.apply(m_table);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.first().toObject().keys(), keys);
    if (select == u"Office")
        QCOMPARE(rows.first().toObject().value(QLatin1String("Office")).toObject(),
                 m_table.at(0).value(QLatin1String("Office")).toObject());
}

void TestODataQueryOptions::parse_invalid_throwsWithServiceText_data()
{
    QTest::addColumn<Items>("items");
    QTest::addColumn<QString>("message");
    auto q = [](std::initializer_list<std::pair<QString, QString>> list) { return Items(list); };
    QTest::newRow("negative top")
        << q({{"$top", "-1"}})
        << "Invalid value '-1' for $top query option found. The $top query option requires a "
           "non-negative integer value.";
    QTest::newRow("top not a number")
        << q({{"$top", "ten"}})
        << "Invalid value 'ten' for $top query option found. The $top query option requires a "
           "non-negative integer value.";
    QTest::newRow("fractional skip")
        << q({{"$skip", "1.5"}})
        << "Invalid value '1.5' for $skip query option found. The $skip query option requires a "
           "non-negative integer value.";
    QTest::newRow("empty filter") << q({{"$filter", ""}})
                                  << "The value for OData query '$filter' cannot be empty.";
    QTest::newRow("blank orderby")
        << q({{"$orderby", "  "}}) << "The value for OData query '$orderby' cannot be empty.";
    QTest::newRow("unknown select member")
        << q({{"$select", "Id,Nope"}})
        << "Could not find a property named 'Nope' on type 'SignTraker.Api.Models.Agent'.";
    QTest::newRow("select of a path")
        << q({{"$select", "Address/City"}})
        << "Selecting 'Address/City' is not supported: $select takes top-level members only.";
    QTest::newRow("empty select item")
        << q({{"$select", "Id,"}})
        << "Could not find a property named '' on type 'SignTraker.Api.Models.Agent'.";
    QTest::newRow("orderby a reference")
        << q({{"$orderby", "Office"}})
        << "The $orderby expression at position 0 in 'Office' must evaluate to a single value of "
           "primitive type.";
    QTest::newRow("orderby unknown direction")
        << q({{"$orderby", "LastName sideways"}})
        << "Syntax error at position 9 in 'LastName sideways'.";
    QTest::newRow("orderby unknown member")
        << q({{"$orderby", "Nope"}})
        << "Could not find a property named 'Nope' on type 'SignTraker.Api.Models.Agent'.";
    QTest::newRow("orderby trailing comma")
        << q({{"$orderby", "LastName,"}}) << "Expression expected at position 9 in 'LastName,'.";
    QTest::newRow("expand not supported")
        << q({{"$expand", "Office"}}) << "The query parameter '$expand' is not supported.";
    QTest::newRow("count not supported")
        << q({{"$count", "true"}}) << "The query parameter '$count' is not supported.";
    QTest::newRow("repeated option")
        << q({{"$top", "1"}, {"$top", "2"}})
        << "Query option '$top' was specified more than once, but it must be specified at most "
           "once.";
    QTest::newRow("bad filter") << q({{"$filter", "Id eq"}})
                                << "Expression expected at position 5 in 'Id eq'.";
}

void TestODataQueryOptions::parse_invalid_throwsWithServiceText()
{
    QFETCH(Items, items);
    QFETCH(QString, message);
    try {
        ODataQueryOptions::parse(items, ODataSchema::agent());
        QFAIL("no error");
    } catch (const ODataError &error) {
        QCOMPARE(error.message(), message);
    }
}

void TestODataQueryOptions::parse_ignoresOtherKeys()
{
    const auto options = ODataQueryOptions::parse({{QStringLiteral("email"), QStringLiteral("x")},
                                                   {QStringLiteral("top"), QStringLiteral("1")}},
                                                  ODataSchema::agent());
    QVERIFY(!options.hasFilter());
    QVERIFY(!options.top());
    QCOMPARE(options.apply(m_table).size(), 4);
}

QTEST_GUILESS_MAIN(TestODataQueryOptions)
#include "tst_odataqueryoptions.moc"
