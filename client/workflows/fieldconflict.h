// SPDX-License-Identifier: Apache-2.0
// One member that both the user and somebody else changed since the record was opened: what
// it was, what the server says now and what the user typed. EditSession finds them; the edit
// dialog and undo list them.
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

namespace signtraker {

struct FieldConflict
{
    QString path;  // "Address/City"
    QString label; // "City"
    QJsonValue opened;
    QJsonValue server;
    QJsonValue yours;
    bool keepYours = true; // the user's choice; the server's value otherwise
};

using FieldConflicts = QList<FieldConflict>;

} // namespace signtraker
