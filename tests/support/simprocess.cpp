// SPDX-License-Identifier: Apache-2.0
#include "simprocess.h"

#include <QRegularExpression>
#include <QTest>

#include <sys/types.h>

namespace signtraker::test {

SimProcess::SimProcess(const QString &program)
{
    m_process.setProgram(program);
}

SimProcess::~SimProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QUrl SimProcess::start(const QStringList &arguments, const QString &environmentKey)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("SIGNTRAKER_SIM_API_KEY"));
    if (!environmentKey.isEmpty())
        environment.insert(QStringLiteral("SIGNTRAKER_SIM_API_KEY"), environmentKey);
    m_process.setProcessEnvironment(environment);
    m_process.setArguments(arguments);
    m_process.start();
    QByteArray output;
    const bool listening = QTest::qWaitFor(
        [this, &output] {
            output += m_process.readAllStandardOutput();
            return output.contains('\n') || m_process.state() == QProcess::NotRunning;
        },
        20000);
    const QRegularExpression line(
        QStringLiteral("^listening on (http://127\\.0\\.0\\.1:(\\d+))\n$"));
    const auto match = line.match(QString::fromUtf8(output));
    if (!listening || !match.hasMatch()) {
        qWarning("no listening line: %s %s", output.constData(),
                 m_process.readAllStandardError().constData());
        return {};
    }
    if (match.captured(2).toInt() == 0)
        return {};
    return QUrl(match.captured(1));
}

bool SimProcess::stop(int signal)
{
    ::kill(pid_t(m_process.processId()), signal);
    return QTest::qWaitFor([this] { return m_process.state() == QProcess::NotRunning; }, 10000);
}

bool SimProcess::runToExit(const QStringList &arguments, int timeoutMs)
{
    m_process.setArguments(arguments);
    m_process.start();
    return QTest::qWaitFor([this] { return m_process.state() == QProcess::NotRunning; }, timeoutMs);
}

} // namespace signtraker::test
