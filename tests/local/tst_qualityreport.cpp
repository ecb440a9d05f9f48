// SPDX-License-Identifier: Apache-2.0
// QualityReport over the seeded tenant (tests/local/data/quality-tenant.json, one or two agents
// per kind) and over the simulator's generated tenants, which must be clean.
#include "phonecheck.h"
#include "qualityreport.h"
#include "tenant.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <random>

using namespace signtraker;

namespace {

using Ids = QList<qint64>;

QList<QJsonObject> agentsOf(const QJsonArray &array)
{
    QList<QJsonObject> agents;
    for (const QJsonValue &value : array)
        agents.append(value.toObject());
    return agents;
}

QList<QPair<QString, QString>> officesOf(const QJsonArray &array)
{
    QList<QPair<QString, QString>> offices;
    for (const QJsonValue &value : array)
        offices.append({QString::number(value[QLatin1String("Id")].toInteger()),
                        value[QLatin1String("Name")].toString()});
    return offices;
}

QList<Ids> idsOfKind(const QList<QualityFinding> &findings, const QString &kind)
{
    QList<Ids> ids;
    for (const QualityFinding &finding : findings) {
        if (finding.kind == kind)
            ids.append(finding.ids);
    }
    return ids;
}

QJsonObject agent(qint64 id, const QString &country, const QString &cell)
{
    return {{QStringLiteral("Id"), id},
            {QStringLiteral("UserName"), QStringLiteral("u%1").arg(id)},
            {QStringLiteral("Email"), QStringLiteral("u%1@example.com").arg(id)},
            {QStringLiteral("Office"), QJsonObject{{QStringLiteral("Id"), 1}}},
            {QStringLiteral("Address"),
             QJsonObject{{QStringLiteral("CountryCode"),
                          country.isEmpty() ? QJsonValue() : QJsonValue(country)}}},
            {QStringLiteral("CellularPhone"), cell}};
}

} // namespace

class TestQualityReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void seeded_findsEachKind_data();
    void seeded_findsEachKind();
    void seeded_detailsAreSentences();
    void seeded_invalidPhoneOffersE164Fix();
    void seeded_withoutOfficeList_onlyMissingReferences();
    void generatedTenant_isClean_data();
    void generatedTenant_isClean();
    void phone_countryDecides_data();
    void phone_countryDecides();
    void kinds_haveSentences();
    void phone_fastValidityAgreesWithLibphonenumber_data();
    void phone_fastValidityAgreesWithLibphonenumber();

private:
    QList<QJsonObject> m_agents;
    QList<QPair<QString, QString>> m_offices;
    QList<QualityFinding> m_findings;
};

void TestQualityReport::initTestCase()
{
    QFile file(QStringLiteral(SIGNTRAKER_QUALITY_TENANT));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject tenant = QJsonDocument::fromJson(file.readAll()).object();
    m_agents = agentsOf(tenant[QLatin1String("Agents")].toArray());
    m_offices = officesOf(tenant[QLatin1String("Offices")].toArray());
    QCOMPARE(m_agents.size(), 20);
    m_findings = QualityReport::check(m_agents, m_offices);
}

void TestQualityReport::seeded_findsEachKind_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QList<Ids>>("ids");
    QTest::newRow("duplicate-email") << "duplicate-email" << QList<Ids>{{1002, 1003}};
    QTest::newRow("duplicate-username") << "duplicate-username" << QList<Ids>{{1004, 1005}};
    QTest::newRow("duplicate-phone") << "duplicate-phone" << QList<Ids>{{1006, 1007}};
    QTest::newRow("invalid-email") << "invalid-email" << QList<Ids>{{1008}};
    QTest::newRow("invalid-phone") << "invalid-phone" << QList<Ids>{{1009}, {1010}};
    QTest::newRow("missing-office") << "missing-office" << QList<Ids>{{1011}, {1012}};
    QTest::newRow("missing-manager") << "missing-manager" << QList<Ids>{{1013}};
    QTest::newRow("inactive-manager") << "inactive-manager" << QList<Ids>{{1014, 1015}};
    QTest::newRow("subscription-without-price")
        << "subscription-without-price" << QList<Ids>{{1017}};
}

void TestQualityReport::seeded_findsEachKind()
{
    QFETCH(QString, kind);
    QFETCH(QList<Ids>, ids);
    QCOMPARE(idsOfKind(m_findings, kind), ids);
}

void TestQualityReport::seeded_detailsAreSentences()
{
    QStringList kinds;
    for (const QualityFinding &finding : m_findings) {
        QVERIFY2(finding.detail.endsWith(u'.'), qPrintable(finding.detail));
        if (!kinds.contains(finding.kind))
            kinds.append(finding.kind);
    }
    // Every kind, in the order of kinds(), and nothing else.
    QCOMPARE(kinds, QualityReport::kinds());
    QCOMPARE(m_findings.size(), 11);
}

void TestQualityReport::seeded_invalidPhoneOffersE164Fix()
{
    QJsonObject fixes;
    for (const QualityFinding &finding : m_findings) {
        if (finding.kind == QLatin1String("invalid-phone") && !finding.fix.isEmpty())
            fixes = finding.fix;
    }
    // "+491 570 110" for an agent in Australia: 0491 570 110 once the "+" is read as a slip.
    const QJsonObject expected{
        {QStringLiteral("1010"),
         QJsonObject{{QStringLiteral("CellularPhone"), QStringLiteral("+61491570110")}}}};
    QCOMPARE(fixes, expected);
}

