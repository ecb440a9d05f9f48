// SPDX-License-Identifier: Apache-2.0
// signtraker-sim: the simulator as a process, for demos, end-to-end tests and benchmarks.
// Prints "listening on http://127.0.0.1:PORT" and serves until SIGINT or SIGTERM.
#include "simserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

// The self-pipe trick: the handler only writes a byte; the event loop quits when it arrives.
bool watchTerminationSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return false;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier] {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const auto bytesRead = ::read(g_signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return sigaction(SIGINT, &action, nullptr) == 0 && sigaction(SIGTERM, &action, nullptr) == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("signtraker-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIGNTRAKER_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A local simulator of the SignTraker service (agents, offices, "
                       "enterprises) on 127.0.0.1."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("TCP port on 127.0.0.1 (0 picks a free one)."),
                                  QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption agents(QStringLiteral("agents"),
                                    QStringLiteral("Number of agents to generate."),
                                    QStringLiteral("N"), QStringLiteral("250"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed of the generated tenant."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption apiKey(
        QStringLiteral("api-key"),
        QStringLiteral("The key to accept (default: $SIGNTRAKER_SIM_API_KEY, else \"demo\")."),
        QStringLiteral("K"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"),
                                     QStringLiteral("Delay of every answer, in ms."),
                                     QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption jitter(QStringLiteral("jitter-ms"),
                                    QStringLiteral("Random +/- variation of the delay, in ms "
                                                   "(default: a quarter of the latency)."),
                                    QStringLiteral("MS"));
    const QCommandLineOption errorRate(QStringLiteral("error-rate"),
                                       QStringLiteral("Fraction of requests answered 503."),
                                       QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption rateLimit(QStringLiteral("rate-limit"),
                                       QStringLiteral("Requests per second above which the "
                                                      "answer is 429 (0: no limit)."),
                                       QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption data(QStringLiteral("data"),
                                  QStringLiteral("Load the tenant from FILE and save changes back "
                                                 "(generated there when missing)."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption log(QStringLiteral("log-requests"),
                                 QStringLiteral("Append one JSON line per request to FILE."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption maxTop(
        QStringLiteral("max-top"),
        QStringLiteral("Answer at most N rows to any list request, silently, as ASP.NET's page "
                       "size does (0: no cap)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption ignoreSkip(
        QStringLiteral("ignore-skip"),
        QStringLiteral("A broken service: every list ignores $skip and starts at the first row."));
    parser.addOptions({port, agents, seed, apiKey, latency, jitter, errorRate, rateLimit, maxTop,
                       ignoreSkip, data, log});
    parser.process(app);

    QTextStream err(stderr);
    auto number = [&parser, &err](const QCommandLineOption &option, double min, double max,
                                  double *value) {
        bool ok = false;
        *value = parser.value(option).toDouble(&ok);
        if (!ok || *value < min || *value > max) {
            err << "signtraker-sim: invalid --" << option.names().constFirst() << " '"
                << parser.value(option) << "'\n";
            return false;
        }
        return true;
    };
    double portValue = 0, agentsValue = 0, seedValue = 0, latencyValue = 0, errorRateValue = 0,
           rateLimitValue = 0, maxTopValue = 0, jitterValue = -1;
    if (!number(port, 0, 65535, &portValue) || !number(agents, 0, 10'000'000, &agentsValue) ||
        !number(seed, 0, 4294967295.0, &seedValue) || !number(latency, 0, 600'000, &latencyValue) ||
        !number(errorRate, 0, 1, &errorRateValue) ||
        !number(rateLimit, 0, 1'000'000, &rateLimitValue) ||
        !number(maxTop, 0, 1'000'000'000, &maxTopValue) ||
        (parser.isSet(jitter) && !number(jitter, 0, 600'000, &jitterValue)))
        return 2;

    signtraker::sim::SimServer server;
    QString key = parser.value(apiKey);
    if (key.isEmpty())
        key = qEnvironmentVariable("SIGNTRAKER_SIM_API_KEY");
    if (!key.isEmpty())
        server.setApiKey(key);
    server.setLatency(int(latencyValue),
                      jitterValue >= 0 ? int(jitterValue) : int(latencyValue) / 4);
    server.setErrorRate(errorRateValue);
    server.setRateLimit(int(rateLimitValue));
    server.setMaxTop(int(maxTopValue));
    server.setIgnoreSkip(parser.isSet(ignoreSkip));

    if (parser.isSet(data)) {
        QString error;
        if (!server.tenant().attachDataFile(parser.value(data), quint32(seedValue),
                                            int(agentsValue), &error)) {
            err << "signtraker-sim: cannot use " << parser.value(data) << ": " << error << '\n';
            return 1;
        }
    } else {
        server.tenant().generate(quint32(seedValue), int(agentsValue));
    }
    if (parser.isSet(log) && !server.setRequestLog(parser.value(log))) {
        err << "signtraker-sim: cannot open " << parser.value(log) << '\n';
        return 1;
    }
    if (!watchTerminationSignals(app)) {
        err << "signtraker-sim: cannot install signal handlers\n";
        return 1;
    }
    if (!server.listen(quint16(portValue))) {
        err << "signtraker-sim: cannot listen on 127.0.0.1:" << quint16(portValue) << '\n';
        return 1;
    }
    std::printf("listening on %s\n", server.baseUrl().toString().toUtf8().constData());
    std::fflush(stdout);
    return app.exec();
}
