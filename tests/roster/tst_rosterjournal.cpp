// SPDX-License-Identifier: Apache-2.0
// The journal of a roster sync: each line on disk as soon as it is appended, read back as the
// keys done and the intents without outcome of the last run, a line cut by a crash ignored, the
// default path per roster and profile, and the CSV export.
#include "rosterjournal.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace signtraker;
using Entry = RosterJournal::Entry;

namespace {

Entry entry(Entry::Event event, const QString &key, const QString &status = {})
{
    Entry e;
    e.event = event;
    e.key = key;
    e.row = 2;
    e.action = key.section(u':', 0, 0);
    e.email = key.section(u':', 1, 1);
    e.id = 1001;
    e.status = status;
    return e;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestRosterJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void append_isOnDiskAtOnce();
    void readBack_doneAndPendingOfTheLastRun();
    void newRun_forgetsWhatEarlierRunsDid();
    void endedRun_isNotUnfinished();
    void lineCutByACrash_isIgnored();
    void defaultPath_perRosterAndProfile();
    void exportCsv_oneRowPerItem();

private:
    QTemporaryDir m_dir;
};

void TestRosterJournal::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestRosterJournal::append_isOnDiskAtOnce()
{
    const QString path = m_dir.filePath(QStringLiteral("flush/j.jsonl"));
    RosterJournal journal;
    QVERIFY(journal.open(path));
    QVERIFY(journal.startRun(1));
    QVERIFY(journal.append(entry(Entry::Event::Intent, QStringLiteral("update:a@x.com:1"))));
    // Read through another handle while the journal is still open: nothing waits in a buffer.
    const QList<QByteArray> lines = fileBytes(path).trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(1).contains("\"event\":\"intent\""));
    QVERIFY(lines.at(1).contains("update:a@x.com:1"));
}

void TestRosterJournal::readBack_doneAndPendingOfTheLastRun()
{
    const QString path = m_dir.filePath(QStringLiteral("read.jsonl"));
    {
        RosterJournal journal;
        QVERIFY(journal.open(path));
        QVERIFY(journal.startRun(3));
        journal.append(entry(Entry::Event::Intent, QStringLiteral("update:a@x.com:1")));
        journal.append(entry(Entry::Event::Outcome, QStringLiteral("update:a@x.com:1"), "done"));
        journal.append(entry(Entry::Event::Intent, QStringLiteral("create:b@x.com")));
        journal.append(entry(Entry::Event::Intent, QStringLiteral("update:c@x.com:3")));
        journal.append(
            entry(Entry::Event::Outcome, QStringLiteral("update:c@x.com:3"), "conflict"));
    }
    RosterJournal again;
    QVERIFY(again.open(path));
    QVERIFY(again.isUnfinished());
    QCOMPARE(again.runItems(), 3);
    QCOMPARE(again.doneKeys(), QSet<QString>{QStringLiteral("update:a@x.com:1")});
    QCOMPARE(again.pendingKeys(), QSet<QString>{QStringLiteral("create:b@x.com")});
    QCOMPARE(again.lastEntries().size(), 3);
    QCOMPARE(again.lastEntries().at(2).status, QStringLiteral("conflict"));
}

void TestRosterJournal::newRun_forgetsWhatEarlierRunsDid()
{
    const QString path = m_dir.filePath(QStringLiteral("runs.jsonl"));
    RosterJournal journal;
    QVERIFY(journal.open(path));
    journal.startRun(1);
    journal.append(entry(Entry::Event::Outcome, QStringLiteral("update:a@x.com:1"), "done"));
    journal.endRun();
    journal.startRun(1);
    QVERIFY(journal.doneKeys().isEmpty());
    RosterJournal again;
    QVERIFY(again.open(path));
    QVERIFY(again.doneKeys().isEmpty());
    QVERIFY(again.isUnfinished());
}

