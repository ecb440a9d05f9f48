// SPDX-License-Identifier: Apache-2.0
// Reading a roster as spreadsheets save it: each encoding and separator found without being told,
// RFC 4180 quoting (separators, doubled quotes and line breaks inside quotes) with the line each
// row starts on, CRLF, blank lines, and the user's overrides.
#include "rosterfile.h"

#include <QTest>

using namespace signtraker;
using Encoding = RosterFile::Encoding;

Q_DECLARE_METATYPE(RosterFile::Encoding)

namespace {

// "café" in each encoding: the é is what tells them apart.
QByteArray cafe(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QByteArray("caf\xC3\xA9");
    case Encoding::Utf8WithBom:
        return QByteArray("caf\xC3\xA9");
    case Encoding::Windows1252:
        break;
    }
    return QByteArray("caf\xE9");
}

} // namespace

class TestRosterFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encoding_detected_data();
    void encoding_detected();
    void windows1252_decodesItsOwnLetters();
    void encoding_overridden();
    void separator_detected_data();
    void separator_detected();
    void separator_overridden();
    void separator_declaredOnAFirstLine();
    void quoting_data();
    void quoting();
    void lineEndings_data();
    void lineEndings();
    void blankLines_skipped();
    void shortRows_padded();
    void unclosedQuote_isAnError();
    void empty_isAnError();
    void encodingNames_roundTrip();
};

void TestRosterFile::encoding_detected_data()
{
    QTest::addColumn<Encoding>("encoding");
    QTest::newRow("utf-8") << Encoding::Utf8;
    QTest::newRow("utf-8 with BOM") << Encoding::Utf8WithBom;
    QTest::newRow("windows-1252") << Encoding::Windows1252;
}

void TestRosterFile::encoding_detected()
{
    QFETCH(Encoding, encoding);
    QByteArray bytes = "Email,FirstName\nrene@example.com," + cafe(encoding) + "\n";
    if (encoding == Encoding::Utf8WithBom)
        bytes.prepend("\xEF\xBB\xBF");
    const RosterFile file = RosterFile::parse(bytes);
    QVERIFY2(file.error().isEmpty(), qPrintable(file.error()));
    QCOMPARE(file.encoding(), encoding);
    QVERIFY(file.encodingDetected());
    // The BOM is not part of the first header.
    QCOMPARE(file.headers(), (QStringList{QStringLiteral("Email"), QStringLiteral("FirstName")}));
    QCOMPARE(file.rows().size(), 1);
    QCOMPARE(file.rows().first().cells.at(1), QStringLiteral("café"));
}

void TestRosterFile::windows1252_decodesItsOwnLetters()
{
    // 0x80 is € and 0x9C œ in Windows-1252, not C1 controls as in Latin-1.
    const RosterFile file = RosterFile::parse("Name\n\x80 \x9C\xE9\n");
    QCOMPARE(file.encoding(), Encoding::Windows1252);
    QCOMPARE(file.rows().first().cells.first(), QStringLiteral("€ œé"));
}

void TestRosterFile::encoding_overridden()
{
    // Valid UTF-8 that the user says is Windows-1252: "Ã©" is what that file really holds.
    const RosterFile file =
        RosterFile::parse("Name\ncaf\xC3\xA9\n", RosterFile::Options{Encoding::Windows1252, {}});
    QCOMPARE(file.encoding(), Encoding::Windows1252);
    QVERIFY(!file.encodingDetected());
    QCOMPARE(file.rows().first().cells.first(), QStringLiteral("cafÃ©"));
}

void TestRosterFile::separator_detected_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QChar>("separator");
    QTest::addColumn<QStringList>("cells");
    QTest::newRow("comma") << QByteArray("Email,City\na@x.com,Austin\n") << QChar(u',')
                           << QStringList{"a@x.com", "Austin"};
    QTest::newRow("semicolon (French Excel)")
        << QByteArray("Email;City\na@x.com;Montr\xC3\xA9"
                      "al, QC\n")
        << QChar(u';') << QStringList{"a@x.com", "Montréal, QC"};
    // Commas inside a quoted header do not count.
    QTest::newRow("semicolon, commas quoted in the header")
        << QByteArray("\"Last, First\";Email\n\"Doe, Jane\";j@x.com\n") << QChar(u';')
        << QStringList{"Doe, Jane", "j@x.com"};
    QTest::newRow("comma, semicolons quoted in the header")
        << QByteArray("\"a;b;c\",Email\n1,j@x.com\n") << QChar(u',') << QStringList{"1", "j@x.com"};
}

void TestRosterFile::separator_detected()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QChar, separator);
    QFETCH(QStringList, cells);
    const RosterFile file = RosterFile::parse(bytes);
    QCOMPARE(file.separator(), separator);
    QVERIFY(file.separatorDetected());
    QCOMPARE(file.rows().size(), 1);
    QCOMPARE(file.rows().first().cells, cells);
}

void TestRosterFile::separator_overridden()
{
    const RosterFile file = RosterFile::parse("Email;City,State\na@x.com;Austin,TX\n",
                                              RosterFile::Options{{}, QChar(u';')});
    QCOMPARE(file.separator(), QChar(u';'));
    QVERIFY(!file.separatorDetected());
    QCOMPARE(file.headers(), (QStringList{"Email", "City,State"}));
    QCOMPARE(file.rows().first().cells, (QStringList{"a@x.com", "Austin,TX"}));
}

