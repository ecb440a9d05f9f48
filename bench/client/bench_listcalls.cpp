// SPDX-License-Identifier: Apache-2.0
// 500 sequential list calls ($top=50) against a loopback simulator, through this client, curl
// (one process, kept-alive connection) and python3-requests (one Session): the median per call
// of each, and the ratios. A program that prints figures, not a pass/fail test.
#include "signtrakerclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace signtraker;

namespace {

constexpr int Calls = 500;
const QString Key = QStringLiteral("bench-key");

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

QList<double> secondsPerLine(const QByteArray &output)
{
    QList<double> values;
    for (const QByteArray &line : output.split('\n')) {
        bool ok = false;
        const double value = line.trimmed().toDouble(&ok);
        if (ok)
            values << value;
    }
    return values;
}

QUrl startSimulator(QProcess &sim)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SIGNTRAKER_SIM_API_KEY"), Key);
    sim.setProcessEnvironment(environment);
    sim.start(QStringLiteral(SIGNTRAKER_SIM_EXECUTABLE),
              {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--agents"),
               QStringLiteral("2500"), QStringLiteral("--seed"), QStringLiteral("1")});
    if (!sim.waitForStarted() || !sim.waitForReadyRead(10000))
        return {};
    const QString line = QString::fromUtf8(sim.readLine()).trimmed();
    const auto match = QRegularExpression(QStringLiteral("listening on (\\S+)")).match(line);
    return match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
}

// The benchmark drives the client from its own event loop; a nested loop would be wrong in
// application code, but here each call must finish before the next starts.
QList<double> runClient(const QUrl &base)
{
    SignTrakerClient client(ClientConfig::make(base, Key));
    QList<double> seconds;
    ListQuery query;
    query.top = 50;
    QEventLoop loop;
    QElapsedTimer timer;
    std::function<void()> next = [&] {
        if (seconds.size() == Calls) {
            loop.quit();
            return;
        }
        timer.start();
        ApiCall *call = client.listAgents(query);
        QObject::connect(call, &ApiCall::finished, &loop, [&](const ApiResult &result) {
            seconds << timer.nsecsElapsed() / 1e9;
            if (!result.ok() || result.array().size() != 50)
                qFatal("list call failed: %s", qPrintable(result.error.message()));
            next();
        });
    };
    next();
    loop.exec();
    return seconds;
}

// The same GETs on a bare QNetworkAccessManager: what Qt itself costs, to tell the client's
// own overhead from Qt's.
QList<double> runBareQt(const QUrl &base)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(base.toString() + QStringLiteral("/api/agents?$top=50")));
    request.setRawHeader("Authorization", "ST-API " + Key.toUtf8());
    request.setRawHeader("Accept", "application/json");
    QList<double> seconds;
    QEventLoop loop;
    QElapsedTimer timer;
    std::function<void()> next = [&] {
        if (seconds.size() == Calls) {
            loop.quit();
            return;
        }
        timer.start();
        QNetworkReply *reply = nam.get(request);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            QJsonDocument::fromJson(reply->readAll());
            seconds << timer.nsecsElapsed() / 1e9;
            reply->deleteLater();
            next();
        });
    };
    next();
    loop.exec();
    return seconds;
}

QList<double> runCurl(const QUrl &base)
{
    QTemporaryFile config;
    if (!config.open())
        return {};
    QTextStream out(&config);
    // The key goes in the config file, not on the command line.
    out << "header = \"Authorization: ST-API " << Key << "\"\n"
        << "header = \"Accept: application/json\"\n"
        << "silent\nwrite-out = \"%{time_total}\\n\"\n";
    const QString url = base.toString() + QStringLiteral("/api/agents?$top=50");
    for (int i = 0; i < Calls; ++i)
        out << "url = \"" << url << "\"\noutput = \"/dev/null\"\n";
    out.flush();
    QProcess curl;
    curl.start(QStringLiteral("curl"), {QStringLiteral("--config"), config.fileName()});
    curl.waitForFinished(600000);
    return secondsPerLine(curl.readAllStandardOutput());
}

QList<double> runRequests(const QUrl &base)
{
    QProcess python;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SIGNTRAKER_API_KEY"), Key);
    python.setProcessEnvironment(environment);
    // Debian's interpreter, where python3-requests is installed.
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(PEER_SCRIPT), base.toString() + QStringLiteral("/api/agents"),
                  QString::number(Calls)});
    python.waitForFinished(600000);
    if (python.exitCode() != 0)
        std::fprintf(stderr, "%s\n", python.readAllStandardError().constData());
    return secondsPerLine(python.readAllStandardOutput());
}

void report(const char *name, const QList<double> &seconds)
{
    std::printf("%-28s %4lld calls  median %7.3f ms\n", name, qlonglong(seconds.size()),
                median(seconds) * 1000.0);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QProcess sim;
    const QUrl base = startSimulator(sim);
    if (!base.isValid()) {
        std::fprintf(stderr, "the simulator did not start\n");
        return 1;
    }
    runClient(base); // warm-up: the simulator's caches and the connection
    const QList<double> ours = runClient(base);
    const QList<double> bareQt = runBareQt(base);
    const QList<double> curl = runCurl(base);
    const QList<double> requests = runRequests(base);
    std::printf("500 sequential GET /api/agents?$top=50 on loopback\n");
    report("signtraker client (Qt)", ours);
    report("bare QNetworkAccessManager", bareQt);
    report("curl (one process)", curl);
    report("python3-requests Session", requests);
    if (!curl.isEmpty())
        std::printf("client / curl      = %.2fx (goal <= 1.3x)\n", median(ours) / median(curl));
    if (!requests.isEmpty())
        std::printf("requests / client  = %.2fx (goal >= 2x)\n", median(requests) / median(ours));
    sim.terminate();
    sim.waitForFinished(5000);
    return 0;
}
