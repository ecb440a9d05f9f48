#include "undostack.h"

#include "agentform.h"
#include "dialogs.h"
#include "icons.h"
#include "patchpaths.h"

#include "agent.h"
#include "bulkrunner.h"
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
    if (BulkRunner *bulk = m_bulk.data()) {
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
    m_changes.append({m_nextSerial++, change});
    updateAction();
}

QString UndoStack::undoText() const
{
    if (m_changes.isEmpty())
        return tr("Undo");
    const ChangeSet &change = m_changes.last().change;
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
    const Entry entry = m_changes.last();
    if (entry.change.isActivation())
        undoActivation(entry);
    else
        undoEdit(entry);
}

void UndoStack::settle(quint64 serial, const std::optional<ChangeSet> &remaining)
{
    const auto it = std::find_if(m_changes.begin(), m_changes.end(),
                                 [serial](const Entry &entry) { return entry.serial == serial; });
    if (it != m_changes.end()) {
        if (remaining)
            it->change = *remaining;
        else
            m_changes.erase(it);
    }
    updateAction();
}

void UndoStack::undoEdit(const Entry &entry)
{
    // The same check as before a save: what the server holds now, against what the edit left.
    ApiCall *call = m_client->getAgent(Agent(entry.change.after).id());
    m_call = call;
    updateAction();
    connect(call, &ApiCall::finished, this,
            [this, entry](const ApiResult &result) { onRead(entry, result); });
}

void UndoStack::onRead(const Entry &entry, const ApiResult &result)
{
    const ChangeSet &change = entry.change;
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
        sendInverse(entry, server, paths);
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
        [self, entry, server, paths, untouched](QMessageBox::StandardButton answer) {
            if (!self)
                return;
            if (answer == QMessageBox::Yes)
                self->sendInverse(entry, server, paths);
            else if (answer == QMessageBox::No && !untouched.isEmpty())
                self->sendInverse(entry, server, untouched);
            else
                self->updateAction();
        },
        tr("No undoes only the members nobody changed since."));
}

void UndoStack::sendInverse(const Entry &entry, const QJsonObject &server, const QStringList &paths)
{
    const ChangeSet &change = entry.change;
    // The inverse of the edit, limited to these members: after -> before.
    const QJsonObject inverse = MergePatch::diff(PatchPaths::subset(change.after, paths),
                                                 PatchPaths::subset(change.before, paths));
    const qint64 id = Agent(change.after).id();
    if (inverse.isEmpty()) {
        settle(entry.serial);
        return;
    }
    ApiCall *call = m_client->updateAgent(id, inverse);
    m_call = call;
    updateAction();
    const quint64 serial = entry.serial;
    connect(
        call, &ApiCall::finished, this, [this, serial, server, inverse](const ApiResult &result) {
            m_call = nullptr;
            if (!result.ok()) {
                updateAction();
                Q_EMIT undoFailed(
                    tr("The edit was not undone: %1").arg(result.error.userMessage()));
                return;
            }
            const QJsonObject after =
                result.object().isEmpty() ? MergePatch::apply(server, inverse) : result.object();
            settle(serial);
            Q_EMIT agentUpdated(after);
            Q_EMIT undone(ChangeSet::edit(server, inverse, after));
        });
}

void UndoStack::undoActivation(const Entry &entry)
{
    const ChangeSet &change = entry.change;
    const bool wasDeactivation = change.kind == ChangeSet::Kind::Deactivate;
    QList<BulkRunner::Item> items;
    for (qsizetype i = 0; i < change.agentIds.size(); ++i) {
        const qint64 id = change.agentIds.at(i);
        const QString name = change.agentNames.value(i);
        items.append(wasDeactivation ? BulkRunner::Item::activate(id, name)
                                     : BulkRunner::Item::deactivate(id, name));
    }
    auto *bulk = new BulkRunner(m_client, items, BulkRunner::DefaultMaxInFlight, this);
    m_bulk = bulk;
    updateAction();
    connect(bulk, &BulkRunner::itemChanged, this, [this, bulk, wasDeactivation](int index) {
        if (bulk->results().at(index).outcome == BulkRunner::Outcome::Done)
            Q_EMIT agentActiveChanged(bulk->items().at(index).id, !wasDeactivation);
    });
    connect(bulk, &BulkRunner::finished, this,
            [this, bulk, entry] { onActivationUndone(entry, bulk); });
    bulk->start();
}

void UndoStack::onActivationUndone(const Entry &entry, BulkRunner *run)
{
    const ChangeSet &change = entry.change;
    ChangeSet revert;
    revert.kind = change.kind == ChangeSet::Kind::Deactivate ? ChangeSet::Kind::Activate
                                                             : ChangeSet::Kind::Deactivate;
    revert.time = QDateTime::currentDateTime();
    ChangeSet remaining = change;
    remaining.agentIds.clear();
    remaining.agentNames.clear();
    for (int index = 0; index < run->total(); ++index) {
        const BulkRunner::Item &item = run->items().at(index);
        ChangeSet &into =
            run->results().at(index).outcome == BulkRunner::Outcome::Done ? revert : remaining;
        into.agentIds.append(item.id);
        into.agentNames.append(item.label);
    }
    run->deleteLater();
    m_bulk = nullptr;
    // What could not be reverted stays undoable, where it was.
    settle(entry.serial,
           remaining.agentIds.isEmpty() ? std::nullopt : std::optional<ChangeSet>(remaining));
    if (!revert.agentIds.isEmpty())
        Q_EMIT undone(revert);
    if (!remaining.agentIds.isEmpty())
        Q_EMIT undoFailed(
            tr("%n agents could not be changed back.", nullptr, int(remaining.agentIds.size())));
}

} // namespace signtraker::ui
