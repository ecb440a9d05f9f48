// SPDX-License-Identifier: Apache-2.0
#include "editingactions.h"

#include "agenteditdialog.h"
#include "bulkactivation.h"
#include "bulkactivationdialog.h"
#include "bulkedit.h"
#include "bulkeditdialog.h"
#include "changelog.h"
#include "changelogdock.h"
#include "changeset.h"
#include "dialogs.h"
#include "icons.h"
#include "referencelists.h"
#include "undostack.h"

#include "agent.h"
#include "signtrakerclient.h"

#include <QAction>
#include <QSet>
#include <QWidget>

#include <memory>

namespace signtraker::ui {

EditingActions::EditingActions(SignTrakerClient *client, Dialogs *dialogs, QWidget *window,
                               QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_dialogs(dialogs)
    , m_window(window)
    , m_log(new ChangeLog(this))
    , m_dock(new ChangeLogDock(m_log, dialogs, window))
    , m_undo(new UndoStack(client, dialogs, window, this))
    , m_edit(new QAction(Icons::fromTheme(QStringLiteral("document-edit")), tr("&Edit…"), this))
    , m_create(
          new QAction(Icons::fromTheme(QStringLiteral("contact-new")), tr("&New agent…"), this))
    , m_activate(
          new QAction(Icons::fromTheme(QStringLiteral("user-available")), tr("&Activate"), this))
    , m_deactivate(
          new QAction(Icons::fromTheme(QStringLiteral("user-offline")), tr("&Deactivate…"), this))
    , m_bulkEdit(new QAction(Icons::fromTheme(QStringLiteral("document-edit")),
                             tr("Edit &Selected…"), this))
{
    m_dock->hide();
    m_bulkEdit->setObjectName(QStringLiteral("bulkEditAgents"));
    m_bulkEdit->setToolTip(tr("Make the same change to every selected agent"));
    m_edit->setObjectName(QStringLiteral("editAgent"));
    m_edit->setToolTip(tr("Edit the selected agent (Enter)"));
    m_create->setObjectName(QStringLiteral("createAgent"));
    m_create->setShortcut(QKeySequence::New);
    m_activate->setObjectName(QStringLiteral("activateAgents"));
    m_activate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_deactivate->setObjectName(QStringLiteral("deactivateAgents"));
    m_deactivate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    changeLogAction()->setObjectName(QStringLiteral("showChangeLog"));
    changeLogAction()->setText(tr("Change &log"));

    connect(m_edit, &QAction::triggered, this, &EditingActions::editSelected);
    connect(m_create, &QAction::triggered, this, &EditingActions::createAgent);
    connect(m_activate, &QAction::triggered, this, &EditingActions::activateSelected);
    connect(m_deactivate, &QAction::triggered, this, &EditingActions::deactivateSelected);
    connect(m_bulkEdit, &QAction::triggered, this, &EditingActions::bulkEditSelected);

    connect(m_undo, &UndoStack::undone, this, &EditingActions::record);
    connect(m_undo, &UndoStack::agentUpdated, this, &EditingActions::agentUpdated);
    connect(m_undo, &UndoStack::agentActiveChanged, this, &EditingActions::agentActiveChanged);
    connect(m_undo, &UndoStack::undoFailed, this, &EditingActions::message);
    selectionChanged();
}

EditingActions::~EditingActions() = default;

QAction *EditingActions::undoAction() const
{
    return m_undo->undoAction();
}

QAction *EditingActions::changeLogAction() const
{
    return m_dock->toggleViewAction();
}

void EditingActions::setSelectionProvider(SelectionProvider selection)
{
    m_selection = std::move(selection);
    selectionChanged();
}

QList<QObject *> EditingActions::setClient(SignTrakerClient *client)
{
    QList<QObject *> stillUsing;
    if (client == m_client)
        return stillUsing;
    for (const QPointer<QObject> &work : std::as_const(m_work)) {
        if (QObject *object = work.data()) {
            object->disconnect(this);
            stillUsing.append(object);
        }
    }
    m_work.clear();
    m_editors.clear();
    m_client = client;
    m_undo->setClient(client);
    selectionChanged();
    return stillUsing;
}

void EditingActions::track(QObject *work)
{
    m_work.removeIf([](const QPointer<QObject> &object) { return object.isNull(); });
    m_work.append(work);
}

QList<QJsonObject> EditingActions::selection() const
{
    return m_selection ? m_selection() : QList<QJsonObject>();
}

void EditingActions::selectionChanged()
{
    const QList<QJsonObject> selected = selection();
    m_edit->setEnabled(selected.size() == 1);
    m_bulkEdit->setEnabled(m_client && selected.size() > 1);
    m_activate->setEnabled(
        !BulkActivation::wouldChange(selected, BulkActivation::Action::Activate).isEmpty());
    m_deactivate->setEnabled(
        !BulkActivation::wouldChange(selected, BulkActivation::Action::Deactivate).isEmpty());
}

void EditingActions::record(const ChangeSet &change)
{
    m_log->record(change);
}

AgentEditDialog *EditingActions::editAgent(qint64 id)
{
    if (AgentEditDialog *open = m_editors.value(id)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *dialog = new AgentEditDialog(m_client, ReferenceLists::of(m_client), m_dialogs,
                                       AgentEditDialog::Mode::Edit, id, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_editors.insert(id, dialog);
    track(dialog);
    connect(dialog, &QObject::destroyed, this, [this, id] { m_editors.remove(id); });
    connect(dialog, &AgentEditDialog::changeMade, this, [this](const ChangeSet &change) {
        record(change);
        m_undo->push(change);
    });
    connect(dialog, &AgentEditDialog::saved, this, &EditingActions::agentUpdated);
    dialog->start();
    dialog->show();
    return dialog;
}

AgentEditDialog *EditingActions::createAgent()
{
    auto *dialog = new AgentEditDialog(m_client, ReferenceLists::of(m_client), m_dialogs,
                                       AgentEditDialog::Mode::Create, 0, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    track(dialog);
    connect(dialog, &AgentEditDialog::changeMade, this, &EditingActions::record);
    connect(dialog, &AgentEditDialog::created, this, &EditingActions::agentCreated);
    connect(dialog, &AgentEditDialog::notice, this, &EditingActions::message);
    connect(dialog, &AgentEditDialog::openAgentRequested, this, &EditingActions::editAgent);
    dialog->start();
    dialog->show();
    return dialog;
}

void EditingActions::editSelected()
{
    const QList<QJsonObject> selected = selection();
    if (selected.size() == 1)
        editAgent(Agent(selected.first()).id());
}

void EditingActions::activateSelected()
{
    const QList<QJsonObject> agents =
        BulkActivation::wouldChange(selection(), BulkActivation::Action::Activate);
    if (!agents.isEmpty())
        setActive(agents, true);
}

void EditingActions::deactivateSelected()
{
    const QList<QJsonObject> agents =
        BulkActivation::wouldChange(selection(), BulkActivation::Action::Deactivate);
    if (agents.isEmpty())
        return;
    QPointer<EditingActions> self(this);
    // Answered after a profile switch, the Ids would name other agents of the next tenant.
    QPointer<SignTrakerClient> asked(m_client);
    BulkActivation::confirmDeactivation(m_dialogs, m_window, agents,
                                        [self, agents, asked](bool yes) {
                                            if (self && yes && asked && asked == self->m_client)
                                                self->setActive(agents, false);
                                        });
}

BulkRunner *EditingActions::setActive(const QList<QJsonObject> &agents, bool active)
{
    const auto action =
        active ? BulkActivation::Action::Activate : BulkActivation::Action::Deactivate;
    BulkRunner *run = BulkActivation::runner(m_client, agents, action, this);
    auto *dialog = new BulkActivationDialog(run, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    track(run); // destroyed after its dialog
    track(dialog);
    // The run lives as long as its dialog: Retry failed needs it.
    connect(dialog, &QObject::destroyed, run, &QObject::deleteLater);
    connect(run, &BulkRunner::itemChanged, this, [this, run, active](int index) {
        if (run->results().at(index).outcome == BulkRunner::Outcome::Done)
            Q_EMIT agentActiveChanged(run->items().at(index).id, !active);
    });
    // Each pass (the first, then every Retry failed) is one change in the log and one undo.
    auto reported = std::make_shared<QSet<qint64>>();
    connect(run, &BulkRunner::finished, this, [this, run, active, reported] {
        ChangeSet change;
        change.kind = active ? ChangeSet::Kind::Activate : ChangeSet::Kind::Deactivate;
        change.time = QDateTime::currentDateTime();
        for (int index = 0; index < run->total(); ++index) {
            const BulkRunner::Item &item = run->items().at(index);
            if (run->results().at(index).outcome == BulkRunner::Outcome::Done &&
                !reported->contains(item.id)) {
                reported->insert(item.id);
                change.agentIds.append(item.id);
                change.agentNames.append(item.label);
            }
        }
        if (change.agentIds.isEmpty())
            return;
        record(change);
        m_undo->push(change);
    });
    dialog->show();
    run->start();
    return run;
}

} // namespace signtraker::ui

namespace signtraker::ui {

BulkEditDialog *EditingActions::bulkEditSelected()
{
    const QList<QJsonObject> selected = selection();
    if (selected.size() < 2 || !m_client)
        return nullptr;
    // The edit outlives its dialog: the progress dialog of the run shows it afterwards.
    auto *edit = new BulkEdit(m_client, selected, BulkRunner::DefaultMaxInFlight, this);
    auto *dialog = new BulkEditDialog(m_client, edit, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    track(edit);
    track(dialog);
    connect(dialog, &BulkEditDialog::applied, this,
            [this, edit](BulkRunner *run) { startBulkEdit(edit, run); });
    connect(dialog, &QObject::destroyed, edit, [edit] {
        if (!edit->writer())
            edit->deleteLater();
    });
    dialog->start();
    dialog->show();
    return dialog;
}

void EditingActions::startBulkEdit(BulkEdit *edit, BulkRunner *run)
{
    auto *progress = new BulkActivationDialog(run, m_window);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    track(progress);
    connect(progress, &QObject::destroyed, edit, &QObject::deleteLater);
    connect(run, &BulkRunner::itemChanged, this, [this, run](int index) {
        const BulkRunner::Result &result = run->results().at(index);
        if (result.outcome == BulkRunner::Outcome::Done && result.payload.isObject() &&
            Agent(result.payload.toObject()).id() != 0)
            Q_EMIT agentUpdated(result.payload.toObject());
    });
    // Each pass (the first, then every Retry failed) is one change in the log and one undo.
    auto reported = std::make_shared<QSet<qint64>>();
    connect(run, &BulkRunner::finished, this, [this, run, reported] {
        QList<ChangeSet::AgentEdit> edits;
        for (const ChangeSet::AgentEdit &edit : BulkEdit::editsOf(run)) {
            const qint64 id = Agent(edit.after).id();
            if (!reported->contains(id)) {
                reported->insert(id);
                edits.append(edit);
            }
        }
        if (edits.isEmpty())
            return;
        const ChangeSet change = ChangeSet::bulkEdit(edits);
        record(change);
        m_undo->push(change);
    });
    progress->show();
    Q_EMIT bulkEditStarted(run);
    run->start();
}

} // namespace signtraker::ui
