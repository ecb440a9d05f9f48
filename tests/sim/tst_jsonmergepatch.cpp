// SPDX-License-Identifier: Apache-2.0
// JsonMergePatch against the examples of RFC 7396, Appendix A.
#include "jsonmergepatch.h"

#include <QJsonDocument>
#include <QTest>

using signtraker::sim::JsonMergePatch;

namespace {

QJsonValue parse(const QByteArray &json)
{
    // Wrapped so that scalars and arrays parse too.
    return QJsonDocument::fromJson("{\"v\":" + json + "}").object().value(QLatin1String("v"));
}

} // namespace

class TestJsonMergePatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apply_rfc7396Examples_data();
    void apply_rfc7396Examples();
};

void TestJsonMergePatch::apply_rfc7396Examples_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QByteArray>("result");
    QTest::newRow("replace member")
        << QByteArray(R"({"a":"b"})") << QByteArray(R"({"a":"c"})") << QByteArray(R"({"a":"c"})");
    QTest::newRow("add member") << QByteArray(R"({"a":"b"})") << QByteArray(R"({"b":"c"})")
                                << QByteArray(R"({"a":"b","b":"c"})");
    QTest::newRow("null removes") << QByteArray(R"({"a":"b"})") << QByteArray(R"({"a":null})")
                                  << QByteArray(R"({})");
    QTest::newRow("null removes one of two")
        << QByteArray(R"({"a":"b","b":"c"})") << QByteArray(R"({"a":null})")
        << QByteArray(R"({"b":"c"})");
    QTest::newRow("array replaced")
        << QByteArray(R"({"a":["b"]})") << QByteArray(R"({"a":"c"})") << QByteArray(R"({"a":"c"})");
    QTest::newRow("by array") << QByteArray(R"({"a":"c"})") << QByteArray(R"({"a":["b"]})")
                              << QByteArray(R"({"a":["b"]})");
    QTest::newRow("nested merge") << QByteArray(R"({"a":{"b":"c"}})")
                                  << QByteArray(R"({"a":{"b":"d","c":null}})")
                                  << QByteArray(R"({"a":{"b":"d"}})");
    QTest::newRow("array of objects replaced")
        << QByteArray(R"({"a":[{"b":"c"}]})") << QByteArray(R"({"a":[1]})")
        << QByteArray(R"({"a":[1]})");
    QTest::newRow("arrays are not merged")
        << QByteArray(R"(["a","b"])") << QByteArray(R"(["c","d"])") << QByteArray(R"(["c","d"])");
    QTest::newRow("object replaced by array")
        << QByteArray(R"({"a":"b"})") << QByteArray(R"(["c"])") << QByteArray(R"(["c"])");
    QTest::newRow("patch null") << QByteArray(R"({"a":"foo"})") << QByteArray("null")
                                << QByteArray("null");
    QTest::newRow("patch string") << QByteArray(R"({"a":"foo"})") << QByteArray(R"("bar")")
                                  << QByteArray(R"("bar")");
    QTest::newRow("null kept inside a new object")
        << QByteArray(R"({"e":null})") << QByteArray(R"({"a":1})")
        << QByteArray(R"({"e":null,"a":1})");
    QTest::newRow("array target, object patch")
        << QByteArray("[1,2]") << QByteArray(R"({"a":"b","c":null})") << QByteArray(R"({"a":"b"})");
    QTest::newRow("deep null in a new object")
        << QByteArray("{}") << QByteArray(R"({"a":{"bb":{"ccc":null}}})")
        << QByteArray(R"({"a":{"bb":{}}})");
}

void TestJsonMergePatch::apply_rfc7396Examples()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, patch);
    QFETCH(QByteArray, result);
    QCOMPARE(JsonMergePatch::apply(parse(target), parse(patch)), parse(result));
}

QTEST_GUILESS_MAIN(TestJsonMergePatch)
#include "tst_jsonmergepatch.moc"
