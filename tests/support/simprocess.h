// SPDX-License-Identifier: Apache-2.0
// The signtraker-sim executable in its own process, as a developer or a benchmark runs it: on a
// free port unless the arguments name one (the executable's --port defaults to 0), its base URL
// read from the "listening on" line, stopped with a signal.
#pragma once

#include <QProcess>
#include <QStringList>
#include <QUrl>

#include <csignal>

namespace signtraker::test {

class SimProcess
{
public:
    // program: the built executable; suites pass $<TARGET_FILE:signtraker-sim> as a definition
    // and depend on that target.
    explicit SimProcess(const QString &program);
    ~SimProcess(); // kills a process still running
    SimProcess(const SimProcess &) = delete;
    SimProcess &operator=(const SimProcess &) = delete;

    // Starts with the environment of the test minus SIGNTRAKER_SIM_API_KEY, set to
    // environmentKey when one is given. Returns http://127.0.0.1:PORT from the listening line,
    // or an empty URL (with a warning naming what the process wrote) if none came.
    QUrl start(const QStringList &arguments, const QString &environmentKey = {});
    // Sends the signal and waits until the process has ended; false if it did not.
    bool stop(int signal = SIGTERM);
    // Runs with these arguments until the process exits by itself (bad usage, a port in use);
    // false if it was still running after timeoutMs.
    bool runToExit(const QStringList &arguments, int timeoutMs = 10000);

    QProcess &process() { return m_process; }

private:
    QProcess m_process;
};

} // namespace signtraker::test
