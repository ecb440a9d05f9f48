// SPDX-License-Identifier: Apache-2.0
#include "rosterapplier.h"

#include "agent.h"
#include "celltext.h"
#include "mergepatch.h"
#include "patchpaths.h"
#include "rosterjournal.h"

#include <utility>

namespace signtraker {

namespace {

using Action = RosterItem::Action;
using Status = RosterItem::Status;
using Outcome = BulkRunner::Outcome;

bool writes(Action action)
{
    return action == Action::Create || action == Action::Update || action == Action::Activate ||
           action == Action::Deactivate;
}

} // namespace

RosterApplier::RosterApplier(SignTrakerClient *client, RosterPlan plan, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_plan(std::move(plan))
{}

RosterApplier::~RosterApplier() = default; // the runner, a child, cancels what is in flight

void RosterApplier::setJournal(RosterJournal *journal)
{
    m_journal = journal;
}

bool RosterApplier::isPaused() const
{
    return m_runner && m_runner->state() == BulkRunner::State::Paused;
}

int RosterApplier::reconciled() const
{
    int count = 0;
    if (m_runner) {
        for (const BulkRunner::Result &result : m_runner->results())
            count += result.alreadyApplied ? 1 : 0;
    }
    return count;
}

BulkRunner::Item RosterApplier::runnerItem(const RosterItem &item, bool pending) const
{
    BulkRunner::Item runner;
    switch (item.action) {
    case Action::Create:
        runner = BulkRunner::Item::create(item.patch, item.name);
        break;
    case Action::Update:
        runner = BulkRunner::Item::checkedPatch(item.id, item.patch, item.planned, item.name);
        break;
    case Action::Activate:
        runner = BulkRunner::Item::activate(item.id, item.name);
        break;
    default:
        runner = BulkRunner::Item::deactivate(item.id, item.name);
        break;
    }
    runner.doneIfApplied = pending;
    return runner;
}

void RosterApplier::start()
{
    if (m_runner)
        return;
    QSet<QString> done;
    QSet<QString> pending;
    if (m_journal && m_resume) {
        done = m_journal->doneKeys();
        pending = m_journal->pendingKeys();
    }
    QList<BulkRunner::Item> items;
    for (const RosterItem &item : std::as_const(m_plan.items))
        m_keys.append(item.key());
    for (int index = 0; index < m_plan.items.size(); ++index) {
        RosterItem &item = m_plan.items[index];
        if (item.status != Status::Planned)
            continue;
        if (!item.included) {
            item.status = Status::Skipped;
            item.reason = tr("Left out of the run.");
        } else if (!writes(item.action)) {
            item.status = Status::Skipped;
        } else if (done.contains(item.key())) {
            item.status = Status::Done;
            item.reason = tr("Done by an earlier run of this roster.");
            ++m_doneEarlier;
        } else {
            items.append(runnerItem(item, pending.contains(item.key())));
            m_planIndex.append(index);
            continue;
        }
        Q_EMIT itemChanged(index);
    }
    if (m_journal) {
        const bool written = m_resume ? m_journal->resumeRun(&m_journalError)
                                      : m_journal->startRun(int(items.size()), &m_journalError);
        if (!written) {
            m_finished = true;
            Q_EMIT finished();
            return;
        }
    }
    m_runner = new BulkRunner(m_client, items, BulkRunner::DefaultMaxInFlight, this);
    // One list request re-reads a batch of agents: half the round trips of a GET per update.
    m_runner->setBatchedChecks(true);
    connect(m_runner, &BulkRunner::itemChanged, this, &RosterApplier::onRunnerItemChanged);
    connect(m_runner, &BulkRunner::progressChanged, this, &RosterApplier::progressChanged);
    connect(m_runner, &BulkRunner::paused, this, &RosterApplier::paused);
    connect(m_runner, &BulkRunner::finished, this, &RosterApplier::onRunnerFinished);
    m_runner->start();
}

void RosterApplier::cancel()
{
    if (m_runner)
        m_runner->cancel();
}

void RosterApplier::resume()
{
    if (m_runner)
        m_runner->resume();
}

void RosterApplier::stop()
{
    if (m_runner)
        m_runner->stop();
}

// The intent is written when the runner starts an item: before its write (or the re-read or
// e-mail look-up that precedes it) goes out, in the same turn of the event loop.
void RosterApplier::onRunnerItemChanged(int runnerIndex)
{
    const Outcome outcome = m_runner->results().at(runnerIndex).outcome;
    if (outcome == Outcome::Sending) {
        if (!m_intentWritten.contains(runnerIndex)) {
            m_intentWritten.insert(runnerIndex);
            journal(m_planIndex.at(runnerIndex), true);
        }
        return;
    }
    if (outcome != Outcome::Waiting)
        settleItem(runnerIndex);
}

void RosterApplier::settleItem(int runnerIndex)
{
    const int index = m_planIndex.at(runnerIndex);
    RosterItem &item = m_plan.items[index];
    const BulkRunner::Result &result = m_runner->results().at(runnerIndex);
    switch (result.outcome) {
    case Outcome::Done:
        item.status = Status::Done;
        if (item.action == Action::Create)
            item.id = Agent(result.payload.toObject()).id();
        item.reason = result.alreadyApplied
                          ? tr("Already applied on the service (found when resuming).")
                      : result.creation.wasReconciled()
                          ? tr("Created (the answer was lost; the look-up by e-mail found it).")
                          : QString();
        break;
    case Outcome::Conflict: {
        item.status = Status::Conflict;
        const QJsonObject server = result.payload.toObject();
        if (item.action == Action::Create) {
            item.id = Agent(server).id();
            item.reason = tr("An agent with this e-mail was created on the service since the "
                             "plan (Id %1); nothing was sent.")
                              .arg(Agent(server).id());
            break;
        }
        QStringList members;
        for (const QString &path : result.conflicts)
            members.append(tr("%1 is now %2").arg(path, CellText::of(Agent(server).value(path))));
        item.reason = tr("Changed on the service since the plan (%1); not overwritten.")
                          .arg(members.join(QLatin1String("; ")));
        break;
    }
    case Outcome::Failed:
        item.status = Status::Failed;
        item.reason =
            item.action == Action::Create ? result.creation.sentence() : result.error.userMessage();
        break;
    case Outcome::Cancelled:
        // Sent, then dropped: it may have been applied. The intent stays without an outcome, so
        // that a resume reconciles it.
        item.status = Status::Failed;
        item.reason = tr("Cancelled after it was sent: it may have been applied.");
        Q_EMIT itemChanged(index);
        return;
    case Outcome::NotAttempted:
        item.status = Status::Skipped;
        item.reason = m_runner->stopReason() == BulkRunner::StopReason::Authentication
                          ? tr("Not sent: the service refused the key.")
                          : tr("Not sent: the run stopped first.");
        Q_EMIT itemChanged(index);
        // Never sent: no outcome in the journal, so that a resume sends it.
        if (m_intentWritten.contains(runnerIndex))
            journal(index, false);
        return;
    case Outcome::Waiting:
    case Outcome::Sending:
        return;
    }
    journal(index, false);
    Q_EMIT itemChanged(index);
}

void RosterApplier::journal(int index, bool intent)
{
    if (!m_journal || !m_journalError.isEmpty())
        return;
    const RosterItem &item = m_plan.items.at(index);
    RosterJournal::Entry entry;
    entry.event =
        intent ? RosterJournal::Entry::Event::Intent : RosterJournal::Entry::Event::Outcome;
    // The key as planned: a create's key would change with the Id it was given.
    entry.key = m_keys.at(index);
    entry.row = item.row;
    entry.action = RosterItem::actionName(item.action);
    entry.id = item.id;
    entry.email = item.email;
    if (!intent) {
        entry.status = RosterItem::statusName(item.status);
        entry.reason = item.reason;
    }
    if (!m_journal->append(entry, &m_journalError) && m_runner) {
        // Without the journal a crash could not be resumed safely: send nothing more.
        m_runner->cancel();
    }
}

void RosterApplier::onRunnerFinished()
{
    if (m_finished)
        return;
    m_finished = true;
    // A run that stopped (an authentication error, a stop after a pause, a cancel) stays
    // unfinished in the journal: its unsent items are what a resume sends.
    if (m_journal && m_journalError.isEmpty() &&
        m_runner->stopReason() == BulkRunner::StopReason::None)
        m_journal->endRun(&m_journalError);
    Q_EMIT finished();
}

QList<ChangeSet> RosterApplier::changes() const
{
    QList<ChangeSet> changes;
    if (!m_runner)
        return changes;
    QList<ChangeSet::AgentEdit> edits;
    ChangeSet activated;
    activated.kind = ChangeSet::Kind::Activate;
    ChangeSet deactivated;
    deactivated.kind = ChangeSet::Kind::Deactivate;
    for (int runnerIndex = 0; runnerIndex < m_runner->total(); ++runnerIndex) {
        const BulkRunner::Result &result = m_runner->results().at(runnerIndex);
        if (result.outcome != Outcome::Done || result.alreadyApplied)
            continue;
        const RosterItem &item = m_plan.items.at(m_planIndex.at(runnerIndex));
        const QJsonObject after = result.payload.toObject();
        switch (item.action) {
        case Action::Update:
            edits.append({result.before, item.patch, after});
            break;
        case Action::Create: {
            ChangeSet created;
            created.kind = ChangeSet::Kind::Create;
            created.time = QDateTime::currentDateTime();
            created.patch = item.patch;
            created.after = after;
            changes.append(created);
            break;
        }
        case Action::Activate:
        case Action::Deactivate: {
            ChangeSet &set = item.action == Action::Activate ? activated : deactivated;
            set.agentIds.append(item.id);
            set.agentNames.append(item.name);
            break;
        }
        default:
            break;
        }
    }
    if (!edits.isEmpty())
        changes.prepend(ChangeSet::bulkEdit(edits));
    for (ChangeSet *set : {&activated, &deactivated}) {
        if (set->agentIds.isEmpty())
            continue;
        set->time = QDateTime::currentDateTime();
        changes.append(*set);
    }
    return changes;
}

RosterPlan RosterApplier::revertPlan() const
{
    RosterPlan revert;
    for (const RosterItem &item : m_plan.items) {
        if (item.status != Status::Done || !writes(item.action))
            continue;
        RosterItem undo;
        undo.row = item.row;
        undo.id = item.id;
        undo.email = item.email;
        undo.name = item.name;
        switch (item.action) {
        case Action::Update:
            undo.action = Action::Update;
            undo.patch = PatchPaths::subset(item.planned, PatchPaths::leaves(item.patch));
            undo.planned = MergePatch::apply(item.planned, item.patch);
            break;
        case Action::Activate:
            undo.action = Action::Deactivate;
            undo.planned = Agent::withValue(item.planned, QStringLiteral("IsInactive"), false);
            break;
        case Action::Deactivate:
            undo.action = Action::Activate;
            undo.planned = Agent::withValue(item.planned, QStringLiteral("IsInactive"), true);
            break;
        case Action::Create:
            // The API deletes no agent: the nearest undo is to deactivate it.
            undo.action = Action::Deactivate;
            undo.planned = Agent::withValue(item.patch, QStringLiteral("Id"), item.id);
            break;
        default:
            continue;
        }
        revert.items.append(undo);
    }
    return revert;
}

} // namespace signtraker
