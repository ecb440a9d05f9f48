// SPDX-License-Identifier: Apache-2.0
#include "listquery.h"
#include "pager.h"

#include <QTest>

using namespace signtraker;

Q_DECLARE_METATYPE(signtraker::ListQuery)

class TestListQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toQueryItems_data();
    void toQueryItems();
    void stableOrder_data();
    void stableOrder();
    void pageQuery_asksForOneRowMore();
    void pageFrom_data();
    void pageFrom();
};

void TestListQuery::toQueryItems_data()
{
    QTest::addColumn<ListQuery>("query");
    QTest::addColumn<QueryItems>("expected");

    QTest::newRow("empty") << ListQuery() << QueryItems();
    ListQuery all;
    all.filter = QStringLiteral("LastName eq 'Smith'");
    all.top = 50;
    all.skip = 100;
    all.orderBy = {QStringLiteral("LastName desc"), QStringLiteral("Id")};
    all.select = {QStringLiteral("Id"), QStringLiteral("Email")};
    all.email = QStringLiteral("a@b.com");
    QTest::newRow("reference order: filter top skip orderby select email")
        << all
        << QueryItems{{QStringLiteral("$filter"), QStringLiteral("LastName eq 'Smith'")},
                      {QStringLiteral("$top"), QStringLiteral("50")},
                      {QStringLiteral("$skip"), QStringLiteral("100")},
                      {QStringLiteral("$orderby"), QStringLiteral("LastName desc,Id")},
                      {QStringLiteral("$select"), QStringLiteral("Id,Email")},
                      {QStringLiteral("email"), QStringLiteral("a@b.com")}};
    ListQuery zero;
    zero.top = 0;
    zero.skip = 0;
    QTest::newRow("zero is sent, unset is not")
        << zero
        << QueryItems{{QStringLiteral("$top"), QStringLiteral("0")},
                      {QStringLiteral("$skip"), QStringLiteral("0")}};
    ListQuery extra;
    extra.extra = {{QStringLiteral("enterpriseId"), QStringLiteral("3")}};
    QTest::newRow("extra last") << extra
                                << QueryItems{
                                       {QStringLiteral("enterpriseId"), QStringLiteral("3")}};
}

void TestListQuery::toQueryItems()
{
    QFETCH(ListQuery, query);
    QFETCH(QueryItems, expected);
    QCOMPARE(query.toQueryItems(), expected);
}

void TestListQuery::stableOrder_data()
{
    QTest::addColumn<QStringList>("orderBy");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("none") << QStringList() << QStringList{QStringLiteral("Id")};
    QTest::newRow("one key") << QStringList{QStringLiteral("LastName")}
                             << QStringList{QStringLiteral("LastName"), QStringLiteral("Id")};
    QTest::newRow("desc key") << QStringList{QStringLiteral("LastName desc")}
                              << QStringList{QStringLiteral("LastName desc"), QStringLiteral("Id")};
    QTest::newRow("already ends with Id")
        << QStringList{QStringLiteral("LastName"), QStringLiteral("Id desc")}
        << QStringList{QStringLiteral("LastName"), QStringLiteral("Id desc")};
    QTest::newRow("Id-like member is not Id")
        << QStringList{QStringLiteral("IdNumber")}
        << QStringList{QStringLiteral("IdNumber"), QStringLiteral("Id")};
}

void TestListQuery::stableOrder()
{
    QFETCH(QStringList, orderBy);
    QFETCH(QStringList, expected);
    QCOMPARE(Pager::stableOrder(orderBy), expected);
}

void TestListQuery::pageQuery_asksForOneRowMore()
{
    ListQuery query;
    query.filter = QStringLiteral("IsInactive eq false");
    const ListQuery page = Pager::pageQuery(query, 2, 50);
    QCOMPARE(page.top, 51);
    QCOMPARE(page.skip, 100);
    QCOMPARE(page.filter, query.filter);
    QCOMPARE(page.orderBy, QStringList{QStringLiteral("Id")});
}

void TestListQuery::pageFrom_data()
{
    QTest::addColumn<int>("rowsAnswered");
    QTest::addColumn<int>("rowsShown");
    QTest::addColumn<bool>("hasNext");
    QTest::newRow("one more than the page: a next page exists") << 51 << 50 << true;
    QTest::newRow("exactly a page: the last page") << 50 << 50 << false;
    QTest::newRow("short page") << 7 << 7 << false;
    QTest::newRow("empty") << 0 << 0 << false;
}

void TestListQuery::pageFrom()
{
    QFETCH(int, rowsAnswered);
    QFETCH(int, rowsShown);
    QFETCH(bool, hasNext);
    QJsonArray rows;
    for (int i = 0; i < rowsAnswered; ++i)
        rows.append(QJsonObject{{QStringLiteral("Id"), i + 1}});
    const Page page = Pager::pageFrom(rows, 1, 50);
    QCOMPARE(page.rows.size(), rowsShown);
    QCOMPARE(page.hasNext, hasNext);
    QCOMPARE(page.firstRow(), 51);
    QCOMPARE(page.lastRow(), 50 + rowsShown);
}

QTEST_GUILESS_MAIN(TestListQuery)
#include "tst_listquery.moc"
