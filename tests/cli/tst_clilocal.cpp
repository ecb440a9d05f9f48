// SPDX-License-Identifier: Apache-2.0
// The built signtraker-cli with the local copy, against an in-process simulator: refresh, then
// --local answers that equal the live ones, counts online and local, the quality report on the
// seeded tenant (every kind) and on a generated one (none), and the exit statuses. The copy lives
// in the test's own XDG_CACHE_HOME.
#include "processrun.h"
#include "qualityreport.h"
#include "simfixture.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using signtraker::QualityReport;
using signtraker::sim::SimServer;
using Run = signtraker::test::ProcessRun;

namespace {

const QString Key = QStringLiteral("local-copy-key-4711");

QJsonArray jsonArray(const Run &run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        qWarning("not a JSON array: %s %s", run.out.left(200).constData(), run.err.constData());
    return document.array();
}

} // namespace

class TestCliLocal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void refresh_printsRowsAndSeconds();
    void listLocal_equalsLive_data();
    void listLocal_equalsLive();
    void countOnlineAndLocal_agree_data();
    void countOnlineAndLocal_agree();
    void quality_seededTenant_listsEveryKind();
    void quality_kindOption_keepsThoseKinds();
    void quality_generatedTenant_none();
    void withoutCopy_exit2_data();
    void withoutCopy_exit2();
    void unsupportedFilter_exit2();
    void statusAndClear_inTheCacheFolder();

private:
    Run run(const QStringList &arguments);
    void refresh();

    std::unique_ptr<SimServer> m_server;
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestCliLocal::init()
{
    m_server = signtraker::test::startSimulator(5, 120, Key);
    QVERIFY(m_server);
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

void TestCliLocal::cleanup()
{
    m_server.reset();
    m_home.reset();
}

Run TestCliLocal::run(const QStringList &arguments)
{
    QProcessEnvironment environment = signtraker::test::isolatedEnvironment(m_home->path());
    // Never the developer's cache: the copy goes under the test's folder.
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_home->filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("SIGNTRAKER_BASE_URL"), m_server->baseUrl().toString());
    environment.insert(QStringLiteral("SIGNTRAKER_API_KEY"), Key);
    return signtraker::test::runProcess(QStringLiteral(SIGNTRAKER_CLI_PATH), arguments,
                                        environment);
}

void TestCliLocal::refresh()
{
    const Run result = run({"local", "refresh"});
    QVERIFY2(result.exitCode == 0, result.err.constData());
}

void TestCliLocal::refresh_printsRowsAndSeconds()
{
    const Run result = run({"local", "refresh"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(QString::fromUtf8(result.out)
                 .contains(QRegularExpression(
                     QStringLiteral("^120 agents in the local copy, read in \\d+\\.\\d seconds"))),
             result.out.constData());
}

void TestCliLocal::listLocal_equalsLive_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("every agent") << QStringList{};
    QTest::newRow("inactive") << QStringList{"--filter", "IsInactive eq true"};
    QTest::newRow("office and not manager")
        << QStringList{"--filter", "Office/Id eq 3 and not IsManager"};
    QTest::newRow("functions and or") << QStringList{
        "--filter", "startswith(LastName,'M') or endswith(Email,'maplepine.example.com')"};
    QTest::newRow("tolower contains, ordered, paged")
        << QStringList{"--filter",  "contains(tolower(LastName),'o')",
                       "--orderby", "LastName desc,FirstName",
                       "--top",     "9",
                       "--skip",    "4"};
    QTest::newRow("words") << QStringList{"--search", "Smith Toronto"};
    QTest::newRow("selected members") << QStringList{
        "--filter", "PaymentMode ne 'Terms'", "--select", "Email,LastName", "--orderby", "Email"};
}

// The simulator is the judge: the same options give the same JSON, live and local.
void TestCliLocal::listLocal_equalsLive()
{
    QFETCH(QStringList, options);
    refresh();
    const bool paged = options.contains(QLatin1String("--top"));
    const Run live = run(QStringList{"--format", "json", "agents", "list"} + options +
                         (paged ? QStringList{} : QStringList{"--all"}));
    QVERIFY2(live.exitCode == 0, live.err.constData());
    const Run local = run(QStringList{"--format", "json", "agents", "list", "--local"} + options);
    QVERIFY2(local.exitCode == 0, local.err.constData());
    const QJsonArray expected = jsonArray(live);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(jsonArray(local), expected);
}

void TestCliLocal::countOnlineAndLocal_agree_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("every agent") << QStringList{};
    QTest::newRow("inactive") << QStringList{"--filter", "IsInactive eq true"};
    QTest::newRow("managers of office 2")
        << QStringList{"--filter", "IsManager eq true and Office/Id eq 2"};
    QTest::newRow("none") << QStringList{"--filter", "Id eq 1"};
    // Words: online an "and" of per-word "or" groups of contains(), locally the copy's index.
    QTest::newRow("words") << QStringList{"--search", "Smith Toronto"};
    QTest::newRow("words and filter")
        << QStringList{"--search", "Martin", "--filter", "IsInactive eq false"};
}

