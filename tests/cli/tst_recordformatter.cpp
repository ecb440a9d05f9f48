// SPDX-License-Identifier: Apache-2.0
// Output formats: csv flattening and RFC 4180 quoting, json as returned, aligned tables; and the
// same written page by page (RecordStream) as `agents list --all` does.
#include "recordformatter.h"
#include "recordstream.h"

#include <QJsonDocument>
#include <QTest>

using namespace signtraker;
using namespace signtraker::cli;

namespace {

QJsonArray array(const char *json)
{
    return QJsonDocument::fromJson(json).array();
}

} // namespace

class TestRecordFormatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csv_rows_flattenedAndQuoted_data();
    void csv_rows_flattenedAndQuoted();
    void csvField_quoting_data();
    void csvField_quoting();
    void csv_raw_keepsFormulas();
    void table_numbersWithoutExponent();
    void json_isIndentedAndComplete();
    void table_alignsColumns();
    void table_preferredColumns_onlyThosePresent();
    void table_noRows_saysSo();
    void record_memberValueLines();
    void stream_pages_sameBytesAsAllAtOnce_data();
    void stream_pages_sameBytesAsAllAtOnce();
    void stream_noRows_emptyList();
    void stream_json_everyKindOfValue_sameBytesAsQt();
};

void TestRecordFormatter::csv_rows_flattenedAndQuoted_data()
{
    QTest::addColumn<QJsonArray>("rows");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nested members as Office/Name columns")
        << array(R"([{"Id":1,"Office":{"Id":3,"Name":"Main"}}])")
        << "Id,Office/Id,Office/Name\r\n1,3,Main\r\n";
    // QJsonObject keeps members sorted by name: first-seen is in that order within a row.
    QTest::newRow("union of columns in first-seen order")
        << array(R"([{"Id":1,"Email":"a@x"},{"Id":2,"Notes":"n","Email":"b@x"}])")
        << "Email,Id,Notes\r\na@x,1,\r\nb@x,2,n\r\n";
    QTest::newRow("null and missing are empty, booleans as words")
        << array(R"([{"Id":1,"Notes":null,"IsManager":false}])")
        << "Id,IsManager,Notes\r\n1,false,\r\n";
    QTest::newRow("comma quote and line break quoted")
        << array(R"([{"Notes":"a, b","Name":"say \"hi\"","Street":"1\n2"}])")
        << "Name,Notes,Street\r\n\"say \"\"hi\"\"\",\"a, b\",\"1\n2\"\r\n";
    QTest::newRow("big ids without exponent") << array(R"([{"Id":9007199254740991,"Price":45.5}])")
                                              << "Id,Price\r\n9007199254740991,45.5\r\n";
    QTest::newRow("arrays stay one json cell")
        << array(R"([{"Tags":[1,"a"]}])") << "Tags\r\n\"[1,\"\"a\"\"]\"\r\n";
    QTest::newRow("deeply nested") << array(R"([{"ManagerData":{"Rebill":{"Days":30}}}])")
                                   << "ManagerData/Rebill/Days\r\n30\r\n";
    QTest::newRow("numbers: 1e15, 2^53+1, 1e300, -0.5, 12.30")
        << array(R"([{"A":1e15,"B":9007199254740993,"C":1e300,"D":-0.5,"E":12.30}])")
        << "A,B,C,D,E\r\n1000000000000000,9007199254740993,1" + QString(300, u'0') +
               ",-0.5,12.3\r\n";
    QTest::newRow("formulas neutralised")
        << array(R"([{"A":"=1+2","B":"+1","C":"-1+2","D":"@x","E":"\tx","F":"\rx"}])")
        << "A,B,C,D,E,F\r\n'=1+2,'+1,'-1+2,'@x,'\tx,\"'\rx\"\r\n";
    QTest::newRow("no rows") << QJsonArray() << QString();
}

void TestRecordFormatter::csv_rows_flattenedAndQuoted()
{
    QFETCH(QJsonArray, rows);
    QFETCH(QString, expected);
    QCOMPARE(RecordFormatter::csv(rows), expected);
}

