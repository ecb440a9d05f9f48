// SPDX-License-Identifier: Apache-2.0
// One line of a roster plan: what will be done to which agent, with the values it was planned
// against, and (once applied) how it went.
#pragma once

#include <QJsonObject>
#include <QString>

namespace signtraker {

struct RosterItem
{
    enum class Action { Create, Update, Activate, Deactivate, Unchanged, Error };
    enum class Status { Planned, Done, Skipped, Conflict, Failed, Error };

    int row = 0; // CSV line, 0 = not in the roster
    Action action = Action::Unchanged;
    qint64 id = 0; // 0 = none
    QString email;
    QString name;
    QJsonObject patch;   // Update: minimal merge patch; Create: the new record; else empty
    QJsonObject planned; // the agent as read when planning (empty for Create)
    Status status = Status::Planned;
    QString reason;
    bool included = true;

    // Stable across re-plans of the same roster: action + lower-case e-mail (+ id).
    QString key() const;

    static QString actionName(Action action);
    static QString statusName(Status status);
    // The JSON item of the document: row, action, id, email, patch, status, reason.
    QJsonObject toJson() const;
};

} // namespace signtraker
