// SPDX-License-Identifier: Apache-2.0
// The change log as a model without widgets, under QCoreApplication: one row per changed member
// (checked by QAbstractItemModelTester), a bulk edit as the rows of each agent, the values in
// CellText unless the owner gives its own formatting, and the CSV export.
#include "changelog.h"
#include "changes.h"
#include "samplechanges.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace signtraker;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

ChangeSet anEditOf(const QString &member, const QJsonValue &before, const QJsonValue &after)
{
    ChangeSet change;
    change.kind = ChangeSet::Kind::Edit;
    change.time = QDateTime(QDate(2026, 3, 4), QTime(10, 30, 0), Qt::UTC);
    change.before = {{s("Id"), 7}, {s("LastName"), s("Lee")}, {member, before}};
    change.patch = {{member, after}};
    change.after = {{s("Id"), 7}, {s("LastName"), s("Lee")}, {member, after}};
    return change;
}

ChangeSet::AgentEdit cityEdit(qint64 id, const char *name, const char *from, const char *to)
{
    const QJsonObject patch{{s("Address"), QJsonObject{{s("City"), s(to)}}}};
    return {
        {{s("Id"), id},
         {s("LastName"), s(name)},
         {s("Address"), QJsonObject{{s("City"), s(from)}}}},
        patch,
        {{s("Id"), id}, {s("LastName"), s(name)}, {s("Address"), QJsonObject{{s("City"), s(to)}}}}};
}

} // namespace

class TestChangeLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void record_rowPerMember_data();
    void record_rowPerMember();
    void record_bulkEdit_rowsOfEachAgentInOneInsertion();
    void values_schemaWordsByDefault_formatterWhenGiven();
    void toCsv_quotesAndHeader();
    void toCsv_formulasNeutralisedUnlessRaw();
    void toCsv_numbersWithoutExponent();
};

void TestChangeLogModel::record_rowPerMember_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("members");

    QTest::newRow("edit") << int(ChangeSet::Kind::Edit)
                          << QStringList{s("Address/City"), s("FirstName"), s("Notes")};
    QTest::newRow("deactivation") << int(ChangeSet::Kind::Deactivate)
                                  << QStringList{s("IsInactive"), s("IsInactive")};
    QTest::newRow("create") << int(ChangeSet::Kind::Create) << QStringList{QString()};
}

void TestChangeLogModel::record_rowPerMember()
{
    QFETCH(int, kind);
    QFETCH(QStringList, members);
    ChangeLog log;
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ChangeSet change = test::sampleEdit();
    change.kind = ChangeSet::Kind(kind);
    change.agentIds = {7, 8};
    change.agentNames = {s("Lee, Ann"), s("Kim, Bo")};
    QSignalSpy inserted(&log, &QAbstractItemModel::rowsInserted);
    log.record(change);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(log.rowCount(), members.size());
    QStringList got;
    for (int row = 0; row < log.rowCount(); ++row)
        got.append(log.index(row, ChangeLog::MemberColumn).data().toString());
    got.sort();
    QCOMPARE(got, members);
}

void TestChangeLogModel::record_bulkEdit_rowsOfEachAgentInOneInsertion()
{
    ChangeLog log;
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&log, &QAbstractItemModel::rowsInserted);
    log.record(ChangeSet::bulkEdit(
        {cityEdit(7, "Lee", "Austin", "Waco"), cityEdit(8, "Kim", "Dallas", "Waco")}));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(log.rowCount(), 2);
    const QList<ChangeLog::Entry> entries = log.entries();
    QCOMPARE(entries.at(0).agentId, 7);
    QCOMPARE(entries.at(0).member, s("Address/City"));
    QCOMPARE(entries.at(0).before, s("Austin"));
    QCOMPARE(entries.at(0).after, s("Waco"));
    QCOMPARE(entries.at(1).agentId, 8);
    QCOMPARE(entries.at(1).before, s("Dallas"));
    QCOMPARE(log.index(1, ChangeLog::AgentColumn).data().toString(), s("Kim (8)"));
}

void TestChangeLogModel::values_schemaWordsByDefault_formatterWhenGiven()
{
    ChangeLog log;
    // The words of the form and the detail pane (AgentSchema), not CSV's true/false.
    log.record(anEditOf(s("EnableSubscription"), false, true));
    QCOMPARE(log.entries().last().before, s("No"));
    QCOMPARE(log.entries().last().after, s("Yes"));
    log.setFormatter([](const QJsonValue &value) {
        return value.isBool() ? (value.toBool() ? s("on") : s("off")) : s("?");
    });
    log.record(anEditOf(s("EnableSubscription"), false, true));
    QCOMPARE(log.entries().last().before, s("off"));
    QCOMPARE(log.entries().last().after, s("on"));
}

void TestChangeLogModel::toCsv_quotesAndHeader()
{
    ChangeLog log;
    log.record(test::sampleEdit());
    const QStringList lines = QString::fromUtf8(log.toCsv()).split(s("\r\n"));
    QCOMPARE(lines.first(), s("Time,Agent,Member,Before,After"));
    QCOMPARE(lines.size(), 1 + 3 + 1); // header, rows, the empty piece after the last CRLF
    QVERIFY(lines.contains(s("2026-03-04T10:30:00Z,\"Lee, Anne, \"\"Annie\"\" "
                             "(7)\",FirstName,Ann,\"Anne, \"\"Annie\"\"\"")));
    // null and absent are an empty cell in the CSV, and "(empty)" on screen.
    QVERIFY(lines.contains(s("2026-03-04T10:30:00Z,\"Lee, Anne, \"\"Annie\"\" (7)\",Notes,x,")));
    const QList<ChangeLog::Entry> entries = log.entries();
    const auto notes =
        std::find_if(entries.cbegin(), entries.cend(),
                     [](const ChangeLog::Entry &e) { return e.member == s("Notes"); });
    QVERIFY(notes != entries.cend());
    QCOMPARE(notes->after, s("(empty)"));
}

void TestChangeLogModel::toCsv_formulasNeutralisedUnlessRaw()
{
    ChangeLog log;
    log.record(anEditOf(s("Notes"), s("plain"), s("=HYPERLINK(\"http://x\")")));
    const QString neutralised = QString::fromUtf8(log.toCsv());
    QVERIFY2(neutralised.contains(s(",Notes,plain,\"'=HYPERLINK(\"\"http://x\"\")\"")),
             qPrintable(neutralised));
    const QString raw = QString::fromUtf8(log.toCsv(CsvWriter::Values::Raw));
    QVERIFY2(raw.contains(s(",Notes,plain,\"=HYPERLINK(\"\"http://x\"\")\"")), qPrintable(raw));
}

void TestChangeLogModel::toCsv_numbersWithoutExponent()
{
    ChangeLog log;
    log.record(anEditOf(s("Rate"), 1e15, 12.30));
    log.record(anEditOf(s("Limit"), 1e300, -0.5));
    const QString csv = QString::fromUtf8(log.toCsv());
    QVERIFY2(csv.contains(s(",Rate,1000000000000000,12.3\r\n")), qPrintable(csv));
    QVERIFY(csv.contains(s(",Limit,1") + QString(300, u'0') + s(",-0.5\r\n")));
    QVERIFY(!csv.contains(s("e+")));
}

QTEST_GUILESS_MAIN(TestChangeLogModel)
#include "tst_changelogmodel.moc"