void TestQualityReport::seeded_withoutOfficeList_onlyMissingReferences()
{
    // Without the office list, office #99 cannot be known to be gone: only the agent without
    // any office is reported.
    const QList<QualityFinding> findings = QualityReport::check(m_agents);
    QCOMPARE(idsOfKind(findings, QStringLiteral("missing-office")), QList<Ids>{{1011}});
}

void TestQualityReport::generatedTenant_isClean_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("agents");
    QTest::newRow("the simulator's default") << quint32(1) << sim::Tenant::DefaultAgentCount;
    QTest::newRow("another seed") << quint32(7) << sim::Tenant::DefaultAgentCount;
    QTest::newRow("5,000 agents") << quint32(3) << 5000;
}

void TestQualityReport::generatedTenant_isClean()
{
    QFETCH(quint32, seed);
    QFETCH(int, agents);
    sim::Tenant tenant;
    tenant.generate(seed, agents);
    const QList<QualityFinding> findings =
        QualityReport::check(agentsOf(tenant.agents()), officesOf(tenant.offices()));
    for (const QualityFinding &finding : findings)
        qWarning("%s: %s", qPrintable(finding.kind), qPrintable(finding.detail));
    QCOMPARE(findings.size(), 0);
}

void TestQualityReport::phone_countryDecides_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<bool>("valid");
    QTest::newRow("US number in the US") << "US"
                                         << "+1 512-555-0123" << true;
    QTest::newRow("US number, national form") << "US"
                                              << "(512) 555-0123" << true;
    QTest::newRow("US number in Canada") << "CA"
                                         << "+1 512-555-0123" << false;
    QTest::newRow("Toronto number in Canada") << "CA"
                                              << "416-555-0199" << true;
    QTest::newRow("Australian mobile in Australia") << "AU"
                                                    << "0491 570 123" << true;
    QTest::newRow("Australian mobile in the US") << "US"
                                                 << "+61 491 570 123" << false;
    QTest::newRow("too short") << "US"
                               << "512-555-012" << false;
    QTest::newRow("not a number") << "US"
                                  << "call the office" << false;
    // No country (Address/CountryCode missing): valid when valid in one of US, CA, AU; a number
    // without "+" is read as North American.
    QTest::newRow("no country, international Australian") << ""
                                                          << "+61 491 570 123" << true;
    QTest::newRow("no country, Canadian") << ""
                                          << "+1 416-555-0199" << true;
    QTest::newRow("no country, national Texan") << ""
                                                << "512-555-0123" << true;
    QTest::newRow("no country, national Australian") << ""
                                                     << "0491 570 123" << false;
    QTest::newRow("unknown country, German") << "DE"
                                             << "+49 30 901820" << false;
}

void TestQualityReport::phone_countryDecides()
{
    QFETCH(QString, country);
    QFETCH(QString, cell);
    QFETCH(bool, valid);
    const QList<QualityFinding> findings = QualityReport::check({agent(1, country, cell)});
    QCOMPARE(idsOfKind(findings, QStringLiteral("invalid-phone")).isEmpty(), valid);
}

void TestQualityReport::kinds_haveSentences()
{
    QCOMPARE(QualityReport::kinds().size(), 9);
    for (const QString &kind : QualityReport::kinds())
        QVERIFY2(QualityReport::sentence(kind).endsWith(u'.'), qPrintable(kind));
    QVERIFY(QualityReport::sentence(QStringLiteral("no-such-kind")).isEmpty());
}

void TestQualityReport::phone_fastValidityAgreesWithLibphonenumber_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<int>("countryCode");
    QTest::newRow("US") << "US" << 1;
    QTest::newRow("CA") << "CA" << 1;
    QTest::newRow("AU") << "AU" << 61;
    QTest::newRow("US number asked as AU") << "AU" << 1;
}

void TestQualityReport::phone_fastValidityAgreesWithLibphonenumber()
{
    QFETCH(QString, region);
    QFETCH(int, countryCode);
    // Every North American area code with a few exchanges, and random numbers of every length
    // around the valid ones: the fast path must say what libphonenumber says, valid or not.
    QList<quint64> numbers;
    for (quint64 area = 200; area <= 999; ++area) {
        for (const quint64 exchange : {555, 201, 100, 911, 958})
            numbers << area * 10'000'000 + exchange * 10'000 + 123;
    }
    std::mt19937_64 random(14);
    for (int i = 0; i < 20000; ++i) {
        const int digits = 7 + i % 5;
        quint64 limit = 1;
        for (int d = 0; d < digits; ++d)
            limit *= 10;
        numbers << random() % limit;
    }
    int valid = 0;
    for (const quint64 national : numbers) {
        const bool expected = PhoneCheck::isValidNumber(countryCode, national, region, true);
        valid += expected ? 1 : 0;
        QVERIFY2(
            PhoneCheck::isValidNumber(countryCode, national, region) == expected,
            qPrintable(QStringLiteral("+%1 %2 in %3").arg(countryCode).arg(national).arg(region)));
    }
    if (countryCode == 1 && region != QLatin1String("AU"))
        QVERIFY(valid > 100); // the comparison covers valid numbers, not only invalid ones
    // ... and the fast path answered, not libphonenumber behind it.
    QCOMPARE(PhoneCheck::fastRegions(), (QStringList{"AU", "CA", "US"}));
}

QTEST_GUILESS_MAIN(TestQualityReport)
#include "tst_qualityreport.moc"
