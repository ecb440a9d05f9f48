// SPDX-License-Identifier: Apache-2.0
// A request as SimServer received it: for tests to assert what actually went over the wire.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <utility>

namespace signtraker::sim {

struct RecordedRequest
{
    QByteArray method;                        // "GET", "PATCH", ...
    QString path;                             // decoded, e.g. "/api/agents/1001"
    QList<std::pair<QString, QString>> query; // fully decoded, '+' read as a space, in order
    QHash<QByteArray, QByteArray> headers;    // lower-case names
    QByteArray body;                          // exact bytes
    int status = 0;                           // status answered (0 if the connection was closed)
};

} // namespace signtraker::sim

Q_DECLARE_METATYPE(signtraker::sim::RecordedRequest)
