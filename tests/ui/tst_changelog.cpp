// The change log model: one row per changed member, checked by QAbstractItemModelTester, and its
// CSV export through the dock and the dialog seam.
#include "changelog.h"
#include "changelogdock.h"
#include "changeset.h"
#include "dialogs.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace signtraker::ui;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

ChangeSet anEdit()
{
    ChangeSet change;
    change.kind = ChangeSet::Kind::Edit;
    change.time = QDateTime(QDate(2026, 3, 4), QTime(10, 30, 0), Qt::UTC);
    change.before = {{s("Id"), 7},
                     {s("FirstName"), s("Ann")},
                     {s("LastName"), s("Lee")},
                     {s("Address"), QJsonObject{{s("City"), s("Austin")}}},
                     {s("Notes"), s("x")}};
    change.patch = {{s("FirstName"), s("Anne, \"Annie\"")},
                    {s("Address"), QJsonObject{{s("City"), s("Waco")}}},
                    {s("Notes"), QJsonValue::Null}};
    change.after = {{s("Id"), 7},
                    {s("FirstName"), s("Anne, \"Annie\"")},
                    {s("LastName"), s("Lee")},
                    {s("Address"), QJsonObject{{s("City"), s("Waco")}}}};
    return change;
}

} // namespace

class TestChangeLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void record_rowPerMember_data();
    void record_rowPerMember();
    void toCsv_quotesAndHeader();
    void dock_exportCsv_writesTheChosenFile();
    void toCsv_formulasNeutralisedUnlessRaw();
    void toCsv_numbersWithoutExponent();
    void dock_exportCsv_unwritable_saysWhereAndWritesNothing();
};

void TestChangeLog::record_rowPerMember_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("members");

    QTest::newRow("edit") << int(ChangeSet::Kind::Edit)
                          << QStringList{s("Address/City"), s("FirstName"), s("Notes")};
    QTest::newRow("deactivation") << int(ChangeSet::Kind::Deactivate)
                                  << QStringList{s("IsInactive"), s("IsInactive")};
    QTest::newRow("create") << int(ChangeSet::Kind::Create) << QStringList{QString()};
}

void TestChangeLog::record_rowPerMember()
{
    QFETCH(int, kind);
    QFETCH(QStringList, members);
    ChangeLog log;
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ChangeSet change = anEdit();
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

void TestChangeLog::toCsv_quotesAndHeader()
{
    ChangeLog log;
    log.record(anEdit());
    const QStringList lines = QString::fromUtf8(log.toCsv()).split(s("\r\n"));
    QCOMPARE(lines.first(), s("Time,Agent,Member,Before,After"));
    QCOMPARE(lines.size(), 1 + 3 + 1); // header, rows, the empty piece after the last CRLF
    QVERIFY(lines.contains(s("2026-03-04T10:30:00Z,\"Lee, Anne, \"\"Annie\"\" "
                             "(7)\",FirstName,Ann,\"Anne, \"\"Annie\"\"\"")));
    QVERIFY(
        lines.contains(s("2026-03-04T10:30:00Z,\"Lee, Anne, \"\"Annie\"\" (7)\",Notes,x,(empty)")));
}

void TestChangeLog::dock_exportCsv_writesTheChosenFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ChangeLog log;
    Dialogs dialogs;
    dialogs.setNonInteractive(true);
    ChangeLogDock dock(&log, &dialogs);
    QVERIFY(!dock.exportButton()->isEnabled());
    log.record(anEdit());
    QVERIFY(dock.exportButton()->isEnabled());

    const QString fileName = dir.filePath(s("changes.csv"));
    dialogs.setNextFileName(fileName);
    QSignalSpy exported(&dock, &ChangeLogDock::exported);
    QTest::mouseClick(dock.exportButton(), Qt::LeftButton);
    QVERIFY(exported.wait(5000));
    QCOMPARE(exported.first().first().toString(), fileName);
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), log.toCsv());
}

namespace {

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

} // namespace

void TestChangeLog::toCsv_formulasNeutralisedUnlessRaw()
{
    ChangeLog log;
    log.record(anEditOf(s("Notes"), s("plain"), s("=HYPERLINK(\"http://x\")")));
    const QString neutralised = QString::fromUtf8(log.toCsv());
    QVERIFY2(neutralised.contains(s(",Notes,plain,\"'=HYPERLINK(\"\"http://x\"\")\"")),
             qPrintable(neutralised));
    const QString raw = QString::fromUtf8(log.toCsv(signtraker::CsvWriter::Values::Raw));
    QVERIFY2(raw.contains(s(",Notes,plain,\"=HYPERLINK(\"\"http://x\"\")\"")), qPrintable(raw));
}

void TestChangeLog::toCsv_numbersWithoutExponent()
{
    ChangeLog log;
    log.record(anEditOf(s("Rate"), 1e15, 12.30));
    log.record(anEditOf(s("Limit"), 1e300, -0.5));
    const QString csv = QString::fromUtf8(log.toCsv());
    QVERIFY2(csv.contains(s(",Rate,1000000000000000,12.3\r\n")), qPrintable(csv));
    QVERIFY(csv.contains(s(",Limit,1") + QString(300, u'0') + s(",-0.5\r\n")));
    QVERIFY(!csv.contains(s("e+")));
}

void TestChangeLog::dock_exportCsv_unwritable_saysWhereAndWritesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ChangeLog log;
    log.record(anEdit());
    Dialogs dialogs;
    dialogs.setNonInteractive(true);
    ChangeLogDock dock(&log, &dialogs);
    // A folder of that name: fails for root too, where permissions stop nothing.
    const QString fileName = dir.filePath(s("changes.csv"));
    QVERIFY(QDir(dir.path()).mkdir(s("changes.csv")));
    dialogs.setNextFileName(fileName);
    QSignalSpy failed(&dock, &ChangeLogDock::exportFailed);
    QTest::mouseClick(dock.exportButton(), Qt::LeftButton);
    QVERIFY(failed.wait(5000));
    QVERIFY2(failed.first().first().toString().contains(fileName),
             qPrintable(failed.first().first().toString()));
    QVERIFY(QDir(fileName).isEmpty());
}

QTEST_MAIN(TestChangeLog)
#include "tst_changelog.moc"
