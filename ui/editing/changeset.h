// One change this application made on the service: an edit (the record before, the patch
// sent, the record the service answered), a create, or activations/deactivations of agents.
// The change log lists them; the undo stack reverts them.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace signtraker::ui {

struct ChangeSet
{
    enum class Kind { Edit, Create, Activate, Deactivate };

    Kind kind = Kind::Edit;
    QDateTime time;

    // Edit and Create: one agent. before is {} for a create.
    QJsonObject before;
    QJsonObject patch;
    QJsonObject after;

    // Activate and Deactivate: the agents whose state changed, and what each was called.
    QList<qint64> agentIds;
    QStringList agentNames;

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
};

} // namespace signtraker::ui
