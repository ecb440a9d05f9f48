#include "undostack.h"

#include "agentform.h"
#include "bulkactivation.h"
#include "dialogs.h"
#include "icons.h"
#include "patchpaths.h"

#include "agent.h"
#include "mergepatch.h"
#include "signtrakerclient.h"

#include <QAction>

namespace signtraker::ui {

UndoStack::UndoStack(SignTrakerClient *client, Dialogs *dialogs, QWidget *parentWidget,
                     QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_dialogs(dialogs)
    , m_parentWidget(parentWidget)
    , m_action(new QAction(this))
{
    m_action->setObjectName(QStringLiteral("undo"));
    m_action->setShortcut(QKeySequence::Undo);
    m_action->setIcon(Icons::fromTheme(QStringLiteral("edit-undo")));
    connect(m_action, &QAction::triggered, this, &UndoStack::undo);
    updateAction();
}

UndoStack::~UndoStack()
{
    if (m_call)
        m_call->cancel();
}

void UndoStack::setClient(SignTrakerClient *client)
{
    if (client == m_client)
        return;
    if (ApiCall *call = m_call.data()) {
        m_call = nullptr;
        call->disconnect(this); // no "nothing was undone" for a change that is forgotten
        call->cancel();
    }
    if (BulkActivation *bulk = m_bulk.data()) {
        m_bulk = nullptr;
        bulk->disconnect(this);
        bulk->deleteLater();
    }
    m_changes.clear();
    m_client = client;
    updateAction();
}

void UndoStack::push(const ChangeSet &change)
{
    if (change.kind == ChangeSet::Kind::Create)
        return;
    if (change.isActivation() && change.agentIds.isEmpty())
        return;
    m_changes.append(change);
    updateAction();
}

QString UndoStack::undoText() const
{
    if (m_changes.isEmpty())
        return tr("Undo");
    const ChangeSet &change = m_changes.last();
    switch (change.kind) {
    case ChangeSet::Kind::Edit:
        return tr("Undo edit of %1").arg(Agent(change.after).displayName());
    case ChangeSet::Kind::Activate:
        return change.agentIds.size() == 1
                   ? tr("Undo activation of %1").arg(change.agentNames.value(0))
                   : tr("Undo activation of %n agents", nullptr, int(change.agentIds.size()));
    case ChangeSet::Kind::Deactivate:
        return change.agentIds.size() == 1
                   ? tr("Undo deactivation of %1").arg(change.agentNames.value(0))
                   : tr("Undo deactivation of %n agents", nullptr, int(change.agentIds.size()));
    case ChangeSet::Kind::Create:
        break;
    }
    return tr("Undo");
}

void UndoStack::updateAction()
{
    m_action->setText(undoText());
    m_action->setEnabled(canUndo());
    Q_EMIT canUndoChanged(canUndo());
}

void UndoStack::undo()
{
    if (!canUndo())
        return;
    const ChangeSet change = m_changes.last();
    if (change.isActivation())
        undoActivation(change);
    else
        undoEdit(change);
}

void UndoStack::undoEdit(const ChangeSet &change)
{
    // The same check as before a save: what the server holds now, against what the edit left.
    ApiCall *call = m_client->getAgent(Agent(change.after).id());
    m_call = call;
    updateAction();
    connect(call, &ApiCall::finished, this,
            [this, change](const ApiResult &result) { onRead(change, result); });
}

void UndoStack::onRead(const ChangeSet &change, const ApiResult &result)
{
    m_call = nullptr;
    if (!result.ok()) {
        updateAction();
        Q_EMIT undoFailed(tr("Nothing was undone: the agent could not be read. %1")
                              .arg(result.error.userMessage()));
        return;
    }
    const QJsonObject server = result.object();
    const QStringList paths = PatchPaths::leaves(change.patch);
    QStringList untouched;
    QStringList changedSince;
    for (const QString &path : paths) {
        if (MergePatch::equivalent(Agent(server).value(path), Agent(change.after).value(path)))
            untouched.append(path);
        else
            changedSince.append(path);
    }
    if (changedSince.isEmpty()) {
        sendInverse(change, server, paths);
        return;
    }
    QStringList lines;
    for (const QString &path : std::as_const(changedSince)) {
        lines.append(tr("%1: now %2 (your edit made it %3, before it was %4)")
                         .arg(path, AgentForm::displayText(Agent(server).value(path)),
                              AgentForm::displayText(Agent(change.after).value(path)),
                              AgentForm::displayText(Agent(change.before).value(path))));
    }
    // Yes: put every member back anyway; No: only the ones nobody touched since.
    QPointer<UndoStack> self(this);
    m_dialogs->question(
        m_parentWidget, tr("Changed since your edit"),
        tr("These members were changed on the server after your edit:\n%1\n\nOverwrite them "
           "with the values from before your edit?")
            .arg(lines.join(QLatin1Char('\n'))),
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::No,
        [self, change, server, paths, untouched](QMessageBox::StandardButton answer) {
            if (!self)
                return;
            if (answer == QMessageBox::Yes)
                self->sendInverse(change, server, paths);
            else if (answer == QMessageBox::No && !untouched.isEmpty())
                self->sendInverse(change, server, untouched);
            else
                self->updateAction();
        },
        tr("No undoes only the members nobody changed since."));
}

void UndoStack::sendInverse(const ChangeSet &change, const QJsonObject &server,
                            const QStringList &paths)
{
    // The inverse of the edit, limited to these members: after -> before.
    const QJsonObject inverse = MergePatch::diff(PatchPaths::subset(change.after, paths),
                                                 PatchPaths::subset(change.before, paths));
    const qint64 id = Agent(change.after).id();
    if (inverse.isEmpty()) {
        m_changes.removeLast();
        updateAction();
        return;
    }
    ApiCall *call = m_client->updateAgent(id, inverse);
    m_call = call;
    updateAction();
    connect(call, &ApiCall::finished, this, [this, server, inverse](const ApiResult &result) {
        m_call = nullptr;
        if (!result.ok()) {
            updateAction();
            Q_EMIT undoFailed(tr("The edit was not undone: %1").arg(result.error.userMessage()));
            return;
        }
        const QJsonObject after =
            result.object().isEmpty() ? MergePatch::apply(server, inverse) : result.object();
        m_changes.removeLast();
        updateAction();
        ChangeSet revert;
        revert.kind = ChangeSet::Kind::Edit;
        revert.time = QDateTime::currentDateTime();
        revert.before = server;
        revert.patch = inverse;
        revert.after = after;
        Q_EMIT agentUpdated(after);
        Q_EMIT undone(revert);
    });
}

void UndoStack::undoActivation(const ChangeSet &change)
{
    const bool wasDeactivation = change.kind == ChangeSet::Kind::Deactivate;
    QList<QJsonObject> agents;
    for (qsizetype i = 0; i < change.agentIds.size(); ++i) {
        agents.append({{QStringLiteral("Id"), change.agentIds.at(i)},
                       {QStringLiteral("LastName"), change.agentNames.value(i)}});
    }
    auto *bulk = new BulkActivation(m_client,
                                    wasDeactivation ? BulkActivation::Action::Activate
                                                    : BulkActivation::Action::Deactivate,
                                    agents, this);
    m_bulk = bulk;
    updateAction();
    connect(bulk, &BulkActivation::agentUpdated, this, &UndoStack::agentActiveChanged);
    connect(bulk, &BulkActivation::finished, this, [this, bulk, change, wasDeactivation] {
        ChangeSet revert;
        revert.kind = wasDeactivation ? ChangeSet::Kind::Activate : ChangeSet::Kind::Deactivate;
        revert.time = QDateTime::currentDateTime();
        ChangeSet remaining = change;
        remaining.agentIds.clear();
        remaining.agentNames.clear();
        for (const BulkActivation::Item &item : bulk->items()) {
            const qsizetype index = change.agentIds.indexOf(item.id);
            if (item.outcome == BulkActivation::Outcome::Succeeded) {
                revert.agentIds.append(item.id);
                revert.agentNames.append(change.agentNames.value(index));
            } else {
                remaining.agentIds.append(item.id);
                remaining.agentNames.append(change.agentNames.value(index));
            }
        }
        bulk->deleteLater();
        m_bulk = nullptr;
        // What could not be reverted stays undoable.
        m_changes.removeLast();
        if (!remaining.agentIds.isEmpty())
            m_changes.append(remaining);
        updateAction();
        if (!revert.agentIds.isEmpty())
            Q_EMIT undone(revert);
        if (!remaining.agentIds.isEmpty())
            Q_EMIT undoFailed(tr("%n agents could not be changed back.", nullptr,
                                 int(remaining.agentIds.size())));
    });
    bulk->start();
}

} // namespace signtraker::ui
