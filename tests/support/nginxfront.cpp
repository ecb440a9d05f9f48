// SPDX-License-Identifier: Apache-2.0
#include "nginxfront.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace signtraker::test {

namespace {

// Free loopback ports, held together so that they differ; nginx may still lose one to another
// process before it binds, which start() retries.
QList<quint16> freePorts(qsizetype count)
{
    QList<QTcpServer *> servers;
    QList<quint16> ports;
    for (qsizetype i = 0; i < count; ++i) {
        auto *server = new QTcpServer;
        if (server->listen(QHostAddress::LocalHost))
            ports << server->serverPort();
        servers << server;
    }
    qDeleteAll(servers);
    return ports;
}

QString nginxProgram()
{
    // /usr/sbin is not on every user's PATH.
    const QString found = QStandardPaths::findExecutable(QStringLiteral("nginx"));
    if (!found.isEmpty())
        return found;
    return QStandardPaths::findExecutable(QStringLiteral("nginx"),
                                          {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
}

QStringList lines(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(in.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

NginxFront::NginxFront(const TestPki &pki, const QUrl &backend)
    : m_pki(pki)
    , m_backend(backend)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
#ifdef Q_OS_LINUX
    // A suite that crashes or is killed by CTest's timeout must not leave nginx running.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
}

NginxFront::~NginxFront()
{
    stop();
}

void NginxFront::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate(); // SIGTERM: nginx's fast shutdown
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool NginxFront::start(QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary directory: %1").arg(m_dir.errorString());
        return false;
    }
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (startOnce(error))
            return true;
        stop();
    }
    return false;
}

bool NginxFront::startOnce(QString *error)
{
    const QList<quint16> ports = freePorts(TestPki::AllServers.size());
    if (ports.size() != TestPki::AllServers.size()) {
        *error = QStringLiteral("no free loopback ports");
        return false;
    }
    for (qsizetype i = 0; i < ports.size(); ++i)
        m_ports.insert(TestPki::AllServers.at(i), ports.at(i));
    if (!writeConfiguration(error))
        return false;
    const QString program = nginxProgram();
    if (program.isEmpty()) {
        *error = QStringLiteral("nginx is not installed (packaging/debian-deps.sh installs "
                                "nginx-light)");
        return false;
    }
    QFile::remove(path(QStringLiteral("error.log")));
    // -e: the error log before the configuration is read, else Debian's build would use its
    // own default location.
    m_process.start(program, {QStringLiteral("-p"), m_dir.path() + u'/', QStringLiteral("-c"),
                              path(QStringLiteral("nginx.conf")), QStringLiteral("-e"),
                              path(QStringLiteral("error.log"))});
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("nginx did not start: %1").arg(m_process.errorString());
        return false;
    }
    return waitUntilAccepting(error);
}

bool NginxFront::waitUntilAccepting(QString *error)
{
    const QDeadlineTimer deadline(15000);
    for (auto it = m_ports.cbegin(); it != m_ports.cend(); ++it) {
        for (;;) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, it.value());
            if (socket.waitForConnected(1000))
                break;
            // Waiting for nginx to exit is the pause between two tries, and tells why it did.
            if (m_process.waitForFinished(25) || m_process.state() == QProcess::NotRunning ||
                deadline.hasExpired()) {
                *error = QStringLiteral("nginx does not accept connections on port %1: %2 %3")
                             .arg(it.value())
                             .arg(QString::fromLocal8Bit(m_process.readAll()), errorLog());
                return false;
            }
        }
    }
    return true;
}

bool NginxFront::writeConfiguration(QString *error) const
{
    const QString dir = m_dir.path();
    QString servers;
    for (auto it = m_ports.cbegin(); it != m_ports.cend(); ++it) {
        const TestPki::Server server = it.key();
        servers += QStringLiteral(R"(
    server {
        listen 127.0.0.1:%1 ssl http2;
        ssl_certificate %2;
        ssl_certificate_key %3;
        access_log %4/access-%5.log tests;
        location / {
            proxy_pass http://backend;
        }
    }
)")
                       .arg(it.value())
                       .arg(m_pki.certificateFile(server), m_pki.keyFile(server), dir,
                            TestPki::name(server));
    }
    // master_process off: one process, stopped with the QProcess, never a daemon; the temporary
    // paths replace Debian's /var/lib/nginx, which a user cannot write.
    const QString configuration =
        QStringLiteral(R"(daemon off;
master_process off;
worker_processes 1;
pid %1/nginx.pid;
error_log %1/error.log info;
events {
    worker_connections 64;
}
http {
    client_body_temp_path %1/client-body;
    proxy_temp_path %1/proxy;
    fastcgi_temp_path %1/fastcgi;
    uwsgi_temp_path %1/uwsgi;
    scgi_temp_path %1/scgi;
    log_format tests '$request_method $request_uri $server_protocol $status';
    # A kept-alive HTTP/1.1 connection to the backend, as a production front keeps one; whole
    # request bodies first, so that the backend never sees a half create.
    upstream backend {
        server %2;
        keepalive 4;
    }
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_request_buffering on;
%3
}
)")
            .arg(dir, m_backend.host() + u':' + QString::number(m_backend.port()), servers);
    QFile file(path(QStringLiteral("nginx.conf")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(configuration.toUtf8()) < 0) {
        *error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

QUrl NginxFront::baseUrl(TestPki::Server server) const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_ports.value(server));
    return url;
}

QStringList NginxFront::accessLog(TestPki::Server server) const
{
    return lines(path(QStringLiteral("access-%1.log").arg(TestPki::name(server))));
}

QString NginxFront::errorLog() const
{
    return lines(path(QStringLiteral("error.log"))).join(u'\n');
}

} // namespace signtraker::test
