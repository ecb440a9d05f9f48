#include "editingactions.h"

#include "agenteditdialog.h"
#include "bulkactivation.h"
#include "bulkactivationdialog.h"
#include "changelog.h"
#include "changelogdock.h"
#include "changeset.h"
#include "dialogs.h"
#include "icons.h"
#include "undostack.h"

#include "agent.h"
#include "signtrakerclient.h"

#include <QAction>
#include <QWidget>

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
{
    m_dock->hide();
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
    auto *dialog =
        new AgentEditDialog(m_client, m_dialogs, AgentEditDialog::Mode::Edit, id, m_window);
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
    auto *dialog =
        new AgentEditDialog(m_client, m_dialogs, AgentEditDialog::Mode::Create, 0, m_window);
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
