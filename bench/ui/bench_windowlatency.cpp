// SPDX-License-Identifier: Apache-2.0
// Prints medians for the window's waits against signtraker-sim in its own process (40 ms round
// trip, no jitter, 10,000 agents by default):
//   (d) Ctrl+PgDn to the next page painted, with the page read ahead and without (one round trip
//       plus paint);
//   (e) start-up to the first rows painted: from making the window (the first page is asked for
//       in its constructor) and showing it, with a new client each run.
// Not a test: it only reports.
//   QT_QPA_PLATFORM=offscreen bench_windowlatency [--sim PATH] [--latency-ms 40] [--runs 15]
// BENCH_DEBUG=1 prints each page turn: key handled, page shown, page painted.

#include "agentscontroller.h"
#include "agentstablemodel.h"
#include "mainwindow.h"
#include "pageprefetcher.h"
#include "signtrakerclient.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

using namespace signtraker;

namespace {

const QString Key = QStringLiteral("bench-window-key");

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// Notes when the table's viewport paints with rows in the model.
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QTableView *table)
        : m_table(table)
    {
        table->viewport()->installEventFilter(this);
    }
    void arm(std::function<bool()> ready)
    {
        m_ready = std::move(ready);
        m_painted = false;
    }
    bool painted() const { return m_painted; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_ready && !m_painted && m_ready())
            m_painted = true;
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView *m_table;
    std::function<bool()> m_ready;
    bool m_painted = false;
};

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    }
    return true;
}

std::unique_ptr<SignTrakerClient> newClient(const QUrl &baseUrl)
{
    return std::make_unique<SignTrakerClient>(ClientConfig::make(baseUrl, Key));
}

// (d): page turns from page 2 on; each waits for the page after it to be read ahead first
// (a user reads a page for longer than a round trip) when readAhead is on.
double pageTurns(const QUrl &baseUrl, bool readAhead, int runs)
{
    auto client = newClient(baseUrl);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
    ui::MainWindow window(client.get(), QStringLiteral("bench"), &settings);
    window.controller()->setReadAhead(readAhead);
    window.resize(1280, 800);
    window.show();
    ui::AgentsController *controller = window.controller();
    PaintWatch watch(window.tableView());
    if (!waitFor([controller] { return !controller->isBusy() && controller->page().size > 0; }))
        return -1;
    std::vector<double> times;
    for (int run = 0; run < runs; ++run) {
        if (!waitFor([controller] { return controller->prefetcher()->isIdle(); }))
            return -1;
        QTest::qWait(50); // the previous paint is over
        const int target = controller->page().index + 1;
        watch.arm([controller, target] {
            return controller->page().index == target && !controller->isBusy();
        });
        QElapsedTimer timer;
        timer.start();
        double shownAt = -1;
        auto c = QObject::connect(controller, &ui::AgentsController::pageLoaded,
                                  [&] { shownAt = timer.nsecsElapsed() / 1e6; });
        QTest::keyClick(window.tableView(), Qt::Key_PageDown, Qt::ControlModifier);
        const double clicked = timer.nsecsElapsed() / 1e6;
        if (!waitFor([&watch] { return watch.painted(); }))
            return -1;
        QObject::disconnect(c);
        times.push_back(timer.nsecsElapsed() / 1e6);
        if (qEnvironmentVariableIsSet("BENCH_DEBUG"))
            std::printf("  click %.1f shown %.1f painted %.1f\n", clicked, shownAt, times.back());
    }
    return median(times);
}

// (e): a new client (a new connection) and a new window each run.
double startUp(const QUrl &baseUrl, int runs)
{
    std::vector<double> times;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
        QElapsedTimer timer;
        timer.start();
        auto client = newClient(baseUrl);
        ui::MainWindow window(client.get(), QStringLiteral("bench"), &settings);
        PaintWatch watch(window.tableView());
        ui::AgentsController *controller = window.controller();
        watch.arm([controller] { return controller->model()->rowCount() > 0; });
        window.resize(1280, 800);
        window.show();
        if (!waitFor([&watch] { return watch.painted(); }))
            return -1;
        times.push_back(timer.nsecsElapsed() / 1e6);
        waitFor([controller] { return controller->prefetcher()->isIdle(); });
    }
    return median(times);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("sim"), QStringLiteral("signtraker-sim"), QStringLiteral("PATH"),
          app.applicationDirPath() + QStringLiteral("/../../sim/signtraker-sim")},
         {QStringLiteral("latency-ms"), QStringLiteral("Round trip."), QStringLiteral("MS"),
          QStringLiteral("40")},
         {QStringLiteral("agents"), QStringLiteral("Agents."), QStringLiteral("N"),
          QStringLiteral("10000")},
         {QStringLiteral("runs"), QStringLiteral("Runs per figure."), QStringLiteral("N"),
          QStringLiteral("15")}});
    parser.process(app);
    const int latency = parser.value(QStringLiteral("latency-ms")).toInt();
    const int runs = parser.value(QStringLiteral("runs")).toInt();

    QProcess sim;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SIGNTRAKER_SIM_API_KEY"), Key);
    sim.setProcessEnvironment(env);
    sim.setProcessChannelMode(QProcess::SeparateChannels);
    sim.start(parser.value(QStringLiteral("sim")),
              {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--agents"),
               parser.value(QStringLiteral("agents")), QStringLiteral("--seed"),
               QStringLiteral("1"), QStringLiteral("--latency-ms"), QString::number(latency),
               QStringLiteral("--jitter-ms"), QStringLiteral("0")});
    if (!sim.waitForReadyRead(30000)) {
        std::fprintf(stderr, "signtraker-sim did not start: %s\n",
                     qPrintable(parser.value(QStringLiteral("sim"))));
        return 1;
    }
    const QString line = QString::fromUtf8(sim.readLine());
    const auto match =
        QRegularExpression(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+)")).match(line);
    if (!match.hasMatch()) {
        std::fprintf(stderr, "signtraker-sim did not say where it listens: %s\n", qPrintable(line));
        return 1;
    }
    const QUrl baseUrl(match.captured(1));
    std::printf("signtraker-sim at %d ms round trip, no jitter, %s agents; medians of %d runs\n",
                latency, qPrintable(parser.value(QStringLiteral("agents"))), runs);

    const double ahead = pageTurns(baseUrl, true, runs);
    const double cold = pageTurns(baseUrl, false, runs);
    std::printf("(d) Ctrl+PgDn to the next page painted: read ahead %.1f ms (goal < 20 ms); "
                "without %.1f ms (one round trip + paint: %d ms + paint); %.1fx faster\n",
                ahead, cold, latency, ahead > 0 ? cold / ahead : 0.0);
    const double start = startUp(baseUrl, runs);
    std::printf("(e) start-up to the first rows painted: %.1f ms (goal < %d ms = one round trip + "
                "400 ms); %.2f of the goal\n",
                start, latency + 400, start / (latency + 400));
    sim.terminate();
    sim.waitForFinished(5000);
    return 0;
}
