// SPDX-License-Identifier: Apache-2.0
// tests/support/h2server.py as a fixture: an HTTP/2 server on 127.0.0.1 with the TestPki's
// valid certificate that reads each request whole and then drops the connection or sends
// GOAWAY, without ever answering. It records what it read, so a test can count the creates.
#pragma once

#include "testpki.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

namespace signtraker::test {

class H2FaultServer
{
public:
    enum class Mode { Drop, GoAway };

    H2FaultServer(const TestPki &pki, Mode mode);
    ~H2FaultServer(); // stops the server

    // Returns once the server listens; false with *error otherwise.
    bool start(QString *error);

    QUrl baseUrl() const; // https://127.0.0.1:PORT
    // "METHOD /path body-bytes" per request read to its end, written before the server failed
    // it: complete as soon as the client has seen the failure.
    QStringList requests() const;

private:
    const TestPki &m_pki;
    Mode m_mode;
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace signtraker::test
