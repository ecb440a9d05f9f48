// SPDX-License-Identifier: Apache-2.0
// Certificates made with openssl at test time, in a temporary directory: a test certificate
// authority, and one server certificate per case a TLS client must get right.
#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace signtraker::test {

class TestPki
{
public:
    enum class Server {
        Valid,       // for 127.0.0.1 and localhost, signed by the test CA
        WrongHost,   // for acme.signtraker.test only, signed by the test CA
        Expired,     // for 127.0.0.1, signed by the test CA, valid in January 2020 only
        SelfSigned,  // for 127.0.0.1, signed by itself
        UntrustedCa, // for 127.0.0.1, signed by a second CA that no one trusts
    };
    static const QList<Server> AllServers;
    static QString name(Server server); // "valid", "wrong-host", ... for files and test rows

    // Runs openssl; false with *error (openssl's own output) when it failed.
    bool generate(QString *error);

    QString directory() const { return m_dir.path(); }
    QString caFile() const; // the test CA's certificate, PEM: what a client is told to trust
    QString certificateFile(Server server) const;
    QString keyFile(Server server) const;

private:
    bool openssl(const QStringList &arguments, QString *error) const;
    QString path(const QString &file) const { return m_dir.filePath(file); }

    QTemporaryDir m_dir;
};

} // namespace signtraker::test
