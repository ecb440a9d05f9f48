// SPDX-License-Identifier: Apache-2.0
#include "undohistory.h"

#include "agent.h"
#include "agentschema.h"
#include "bulkedit.h"
#include "mergepatch.h"
#include "patchpaths.h"
#include "signtrakerclient.h"

#include <QSet>

#include <algorithm>

namespace signtraker {

namespace {

// The inverse of an edit, limited to paths: after -> before.
QJsonObject inverseOf(const ChangeSet::AgentEdit &edit, const QStringList &paths)
{
    return MergePatch::diff(PatchPaths::subset(edit.after, paths),
                            PatchPaths::subset(edit.before, paths));
}

} // namespace

UndoHistory::UndoHistory(SignTrakerClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_format(&AgentSchema::displayText)
{}

UndoHistory::~UndoHistory()
{
    if (m_call)
        m_call->cancel();
}

void UndoHistory::setFormatter(Formatter formatter)
{
    m_format = formatter ? std::move(formatter) : Formatter(&AgentSchema::displayText);
}

void UndoHistory::setClient(SignTrakerClient *client)
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
    m_pending.reset();
    m_changes.clear();
    m_client = client;
    notify();
}

void UndoHistory::push(const ChangeSet &change)
{
    if (change.kind == ChangeSet::Kind::Create)
        return;
    if (change.isActivation() && change.agentIds.isEmpty())
        return;
    if (change.kind == ChangeSet::Kind::BulkEdit && change.edits.isEmpty())
        return;
    m_changes.append({m_nextSerial++, change});
    notify();
}

QString UndoHistory::undoText() const
{
    if (m_changes.isEmpty())
        return tr("Undo");
    const ChangeSet &change = m_changes.last().change;
    switch (change.kind) {
    case ChangeSet::Kind::Edit:
        return tr("Undo edit of %1").arg(Agent(change.after).displayName());
    case ChangeSet::Kind::BulkEdit:
        return change.edits.size() == 1
                   ? tr("Undo edit of %1").arg(Agent(change.edits.first().after).displayName())
                   : tr("Undo edit of %n agents", nullptr, int(change.edits.size()));
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

void UndoHistory::notify()
{
    Q_EMIT stateChanged();
    Q_EMIT canUndoChanged(canUndo());
}

void UndoHistory::undo()
{
    if (!canUndo())
        return;
    const Entry entry = m_changes.last();
    if (entry.change.isActivation())
        undoActivation(entry);
    else if (entry.change.kind == ChangeSet::Kind::BulkEdit)
        undoBulkEdit(entry);
    else
        undoEdit(entry);
}

void UndoHistory::settle(quint64 serial, const std::optional<ChangeSet> &remaining)
{
    const auto it = std::find_if(m_changes.begin(), m_changes.end(),
                                 [serial](const Entry &entry) { return entry.serial == serial; });
    if (it != m_changes.end()) {
        if (remaining)
            it->change = *remaining;
        else
            m_changes.erase(it);
    }
    notify();
}

void UndoHistory::undoEdit(const Entry &entry)
{
    // The same check as before a save: what the server holds now, against what the edit left.
    ApiCall *call = m_client->getAgent(Agent(entry.change.after).id());
    m_call = call;
    notify();
    connect(call, &ApiCall::finished, this,
            [this, entry](const ApiResult &result) { onRead(entry, result); });
}

void UndoHistory::onRead(const Entry &entry, const ApiResult &result)
{
    const ChangeSet &change = entry.change;
    m_call = nullptr;
    if (!result.ok()) {
        notify();
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
                         .arg(path, m_format(Agent(server).value(path)),
                              m_format(Agent(change.after).value(path)),
                              m_format(Agent(change.before).value(path))));
    }
    m_pending = Pending{entry, server, paths, untouched};
    notify();
    Q_EMIT conflictFound(lines);
}

void UndoHistory::resolveConflict(Choice choice)
{
    if (!m_pending)
        return;
    const Pending pending = *std::exchange(m_pending, std::nullopt);
    if (choice == Choice::OverwriteAll)
        sendInverse(pending.entry, pending.server, pending.paths);
    else if (choice == Choice::OnlyUntouched && !pending.untouched.isEmpty())
        sendInverse(pending.entry, pending.server, pending.untouched);
    else
        notify();
}

void UndoHistory::sendInverse(const Entry &entry, const QJsonObject &server,
                              const QStringList &paths)
{
    const ChangeSet &change = entry.change;
    const QJsonObject inverse = inverseOf({change.before, change.patch, change.after}, paths);
    const qint64 id = Agent(change.after).id();
    if (inverse.isEmpty()) {
        settle(entry.serial);
        return;
    }
    ApiCall *call = m_client->updateAgent(id, inverse);
    m_call = call;
    notify();
    const quint64 serial = entry.serial;
    connect(
        call, &ApiCall::finished, this, [this, serial, server, inverse](const ApiResult &result) {
            m_call = nullptr;
            if (!result.ok()) {
                notify();
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

void UndoHistory::startBulk(BulkRunner *run)
{
    m_bulk = run;
    notify();
    run->start();
}

void UndoHistory::undoActivation(const Entry &entry)
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
    connect(bulk, &BulkRunner::itemChanged, this, [this, bulk, wasDeactivation](int index) {
        if (bulk->results().at(index).outcome == BulkRunner::Outcome::Done)
            Q_EMIT agentActiveChanged(bulk->items().at(index).id, !wasDeactivation);
    });
    connect(bulk, &BulkRunner::finished, this,
            [this, bulk, entry] { onActivationUndone(entry, bulk); });
    startBulk(bulk);
}

void UndoHistory::onActivationUndone(const Entry &entry, BulkRunner *run)
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

void UndoHistory::undoBulkEdit(const Entry &entry)
{
    // Each agent as one checked patch: the inverse is sent only where the members the edit set
    // still hold what it left; elsewhere someone changed them since, and they are left alone.
    QList<BulkRunner::Item> items;
    for (const ChangeSet::AgentEdit &edit : entry.change.edits) {
        const Agent after(edit.after);
        const QJsonObject inverse = inverseOf(edit, PatchPaths::leaves(edit.patch));
        if (inverse.isEmpty()) // the edit changed nothing on this agent
            continue;
        items.append(
            BulkRunner::Item::checkedPatch(after.id(), inverse, edit.after, after.displayName()));
    }
    auto *bulk = new BulkRunner(m_client, items, BulkRunner::DefaultMaxInFlight, this);
    connect(bulk, &BulkRunner::finished, this,
            [this, bulk, entry] { onBulkEditUndone(entry, bulk); });
    startBulk(bulk);
}

void UndoHistory::onBulkEditUndone(const Entry &entry, BulkRunner *run)
{
    QSet<qint64> notReverted;
    for (int index = 0; index < run->total(); ++index) {
        if (run->results().at(index).outcome != BulkRunner::Outcome::Done)
            notReverted.insert(run->items().at(index).id);
    }
    const int conflicts = run->count(BulkRunner::Outcome::Conflict);
    ChangeSet remaining = entry.change;
    remaining.edits.clear();
    for (const ChangeSet::AgentEdit &edit : entry.change.edits) {
        if (notReverted.contains(Agent(edit.after).id()))
            remaining.edits.append(edit);
    }
    const QList<ChangeSet::AgentEdit> reverted = BulkEdit::editsOf(run);
    run->deleteLater();
    m_bulk = nullptr;
    settle(entry.serial,
           remaining.edits.isEmpty() ? std::nullopt : std::optional<ChangeSet>(remaining));
    for (const ChangeSet::AgentEdit &edit : reverted)
        Q_EMIT agentUpdated(edit.after);
    if (!reverted.isEmpty())
        Q_EMIT undone(ChangeSet::bulkEdit(reverted));
    if (conflicts > 0)
        Q_EMIT undoFailed(tr("%n agents were changed on the server since the edit and were left "
                             "as they are.",
                             nullptr, conflicts));
    else if (!remaining.edits.isEmpty())
        Q_EMIT undoFailed(
            tr("%n agents could not be changed back.", nullptr, int(remaining.edits.size())));
}

} // namespace signtraker