void TestRosterJournal::endedRun_isNotUnfinished()
{
    const QString path = m_dir.filePath(QStringLiteral("ended.jsonl"));
    {
        RosterJournal journal;
        QVERIFY(journal.open(path));
        journal.startRun(0);
        journal.endRun();
    }
    RosterJournal again;
    QVERIFY(again.open(path));
    QVERIFY(again.hasRun());
    QVERIFY(!again.isUnfinished());
    // A resumed run is unfinished again until it ends.
    QVERIFY(again.resumeRun());
    RosterJournal third;
    QVERIFY(third.open(path));
    QVERIFY(third.isUnfinished());
}

void TestRosterJournal::lineCutByACrash_isIgnored()
{
    const QString path = m_dir.filePath(QStringLiteral("cut.jsonl"));
    {
        RosterJournal journal;
        QVERIFY(journal.open(path));
        journal.startRun(2);
        journal.append(entry(Entry::Event::Intent, QStringLiteral("update:a@x.com:1")));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write(R"({"event":"outcome","key":"update:a@x.com:1","sta)");
    file.close();
    RosterJournal again;
    QVERIFY(again.open(path));
    QCOMPARE(again.pendingKeys(), QSet<QString>{QStringLiteral("update:a@x.com:1")});
    QVERIFY(again.doneKeys().isEmpty());
    // Appending after the cut line starts a line of its own.
    QVERIFY(again.append(entry(Entry::Event::Outcome, QStringLiteral("update:a@x.com:1"), "done")));
    RosterJournal third;
    QVERIFY(third.open(path));
    QCOMPARE(third.doneKeys(), QSet<QString>{QStringLiteral("update:a@x.com:1")});
}

void TestRosterJournal::defaultPath_perRosterAndProfile()
{
    const QByteArray roster = "Email\r\na@x.com\r\n";
    const QString path = RosterJournal::defaultPathFor(roster, QStringLiteral("prod"));
    QCOMPARE(path, RosterJournal::defaultPathFor(roster, QStringLiteral("prod")));
    QVERIFY(path != RosterJournal::defaultPathFor(roster, QStringLiteral("test")));
    QVERIFY(path != RosterJournal::defaultPathFor(roster + "b@x.com\r\n", QStringLiteral("prod")));
    // One folder for the window and the CLI, whatever the application's name.
    QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                            QStringLiteral("/signtraker-admin/journals/")));
    QVERIFY(path.endsWith(QStringLiteral(".jsonl")));
}

void TestRosterJournal::exportCsv_oneRowPerItem()
{
    const QString path = m_dir.filePath(QStringLiteral("export.jsonl"));
    RosterJournal journal;
    QVERIFY(journal.open(path));
    journal.startRun(2);
    journal.append(entry(Entry::Event::Intent, QStringLiteral("update:a@x.com:1")));
    Entry done = entry(Entry::Event::Outcome, QStringLiteral("update:a@x.com:1"), "done");
    done.time = QDateTime(QDate(2026, 12, 2), QTime(3, 4, 5), Qt::UTC);
    journal.append(done);
    journal.append(entry(Entry::Event::Intent, QStringLiteral("create:=b@x.com")));
    const QString csv = m_dir.filePath(QStringLiteral("export.csv"));
    QString error;
    QVERIFY2(journal.exportCsv(csv, &error), qPrintable(error));
    const QList<QByteArray> lines = fileBytes(csv).split('\n');
    QCOMPARE(lines.at(0), QByteArray("row,action,id,email,status,reason,time\r"));
    QCOMPARE(lines.at(1), QByteArray("2,update,1001,a@x.com,done,,2026-12-02T03:04:05Z\r"));
    // Still pending: unknown; a cell a spreadsheet would run is neutralised.
    QVERIFY(lines.at(2).startsWith("2,create,1001,'=b@x.com,unknown,"));
}

QTEST_GUILESS_MAIN(TestRosterJournal)
#include "tst_rosterjournal.moc"