void TestRosterFile::separator_declaredOnAFirstLine()
{
    // More commas than semicolons in the header: only the "sep=" line makes it ';'.
    const RosterFile file =
        RosterFile::parse("sep=;\r\nEmail;Last, First, Middle\r\na@x.com;Doe, J\r\n");
    QCOMPARE(file.separator(), QChar(u';'));
    QCOMPARE(file.headers(), (QStringList{"Email", "Last, First, Middle"}));
    QCOMPARE(file.rows().size(), 1);
    QCOMPARE(file.rows().first().line, 3);
    QCOMPARE(file.rows().first().cells, (QStringList{"a@x.com", "Doe, J"}));
    // An override still wins.
    QCOMPARE(RosterFile::parse("sep=;\nA,B\n1,2\n", RosterFile::Options{{}, QChar(u',')}).headers(),
             (QStringList{"A", "B"}));
}

void TestRosterFile::quoting_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::newRow("separator inside quotes")
        << QByteArray("A,B\n\"x,y\",z\n") << QList<int>{2} << QList<QStringList>{{"x,y", "z"}};
    QTest::newRow("doubled quotes") << QByteArray("A,B\n\"say \"\"hi\"\"\",\"\"\"\"\n")
                                    << QList<int>{2} << QList<QStringList>{{"say \"hi\"", "\""}};
    QTest::newRow("line break inside quotes moves the next row's line")
        << QByteArray("A,B\n\"12 Main St\nSuite 4\",x\nnext,y\n") << QList<int>{2, 4}
        << QList<QStringList>{{"12 Main St\nSuite 4", "x"}, {"next", "y"}};
    QTest::newRow("CRLF inside quotes is one line break")
        << QByteArray("A,B\r\n\"one\r\ntwo\r\nthree\",x\r\nnext,y\r\n") << QList<int>{2, 5}
        << QList<QStringList>{{"one\ntwo\nthree", "x"}, {"next", "y"}};
    QTest::newRow("quoted empty field keeps the row")
        << QByteArray("A\n\"\"\nz\n") << QList<int>{2, 3} << QList<QStringList>{{""}, {"z"}};
    QTest::newRow("last row without a line break")
        << QByteArray("A,B\n1,2") << QList<int>{2} << QList<QStringList>{{"1", "2"}};
}

void TestRosterFile::quoting()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<int>, lines);
    QFETCH(QList<QStringList>, rows);
    const RosterFile file = RosterFile::parse(bytes);
    QVERIFY2(file.error().isEmpty(), qPrintable(file.error()));
    QCOMPARE(file.rows().size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QCOMPARE(file.rows().at(i).line, lines.at(i));
        QCOMPARE(file.rows().at(i).cells, rows.at(i));
    }
}

void TestRosterFile::lineEndings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("LF") << QByteArray("Email,City\na@x.com,Austin\nb@x.com,Denver\n");
    QTest::newRow("CRLF") << QByteArray("Email,City\r\na@x.com,Austin\r\nb@x.com,Denver\r\n");
    QTest::newRow("CR (old Mac)") << QByteArray("Email,City\ra@x.com,Austin\rb@x.com,Denver\r");
}

void TestRosterFile::lineEndings()
{
    QFETCH(QByteArray, bytes);
    const RosterFile file = RosterFile::parse(bytes);
    QCOMPARE(file.headers(), (QStringList{"Email", "City"}));
    QCOMPARE(file.rows().size(), 2);
    QCOMPARE(file.rows().at(0).cells, (QStringList{"a@x.com", "Austin"}));
    QCOMPARE(file.rows().at(1).cells, (QStringList{"b@x.com", "Denver"}));
    QCOMPARE(file.rows().at(1).line, 3);
}

void TestRosterFile::blankLines_skipped()
{
    // Excel writes an emptied row as separators only; either kind of blank line is skipped, and
    // the rows after keep their own line numbers.
    const RosterFile file = RosterFile::parse("Email,City\n\na@x.com,Austin\n,\n  \nb@x.com,\n");
    QCOMPARE(file.rows().size(), 2);
    QCOMPARE(file.rows().at(0).line, 3);
    QCOMPARE(file.rows().at(1).line, 6);
    QCOMPARE(file.rows().at(1).cells, (QStringList{"b@x.com", ""}));
}

void TestRosterFile::shortRows_padded()
{
    const RosterFile file = RosterFile::parse("Email,City,State\na@x.com\n");
    QCOMPARE(file.rows().first().cells, (QStringList{"a@x.com", "", ""}));
}

void TestRosterFile::unclosedQuote_isAnError()
{
    const RosterFile file = RosterFile::parse("Email,Notes\na@x.com,ok\nb@x.com,\"never closed\n");
    QVERIFY(file.error().contains(QLatin1String("line 3")));
    QVERIFY(file.rows().isEmpty());
}

void TestRosterFile::empty_isAnError()
{
    QVERIFY(!RosterFile::parse("").error().isEmpty());
    QVERIFY(!RosterFile::parse("\xEF\xBB\xBF\r\n\r\n").error().isEmpty());
}

void TestRosterFile::encodingNames_roundTrip()
{
    for (Encoding encoding : {Encoding::Utf8, Encoding::Utf8WithBom, Encoding::Windows1252})
        QCOMPARE(RosterFile::encodingFromName(RosterFile::encodingName(encoding)), encoding);
    QCOMPARE(RosterFile::encodingFromName(QStringLiteral("cp1252")), Encoding::Windows1252);
    QVERIFY(!RosterFile::encodingFromName(QStringLiteral("ebcdic")));
}

QTEST_GUILESS_MAIN(TestRosterFile)
#include "tst_rosterfile.moc"
