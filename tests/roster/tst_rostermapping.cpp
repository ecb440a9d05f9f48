// SPDX-License-Identifier: Apache-2.0
// Columns to agent members: headers by name whatever their case, spaces and underscores, the
// names spreadsheets use, API paths, unknown columns listed, and a JSON mapping with its errors.
#include "rostermapping.h"

#include <QJsonDocument>
#include <QTest>

using namespace signtraker;

class TestRosterMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void header_mapsToPath_data();
    void header_mapsToPath();
    void unknownColumns_listed();
    void sameMemberTwice_secondIgnored();
    void knownPaths_includeReferencesAndAddress();
    void json_overridesHeaders();
    void json_bad_data();
    void json_bad();
    void json_roundTrip();
    void saved_appliedToAnotherRoster();
};

void TestRosterMapping::header_mapsToPath_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("path");
    const QList<std::pair<const char *, const char *>> cases = {
        {"Email", "Email"},
        {"E-mail", "Email"},
        {"EMAIL", "Email"},
        {"first name", "FirstName"},
        {"First_Name", "FirstName"},
        {"LastName", "LastName"},
        {"user_name", "UserName"},
        {"CellularPhone", "CellularPhone"},
        {"Cell", "CellularPhone"},
        {"Mobile", "CellularPhone"},
        {"Office Phone", "OfficePhone"},
        {"Office", "Office"},
        {"Manager", "Manager"},
        {"Payment Mode", "PaymentMode"},
        {"broker_id", "BrokerId"},
        {"Street", "Address/Street"},
        {"Street2", "Address/Street2"},
        {"City", "Address/City"},
        {"State", "Address/State"},
        {"ZIP", "Address/Zip"},
        {"Country Code", "Address/CountryCode"},
        {"Address/City", "Address/City"},
        {"address/zip", "Address/Zip"},
        {"ManagerData/DiscountLevel", "ManagerData/DiscountLevel"},
        {"Notes", "Notes"},
        // The service decides these: a roster cannot set them.
        {"Id", ""},
        {"IsInactive", ""},
        {"Favourite colour", ""},
    };
    for (const auto &[header, path] : cases)
        QTest::newRow(header) << QString::fromUtf8(header) << QString::fromUtf8(path);
}

void TestRosterMapping::header_mapsToPath()
{
    QFETCH(QString, header);
    QFETCH(QString, path);
    const RosterMapping mapping = RosterMapping::fromHeaders({QStringLiteral("x"), header});
    QCOMPARE(mapping.pathFor(1), path);
    QCOMPARE(RosterMapping::pathForHeader(header), path);
}

void TestRosterMapping::unknownColumns_listed()
{
    const RosterMapping mapping =
        RosterMapping::fromHeaders({"Email", "Team", "Cell", "Start date", "Id"});
    QCOMPARE(mapping.unknownColumns(), (QStringList{"Team", "Start date", "Id"}));
    QCOMPARE(mapping.pathFor(2), QStringLiteral("CellularPhone"));
    QCOMPARE(mapping.pathFor(1), QString());
    QCOMPARE(mapping.pathFor(9), QString());
}

void TestRosterMapping::sameMemberTwice_secondIgnored()
{
    const RosterMapping mapping = RosterMapping::fromHeaders({"Cell", "Mobile"});
    QCOMPARE(mapping.pathFor(0), QStringLiteral("CellularPhone"));
    QCOMPARE(mapping.pathFor(1), QString());
    QCOMPARE(mapping.unknownColumns(), QStringList{"Mobile"});
}

void TestRosterMapping::knownPaths_includeReferencesAndAddress()
{
    const QStringList paths = RosterMapping::knownPaths();
    for (const char *path : {"Email", "Office", "Manager", "Address/City", "PaymentMode"})
        QVERIFY2(paths.contains(QString::fromLatin1(path)), path);
    QVERIFY(!paths.contains(QStringLiteral("Id")));
    QVERIFY(!paths.contains(QStringLiteral("IsInactive")));
}