void TestRecordFormatter::csvField_quoting_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "Austin"
                           << "Austin";
    QTest::newRow("comma") << "a,b"
                           << "\"a,b\"";
    QTest::newRow("quote") << "5\" post"
                           << "\"5\"\" post\"";
    QTest::newRow("carriage return") << "a\rb"
                                     << "\"a\rb\"";
    QTest::newRow("semicolons need nothing") << "a@x;b@x"
                                             << "a@x;b@x";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("formula with a comma") << "=SUM(1,2)"
                                          << "\"'=SUM(1,2)\"";
}

void TestRecordFormatter::csvField_quoting()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(RecordFormatter::csvField(text), expected);
}

void TestRecordFormatter::csv_raw_keepsFormulas()
{
    const QJsonArray rows = array(R"([{"A":"=1+2","B":"@x,y"}])");
    QCOMPARE(RecordFormatter::csv(rows, signtraker::CsvWriter::Values::Raw),
             QStringLiteral("A,B\r\n=1+2,\"@x,y\"\r\n"));
}

void TestRecordFormatter::table_numbersWithoutExponent()
{
    const QJsonArray rows = array(R"([{"Id":1e15,"Big":1e300,"Price":12.30}])");
    const QString text = RecordFormatter::table(rows);
    QVERIFY2(text.contains(QLatin1String("1000000000000000  ")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("12.3")));
    QVERIFY(!text.contains(QLatin1String("e+")));
    QVERIFY(RecordFormatter::record(rows.at(0).toObject())
                .contains(QLatin1String("Id:    1000000000000000")));
}

void TestRecordFormatter::json_isIndentedAndComplete()
{
    const QJsonArray rows = array(R"([{"Id":1,"Unknown":{"x":[1,2]}}])");
    const QString text = RecordFormatter::json(rows);
    QVERIFY(text.contains(QLatin1String("\n    {")));
    QCOMPARE(QJsonDocument::fromJson(text.toUtf8()).array(), rows);
    QCOMPARE(RecordFormatter::json(QJsonValue()), QStringLiteral("null\n"));
}

void TestRecordFormatter::table_alignsColumns()
{
    const QString text =
        RecordFormatter::table(array(R"([{"Id":1,"Name":"Main office"},{"Id":12345,"Name":"B"}])"));
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QStringLiteral("Id     Name"));
    QCOMPARE(lines.at(1), QStringLiteral("-----  -----------"));
    QCOMPARE(lines.at(2), QStringLiteral("1      Main office"));
    QCOMPARE(lines.at(3), QStringLiteral("12345  B"));
}

void TestRecordFormatter::table_preferredColumns_onlyThosePresent()
{
    const QString text = RecordFormatter::table(
        array(R"([{"Id":1,"Secret":"x","Office":{"Name":"Main"}}])"),
        {QStringLiteral("Id"), QStringLiteral("Email"), QStringLiteral("Office/Name")});
    QCOMPARE(text.split(u'\n').first(), QStringLiteral("Id  Office/Name"));
    QVERIFY(!text.contains(QLatin1String("Secret")));
}

void TestRecordFormatter::table_noRows_saysSo()
{
    QCOMPARE(RecordFormatter::table(QJsonArray()), QStringLiteral("(no records)\n"));
}

void TestRecordFormatter::record_memberValueLines()
{
    const QJsonObject record =
        QJsonDocument::fromJson(R"({"Id":7,"FirstName":"Ann","Address":{"City":"Austin"}})")
            .object();
    // QJsonObject keeps its members sorted by name.
    QCOMPARE(RecordFormatter::record(record), QStringLiteral("Address/City: Austin\n"
                                                             "FirstName:    Ann\n"
                                                             "Id:           7\n"));
}

void TestRecordFormatter::stream_pages_sameBytesAsAllAtOnce_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QList<int>>("pageSizes");
    const QList<std::pair<const char *, OutputFormat>> formats{
        {"json", OutputFormat::Json}, {"csv", OutputFormat::Csv}, {"table", OutputFormat::Table}};
    for (const auto &[name, format] : formats) {
        QTest::addRow("%s: one page", name) << int(format) << QList<int>{5};
        QTest::addRow("%s: pages of 2, 2, 1", name) << int(format) << QList<int>{2, 2, 1};
        QTest::addRow("%s: a page per record", name) << int(format) << QList<int>{1, 1, 1, 1, 1};
    }
}

