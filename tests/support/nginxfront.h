// SPDX-License-Identifier: Apache-2.0
// Debian's nginx-light as a TLS and HTTP/2 front of a loopback HTTP/1.1 server (the simulator),
// as a real tenant sits behind one: one listening port per certificate of a TestPki, all on
// 127.0.0.1. Everything nginx writes stays in a temporary directory; no port 80, no /etc/nginx.
#pragma once

#include "testpki.h"

#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

namespace signtraker::test {

class NginxFront
{
public:
    // backend: http://127.0.0.1:PORT; pki must outlive the front.
    NginxFront(const TestPki &pki, const QUrl &backend);
    ~NginxFront(); // stops nginx

    // Starts nginx and returns once every port accepts connections; false with *error (and
    // nginx's error log) otherwise.
    bool start(QString *error);

    // https://127.0.0.1:PORT, served with that certificate.
    QUrl baseUrl(TestPki::Server server) const;
    // The requests nginx received on that port, one access log line each.
    QStringList accessLog(TestPki::Server server) const;
    QString errorLog() const;

private:
    bool startOnce(QString *error);
    bool writeConfiguration(QString *error) const;
    bool waitUntilAccepting(QString *error);
    void stop();
    QString path(const QString &file) const { return m_dir.filePath(file); }

    const TestPki &m_pki;
    QUrl m_backend;
    QTemporaryDir m_dir;
    QHash<TestPki::Server, quint16> m_ports;
    QProcess m_process;
};

} // namespace signtraker::test
