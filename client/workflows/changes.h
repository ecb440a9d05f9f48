// SPDX-License-Identifier: Apache-2.0
// One change this application made on the service: an edit (the record before, the patch
// sent, the record the service answered), a create, activations/deactivations of agents, or
// the same merge patch applied to many agents. The change log lists them; the undo history
// reverts them. Widget-free, so that the window and tests under QCoreApplication share it.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace signtraker {

struct ChangeSet
{
    enum class Kind { Edit, Create, Activate, Deactivate, BulkEdit };

    // One agent's edit: what the service held just before, the merge patch, what it answered.
    struct AgentEdit
    {
        QJsonObject before;
        QJsonObject patch;
        QJsonObject after;
    };

    Kind kind = Kind::Edit;
    QDateTime time;

    // Edit and Create: one agent. before is {} for a create.
    QJsonObject before;
    QJsonObject patch;
    QJsonObject after;

    // Activate and Deactivate: the agents whose state changed, and what each was called.
    QList<qint64> agentIds;
    QStringList agentNames;

    // BulkEdit: one edit per agent that was changed, in the order they were given.
    QList<AgentEdit> edits;

    bool isActivation() const { return kind == Kind::Activate || kind == Kind::Deactivate; }

    // An edit made now: the record before, the merge patch sent, the record after.
    static ChangeSet edit(const QJsonObject &before, const QJsonObject &patch,
                          const QJsonObject &after)
    {
        ChangeSet change;
        change.kind = Kind::Edit;
        change.time = QDateTime::currentDateTime();
        change.before = before;
        change.patch = patch;
        change.after = after;
        return change;
    }

    // Many edits made now, as one change (one undo, one block in the log).
    static ChangeSet bulkEdit(const QList<AgentEdit> &edits)
    {
        ChangeSet change;
        change.kind = Kind::BulkEdit;
        change.time = QDateTime::currentDateTime();
        change.edits = edits;
        return change;
    }
};

} // namespace signtraker
