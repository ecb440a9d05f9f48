// SPDX-License-Identifier: Apache-2.0
// What went wrong with a server's certificate, in plain words: QSslError's own texts speak of
// issuers and chains, a user needs to know whether the server is misconfigured or not trusted.
#pragma once

#include <QList>
#include <QSslError>
#include <QString>

namespace signtraker {

// One sentence per distinct problem, most telling first; host is the name the client asked
// for. Empty when errors is empty.
QString describeTlsProblems(const QList<QSslError> &errors, const QString &host);

} // namespace signtraker
