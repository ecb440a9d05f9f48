// SPDX-License-Identifier: Apache-2.0
// Undo (Ctrl+Z) in the window: a thin wrapper of the widget-free UndoHistory that gives it an
// action named after the change it would undo, values shown as the form shows them, and the
// question when members were changed on the server since the edit.
#pragma once

#include "changeset.h"
#include "undohistory.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

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

    UndoHistory *history() const { return m_history; }
    void setClient(SignTrakerClient *client) { m_history->setClient(client); }
    void push(const ChangeSet &change) { m_history->push(change); }
    int count() const { return m_history->count(); }
    bool canUndo() const { return m_history->canUndo(); }
    bool isBusy() const { return m_history->isBusy(); }
    QString undoText() const { return m_history->undoText(); }
    // Ctrl+Z; enabled and named after the change it would undo.
    QAction *undoAction() const { return m_action; }

public Q_SLOTS:
    void undo() { m_history->undo(); }

Q_SIGNALS:
    void undone(const signtraker::ChangeSet &change);
    void undoFailed(const QString &message);
    void agentUpdated(const QJsonObject &record);
    void agentActiveChanged(qint64 id, bool isInactive);
    void canUndoChanged(bool canUndo);

private:
    void ask(const QStringList &lines);
    void updateAction();

    UndoHistory *m_history;
    Dialogs *m_dialogs;
    QPointer<QWidget> m_parentWidget;
    QAction *m_action;
};

} // namespace signtraker::ui
