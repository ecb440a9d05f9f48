// SPDX-License-Identifier: Apache-2.0
#include "testpki.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace signtraker::test {

namespace {

// Extensions of the server certificates, and an `openssl ca` set-up: openssl 3.0's x509 and
// req cannot date a certificate in the past, `openssl ca -startdate/-enddate` can.
const char OpensslConfig[] = R"([req]
distinguished_name = request_name
[request_name]
[ca]
default_ca = test_ca
[test_ca]
database = ca-index.txt
serial = ca-serial
new_certs_dir = .
default_md = sha256
policy = any_name
unique_subject = no
copy_extensions = none
[any_name]
commonName = supplied
[loopback]
subjectAltName = DNS:localhost, IP:127.0.0.1
basicConstraints = CA:FALSE
extendedKeyUsage = serverAuth
[wrong_host]
subjectAltName = DNS:acme.signtraker.test
basicConstraints = CA:FALSE
extendedKeyUsage = serverAuth
[authority]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
)";

// EC keys: made in milliseconds, where RSA keys would cost the suite seconds.
const QStringList NewKey{QStringLiteral("-newkey"), QStringLiteral("ec"),
                         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                         QStringLiteral("-nodes")};

} // namespace

const QList<TestPki::Server> TestPki::AllServers{Server::Valid, Server::WrongHost, Server::Expired,
                                                 Server::SelfSigned, Server::UntrustedCa};

QString TestPki::name(Server server)
{
    switch (server) {
    case Server::Valid:
        return QStringLiteral("valid");
    case Server::WrongHost:
        return QStringLiteral("wrong-host");
    case Server::Expired:
        return QStringLiteral("expired");
    case Server::SelfSigned:
        return QStringLiteral("self-signed");
    case Server::UntrustedCa:
        return QStringLiteral("untrusted-ca");
    }
    return {};
}

QString TestPki::caFile() const
{
    return path(QStringLiteral("ca.pem"));
}

QString TestPki::certificateFile(Server server) const
{
    return path(name(server) + QLatin1String(".pem"));
}

QString TestPki::keyFile(Server server) const
{
    return server == Server::SelfSigned ? path(QStringLiteral("self-signed.key"))
                                        : path(QStringLiteral("server.key"));
}

bool TestPki::openssl(const QStringList &arguments, QString *error) const
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    QString program = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (program.isEmpty())
        program = QStringLiteral("/usr/bin/openssl");
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *error = QStringLiteral("openssl %1 failed (%2): %3")
                     .arg(arguments.join(u' '), process.errorString(),
                          QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

bool TestPki::generate(QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary directory: %1").arg(m_dir.errorString());
        return false;
    }
    QFile config(path(QStringLiteral("openssl.cnf")));
    QFile index(path(QStringLiteral("ca-index.txt")));
    QFile serial(path(QStringLiteral("ca-serial")));
    if (!config.open(QIODevice::WriteOnly) || config.write(OpensslConfig) < 0 ||
        !index.open(QIODevice::WriteOnly) || !serial.open(QIODevice::WriteOnly) ||
        serial.write("1000\n") < 0) {
        *error = QStringLiteral("cannot write the openssl set-up in %1").arg(m_dir.path());
        return false;
    }
    config.close();
    index.close();
    serial.close();

    const QString cnf = QStringLiteral("openssl.cnf");
    auto authority = [&](const QString &file, const QString &subject) {
        return openssl(QStringList{"req", "-x509"} + NewKey +
                           QStringList{"-keyout", file + ".key", "-out", file + ".pem", "-days",
                                       "2", "-subj", subject, "-config", cnf, "-extensions",
                                       "authority"},
                       error);
    };
    auto sign = [&](const QString &ca, const QString &out, const QString &extensions) {
        return openssl({"x509", "-req", "-in", "server.csr", "-CA", ca + ".pem", "-CAkey",
                        ca + ".key", "-set_serial", "2", "-days", "2", "-out", out + ".pem",
                        "-extfile", cnf, "-extensions", extensions},
                       error);
    };
    return authority(QStringLiteral("ca"), QStringLiteral("/CN=SignTraker Test CA")) &&
           authority(QStringLiteral("other-ca"), QStringLiteral("/CN=Nobody's CA")) &&
           openssl(QStringList{"req"} + NewKey +
                       QStringList{"-keyout", "server.key", "-out", "server.csr", "-subj",
                                   "/CN=localhost"},
                   error) &&
           sign(QStringLiteral("ca"), name(Server::Valid), QStringLiteral("loopback")) &&
           sign(QStringLiteral("ca"), name(Server::WrongHost), QStringLiteral("wrong_host")) &&
           sign(QStringLiteral("other-ca"), name(Server::UntrustedCa),
                QStringLiteral("loopback")) &&
           openssl({"ca",
                    "-config",
                    cnf,
                    "-batch",
                    "-notext",
                    "-cert",
                    "ca.pem",
                    "-keyfile",
                    "ca.key",
                    "-in",
                    "server.csr",
                    "-out",
                    name(Server::Expired) + ".pem",
                    "-startdate",
                    "20200101000000Z",
                    "-enddate",
                    "20200201000000Z",
                    "-extfile",
                    cnf,
                    "-extensions",
                    "loopback"},
                   error) &&
           openssl(QStringList{"req", "-x509"} + NewKey +
                       QStringList{"-keyout", "self-signed.key", "-out", "self-signed.pem", "-days",
                                   "2", "-subj", "/CN=localhost", "-config", cnf, "-extensions",
                                   "loopback"},
                   error);
}

} // namespace signtraker::test
