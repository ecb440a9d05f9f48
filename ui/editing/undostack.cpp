// SPDX-License-Identifier: Apache-2.0
#include "undostack.h"

#include "dialogs.h"
#include "icons.h"

#include <QAction>

namespace signtraker::ui {

UndoStack::UndoStack(SignTrakerClient *client, Dialogs *dialogs, QWidget *parentWidget,
                     QObject *parent)
    : QObject(parent)
    , m_history(new UndoHistory(client, this))
    , m_dialogs(dialogs)
    , m_parentWidget(parentWidget)
    , m_action(new QAction(this))
{
    m_action->setObjectName(QStringLiteral("undo"));
    m_action->setShortcut(QKeySequence::Undo);
    m_action->setIcon(Icons::fromTheme(QStringLiteral("edit-undo")));
    connect(m_action, &QAction::triggered, m_history, &UndoHistory::undo);
    connect(m_history, &UndoHistory::stateChanged, this, &UndoStack::updateAction);
    connect(m_history, &UndoHistory::conflictFound, this, &UndoStack::ask);
    connect(m_history, &UndoHistory::undone, this, &UndoStack::undone);
    connect(m_history, &UndoHistory::undoFailed, this, &UndoStack::undoFailed);
    connect(m_history, &UndoHistory::agentUpdated, this, &UndoStack::agentUpdated);
    connect(m_history, &UndoHistory::agentActiveChanged, this, &UndoStack::agentActiveChanged);
    connect(m_history, &UndoHistory::canUndoChanged, this, &UndoStack::canUndoChanged);
    updateAction();
}

void UndoStack::updateAction()
{
    m_action->setText(undoText());
    m_action->setEnabled(canUndo());
}

void UndoStack::ask(const QStringList &lines)
{
    // Yes: put every member back anyway; No: only the ones nobody touched since.
    QPointer<UndoHistory> history(m_history);
    m_dialogs->question(
        m_parentWidget, tr("Changed since your edit"),
        tr("These members were changed on the server after your edit:\n%1\n\nOverwrite them "
           "with the values from before your edit?")
            .arg(lines.join(QLatin1Char('\n'))),
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::No,
        [history](QMessageBox::StandardButton answer) {
            if (!history)
                return;
            history->resolveConflict(answer == QMessageBox::Yes ? UndoHistory::Choice::OverwriteAll
                                     : answer == QMessageBox::No
                                         ? UndoHistory::Choice::OnlyUntouched
                                         : UndoHistory::Choice::Cancel);
        },
        tr("No undoes only the members nobody changed since."));
}

} // namespace signtraker::ui