void TestCliLocal::countOnlineAndLocal_agree()
{
    QFETCH(QStringList, options);
    refresh();
    const Run online = run(QStringList{"agents", "count"} + options);
    QVERIFY2(online.exitCode == 0, online.err.constData());
    const Run local = run(QStringList{"agents", "count", "--local"} + options);
    QVERIFY2(local.exitCode == 0, local.err.constData());
    bool ok = false;
    const int count = online.out.trimmed().toInt(&ok);
    QVERIFY2(ok, online.out.constData()); // one number and nothing else
    QCOMPARE(local.out, online.out);
    if (options.isEmpty())
        QCOMPARE(count, 120);
}

void TestCliLocal::quality_seededTenant_listsEveryKind()
{
    QString error;
    QVERIFY2(m_server->tenant().load(QStringLiteral(SIGNTRAKER_QUALITY_TENANT), &error),
             qPrintable(error));
    refresh();
    const Run result = run({"--format", "json", "quality"});
    QCOMPARE(result.exitCode, 0);
    QMap<QString, QList<QList<qint64>>> idsByKind;
    for (const QJsonValue &value : jsonArray(result)) {
        const QJsonObject finding = value.toObject();
        QCOMPARE(finding.keys(), (QStringList{"detail", "ids", "kind"}));
        QVERIFY(!finding.value(QLatin1String("detail")).toString().isEmpty());
        QList<qint64> ids;
        for (const QJsonValue &id : finding.value(QLatin1String("ids")).toArray())
            ids << id.toInteger();
        idsByKind[finding.value(QLatin1String("kind")).toString()] << ids;
    }
    QStringList kinds = idsByKind.keys();
    QStringList expectedKinds = QualityReport::kinds();
    std::sort(expectedKinds.begin(), expectedKinds.end());
    QCOMPARE(kinds, expectedKinds);
    QCOMPARE(idsByKind.value("duplicate-email"), (QList<QList<qint64>>{{1002, 1003}}));
    QCOMPARE(idsByKind.value("invalid-phone"), (QList<QList<qint64>>{{1009}, {1010}}));
    QCOMPARE(idsByKind.value("missing-office"), (QList<QList<qint64>>{{1011}, {1012}}));
    QCOMPARE(idsByKind.value("inactive-manager"), (QList<QList<qint64>>{{1014, 1015}}));
    // The members in the documented order.
    QVERIFY2(result.out.contains(R"({"kind": "duplicate-email", "ids": [1002,1003], "detail": )"),
             result.out.constData());
}

void TestCliLocal::quality_kindOption_keepsThoseKinds()
{
    QVERIFY(m_server->tenant().load(QStringLiteral(SIGNTRAKER_QUALITY_TENANT)));
    refresh();
    const Run result = run({"--format", "csv", "quality", "--kind", "missing-manager", "--kind",
                            "subscription-without-price"});
    QCOMPARE(result.exitCode, 0);
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0).trimmed(), QByteArray("kind,ids,detail"));
    QVERIFY2(lines.at(1).startsWith("missing-manager,1013,"), lines.at(1).constData());
    QVERIFY2(lines.at(2).startsWith("subscription-without-price,1017,"), lines.at(2).constData());
}

void TestCliLocal::quality_generatedTenant_none()
{
    refresh();
    const Run json = run({"--format", "json", "quality"});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.out, QByteArray("[]\n"));
    const Run table = run({"quality"});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.startsWith("No findings"), table.out.constData());
}

void TestCliLocal::withoutCopy_exit2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("list --local") << QStringList{"agents", "list", "--local"};
    QTest::newRow("count --local") << QStringList{"agents", "count", "--local"};
    QTest::newRow("quality") << QStringList{"quality"};
}

void TestCliLocal::withoutCopy_exit2()
{
    QFETCH(QStringList, arguments);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains("signtraker-cli local refresh"), result.err.constData());
    QCOMPARE(result.err.count('\n'), 1);
}

void TestCliLocal::unsupportedFilter_exit2()
{
    refresh();
    const Run result = run({"agents", "list", "--local", "--filter", "indexof(LastName,'a') gt 3"});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.startsWith("signtraker-cli: usage: ") && result.err.contains("local"),
             result.err.constData());
    const Run kind = run({"quality", "--kind", "no-such-kind"});
    QCOMPARE(kind.exitCode, 2);
}

void TestCliLocal::statusAndClear_inTheCacheFolder()
{
    const QString cache = m_home->filePath(QStringLiteral("cache"));
    Run status = run({"--format", "json", "local", "status"});
    QCOMPARE(status.exitCode, 0);
    QJsonObject record = QJsonDocument::fromJson(status.out).object();
    const QString path = record.value(QLatin1String("Path")).toString();
    QVERIFY2(path.startsWith(cache + u'/'), qPrintable(path));
    QCOMPARE(record.value(QLatin1String("Rows")).toInteger(), 0);

    refresh();
    QVERIFY(QFile::exists(path));
    status = run({"--format", "json", "local", "status"});
    record = QJsonDocument::fromJson(status.out).object();
    QCOMPARE(record.value(QLatin1String("Rows")).toInteger(), 120);
    QVERIFY(QDateTime::fromString(record.value(QLatin1String("AsOf")).toString(), Qt::ISODate)
                .isValid());

    const Run clear = run({"local", "clear"});
    QCOMPARE(clear.exitCode, 0);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(run({"quality"}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliLocal)
#include "tst_clilocal.moc"
