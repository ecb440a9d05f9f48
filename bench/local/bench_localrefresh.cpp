// SPDX-License-Identifier: Apache-2.0
// LocalCopy::refresh of a whole tenant from signtraker-sim in its own process (50,000 agents,
// 40 ms round trip, no jitter by default), into a temporary XDG_CACHE_HOME: the median seconds of
// --runs refreshes (each one a complete swap) and the database's size on disk. Not a test.
//   bench_localrefresh [--sim PATH] [--agents 50000] [--latency-ms 40] [--runs 5] [--parallel 4]
#include "localcopy.h"
#include "signtrakerclient.h"
#include "simprocess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

using namespace signtraker;

namespace {

const QString Key = QStringLiteral("bench-key");

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

// Seconds of processor time used by this process (every thread, not the simulator's): on a
// shared machine the wall clock also counts the time other processes had the processor.
double processorSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) {
        return double(t.tv_sec) + double(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

struct Run
{
    double seconds = 0;
    double processor = 0;
    double lastPage = 0; // the walk: the last page handed to the writer
};

// The benchmark waits in its own event loop; application code never does.
Run refresh(LocalCopy &copy, SignTrakerClient &client, QString *error)
{
    QEventLoop loop;
    QElapsedTimer timer;
    Run run;
    // The last progress comes with refreshed(), after the writer's commit: the one before it is
    // the last page's.
    QList<double> progress;
    QObject::connect(&copy, &LocalCopy::refreshProgress, &loop,
                     [&] { progress << double(timer.nsecsElapsed()) / 1e9; });
    QObject::connect(&copy, &LocalCopy::refreshed, &loop, &QEventLoop::quit);
    QObject::connect(&copy, &LocalCopy::refreshFailed, &loop, [&](const QString &message) {
        *error = message;
        loop.quit();
    });
    const double processorBefore = processorSeconds();
    timer.start();
    copy.refresh(&client);
    loop.exec();
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.processor = processorSeconds() - processorBefore;
    run.lastPage = progress.size() > 1 ? progress.at(progress.size() - 2) : 0;
    return run;
}

qint64 sizeOnDisk(const QString &path)
{
    qint64 bytes = 0;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        bytes += QFileInfo(path + suffix).size();
    return bytes;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(u' ', 0, 2)
                                          : QStringLiteral("unknown");
}

} // namespace

int main(int argc, char **argv)
{
    // The copy's folder comes from XDG_CACHE_HOME: a temporary one, set before Qt reads it.
    QTemporaryDir cache;
    qputenv("XDG_CACHE_HOME", QFile::encodeName(cache.path()));
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("sim"), QStringLiteral("signtraker-sim"), QStringLiteral("PATH"),
          QStringLiteral(SIGNTRAKER_SIM_EXECUTABLE)},
         {QStringLiteral("agents"), QStringLiteral("Agents."), QStringLiteral("N"),
          QStringLiteral("50000")},
         {QStringLiteral("latency-ms"), QStringLiteral("Round trip."), QStringLiteral("MS"),
          QStringLiteral("40")},
         {QStringLiteral("runs"), QStringLiteral("Refreshes."), QStringLiteral("N"),
          QStringLiteral("5")},
         {QStringLiteral("parallel"), QStringLiteral("The client's parallel requests."),
          QStringLiteral("N"), QString::number(ClientConfig::DefaultParallelRequests)}});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    test::SimProcess sim(parser.value(QStringLiteral("sim")));
    const QUrl base =
        sim.start({QStringLiteral("--agents"), parser.value(QStringLiteral("agents")),
                   QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--latency-ms"),
                   parser.value(QStringLiteral("latency-ms")), QStringLiteral("--jitter-ms"),
                   QStringLiteral("0")},
                  Key);
    if (base.isEmpty()) {
        std::fprintf(stderr, "bench_localrefresh: the simulator did not start\n");
        return 1;
    }
    SignTrakerClient client(ClientConfig::make(base, Key).withParallelRequests(
        parser.value(QStringLiteral("parallel")).toInt()));
    LocalCopy copy(LocalCopy::pathForProfile(QStringLiteral("bench")));

    std::printf("load average before: %s\n", qPrintable(loadAverage()));
    QList<double> seconds;
    QList<double> walks;
    QList<double> processor;
    for (int i = 0; i < runs; ++i) {
        QString error;
        const Run run = refresh(copy, client, &error);
        seconds << run.seconds;
        walks << run.lastPage;
        processor << run.processor;
        if (!error.isEmpty()) {
            std::fprintf(stderr, "bench_localrefresh: refresh failed: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("refresh %d: %.2f s (last page at %.2f s, processor %.2f s)\n", i + 1,
                    run.seconds, run.lastPage, run.processor);
        std::fflush(stdout);
    }
    std::printf("rows: %lld, parallel requests: %d\n", static_cast<long long>(copy.rowCount()),
                client.config().parallelRequests());
    std::printf("refresh median: %.2f s, best %.2f s of %d (goal < 3 s)\n", median(seconds),
                *std::min_element(seconds.cbegin(), seconds.cend()), runs);
    std::printf("last page median: %.2f s (the rest: the writer's backlog and the swap)\n",
                median(walks));
    std::printf("processor time median: %.2f s (this process, all threads)\n", median(processor));
    std::printf("size on disk: %.1f MB\n", double(sizeOnDisk(copy.path())) / 1e6);
    std::printf("load average after: %s\n", qPrintable(loadAverage()));
    return 0;
}
