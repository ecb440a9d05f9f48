// SPDX-License-Identifier: Apache-2.0
// Undo of the changes made in this run, last first, without widgets: the window wraps it in an
// action (Ctrl+Z) and asks its questions. An edit is undone by sending the inverse patch,
// limited to the members that edit changed, after checking that nobody changed those members on
// the server since; when someone did, conflictFound() asks the owner, who answers with
// resolveConflict(). A bulk edit is undone agent by agent through checked patches: an agent
// changed since is left as it is and stays undoable. An activation or deactivation is undone by
// the opposite action. Creates are not undoable: the service has no delete.
#pragma once

#include "apicall.h"
#include "bulkrunner.h"
#include "changes.h"

#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

namespace signtraker {

class SignTrakerClient;

class UndoHistory : public QObject
{
    Q_OBJECT

public:
    using Formatter = std::function<QString(const QJsonValue &)>;
    // The answer to conflictFound().
    enum class Choice {
        OverwriteAll,  // put every member back, also those changed since
        OnlyUntouched, // put back only the members nobody changed since
        Cancel,        // undo nothing
    };

    explicit UndoHistory(SignTrakerClient *client, QObject *parent = nullptr);
    ~UndoHistory() override;

    // How member values appear in conflictFound()'s lines; AgentSchema::displayText by default.
    void setFormatter(Formatter formatter);
    // Another tenant: the changes of the previous one cannot be undone through this client, so
    // they are forgotten (an undo in flight is cancelled, a pending question dropped).
    void setClient(SignTrakerClient *client);

    // Creates are ignored (nothing to undo them with).
    void push(const ChangeSet &change);
    int count() const { return int(m_changes.size()); }
    // The change undo() would revert; nullptr when there is none.
    const ChangeSet *next() const
    {
        return m_changes.isEmpty() ? nullptr : &m_changes.last().change;
    }
    bool canUndo() const { return !m_changes.isEmpty() && !isBusy(); }
    // Reading, sending, or waiting for resolveConflict().
    bool isBusy() const { return m_call || m_bulk || m_pending; }
    // "Undo edit of Doe, Jane", "Undo deactivation of 3 agents", "Undo edit of 40 agents".
    QString undoText() const;

public Q_SLOTS:
    void undo();
    // The owner's answer to the last conflictFound().
    void resolveConflict(signtraker::UndoHistory::Choice choice);

Q_SIGNALS:
    // Members of the edit being undone were changed on the server since: one line per member
    // ("City: now X (your edit made it Y, before it was Z)"). Nothing is sent until
    // resolveConflict().
    void conflictFound(const QStringList &lines);
    // An undo was applied on the service: the change it made, for the change log.
    void undone(const signtraker::ChangeSet &change);
    void undoFailed(const QString &message);
    void agentUpdated(const QJsonObject &record);
    void agentActiveChanged(qint64 id, bool isInactive);
    // canUndo(), isBusy(), count() or undoText() may have changed.
    void stateChanged();
    void canUndoChanged(bool canUndo);

private:
    // A change on the stack, with a number of its own: an undo in flight finishes on the entry
    // it started from, wherever that is by then (more changes may have been pushed meanwhile).
    struct Entry
    {
        quint64 serial = 0;
        ChangeSet change;
    };
    struct Pending
    {
        Entry entry;
        QJsonObject server;
        QStringList paths;
        QStringList untouched;
    };

    void undoEdit(const Entry &entry);
    void onRead(const Entry &entry, const ApiResult &result);
    void sendInverse(const Entry &entry, const QJsonObject &server, const QStringList &paths);
    void undoActivation(const Entry &entry);
    void onActivationUndone(const Entry &entry, BulkRunner *run);
    void undoBulkEdit(const Entry &entry);
    void onBulkEditUndone(const Entry &entry, BulkRunner *run);
    void startBulk(BulkRunner *run);
    // Removes the entry, or puts what is left of it in its place.
    void settle(quint64 serial, const std::optional<ChangeSet> &remaining = std::nullopt);
    void notify();

    SignTrakerClient *m_client;
    Formatter m_format;
    QList<Entry> m_changes;
    quint64 m_nextSerial = 1;
    QPointer<ApiCall> m_call;
    QPointer<BulkRunner> m_bulk;
    std::optional<Pending> m_pending;
};

} // namespace signtraker
