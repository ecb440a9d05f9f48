// SPDX-License-Identifier: Apache-2.0
// Everything the main window needs for writes, behind one object: the actions (Edit, New agent
// Ctrl+N, Activate Ctrl+Shift+A, Deactivate Ctrl+Shift+D, Edit Selected…, Undo Ctrl+Z, Change
// log), the dialogs they open, the change log and its dock, and undo. The main window supplies the
// selection and applies the signals to its rows.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QWidget;

namespace signtraker {
class BulkEdit;
class BulkRunner;
class ChangeLog;
struct ChangeSet;
class SignTrakerClient;
} // namespace signtraker

namespace signtraker::ui {

class AgentEditDialog;
class BulkEditDialog;
class ChangeLogDock;
class Dialogs;
class UndoStack;

class EditingActions : public QObject
{
    Q_OBJECT

public:
    // The selected rows as the table holds them (Id and IsInactive at least; names for texts).
    using SelectionProvider = std::function<QList<QJsonObject>()>;

    // window: the parent of the dialogs and the dock.
    EditingActions(SignTrakerClient *client, Dialogs *dialogs, QWidget *window,
                   QObject *parent = nullptr);
    ~EditingActions() override;

    void setSelectionProvider(SelectionProvider selection);

    // Another tenant (the window switched profiles). Later dialogs and runs use client; the undo
    // history of the previous tenant is forgotten. Dialogs and runs still open no longer report
    // to the rows (an Id of one tenant is another agent in the next). Returns them, for the
    // caller to close before the previous client goes.
    QList<QObject *> setClient(SignTrakerClient *client);
    SignTrakerClient *client() const { return m_client; }

    QAction *editAction() const { return m_edit; }
    QAction *createAction() const { return m_create; }
    QAction *activateAction() const { return m_activate; }
    QAction *deactivateAction() const { return m_deactivate; }
    // The same change to every selected agent (two or more).
    QAction *bulkEditAction() const { return m_bulkEdit; }
    QAction *undoAction() const;
    // Shows and hides the change-log dock.
    QAction *changeLogAction() const;

    ChangeLog *changeLog() const { return m_log; }
    ChangeLogDock *changeLogDock() const { return m_dock; }
    UndoStack *undoStack() const { return m_undo; }

public Q_SLOTS:
    // Enables the actions for the current selection: Activate only where an agent is inactive,
    // Deactivate only where one is active, Edit for exactly one.
    void selectionChanged();
    // Opens (or raises) the editor of an agent: for Enter and double-click on a row.
    AgentEditDialog *editAgent(qint64 id);
    AgentEditDialog *createAgent();
    void editSelected();
    void activateSelected();
    // Asks first, naming the agents.
    void deactivateSelected();
    // Without asking: the run, whose dialog is shown.
    BulkRunner *setActive(const QList<QJsonObject> &agents, bool active);
    // Opens the bulk edit dialog for the selected agents (reading them first).
    BulkEditDialog *bulkEditSelected();

Q_SIGNALS:
    // A record changed on the service (edit saved, edit undone): update that row in place.
    void agentUpdated(const QJsonObject &record);
    // A new agent: show and select it.
    void agentCreated(const QJsonObject &record);
    // Activated or deactivated (also by undo): update that row's status in place.
    void agentActiveChanged(qint64 id, bool isInactive);
    // For the status bar: undo failures and the like.
    void message(const QString &text);
    // A bulk edit was applied: its run, shown in a progress dialog (for tests and the status).
    void bulkEditStarted(signtraker::BulkRunner *run);

private:
    void record(const ChangeSet &change);
    QList<QJsonObject> selection() const;
    void track(QObject *work);
    void startBulkEdit(BulkEdit *edit, BulkRunner *run);

    SignTrakerClient *m_client;
    Dialogs *m_dialogs;
    QPointer<QWidget> m_window;
    SelectionProvider m_selection;
    ChangeLog *m_log;
    ChangeLogDock *m_dock;
    UndoStack *m_undo;
    QHash<qint64, QPointer<AgentEditDialog>> m_editors;
    // Every dialog and run that uses m_client, for setClient().
    QList<QPointer<QObject>> m_work;
    QAction *m_edit;
    QAction *m_create;
    QAction *m_activate;
    QAction *m_deactivate;
    QAction *m_bulkEdit;
};

} // namespace signtraker::ui
