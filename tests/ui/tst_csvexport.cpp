// SPDX-License-Identifier: Apache-2.0
// CsvExport of every row of a query: walked with the client's parallel requests, written in
// query order, its progress text with the estimate once the end is known, and a completion
// message that says what a concurrent edit can do under offset paging.
#include "csvexport.h"
#include "simfixture.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace signtraker;
using signtraker::sim::ScriptedReply;
using signtraker::sim::SimServer;
using signtraker::ui::CsvExport;

namespace {

const QString Key = QStringLiteral("export-key");

} // namespace

class TestCsvExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void exportQuery_parallelWithJitter_everyRowOnceInOrder_data();
    void exportQuery_parallelWithJitter_everyRowOnceInOrder();
    void progressText_estimateOnceTheEndIsKnown();
    void completionMessage_saysWhatAConcurrentEditCanDo();
    void completionMessage_rowsSentTwice_countedAndExplained();

private:
    std::unique_ptr<SimServer> m_server;
    std::unique_ptr<SignTrakerClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCsvExport::initTestCase()
{
    qRegisterMetaType<ApiError>();
}

void TestCsvExport::init()
{
    m_server = test::startSimulator(4, 60, Key);
    QVERIFY(m_server);
    m_client = test::clientFor(*m_server, Key);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCsvExport::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_dir.reset();
}

void TestCsvExport::exportQuery_parallelWithJitter_everyRowOnceInOrder_data()
{
    QTest::addColumn<int>("agents");
    QTest::addColumn<int>("maxTop");
    QTest::newRow("uncapped") << 1700 << 0;
    QTest::newRow("capped at 150") << 1000 << 150;
}

void TestCsvExport::exportQuery_parallelWithJitter_everyRowOnceInOrder()
{
    QFETCH(int, agents);
    QFETCH(int, maxTop);
    m_server->tenant().generate(4, agents);
    m_server->setMaxTop(maxTop);
    m_server->setLatency(20, 20);
    int inFlight = 0;
    int most = 0;
    connect(m_server.get(), &SimServer::requestRecorded, this,
            [&] { most = std::max(most, ++inFlight); });
    connect(m_server.get(), &SimServer::requestAnswered, this, [&] { --inFlight; });
    CsvExport exporter;
    QSignalSpy done(&exporter, &CsvExport::finished);
    const QString file = m_dir->filePath(QStringLiteral("all.csv"));
    ListQuery query;
    query.select = {QStringLiteral("Id"), QStringLiteral("Email")};
    exporter.exportQuery(m_client.get(), query, file);
    QVERIFY(done.wait(20000));
    QVERIFY2(!done.first().first().value<ApiError>().isError(),
             qPrintable(done.first().first().value<ApiError>().message()));
    QCOMPARE(done.first().at(1).toInt(), agents);
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = csv.readAll().split('\n');
    QCOMPARE(lines.takeFirst(), QByteArray("Id,Email\r"));
    QCOMPARE(lines.takeLast(), QByteArray());
    QCOMPARE(lines.size(), agents);
    for (int i = 0; i < agents; ++i)
        QCOMPARE(lines.at(i).split(',').first().toLongLong(), 1001 + i);
    QVERIFY2(most > 1 && most <= ClientConfig::DefaultParallelRequests, QByteArray::number(most));
    QCOMPARE(exporter.estimatedTotal(), std::optional<int>(agents));
}

void TestCsvExport::progressText_estimateOnceTheEndIsKnown()
{
    m_client = std::make_unique<SignTrakerClient>(
        ClientConfig::make(m_server->baseUrl(), Key).withParallelRequests(1));
    m_server->tenant().generate(4, 1250);
    CsvExport exporter;
    QStringList texts;
    connect(&exporter, &CsvExport::progress, this,
            [&](int rows) { texts.append(exporter.progressText(rows)); });
    QSignalSpy done(&exporter, &CsvExport::finished);
    exporter.exportQuery(m_client.get(), {}, m_dir->filePath(QStringLiteral("p.csv")));
    QVERIFY(done.wait(20000));
    // Pages of 500: the short third one tells where the list ends.
    QCOMPARE(texts.size(), 3);
    QCOMPARE(texts.at(0), QStringLiteral("Exporting agents… 500 rows read"));
    QCOMPARE(texts.at(1), QStringLiteral("Exporting agents… 1000 rows read"));
    QCOMPARE(texts.at(2), QStringLiteral("Exporting agents… 1250 of about 1250 rows read"));
}

void TestCsvExport::completionMessage_saysWhatAConcurrentEditCanDo()
{
    CsvExport exporter;
    QSignalSpy done(&exporter, &CsvExport::finished);
    const QString file = m_dir->filePath(QStringLiteral("c.csv"));
    exporter.exportQuery(m_client.get(), {}, file);
    QVERIFY(done.wait(20000));
    QCOMPARE(exporter.duplicatesDropped(), 0);
    QCOMPARE(exporter.completionMessage(60, file),
             QStringLiteral("Exported 60 rows to %1. The rows were read page by page: if agents "
                            "were edited during the export, an agent that moved between pages "
                            "may be missing, and one read twice was written once.")
                 .arg(file));
}

void TestCsvExport::completionMessage_rowsSentTwice_countedAndExplained()
{
    // One request at a time: the scripted answers are the pages in order.
    m_client = std::make_unique<SignTrakerClient>(
        ClientConfig::make(m_server->baseUrl(), Key).withParallelRequests(1));
    const QString path = QStringLiteral("/api/agents");
    m_server->scriptNext("GET", path, ScriptedReply::json(200, R"([{"Id":1},{"Id":2}])"));
    m_server->scriptNext("GET", path, ScriptedReply::json(200, R"([{"Id":2},{"Id":3}])"));
    m_server->scriptNext("GET", path, ScriptedReply::json(200, "[]"));
    CsvExport exporter;
    QSignalSpy done(&exporter, &CsvExport::finished);
    const QString file = m_dir->filePath(QStringLiteral("twice.csv"));
    ListQuery query;
    exporter.exportQuery(m_client.get(), query, file);
    QVERIFY(done.wait(20000));
    QCOMPARE(done.first().at(1).toInt(), 3);
    QCOMPARE(exporter.duplicatesDropped(), 1);
    QCOMPARE(exporter.completionMessage(3, file),
             QStringLiteral("Exported 3 rows to %1. The service sent 1 of them twice, most likely "
                            "because agents were edited during the export: each was written "
                            "once, and an agent that moved between pages meanwhile may be "
                            "missing.")
                 .arg(file));
}

QTEST_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