void TestRosterMapping::json_overridesHeaders()
{
    const QStringList headers{"Courriel", "Portable", "Cell", "Team"};
    QString error = QStringLiteral("stale");
    const RosterMapping mapping = RosterMapping::fromJson(
        {{"Courriel", "Email"}, {"portable", "CellularPhone"}, {"Team", QJsonValue::Null}}, headers,
        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(mapping.pathFor(0), QStringLiteral("Email"));
    QCOMPARE(mapping.pathFor(1), QStringLiteral("CellularPhone"));
    // The header's guess gives way to the file's choice of the same member.
    QCOMPARE(mapping.pathFor(2), QString());
    QCOMPARE(mapping.pathFor(3), QString());
}

void TestRosterMapping::json_bad_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no such column")
        << QByteArray(R"({"Courriel": "Email"})") << QStringLiteral("no column \"Courriel\"");
    QTest::newRow("unknown path") << QByteArray(R"({"Email": "Address/Planet"})")
                                  << QStringLiteral("\"Address/Planet\"");
    QTest::newRow("read-only member")
        << QByteArray(R"({"Email": "Id"})") << QStringLiteral("\"Id\"");
    QTest::newRow("not text") << QByteArray(R"({"Email": 3})") << QStringLiteral("as text");
    QTest::newRow("two columns, one member")
        << QByteArray(R"({"Email": "Email", "Other": "Email"})")
        << QStringLiteral("both map to \"Email\"");
}

void TestRosterMapping::json_bad()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const QStringList headers{"Email", "Other", "City"};
    QString error;
    const RosterMapping mapping =
        RosterMapping::fromJson(QJsonDocument::fromJson(json).object(), headers, &error);
    QVERIFY2(error.contains(expected), qPrintable(error));
    // A bad file changes nothing: the headers' own mapping stands.
    QCOMPARE(mapping.toJson(), RosterMapping::fromHeaders(headers).toJson());
}

void TestRosterMapping::json_roundTrip()
{
    const QStringList headers{"Courriel", "Ville", "Cell"};
    RosterMapping mapping = RosterMapping::fromHeaders(headers);
    mapping.setPath(0, QStringLiteral("Email"));
    mapping.setPath(1, QStringLiteral("Address/City"));
    const QJsonObject json = mapping.toJson();
    QCOMPARE(
        json,
        (QJsonObject{{"Courriel", "Email"}, {"Ville", "Address/City"}, {"Cell", "CellularPhone"}}));
    QString error;
    const RosterMapping back = RosterMapping::fromJson(json, headers, &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(back.toJson(), json);
    QCOMPARE(back.columnOf(QStringLiteral("Address/City")), 1);
}

void TestRosterMapping::saved_appliedToAnotherRoster()
{
    // Last month's file had "Courriel", "Portable" and "Équipe"; this month's drops "Portable",
    // adds "City", and someone edited the saved mapping by hand into something wrong.
    const QJsonObject saved{{"Courriel", "Email"},
                            {"Portable", "CellularPhone"},
                            {"Ville", "Address/Planet"},
                            {"Équipe", QJsonValue::Null}};
    const QStringList headers{"courriel", "Ville", "Équipe", "City", "Cell"};
    const RosterMapping mapping = RosterMapping::fromSaved(saved, headers);
    QCOMPARE(mapping.pathFor(0), QStringLiteral("Email"));
    QCOMPARE(mapping.pathFor(1), QString());
    QCOMPARE(mapping.pathFor(2), QString());
    QCOMPARE(mapping.pathFor(3), QStringLiteral("Address/City"));
    QCOMPARE(mapping.pathFor(4), QStringLiteral("CellularPhone"));
}

QTEST_GUILESS_MAIN(TestRosterMapping)
#include "tst_rostermapping.moc"
