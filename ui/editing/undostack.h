// Undo (Ctrl+Z) of the changes made in this run, last first. An edit is undone by sending the
// inverse patch, limited to the members that edit changed, after checking that nobody changed
// those members on the server since; an activation or deactivation by the opposite action.
// Creates are logged but not undoable: the service has no delete.
#pragma once

#include "apicall.h"
#include "bulkrunner.h"
#include "changeset.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class QAction;

namespace signtraker {
class SignTrakerClient;
} // namespace signtraker

namespace signtraker::ui {

class Dialogs;

class UndoStack : public QObject
{
    Q_OBJECT

public:
    // parentWidget: where the questions of the conflict check appear.
    UndoStack(SignTrakerClient *client, Dialogs *dialogs, QWidget *parentWidget,
              QObject *parent = nullptr);
    ~UndoStack() override;

    // Another tenant: the changes of the previous one cannot be undone through this client, so
    // they are forgotten (an undo in flight is cancelled).
    void setClient(SignTrakerClient *client);

    // Creates are ignored (nothing to undo them with).
    void push(const ChangeSet &change);
    int count() const { return int(m_changes.size()); }
    bool canUndo() const { return !m_changes.isEmpty() && !isBusy(); }
    bool isBusy() const { return m_call || m_bulk; }
    // "Undo edit of Doe, Jane", "Undo deactivation of 3 agents".
    QString undoText() const;
    // Ctrl+Z; enabled and named after the change it would undo.
    QAction *undoAction() const { return m_action; }

public Q_SLOTS:
    void undo();

Q_SIGNALS:
    // An undo was applied on the service: the change it made, for the change log.
    void undone(const signtraker::ui::ChangeSet &change);
    void undoFailed(const QString &message);
    void agentUpdated(const QJsonObject &record);
    void agentActiveChanged(qint64 id, bool isInactive);
    void canUndoChanged(bool canUndo);

private:
    // A change on the stack, with a number of its own: an undo in flight finishes on the entry
    // it started from, wherever that is by then (more changes may have been pushed meanwhile).
    struct Entry
    {
        quint64 serial = 0;
        ChangeSet change;
    };

    void undoEdit(const Entry &entry);
    void onRead(const Entry &entry, const ApiResult &result);
    void sendInverse(const Entry &entry, const QJsonObject &server, const QStringList &paths);
    void undoActivation(const Entry &entry);
    void onActivationUndone(const Entry &entry, BulkRunner *run);
    // Removes the entry, or puts what is left of it in its place.
    void settle(quint64 serial, const std::optional<ChangeSet> &remaining = std::nullopt);
    void updateAction();

    SignTrakerClient *m_client;
    Dialogs *m_dialogs;
    QPointer<QWidget> m_parentWidget;
    QList<Entry> m_changes;
    quint64 m_nextSerial = 1;
    QPointer<ApiCall> m_call;
    QPointer<BulkRunner> m_bulk;
    QAction *m_action;
};

} // namespace signtraker::ui
