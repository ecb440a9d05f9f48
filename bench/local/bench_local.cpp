// SPDX-License-Identifier: Apache-2.0
// The local copy over 50,000 agents: a refresh from a simulator process at --latency-ms 40 (goal
// under 3 s), a word search (goal under 10 ms), the counts per office of the filter list (goal
// under 20 ms), the full quality report (goal under 500 ms) and the size of the database on disk.
// Medians. A program that prints figures, not a pass/fail test.
#include "localcopy.h"
#include "qualityreport.h"
#include "signtrakerclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace signtraker;

namespace {

constexpr int Agents = 50000;
const QString Key = QStringLiteral("bench-key");

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

// Milliseconds of this thread's processor time: on a shared machine the wall clock also counts
// the time other processes had the processor.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Milliseconds of each of runs calls of work.
QList<double> timed(int runs, const std::function<void()> &work)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms << double(timer.nsecsElapsed()) / 1e6;
    }
    return ms;
}

QUrl startSimulator(QProcess &sim)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SIGNTRAKER_SIM_API_KEY"), Key);
    sim.setProcessEnvironment(environment);
    sim.start(QStringLiteral(SIGNTRAKER_SIM_EXECUTABLE),
              {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--agents"),
               QString::number(Agents), QStringLiteral("--seed"), QStringLiteral("1"),
               QStringLiteral("--latency-ms"), QStringLiteral("40")});
    if (!sim.waitForStarted() || !sim.waitForReadyRead(60000))
        return {};
    const QString line = QString::fromUtf8(sim.readLine()).trimmed();
    const auto match = QRegularExpression(QStringLiteral("listening on (\\S+)")).match(line);
    return match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
}

// The benchmark waits for each refresh in its own event loop; application code never does.
double refreshSeconds(LocalCopy &copy, SignTrakerClient &client, QString *error)
{
    QEventLoop loop;
    QObject::connect(&copy, &LocalCopy::refreshed, &loop, &QEventLoop::quit);
    QObject::connect(&copy, &LocalCopy::refreshFailed, &loop, [&](const QString &message) {
        *error = message;
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    copy.refresh(&client);
    loop.exec();
    return double(timer.nsecsElapsed()) / 1e9;
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
    QCoreApplication app(argc, argv);
    QProcess sim;
    const QUrl base = startSimulator(sim);
    if (base.isEmpty()) {
        std::fprintf(stderr, "bench_local: the simulator did not start\n");
        return 1;
    }
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("bench.sqlite"));
    LocalCopy copy(path);
    SignTrakerClient client(ClientConfig::make(base, Key));

    QList<double> refreshes;
    for (int i = 0; i < 3; ++i) {
        QString error;
        refreshes << refreshSeconds(copy, client, &error);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "bench_local: refresh failed: %s\n", qPrintable(error));
            return 1;
        }
    }
    std::printf("agents in the copy: %lld (parallel requests: %d)\n",
                static_cast<long long>(copy.rowCount()), client.config().parallelRequests());
    std::printf("refresh at 40 ms latency: median %.2f s of %lld (goal < 3 s)\n", median(refreshes),
                static_cast<long long>(refreshes.size()));

    for (const QString &words :
         {QStringLiteral("james smith"), QStringLiteral("smith seattle"), QStringLiteral("zoe")}) {
        LocalQuery query;
        query.search = words;
        query.top = 50;
        QString error;
        qsizetype rows = 0;
        const double page = median(timed(21, [&] { rows = copy.agents(query, &error).size(); }));
        qint64 total = 0;
        const double count = median(timed(21, [&] { total = copy.count(query, &error); }));
        std::printf("search \"%s\": first page (%lld rows) median %.2f ms, count (%lld) median "
                    "%.2f ms (goal < 10 ms)%s\n",
                    qPrintable(words), static_cast<long long>(rows), page,
                    static_cast<long long>(total), count,
                    error.isEmpty() ? "" : qPrintable(QStringLiteral(" error: ") + error));
    }

    qsizetype offices = 0;
    const double byOffice = median(timed(21, [&] { offices = copy.countsByOffice().size(); }));
    const double byActive = median(timed(21, [&] { copy.countsByActive(); }));
    std::printf("counts per office (%lld offices): median %.2f ms (goal < 20 ms); active/inactive "
                "%.2f ms\n",
                static_cast<long long>(offices), byOffice, byActive);

    QList<QJsonObject> agents;
    QList<QPair<QString, QString>> officeList;
    const double read = median(timed(5, [&] {
        agents = copy.allAgents();
        officeList = copy.offices();
    }));
    qsizetype findings = 0;
    QList<double> cpu;
    const double check = median(timed(5, [&] {
        const double start = threadCpuMs();
        findings = QualityReport::check(agents, officeList).size();
        cpu << threadCpuMs() - start;
    }));
    std::printf("quality report over %lld agents: check median %.1f ms (goal < 500 ms; processor "
                "time %.1f ms), %lld findings; reading the agents from the copy %.1f ms more\n",
                static_cast<long long>(agents.size()), check, median(cpu),
                static_cast<long long>(findings), read);
    std::printf("load average while measuring: %s\n", qPrintable(loadAverage()));
    std::printf("database on disk: %.1f MB (%lld bytes)\n", double(sizeOnDisk(path)) / 1e6,
                static_cast<long long>(sizeOnDisk(path)));
    sim.kill();
    sim.waitForFinished();
    return 0;
}
