// SPDX-License-Identifier: Apache-2.0
// The signtraker-sim executable: the listening line, serving until SIGTERM/SIGINT with exit
// code 0, its options (key from the environment, faults, data file, request log) and bad usage.
#include "simprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using signtraker::test::SimProcess;

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    QByteArray retryAfter;
    qint64 elapsedMs = 0;
};

} // namespace

class TestSimExecutable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void run_printsListeningLineAndServesUntilSignal_data();
    void run_printsListeningLineAndServesUntilSignal();
    void apiKey_commandLineBeatsEnvironment();
    void faults_fromOptions_data();
    void faults_fromOptions();
    void pagingFaults_fromOptions();
    void dataFile_keepsEditsBetweenRuns();
    void logRequests_appendsJsonLines();
    void badUsage_exitsNonZero_data();
    void badUsage_exitsNonZero();
    void portInUse_exitsOne();

private:
    Answer get(const QUrl &base, const QByteArray &pathAndQuery, const QByteArray &key);
    Answer patch(const QUrl &base, const QByteArray &path, const QByteArray &body,
                 const QByteArray &key);

    std::unique_ptr<SimProcess> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

void TestSimExecutable::init()
{
    m_sim = std::make_unique<SimProcess>(QStringLiteral(SIGNTRAKER_SIM_EXECUTABLE));
    m_manager = std::make_unique<QNetworkAccessManager>();
}

void TestSimExecutable::cleanup()
{
    m_sim.reset(); // kills a simulator a failed test left running
    m_manager.reset();
}

Answer TestSimExecutable::get(const QUrl &base, const QByteArray &pathAndQuery,
                              const QByteArray &key)
{
    QNetworkRequest request(QUrl::fromEncoded(base.toEncoded() + pathAndQuery));
    request.setRawHeader("Authorization", "ST-API " + key);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_manager->get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                  reply->readAll(), reply->rawHeader("Retry-After"), timer.elapsed()};
    reply->deleteLater();
    return answer;
}

Answer TestSimExecutable::patch(const QUrl &base, const QByteArray &path, const QByteArray &body,
                                const QByteArray &key)
{
    QNetworkRequest request(QUrl::fromEncoded(base.toEncoded() + path));
    request.setRawHeader("Authorization", "ST-API " + key);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArray("application/merge-patch+json"));
    QNetworkReply *reply = m_manager->sendCustomRequest(request, "PATCH", body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                  reply->readAll(),
                  {},
                  0};
    reply->deleteLater();
    return answer;
}

void TestSimExecutable::run_printsListeningLineAndServesUntilSignal_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestSimExecutable::run_printsListeningLineAndServesUntilSignal()
{
    QFETCH(int, signal);
    // The key comes from the environment, so that it need not appear on a command line.
    const QUrl base = m_sim->start({"--port", "0", "--agents", "30", "--seed", "5"}, "s3cret");
    QVERIFY(base.isValid() && base.port() > 0);

    const Answer answer = get(base, "/api/agents?%24top=2&$select=Id", "s3cret");
    QCOMPARE(answer.status, 200);
    QCOMPARE(QJsonDocument::fromJson(answer.body).array().size(), 2);
    QCOMPARE(get(base, "/api/agents?$top=1", "demo").status, 401);
    QCOMPARE(QJsonDocument::fromJson(get(base, "/api/offices", "s3cret").body).array().size(), 12);

    QVERIFY(m_sim->stop(signal));
    QCOMPARE(m_sim->process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_sim->process().exitCode(), 0);
}

void TestSimExecutable::apiKey_commandLineBeatsEnvironment()
{
    const QUrl base = m_sim->start({"--api-key", "fromargs", "--agents", "5"}, "fromenv");
    QVERIFY(base.isValid());
    QCOMPARE(get(base, "/api/agents", "fromargs").status, 200);
    QCOMPARE(get(base, "/api/agents", "fromenv").status, 401);
    QVERIFY(m_sim->stop());

    const QUrl defaulted = m_sim->start({"--agents", "5"});
    QVERIFY(defaulted.isValid());
    QCOMPARE(get(defaulted, "/api/agents", "demo").status, 200);
    QVERIFY(m_sim->stop());
}

void TestSimExecutable::faults_fromOptions_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QList<int>>("statuses"); // of three requests in a row
    QTest::addColumn<int>("minimumMs");
    QTest::newRow("error rate 1") << QStringList{"--error-rate", "1"} << QList<int>{503, 503, 503}
                                  << 0;
    QTest::newRow("rate limit 2") << QStringList{"--rate-limit", "2"} << QList<int>{200, 200, 429}
                                  << 0;
    QTest::newRow("latency 200, jitter 20")
        << QStringList{"--latency-ms", "200", "--jitter-ms", "20"} << QList<int>{200, 200, 200}
        << 180;
}

void TestSimExecutable::faults_fromOptions()
{
    QFETCH(QStringList, options);
    QFETCH(QList<int>, statuses);
    QFETCH(int, minimumMs);
    const QUrl base = m_sim->start(QStringList{"--agents", "10"} + options);
    QVERIFY(base.isValid());
    QList<int> seen;
    for (int i = 0; i < 3; ++i) {
        const Answer answer = get(base, "/api/agents/1001", "demo");
        seen << answer.status;
        QVERIFY2(answer.elapsedMs >= minimumMs, qPrintable(QString::number(answer.elapsedMs)));
        if (answer.status == 429)
            QCOMPARE(answer.retryAfter, QByteArray("1"));
    }
    QCOMPARE(seen, statuses);
    QVERIFY(m_sim->stop());
    QCOMPARE(m_sim->process().exitCode(), 0);
}

