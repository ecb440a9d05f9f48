// SPDX-License-Identifier: Apache-2.0
// One number format for every cell: integers exactly (never in scientific notation), decimals
// without exponent or noise, and no undefined conversion of a huge value.
#include "celltext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace signtraker;

class TestCellText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void number_data();
    void number();
    void of_data();
    void of();
};

void TestCellText::number_data()
{
    // The number as it appears in the JSON document the service sent.
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("1e15") << QByteArray("1e15") << QStringLiteral("1000000000000000");
    QTest::newRow("1000000000000000")
        << QByteArray("1000000000000000") << QStringLiteral("1000000000000000");
    QTest::newRow("2^53 + 1 as text")
        << QByteArray("9007199254740993") << QStringLiteral("9007199254740993");
    QTest::newRow("1e300") << QByteArray("1e300") << (u'1' + QString(300, u'0'));
    QTest::newRow("-1e300") << QByteArray("-1e300") << (QStringLiteral("-1") + QString(300, u'0'));
    QTest::newRow("-0.5") << QByteArray("-0.5") << QStringLiteral("-0.5");
    QTest::newRow("12.30") << QByteArray("12.30") << QStringLiteral("12.3");
    QTest::newRow("1e-7") << QByteArray("1e-7") << QStringLiteral("0.0000001");
    QTest::newRow("0.1") << QByteArray("0.1") << QStringLiteral("0.1");
    QTest::newRow("42.0") << QByteArray("42.0") << QStringLiteral("42");
    QTest::newRow("-7") << QByteArray("-7") << QStringLiteral("-7");
    QTest::newRow("0") << QByteArray("0") << QStringLiteral("0");
}

void TestCellText::number()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const QJsonValue value = QJsonDocument::fromJson('[' + json + ']').array().at(0);
    QVERIFY(value.isDouble());
    QCOMPARE(CellText::number(value), expected);
    QCOMPARE(CellText::of(value), expected);
}

void TestCellText::of_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text") << QJsonValue(QStringLiteral("<b>x</b>")) << QStringLiteral("<b>x</b>");
    QTest::newRow("number as a string")
        << QJsonValue(QStringLiteral("9007199254740993")) << QStringLiteral("9007199254740993");
    QTest::newRow("true") << QJsonValue(true) << QStringLiteral("true");
    QTest::newRow("false") << QJsonValue(false) << QStringLiteral("false");
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QString();
    QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined) << QString();
    QTest::newRow("array") << QJsonValue(QJsonArray{1, QStringLiteral("a")})
                           << QStringLiteral("[1,\"a\"]");
    QTest::newRow("object") << QJsonValue(QJsonObject{{QStringLiteral("Id"), 2}})
                            << QStringLiteral("{\"Id\":2}");
    QTest::newRow("double 1e15") << QJsonValue(1e15) << QStringLiteral("1000000000000000");
}

void TestCellText::of()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QCOMPARE(CellText::of(value), expected);
}

QTEST_GUILESS_MAIN(TestCellText)
#include "tst_celltext.moc"
