// SPDX-License-Identifier: Apache-2.0
#include "h2faultserver.h"

#include <QDeadlineTimer>
#include <QFile>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace signtraker::test {

H2FaultServer::H2FaultServer(const TestPki &pki, Mode mode)
    : m_pki(pki)
    , m_mode(mode)
{
#ifdef Q_OS_LINUX
    // A suite that crashes or is killed by CTest's timeout must not leave the server running.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
}

H2FaultServer::~H2FaultServer()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

bool H2FaultServer::start(QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary directory: %1").arg(m_dir.errorString());
        return false;
    }
    // Debian's interpreter: a python3 earlier on PATH may lack python3-h2.
    m_process.start(QStringLiteral("/usr/bin/python3"),
                    {QStringLiteral(SIGNTRAKER_H2SERVER_PY), QStringLiteral("--cert"),
                     m_pki.certificateFile(TestPki::Server::Valid), QStringLiteral("--key"),
                     m_pki.keyFile(TestPki::Server::Valid), QStringLiteral("--log"),
                     m_dir.filePath(QStringLiteral("requests.log")), QStringLiteral("--mode"),
                     m_mode == Mode::Drop ? QStringLiteral("drop") : QStringLiteral("goaway")});
    const QDeadlineTimer deadline(15000);
    while (!m_process.canReadLine() && m_process.state() != QProcess::NotRunning &&
           !deadline.hasExpired())
        m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
    const QByteArray line = m_process.readLine().trimmed();
    if (!line.startsWith("PORT ")) {
        *error = QStringLiteral("h2server.py did not start (%1): %2 %3")
                     .arg(m_process.errorString(), QString::fromUtf8(line),
                          QString::fromLocal8Bit(m_process.readAllStandardError()));
        return false;
    }
    m_port = quint16(line.mid(5).toUInt());
    return m_port != 0;
}

QUrl H2FaultServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QStringList H2FaultServer::requests() const
{
    QFile log(m_dir.filePath(QStringLiteral("requests.log")));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(log.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace signtraker::test
