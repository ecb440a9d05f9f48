// SPDX-License-Identifier: Apache-2.0
// describeTlsProblems: which sentence each certificate problem becomes, which comes first when
// Qt reports several, and that nothing is said twice. (tst_https sees them from a real server.)
#include "tlsproblem.h"

#include <QSslCertificate>
#include <QTest>

using namespace signtraker;

namespace {

// A certificate for acme.signtraker.test only (EC, made once with openssl for this test).
const char AcmePem[] = "-----BEGIN CERTIFICATE-----\n"
                       "MIIBtjCCAVygAwIBAgIUIqs/4YELFNSecZTs3mRkS/FIi5YwCgYIKoZIzj0EAwIw\n"
                       "HzEdMBsGA1UEAwwUYWNtZS5zaWdudHJha2VyLnRlc3QwIBcNMjYxMjAxMjIwODM2\n"
                       "WhgPMjEyNjExMDcyMjA4MzZaMB8xHTAbBgNVBAMMFGFjbWUuc2lnbnRyYWtlci50\n"
                       "ZXN0MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEwrRP3xKtg4fKpd9RIfAv2cPU\n"
                       "y7mAUk+oIjaYX7bbJTQ11rxgv5oW0lYPp8UsYyxmKg9xeEoy8CLFWPE3pdUBlaN0\n"
                       "MHIwHQYDVR0OBBYEFGfODUAR2UIBxoCl7AmjNs7aJNYSMB8GA1UdIwQYMBaAFGfO\n"
                       "DUAR2UIBxoCl7AmjNs7aJNYSMA8GA1UdEwEB/wQFMAMBAf8wHwYDVR0RBBgwFoIU\n"
                       "YWNtZS5zaWdudHJha2VyLnRlc3QwCgYIKoZIzj0EAwIDSAAwRQIhAIjiYUgdHe68\n"
                       "BJMVYskHJw7CZSoDFQJXRufiu/wRSYxuAiBDqTya/zxIK9P/h96/76SEsgUV9g57\n"
                       "QHVmObQQPi4Dtg==\n"
                       "-----END CERTIFICATE-----\n";

} // namespace

Q_DECLARE_METATYPE(QList<QSslError::SslError>)

class TestTlsProblem : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describe_data();
    void describe();
    void hostNameMismatch_namesBothHosts();
};

void TestTlsProblem::describe_data()
{
    QTest::addColumn<QList<QSslError::SslError>>("errors");
    QTest::addColumn<QString>("expected");
    using E = QSslError;
    const QString untrusted = QStringLiteral(
        "The server's certificate was issued by an authority that this computer does not trust.");
    QTest::newRow("none") << QList<E::SslError>{} << QString();
    QTest::newRow("expired") << QList{E::CertificateExpired}
                             << QStringLiteral("The server's certificate has expired.");
    QTest::newRow("not yet valid")
        << QList{E::CertificateNotYetValid}
        << QStringLiteral("The server's certificate is not valid yet; check this computer's "
                          "clock.");
    QTest::newRow("self-signed")
        << QList{E::SelfSignedCertificate}
        << QStringLiteral("The server's certificate is self-signed, so nothing vouches for it.");
    QTest::newRow("unknown issuer, said twice by Qt")
        << QList{E::UnableToGetLocalIssuerCertificate, E::CertificateUntrusted,
                 E::UnableToVerifyFirstCertificate}
        << untrusted;
    // The date says more than "not trusted", which an expired chain often also gets.
    QTest::newRow("expired first")
        << QList{E::CertificateUntrusted, E::CertificateExpired}
        << QStringLiteral("The server's certificate has expired. ") + untrusted;
    QTest::newRow("revoked") << QList{E::CertificateRevoked}
                             << QStringLiteral("The server's certificate has been revoked.");
}

void TestTlsProblem::describe()
{
    QFETCH(QList<QSslError::SslError>, errors);
    QFETCH(QString, expected);
    QList<QSslError> sslErrors;
    for (const QSslError::SslError error : errors)
        sslErrors << QSslError(error);
    QCOMPARE(describeTlsProblems(sslErrors, QStringLiteral("127.0.0.1")), expected);
}

void TestTlsProblem::hostNameMismatch_namesBothHosts()
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(AcmePem, QSsl::Pem);
    QCOMPARE(certificates.size(), 1);
    const QList<QSslError> errors{QSslError(QSslError::CertificateUntrusted),
                                  QSslError(QSslError::HostNameMismatch, certificates.first())};
    QCOMPARE(describeTlsProblems(errors, QStringLiteral("localhost")),
             QStringLiteral("The server's certificate is for another host name "
                            "(acme.signtraker.test), not for localhost. The server's certificate "
                            "was issued by an authority that this computer does not trust."));
}

QTEST_GUILESS_MAIN(TestTlsProblem)
#include "tst_tlsproblem.moc"
