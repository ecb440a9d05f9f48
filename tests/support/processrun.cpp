// SPDX-License-Identifier: Apache-2.0
#include "processrun.h"

#include <QProcess>
#include <QSignalSpy>

namespace signtraker::test {

ProcessRun runProcess(const QString &program, const QStringList &arguments,
                      const QProcessEnvironment &environment, const QByteArray &input,
                      int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProgram(program);
    process.setArguments(arguments);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    // Wait with the spy, never waitForFinished(): that would stop the in-process simulator.
    if (!process.waitForStarted(10000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!finished.wait(timeoutMs))
        return {};
    ProcessRun result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QProcessEnvironment isolatedEnvironment(const QString &home)
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home);
    return environment;
}

} // namespace signtraker::test