// Streaming changes when bytes are written, never which: JSON pages join into the one indented
// array, CSV rows follow one header, the table waits for the end.
void TestRecordFormatter::stream_pages_sameBytesAsAllAtOnce()
{
    QFETCH(int, format);
    QFETCH(QList<int>, pageSizes);
    const QJsonArray rows =
        array(R"([{"Id":1,"Office":{"Id":3,"Name":"Main, HQ"},"Notes":"=1+1"},)"
              R"({"Id":2,"Office":{"Id":3,"Name":"Main, HQ"},"Notes":"say \"hi\""},)"
              R"({"Id":3,"Office":{"Id":4,"Name":"Nord"},"Notes":null},)"
              R"({"Id":4,"Office":{"Id":4,"Name":"Nord"},"Notes":"été"},)"
              R"({"Id":5,"Office":{"Id":3,"Name":"Main, HQ"},"Notes":"x\ny"}])");
    QCOMPARE(rows.size(), 5);
    const auto outputFormat = OutputFormat(format);
    QByteArray expected;
    if (outputFormat == OutputFormat::Json)
        expected = RecordFormatter::json(rows).toUtf8();
    else if (outputFormat == OutputFormat::Csv)
        expected = RecordFormatter::csv(rows).toUtf8();
    else
        expected =
            RecordFormatter::table(rows, {QStringLiteral("Id"), QStringLiteral("Notes")}).toUtf8();

    RecordStream stream(outputFormat, CsvWriter::Values::Neutralised,
                        {QStringLiteral("Id"), QStringLiteral("Notes")});
    QByteArray written;
    qsizetype next = 0;
    for (int size : pageSizes) {
        QJsonArray page;
        for (int i = 0; i < size; ++i)
            page.append(rows.at(next++));
        const QByteArray bytes = stream.page(page);
        QCOMPARE(bytes.isEmpty(), outputFormat == OutputFormat::Table);
        written += bytes;
    }
    written += stream.end();
    QCOMPARE(written, expected);
    QCOMPARE(stream.rows(), 5);
    QVERIFY(stream.columnsLeftOut().isEmpty());
}

void TestRecordFormatter::stream_noRows_emptyList()
{
    RecordStream json(OutputFormat::Json, CsvWriter::Values::Neutralised);
    QCOMPARE(json.end(), RecordFormatter::json(QJsonArray()).toUtf8());
    QVERIFY(!json.wroteSomething());
    RecordStream csv(OutputFormat::Csv, CsvWriter::Values::Neutralised);
    QCOMPARE(csv.end(), RecordFormatter::csv(QJsonArray()).toUtf8());
}

// The CLI writes JSON itself, for speed: every kind of value must come out as Qt writes it.
void TestRecordFormatter::stream_json_everyKindOfValue_sameBytesAsQt()
{
    QJsonArray rows = array(
        R"([{"Id":1,"Text":"plain","Quote":"a \"q\" and \\ back","Controls":"\b\f\n\r\t\u0001\u001f\u007f",)"
        R"("Accents":"été ß €","Astral":"\ud83d\ude00","Lone":"\ud800x\udc00",)"
        R"("Int":-42,"Big":9007199254740993,"Huge":1e300,"Half":0.5,"Tiny":1e-7,"Whole":2.0,)"
        R"("True":true,"False":false,"Null":null,"EmptyObject":{},"EmptyArray":[],)"
        R"("Nested":{"A":[1,[2,[]],{"B":{}}],"C":"d"},"Slash":"a/b"},{"Id":2}])");
    QCOMPARE(rows.size(), 2);
    rows.append(QJsonObject{{QStringLiteral("Id"), 3},
                            {QStringLiteral("Surrogate"), QString(QChar(0xdc00))},
                            {QStringLiteral("Double"), 3.25},
                            {QStringLiteral("Large"), qint64(1) << 60}});
    for (const int split : {1, 2}) {
        RecordStream stream(OutputFormat::Json, CsvWriter::Values::Neutralised);
        QJsonArray first;
        QJsonArray second;
        for (qsizetype i = 0; i < rows.size(); ++i)
            (i < split ? first : second).append(rows.at(i));
        QByteArray written = stream.page(first);
        written += stream.page(second);
        written += stream.end();
        QCOMPARE(written, RecordFormatter::json(rows).toUtf8());
    }
}

QTEST_GUILESS_MAIN(TestRecordFormatter)
#include "tst_recordformatter.moc"
