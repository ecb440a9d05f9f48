#include "agentquery.h"
#include "agentquerystore.h"

#include <QJsonArray>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using signtraker::ListQuery;
using signtraker::ui::AgentColumn;
using signtraker::ui::AgentQuery;
using signtraker::ui::AgentQueryStore;

Q_DECLARE_METATYPE(signtraker::ui::AgentQuery)

namespace {

QString item(const ListQuery &q, const char *name)
{
    for (const auto &[key, value] : q.toQueryItems()) {
        if (key == QLatin1String(name))
            return value;
    }
    return QStringLiteral("<absent>");
}

} // namespace

class TestAgentQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toListQuery_data();
    void toListQuery();
    void searchKind_data();
    void searchKind();
    void toListQuery_unbalancedAdvanced_isInvalid();
    void select_hiddenColumn_leftOut();
    void json_roundTrip_keepsEverything();
    void fromJson_garbage_fallsBackToDefaults();
    void store_perProfile_keepsQueriesApart();
};

void TestAgentQuery::toListQuery_data()
{
    QTest::addColumn<AgentQuery>("query");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("orderby");
    QTest::addColumn<QString>("top");
    QTest::addColumn<QString>("skip");

    const QString absent = QStringLiteral("<absent>");
    AgentQuery q;
    QTest::newRow("defaults") << q << absent << absent << QStringLiteral("Id")
                              << QStringLiteral("51") << QStringLiteral("0");

    q = {};
    q.searchText = QStringLiteral("  O'Brien ");
    QTest::newRow("text search, apostrophe doubled")
        << q
        << QStringLiteral("contains(FirstName,'O''Brien') or contains(LastName,'O''Brien') or "
                          "contains(Email,'O''Brien') or contains(UserName,'O''Brien') or "
                          "contains(CellularPhone,'O''Brien')")
        << absent << QStringLiteral("Id") << QStringLiteral("51") << QStringLiteral("0");

    q = {};
    q.searchText = QStringLiteral("jane.doe@example.com");
    QTest::newRow("e-mail search uses email=")
        << q << absent << QStringLiteral("jane.doe@example.com") << QStringLiteral("Id")
        << QStringLiteral("51") << QStringLiteral("0");

    q = {};
    q.searchText = QStringLiteral("1042");
    QTest::newRow("digits match Id")
        << q << QStringLiteral("Id eq 1042") << absent << QStringLiteral("Id")
        << QStringLiteral("51") << QStringLiteral("0");

    q = {};
    q.officeId = 7;
    QTest::newRow("office") << q << QStringLiteral("Office/Id eq 7") << absent
                            << QStringLiteral("Id") << QStringLiteral("51") << QStringLiteral("0");

    q = {};
    q.status = AgentQuery::Status::Active;
    QTest::newRow("active") << q << QStringLiteral("IsInactive eq false") << absent
                            << QStringLiteral("Id") << QStringLiteral("51") << QStringLiteral("0");
    q.status = AgentQuery::Status::Inactive;
    QTest::newRow("inactive") << q << QStringLiteral("IsInactive eq true") << absent
                              << QStringLiteral("Id") << QStringLiteral("51")
                              << QStringLiteral("0");

    q = {};
    q.role = AgentQuery::Role::Managers;
    QTest::newRow("managers") << q << QStringLiteral("IsManager eq true") << absent
                              << QStringLiteral("Id") << QStringLiteral("51")
                              << QStringLiteral("0");
    q.role = AgentQuery::Role::Agents;
    QTest::newRow("agents") << q << QStringLiteral("IsManager eq false") << absent
                            << QStringLiteral("Id") << QStringLiteral("51") << QStringLiteral("0");

    q = {};
    q.paymentMode = QStringLiteral("MonthlyCC");
    QTest::newRow("payment mode") << q << QStringLiteral("PaymentMode eq 'MonthlyCC'") << absent
                                  << QStringLiteral("Id") << QStringLiteral("51")
                                  << QStringLiteral("0");

    q = {};
    q.advancedFilter = QStringLiteral("startswith(LastName,'A') or IsLocked eq true");
    q.status = AgentQuery::Status::Active;
    QTest::newRow("advanced filter parenthesized")
        << q
        << QStringLiteral("IsInactive eq false and (startswith(LastName,'A') or IsLocked eq true)")
        << absent << QStringLiteral("Id") << QStringLiteral("51") << QStringLiteral("0");

    q = {};
    q.searchText = QStringLiteral("smith");
    q.officeId = 3;
    q.role = AgentQuery::Role::Agents;
    QTest::newRow("search and filters AND-ed")
        << q
        << QStringLiteral("(contains(FirstName,'smith') or contains(LastName,'smith') or "
                          "contains(Email,'smith') or contains(UserName,'smith') or "
                          "contains(CellularPhone,'smith')) and Office/Id eq 3 and IsManager eq "
                          "false")
        << absent << QStringLiteral("Id") << QStringLiteral("51") << QStringLiteral("0");

    q = {};
    q.sortColumn = AgentColumn::LastName;
    QTest::newRow("sort ascending, Id tie-breaker")
        << q << absent << absent << QStringLiteral("LastName,Id") << QStringLiteral("51")
        << QStringLiteral("0");
    q.sortOrder = Qt::DescendingOrder;
    QTest::newRow("sort descending") << q << absent << absent << QStringLiteral("LastName desc,Id")
                                     << QStringLiteral("51") << QStringLiteral("0");
    q.sortColumn = AgentColumn::Office;
    q.sortOrder = Qt::AscendingOrder;
    QTest::newRow("sort by office name")
        << q << absent << absent << QStringLiteral("Office/Name,Id") << QStringLiteral("51")
        << QStringLiteral("0");
    q.sortColumn = AgentColumn::Id;
    q.sortOrder = Qt::DescendingOrder;
    QTest::newRow("sort by Id: no second Id") << q << absent << absent << QStringLiteral("Id desc")
                                              << QStringLiteral("51") << QStringLiteral("0");

    q = {};
    q.pageIndex = 1;
    QTest::newRow("second page") << q << absent << absent << QStringLiteral("Id")
                                 << QStringLiteral("51") << QStringLiteral("50");
    q.pageSize = 250;
    q.pageIndex = 3;
    QTest::newRow("page size 250, fourth page") << q << absent << absent << QStringLiteral("Id")
                                                << QStringLiteral("251") << QStringLiteral("750");
    q.pageSize = 33;
    q.pageIndex = 0;
    QTest::newRow("unknown page size falls back to 50")
        << q << absent << absent << QStringLiteral("Id") << QStringLiteral("51")
        << QStringLiteral("0");
}

