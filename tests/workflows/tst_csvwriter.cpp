// SPDX-License-Identifier: Apache-2.0
// The one CSV writer: RFC 4180 quoting, formula neutralisation (OWASP) and raw values, UTF-8,
// and files replaced all at once or not at all.
#include "csvwriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/resource.h>

using namespace signtraker;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void field_data();
    void field();
    void rows_crlfAndUtf8();
    void byteOrderMark_onlyWhenAsked();
    void save_replacesTheWholeFile();
    void save_failure_leavesNoFileAndNamesIt_data();
    void save_failure_leavesNoFileAndNamesIt();
    void save_failure_keepsThePreviousFile();
};

void TestCsvWriter::field_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("neutralised");
    QTest::addColumn<QString>("raw");

    auto row = [](const char *name, const QString &text, const QString &neutralised,
                  const QString &raw) { QTest::newRow(name) << text << neutralised << raw; };
    const QString s;
    row("plain", QStringLiteral("Alice"), QStringLiteral("Alice"), QStringLiteral("Alice"));
    row("empty", s, s, s);
    // Each character a spreadsheet starts a formula with.
    row("=", QStringLiteral("=1+2"), QStringLiteral("'=1+2"), QStringLiteral("=1+2"));
    row("+", QStringLiteral("+33 1 23 45 67 89"), QStringLiteral("'+33 1 23 45 67 89"),
        QStringLiteral("+33 1 23 45 67 89"));
    row("-", QStringLiteral("-2+3+cmd|' /C calc'!A0"), QStringLiteral("'-2+3+cmd|' /C calc'!A0"),
        QStringLiteral("-2+3+cmd|' /C calc'!A0"));
    row("@", QStringLiteral("@SUM(A1)"), QStringLiteral("'@SUM(A1)"), QStringLiteral("@SUM(A1)"));
    row("tab", QStringLiteral("\t=1"), QStringLiteral("'\t=1"), QStringLiteral("\t=1"));
    row("carriage return", QStringLiteral("\r=1"), QStringLiteral("\"'\r=1\""),
        QStringLiteral("\"\r=1\""));
    row("HYPERLINK with a comma", QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"),
        QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
        QStringLiteral("\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""));
    // A negative number is a number, not a formula.
    row("negative number", QStringLiteral("-0.5"), QStringLiteral("-0.5"), QStringLiteral("-0.5"));
    row("= not first", QStringLiteral("a=b"), QStringLiteral("a=b"), QStringLiteral("a=b"));
    // RFC 4180.
    row("comma", QStringLiteral("Smith, Jr."), QStringLiteral("\"Smith, Jr.\""),
        QStringLiteral("\"Smith, Jr.\""));
    row("quote", QStringLiteral("say \"hi\""), QStringLiteral("\"say \"\"hi\"\"\""),
        QStringLiteral("\"say \"\"hi\"\"\""));
    row("line feed", QStringLiteral("a\nb"), QStringLiteral("\"a\nb\""),
        QStringLiteral("\"a\nb\""));
    row("CRLF", QStringLiteral("a\r\nb"), QStringLiteral("\"a\r\nb\""),
        QStringLiteral("\"a\r\nb\""));
    row("non-ASCII", QStringLiteral("Zoë Ørsted"), QStringLiteral("Zoë Ørsted"),
        QStringLiteral("Zoë Ørsted"));
}

void TestCsvWriter::field()
{
    QFETCH(QString, text);
    QFETCH(QString, neutralised);
    QFETCH(QString, raw);
    QCOMPARE(CsvWriter::field(text), neutralised);
    QCOMPARE(CsvWriter::field(text, CsvWriter::Values::Neutralised), neutralised);
    QCOMPARE(CsvWriter::field(text, CsvWriter::Values::Raw), raw);

    CsvWriter neutralising;
    neutralising.addRow({text, QStringLiteral("x")});
    QCOMPARE(neutralising.data(), (neutralised + QStringLiteral(",x\r\n")).toUtf8());
    CsvWriter rawWriter({CsvWriter::Values::Raw, false});
    rawWriter.addRow({text, QStringLiteral("x")});
    QCOMPARE(rawWriter.data(), (raw + QStringLiteral(",x\r\n")).toUtf8());
}

void TestCsvWriter::rows_crlfAndUtf8()
{
    CsvWriter writer;
    writer.addRow({QStringLiteral("Id"), QStringLiteral("Name")});
    writer.addRow({QStringLiteral("1"), QStringLiteral("Zoë")});
    writer.addRow({});
    QCOMPARE(writer.rowCount(), 3);
    QCOMPARE(writer.data(), QByteArray("Id,Name\r\n1,Zo\xC3\xAB\r\n\r\n"));
}

void TestCsvWriter::byteOrderMark_onlyWhenAsked()
{
    CsvWriter plain;
    plain.addRow({QStringLiteral("a")});
    QCOMPARE(plain.data(), QByteArray("a\r\n"));
    CsvWriter withMark({CsvWriter::Values::Neutralised, true});
    withMark.addRow({QStringLiteral("a")});
    QCOMPARE(withMark.data(), QByteArray("\xEF\xBB\xBF"
                                         "a\r\n"));
}

void TestCsvWriter::save_replacesTheWholeFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fileName = dir.filePath(QStringLiteral("agents.csv"));
    {
        QFile old(fileName);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(4096, 'x'));
    }
    CsvWriter writer;
    writer.addRow({QStringLiteral("=1")});
    QString error;
    QVERIFY(writer.save(fileName, &error));
    QVERIFY(error.isEmpty());
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("'=1\r\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("agents.csv")});
}

void TestCsvWriter::save_failure_leavesNoFileAndNamesIt_data()
{
    // Failures that hold for root too (the suites run as root, where permissions do not stop a
    // write): a folder that is a regular file, and a file name that is a folder.
    QTest::addColumn<QString>("relativeName");
    QTest::newRow("parent is a file") << QStringLiteral("plain-file/agents.csv");
    QTest::newRow("missing folder") << QStringLiteral("no-such-folder/agents.csv");
    QTest::newRow("name is a folder") << QStringLiteral("a-folder");
}

void TestCsvWriter::save_failure_leavesNoFileAndNamesIt()
{
    QFETCH(QString, relativeName);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        QFile plain(dir.filePath(QStringLiteral("plain-file")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
    }
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("a-folder")));
    const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);

    const QString fileName = dir.filePath(relativeName);
    CsvWriter writer;
    writer.addRow({QStringLiteral("a")});
    QString error;
    QVERIFY(!writer.save(fileName, &error));
    QVERIFY2(error.contains(fileName), qPrintable(error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
    QVERIFY(QDir(dir.filePath(QStringLiteral("a-folder"))).isEmpty());
}

void TestCsvWriter::save_failure_keepsThePreviousFile()
{
    // A disk that fills up half-way, made real for root too: a file size limit makes the write
    // fail with EFBIG (SIGXFSZ ignored) once the new file passes 1 KiB.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fileName = dir.filePath(QStringLiteral("agents.csv"));
    {
        QFile old(fileName);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous\r\n");
    }
    CsvWriter writer;
    for (int i = 0; i < 1000; ++i)
        writer.addRow({QStringLiteral("row %1").arg(i), QString(20, u'x')});

    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit saved{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    rlimit small = saved;
    small.rlim_cur = 1024;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    QString error;
    const bool savedOk = writer.save(fileName, &error);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(!savedOk);
    QVERIFY2(error.contains(fileName), qPrintable(error));
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("previous\r\n"));
    // No temporary file left beside it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("agents.csv")});
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