void TestSimExecutable::pagingFaults_fromOptions()
{
    auto ids = [this](const QUrl &base, const QByteArray &pathAndQuery) {
        QList<qint64> list;
        for (const QJsonValue &row :
             QJsonDocument::fromJson(get(base, pathAndQuery, "demo").body).array())
            list.append(row[QLatin1String("Id")].toInteger());
        return list;
    };
    const QUrl capped = m_sim->start({"--agents", "30", "--max-top", "10"});
    QVERIFY(capped.isValid());
    QCOMPARE(ids(capped, "/api/agents?$top=25&$skip=5&$select=Id").size(), 10);
    QCOMPARE(ids(capped, "/api/agents?$select=Id").size(), 10);
    QCOMPARE(ids(capped, "/api/agents?$select=Id&$skip=25").size(), 5);
    QCOMPARE(ids(capped, "/api/offices").size(), 10);
    QVERIFY(m_sim->stop());

    const QUrl ignoring = m_sim->start({"--agents", "30", "--ignore-skip"});
    QVERIFY(ignoring.isValid());
    QCOMPARE(ids(ignoring, "/api/agents?$top=3&$skip=20&$select=Id"),
             ids(ignoring, "/api/agents?$top=3&$select=Id"));
    QCOMPARE(ids(ignoring, "/api/agents?$top=3&$skip=20&$select=Id").size(), 3);
    QVERIFY(m_sim->stop());
}

void TestSimExecutable::dataFile_keepsEditsBetweenRuns()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("tenant.json"));
    const QUrl first = m_sim->start({"--data", file, "--agents", "20", "--seed", "1"});
    QVERIFY(first.isValid());
    QVERIFY(QFile::exists(file));
    const Answer edited =
        patch(first, "/api/agents/1002", R"({"Notes":"kept between runs"})", "demo");
    QCOMPARE(edited.status, 200);
    QVERIFY(m_sim->stop());
    QCOMPARE(m_sim->process().exitCode(), 0);

    // Another seed and count: the file wins over generation.
    const QUrl second = m_sim->start({"--data", file, "--agents", "3", "--seed", "99"});
    QVERIFY(second.isValid());
    const Answer again = get(second, "/api/agents/1002", "demo");
    QCOMPARE(again.status, 200);
    QCOMPARE(QJsonDocument::fromJson(again.body)[QLatin1String("Notes")].toString(),
             QStringLiteral("kept between runs"));
    QCOMPARE(
        QJsonDocument::fromJson(get(second, "/api/agents?$select=Id", "demo").body).array().size(),
        20);
    QVERIFY(m_sim->stop());
}

void TestSimExecutable::logRequests_appendsJsonLines()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("requests.jsonl"));
    const QUrl base = m_sim->start({"--agents", "10", "--log-requests", file});
    QVERIFY(base.isValid());
    QCOMPARE(get(base, "/api/agents?%24filter=Id+eq+1001", "demo").status, 200);
    QCOMPARE(get(base, "/api/agents/5", "demo").status, 404);
    QVERIFY(m_sim->stop());
    QFile log(file);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = log.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const QJsonObject first = QJsonDocument::fromJson(lines.first()).object();
    QCOMPARE(first[QLatin1String("method")].toString(), QStringLiteral("GET"));
    QCOMPARE(first[QLatin1String("path")].toString(), QStringLiteral("/api/agents"));
    QCOMPARE(first[QLatin1String("query")].toArray(),
             (QJsonArray{QJsonArray{"$filter", "Id eq 1001"}}));
    QCOMPARE(first[QLatin1String("status")].toInt(), 200);
    QCOMPARE(QJsonDocument::fromJson(lines.last())[QLatin1String("status")].toInt(), 404);
}

void TestSimExecutable::badUsage_exitsNonZero_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("error rate above 1") << QStringList{"--error-rate", "2"} << 2;
    QTest::newRow("port not a number") << QStringList{"--port", "abc"} << 2;
    QTest::newRow("port out of range") << QStringList{"--port", "70000"} << 2;
    QTest::newRow("negative agents") << QStringList{"--agents", "-1"} << 2;
    QTest::newRow("max-top not a number") << QStringList{"--max-top", "ten"} << 2;
    QTest::newRow("negative max-top") << QStringList{"--max-top", "-3"} << 2;
    QTest::newRow("unknown option") << QStringList{"--frobnicate"} << 1;
    QTest::newRow("unreadable data file") << QStringList{"--data", "/proc/version"} << 1;
}

void TestSimExecutable::badUsage_exitsNonZero()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QVERIFY(m_sim->runToExit(arguments));
    QCOMPARE(m_sim->process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_sim->process().exitCode(), exitCode);
    QVERIFY(m_sim->process().readAllStandardOutput().isEmpty());
    QVERIFY(!m_sim->process().readAllStandardError().isEmpty());
}

void TestSimExecutable::portInUse_exitsOne()
{
    QTcpServer occupied;
    QVERIFY(occupied.listen(QHostAddress::LocalHost));
    QVERIFY(m_sim->runToExit({"--port", QString::number(occupied.serverPort()), "--agents", "1"}));
    QCOMPARE(m_sim->process().exitCode(), 1);
    QVERIFY(m_sim->process().readAllStandardError().contains("cannot listen"));
}

QTEST_GUILESS_MAIN(TestSimExecutable)
#include "tst_simexecutable.moc"