void TestAgentQuery::toListQuery()
{
    QFETCH(AgentQuery, query);
    QFETCH(QString, filter);
    QFETCH(QString, email);
    QFETCH(QString, orderby);
    QFETCH(QString, top);
    QFETCH(QString, skip);
    const ListQuery list = query.toListQuery();
    QCOMPARE(item(list, "$filter"), filter);
    QCOMPARE(item(list, "email"), email);
    QCOMPARE(item(list, "$orderby"), orderby);
    QCOMPARE(item(list, "$top"), top);
    QCOMPARE(item(list, "$skip"), skip);
}

void TestAgentQuery::searchKind_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::newRow("blank") << QStringLiteral("   ") << int(AgentQuery::SearchKind::None);
    QTest::newRow("e-mail") << QStringLiteral("a.b@c.org") << int(AgentQuery::SearchKind::Email);
    QTest::newRow("e-mail with spaces around")
        << QStringLiteral(" a@b.co ") << int(AgentQuery::SearchKind::Email);
    QTest::newRow("at without a dot") << QStringLiteral("a@b") << int(AgentQuery::SearchKind::Text);
    QTest::newRow("digits") << QStringLiteral("12") << int(AgentQuery::SearchKind::Id);
    QTest::newRow("phone with dashes")
        << QStringLiteral("555-0101") << int(AgentQuery::SearchKind::Text);
    QTest::newRow("name") << QStringLiteral("Zoë") << int(AgentQuery::SearchKind::Text);
}

void TestAgentQuery::searchKind()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QCOMPARE(int(AgentQuery::searchKind(text)), kind);
}

void TestAgentQuery::toListQuery_unbalancedAdvanced_isInvalid()
{
    AgentQuery q;
    q.advancedFilter = QStringLiteral("LastName eq 'x");
    QVERIFY(!q.filterError().isEmpty());
    QVERIFY(!q.filter().isValid());
}

void TestAgentQuery::select_hiddenColumn_leftOut()
{
    AgentQuery q;
    QCOMPARE(item(q.toListQuery(), "$select"),
             QStringLiteral("Id,LastName,FirstName,UserName,Email,CellularPhone,Office,Manager,"
                            "PaymentMode,IsInactive,IsManager"));
    q.visibleColumns = {AgentColumn::LastName, AgentColumn::Office, AgentColumn::Status};
    QCOMPARE(item(q.toListQuery(), "$select"), QStringLiteral("Id,LastName,Office,IsInactive"));
}

void TestAgentQuery::json_roundTrip_keepsEverything()
{
    AgentQuery q;
    q.searchText = QStringLiteral("smith");
    q.officeId = 9;
    q.officeName = QStringLiteral("Austin North");
    q.status = AgentQuery::Status::Inactive;
    q.role = AgentQuery::Role::Managers;
    q.paymentMode = QStringLiteral("ACH");
    q.advancedFilter = QStringLiteral("IsLocked eq true");
    q.sortColumn = AgentColumn::Email;
    q.sortOrder = Qt::DescendingOrder;
    q.pageIndex = 4;
    q.pageSize = 100;
    q.visibleColumns = {AgentColumn::Email, AgentColumn::Id};
    QCOMPARE(AgentQuery::fromJson(q.toJson()), q);
}

void TestAgentQuery::fromJson_garbage_fallsBackToDefaults()
{
    QJsonObject json;
    json.insert(QStringLiteral("status"), QStringLiteral("sleeping"));
    json.insert(QStringLiteral("pageSize"), 7);
    json.insert(QStringLiteral("paymentMode"), QStringLiteral("Bitcoin"));
    json.insert(QStringLiteral("sortColumn"), QStringLiteral("Nope"));
    json.insert(QStringLiteral("visibleColumns"), QJsonArray{QStringLiteral("Nope")});
    QCOMPARE(AgentQuery::fromJson(json), AgentQuery());
}

void TestAgentQuery::store_perProfile_keepsQueriesApart()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    AgentQueryStore store(&settings);
    AgentQuery a;
    a.searchText = QStringLiteral("a");
    AgentQuery b;
    b.role = AgentQuery::Role::Agents;
    store.save(QStringLiteral("acme/west"), a);
    store.save(QStringLiteral("other"), b);
    QCOMPARE(store.load(QStringLiteral("acme/west")), a);
    QCOMPARE(store.load(QStringLiteral("other")), b);
    QVERIFY(!store.contains(QStringLiteral("third")));
    QCOMPARE(store.load(QStringLiteral("third")), AgentQuery());
}

QTEST_MAIN(TestAgentQuery)
#include "tst_agentquery.moc"
