// SPDX-License-Identifier: Apache-2.0
#include "agentcolumns.h"
#include "agentquery.h"
#include "agentquerystore.h"
#include "agentschema.h"
#include "filterchipbar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <limits>

using signtraker::AgentSchema;
using signtraker::ListQuery;
using signtraker::ui::AgentColumn;
using signtraker::ui::AgentColumns;
using signtraker::ui::AgentQuery;
using signtraker::ui::AgentQueryStore;
using signtraker::ui::FilterChipBar;

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
    void paymentModes_areTheSchemas();
    void columnTitles_areTheSchemasLabels_data();
    void columnTitles_areTheSchemasLabels();
    void toListQuery_data();
    void toListQuery();
    void searchKind_data();
    void searchKind();
    void toListQuery_unbalancedAdvanced_isInvalid();
    void select_hiddenColumn_leftOut();
    void json_roundTrip_keepsEverything();
    void fromJson_garbage_fallsBackToDefaults();
    void store_perProfile_keepsQueriesApart();
    void restoredPageIndex_huge_isClamped_data();
    void restoredPageIndex_huge_isClamped();
    void store_unwritable_saysSoWithThePath();
    void store_unreadable_isNotWrittenOver();
    void chip_officeName_shownAsItIs();
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
                          "contains(CellularPhone,'O''Brien') or contains(Office/Name,'O''Brien')")
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
                          "contains(CellularPhone,'smith') or contains(Office/Name,'smith')) and "
                          "Office/Id eq 3 and IsManager eq "
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

void TestAgentQuery::restoredPageIndex_huge_isClamped_data()
{
    QTest::addColumn<QJsonValue>("storedIndex");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("expectedIndex");
    const int intMax = std::numeric_limits<int>::max();
    QTest::newRow("2^31-1, 500 a page")
        << QJsonValue(intMax) << 500 << AgentQuery::maxPageIndex(500);
    QTest::newRow("2^31-1, 25 a page") << QJsonValue(intMax) << 25 << AgentQuery::maxPageIndex(25);
    QTest::newRow("1e300") << QJsonValue(1e300) << 50 << 0;
    QTest::newRow("negative") << QJsonValue(-3) << 50 << 0;
    QTest::newRow("ordinary") << QJsonValue(7) << 50 << 7;
}

void TestAgentQuery::restoredPageIndex_huge_isClamped()
{
    QFETCH(QJsonValue, storedIndex);
    QFETCH(int, pageSize);
    QFETCH(int, expectedIndex);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    AgentQueryStore store(&settings);
    AgentQuery saved;
    saved.pageSize = pageSize;
    QJsonObject json = saved.toJson();
    json.insert(QStringLiteral("pageIndex"), storedIndex);
    settings.setValue(AgentQueryStore::keyFor(QStringLiteral("p")),
                      QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));

    const AgentQuery restored = store.load(QStringLiteral("p"));
    QCOMPARE(restored.pageIndex, expectedIndex);
    // Every offset the pager derives from it stays within int: $skip, and the last row of a
    // page of size + 1 rows.
    const qint64 skip = qint64(restored.pageIndex) * pageSize;
    QVERIFY(skip + pageSize + 1 <= std::numeric_limits<int>::max());
    QCOMPARE(item(restored.toListQuery(), "$skip"), QString::number(skip));
    QCOMPARE(item(restored.toListQuery(), "$top"), QString::number(pageSize + 1));
    // Set directly on a query, the index is clamped the same way when the page is asked for.
    AgentQuery direct;
    direct.pageSize = pageSize;
    direct.pageIndex = std::numeric_limits<int>::max();
    QCOMPARE(item(direct.toListQuery(), "$skip"),
             QString::number(qint64(AgentQuery::maxPageIndex(pageSize)) * pageSize));
}

void TestAgentQuery::store_unwritable_saysSoWithThePath()
{
    // Root (the suites' user) writes read-only files and folders all the same: a folder that is
    // a regular file stops everyone.
    QTemporaryDir dir;
    {
        QFile plain(dir.filePath(QStringLiteral("plain")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
    }
    const QString fileName = dir.filePath(QStringLiteral("plain/ui.ini"));
    QSettings settings(fileName, QSettings::IniFormat);
    AgentQueryStore store(&settings);
    QVERIFY(store.problem().isEmpty());
    QVERIFY(!store.save(QStringLiteral("p"), AgentQuery()));
    QVERIFY2(store.problem().contains(fileName), qPrintable(store.problem()));
}

void TestAgentQuery::store_unreadable_isNotWrittenOver()
{
    QTemporaryDir dir;
    const QString fileName = dir.filePath(QStringLiteral("ui.ini"));
    const QByteArray corrupt = "[agents]\nx=1\n[broken \x01\xff\ny=2\n";
    {
        QFile file(fileName);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(corrupt);
    }
    {
        QSettings settings(fileName, QSettings::IniFormat);
        AgentQueryStore store(&settings);
        QVERIFY(!store.save(QStringLiteral("p"), AgentQuery()));
        QVERIFY2(store.problem().contains(fileName), qPrintable(store.problem()));
    }
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), corrupt);
}

void TestAgentQuery::chip_officeName_shownAsItIs()
{
    AgentQuery q;
    q.officeId = 3;
    q.officeName = QStringLiteral("R&D <b>x</b>");
    FilterChipBar bar;
    bar.setQuery(q);
    QToolButton *chip = bar.chipButton(FilterChipBar::Chip::Office);
    QVERIFY(chip);
    // '&' doubled so that it is not a mnemonic; the tooltip escapes the markup.
    QVERIFY2(chip->text().contains(QStringLiteral("R&&D <b>x</b>")), qPrintable(chip->text()));
    QVERIFY2(chip->toolTip().contains(QStringLiteral("R&amp;D &lt;b&gt;x&lt;/b&gt;")),
             qPrintable(chip->toolTip()));
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

// The filter's payment modes and the columns' titles come from the one description of the record.
void TestAgentQuery::paymentModes_areTheSchemas()
{
    QCOMPARE(AgentQuery::paymentModes(), AgentSchema::allowedValues(QStringLiteral("PaymentMode")));
    QVERIFY(!AgentQuery::paymentModes().isEmpty());
}

void TestAgentQuery::columnTitles_areTheSchemasLabels_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("title");
    for (AgentColumn column : AgentColumns::all()) {
        const QString member = AgentColumns::selectMember(column);
        QTest::addRow("%s", qPrintable(AgentColumns::key(column)))
            << int(column)
            << (column == AgentColumn::Status ? QStringLiteral("Status")
                                              : AgentSchema::label(member));
    }
}

void TestAgentQuery::columnTitles_areTheSchemasLabels()
{
    QFETCH(int, column);
    QFETCH(QString, title);
    QVERIFY(AgentSchema::member(AgentColumns::selectMember(AgentColumn(column))));
    QCOMPARE(AgentColumns::title(AgentColumn(column)), title);
}

QTEST_MAIN(TestAgentQuery)
#include "tst_agentquery.moc"
