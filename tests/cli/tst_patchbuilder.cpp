// SPDX-License-Identifier: Apache-2.0
// --set PATH=VALUE and --unset PATH: nested paths, JSON values versus text, null for unset.
#include "commandline.h"
#include "patchbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace signtraker::cli;

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestPatchBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseValue_jsonOrText_data();
    void parseValue_jsonOrText();
    void build_fromArguments_givesMergePatch_data();
    void build_fromArguments_givesMergePatch();
    void build_emptySegment_isRefused();
};

void TestPatchBuilder::parseValue_jsonOrText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QJsonValue>("expected");
    QTest::newRow("true") << "true" << QJsonValue(true);
    QTest::newRow("false") << "false" << QJsonValue(false);
    QTest::newRow("integer") << "3" << QJsonValue(3);
    QTest::newRow("decimal") << "12.5" << QJsonValue(12.5);
    QTest::newRow("null") << "null" << QJsonValue(QJsonValue::Null);
    QTest::newRow("object") << R"({"Id":2})" << QJsonValue(QJsonObject{{"Id", 2}});
    QTest::newRow("array") << "[1,2]" << QJsonValue(QJsonArray{1, 2});
    QTest::newRow("quoted digits stay text") << R"("007")" << QJsonValue(QStringLiteral("007"));
    QTest::newRow("plain word") << "Austin" << QJsonValue(QStringLiteral("Austin"));
    QTest::newRow("phone number") << "555-0100" << QJsonValue(QStringLiteral("555-0100"));
    QTest::newRow("apostrophe") << "O'Brien" << QJsonValue(QStringLiteral("O'Brien"));
    QTest::newRow("two values stay text") << "1,2" << QJsonValue(QStringLiteral("1,2"));
    QTest::newRow("broken object stays text") << "{Id:2" << QJsonValue(QStringLiteral("{Id:2"));
    QTest::newRow("empty") << "" << QJsonValue(QString());
    QTest::newRow("text with spaces") << "Main St 5" << QJsonValue(QStringLiteral("Main St 5"));
    QTest::newRow("accents") << "Núñez" << QJsonValue(QStringLiteral("Núñez"));
}

void TestPatchBuilder::parseValue_jsonOrText()
{
    QFETCH(QString, text);
    QFETCH(QJsonValue, expected);
    QCOMPARE(PatchBuilder::parseValue(text), expected);
}

void TestPatchBuilder::build_fromArguments_givesMergePatch_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QJsonObject>("expected");
    QTest::newRow("top-level text")
        << QStringList{"--set", "FirstName=Ann"} << object(R"({"FirstName":"Ann"})");
    QTest::newRow("nested path") << QStringList{"--set", "Address/City=Austin"}
                                 << object(R"({"Address":{"City":"Austin"}})");
    QTest::newRow("two members of one nested object")
        << QStringList{"--set", "Address/City=Austin", "--set", "Address/Zip=78701"}
        << object(R"({"Address":{"City":"Austin","Zip":78701}})");
    QTest::newRow("quoted zip stays text") << QStringList{"--set", R"(Address/Zip="01234")"}
                                           << object(R"({"Address":{"Zip":"01234"}})");
    QTest::newRow("deep path") << QStringList{"--set", "ManagerData/DiscountLevel=Gold"}
                               << object(R"({"ManagerData":{"DiscountLevel":"Gold"}})");
    QTest::newRow("boolean") << QStringList{"--set", "IsLocked=true"}
                             << object(R"({"IsLocked":true})");
    QTest::newRow("number") << QStringList{"--set", "BasicInstallPrice=45.5"}
                            << object(R"({"BasicInstallPrice":45.5})");
    QTest::newRow("reference object")
        << QStringList{"--set", R"(Office={"Id":2})"} << object(R"({"Office":{"Id":2}})");
    QTest::newRow("value with equals sign")
        << QStringList{"--set", "Notes=a=b"} << object(R"({"Notes":"a=b"})");
    QTest::newRow("unset") << QStringList{"--unset", "Notes"} << object(R"({"Notes":null})");
    QTest::newRow("unset nested") << QStringList{"--unset", "Address/Street2"}
                                  << object(R"({"Address":{"Street2":null}})");
    QTest::newRow("set and unset side by side")
        << QStringList{"--set", "Address/City=Austin", "--unset", "Address/Street2"}
        << object(R"({"Address":{"City":"Austin","Street2":null}})");
    QTest::newRow("later wins") << QStringList{"--set", "Notes=a", "--unset", "Notes"}
                                << object(R"({"Notes":null})");
    QTest::newRow("explicit null")
        << QStringList{"--set", "CcEmail=null"} << object(R"({"CcEmail":null})");
}

void TestPatchBuilder::build_fromArguments_givesMergePatch()
{
    QFETCH(QStringList, arguments);
    QFETCH(QJsonObject, expected);
    const Invocation invocation =
        CommandLine::parse(QStringList{"agents", "update", "1"} + arguments);
    QVERIFY2(invocation.action == Invocation::Action::Run, qPrintable(invocation.error));
    QString problem;
    const auto patch = PatchBuilder::build(invocation.options, &problem);
    QVERIFY2(patch, qPrintable(problem));
    QCOMPARE(*patch, expected);
}

void TestPatchBuilder::build_emptySegment_isRefused()
{
    QString problem;
    QVERIFY(!PatchBuilder::build({{"set", "Address//City=x"}}, &problem));
    QVERIFY(problem.contains(QLatin1String("Address//City")));
    QVERIFY(!PatchBuilder::build({{"unset", "/Notes"}}, &problem));
}

QTEST_GUILESS_MAIN(TestPatchBuilder)
#include "tst_patchbuilder.moc"
