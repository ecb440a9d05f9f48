// SPDX-License-Identifier: Apache-2.0
// The change-log dock: its CSV export through the dialog seam. The model itself is tested under
// QCoreApplication in tests/workflows/tst_changelogmodel.
#include "changelog.h"
#include "changelogdock.h"
#include "changeset.h"
#include "dialogs.h"
#include "samplechanges.h"

#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace signtraker;
using namespace signtraker::ui;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestChangeLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dock_exportCsv_writesTheChosenFile();
    void dock_exportCsv_unwritable_saysWhereAndWritesNothing();
};

void TestChangeLog::dock_exportCsv_writesTheChosenFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ChangeLog log;
    Dialogs dialogs;
    dialogs.setNonInteractive(true);
    ChangeLogDock dock(&log, &dialogs);
    QVERIFY(!dock.exportButton()->isEnabled());
    log.record(test::sampleEdit());
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

void TestChangeLog::dock_exportCsv_unwritable_saysWhereAndWritesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ChangeLog log;
    log.record(test::sampleEdit());
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
