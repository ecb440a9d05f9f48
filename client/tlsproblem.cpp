// SPDX-License-Identifier: Apache-2.0
#include "tlsproblem.h"

#include <QCoreApplication>
#include <QSslCertificate>

#include <algorithm>

namespace signtraker {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("signtraker::TlsProblem", text);
}

// Lower is shown first: a wrong host name or a date says more than "not trusted", which
// often follows from them.
int rank(QSslError::SslError error)
{
    switch (error) {
    case QSslError::HostNameMismatch:
        return 0;
    case QSslError::CertificateExpired:
    case QSslError::CertificateNotYetValid:
    case QSslError::CertificateRevoked:
        return 1;
    default:
        return 2;
    }
}

QString hostNames(const QSslCertificate &certificate)
{
    QStringList names;
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it) {
        if (!names.contains(it.value()))
            names << it.value();
    }
    if (names.isEmpty())
        names = certificate.subjectInfo(QSslCertificate::CommonName);
    return names.join(QLatin1String(", "));
}

QString describe(const QSslError &error, const QString &host)
{
    switch (error.error()) {
    case QSslError::HostNameMismatch: {
        const QString names = hostNames(error.certificate());
        if (names.isEmpty())
            return tr("The server's certificate is for another host name, not for %1.").arg(host);
        return tr("The server's certificate is for another host name (%1), not for %2.")
            .arg(names, host);
    }
    case QSslError::CertificateExpired:
        return tr("The server's certificate has expired.");
    case QSslError::CertificateNotYetValid:
        return tr("The server's certificate is not valid yet; check this computer's clock.");
    case QSslError::CertificateRevoked:
        return tr("The server's certificate has been revoked.");
    case QSslError::SelfSignedCertificate:
        return tr("The server's certificate is self-signed, so nothing vouches for it.");
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return tr("The server's certificate was issued by an authority that this computer does "
                  "not trust.");
    case QSslError::NoPeerCertificate:
        return tr("The server sent no certificate.");
    default:
        break;
    }
    QString text = error.errorString().trimmed();
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('.')))
        text += QLatin1Char('.');
    return text;
}

} // namespace

QString describeTlsProblems(const QList<QSslError> &errors, const QString &host)
{
    QList<QSslError> sorted = errors;
    std::stable_sort(sorted.begin(), sorted.end(), [](const QSslError &a, const QSslError &b) {
        return rank(a.error()) < rank(b.error());
    });
    QStringList sentences;
    for (const QSslError &error : std::as_const(sorted)) {
        const QString sentence = describe(error, host);
        if (!sentence.isEmpty() && !sentences.contains(sentence))
            sentences << sentence;
    }
    return sentences.join(QLatin1Char(' '));
}

} // namespace signtraker
