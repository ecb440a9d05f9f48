// SPDX-License-Identifier: Apache-2.0
// Applies a reviewed roster plan through the one BulkRunner (at most 4 in flight, its stop rules:
// an authentication error stops, server errors in a row pause), item by item:
// - an update is a checked patch: the agent is re-read just before, and if a member the patch
//   changes no longer holds the value it was planned against, the item is a conflict and nothing
//   is written;
// - a create goes through AgentCreation (look the e-mail up, create once, reconcile a lost
//   answer); an agent that got the e-mail since the plan makes it a conflict;
// - activations and deactivations as planned.
// With a journal, each write's intent is written before it is sent and its outcome when it
// settles. Resuming (setResume) reads the journal of the last run: items done there are not sent
// again, and items whose intent has no outcome are reconciled (re-read, done without a write when
// the service already holds their result; a create is looked up by e-mail).
#pragma once

#include "bulkrunner.h"
#include "changes.h"
#include "rosterplan.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

namespace signtraker {

class RosterJournal;
class SignTrakerClient;

class RosterApplier : public QObject
{
    Q_OBJECT

public:
    RosterApplier(SignTrakerClient *client, RosterPlan plan, QObject *parent = nullptr);
    ~RosterApplier() override;

    // Not owned; outlives the run. Without one nothing is journalled.
    void setJournal(RosterJournal *journal);
    // Continue the journal's last run instead of starting one (call after setJournal()).
    void setResume(bool resume) { m_resume = resume; }

    // Items whose action writes, included and still planned, are sent; unchanged and excluded
    // items are marked skipped at once.
    void start();
    void cancel();
    // After paused(): go on, or stop (the items not sent stay planned, not attempted).
    void resume();
    void stop();

    // The plan with each item's status and reason filled in (a create's id: the new agent).
    RosterPlan plan() const { return m_plan; }
    // What undoes the items done, as far as the API allows: each patch inverted from the values
    // it was planned against, activations inverted, created agents deactivated.
    RosterPlan revertPlan() const;

    // What this run changed on the service, for the change log and the undo history: one bulk
    // edit of the updates (before, patch, after), one change per create, one of the activations
    // and one of the deactivations. Items found already applied or done by an earlier run are
    // not in it (what the service held before them is not known).
    QList<ChangeSet> changes() const;

    const BulkRunner *runner() const { return m_runner; }
    bool isPaused() const;
    // Why the journal could not be written (the run was then cancelled); empty otherwise.
    QString journalError() const { return m_journalError; }
    // Items that the journal showed done and that were not sent again.
    int doneEarlier() const { return m_doneEarlier; }
    // Items reconciled from an intent without outcome and found already applied.
    int reconciled() const;

Q_SIGNALS:
    void itemChanged(int index); // index into plan().items
    void progressChanged(int settled, int total);
    void paused();
    void finished();

private:
    BulkRunner::Item runnerItem(const RosterItem &item, bool pending) const;
    void onRunnerItemChanged(int runnerIndex);
    void settleItem(int runnerIndex);
    void journal(int index, bool intent);
    void onRunnerFinished();

    SignTrakerClient *m_client;
    RosterPlan m_plan;
    RosterJournal *m_journal = nullptr;
    bool m_resume = false;
    QPointer<BulkRunner> m_runner;
    QList<int> m_planIndex;    // runner index -> plan index
    QStringList m_keys;        // plan index -> key, as planned
    QSet<int> m_intentWritten; // runner indexes
    QString m_journalError;
    int m_doneEarlier = 0;
    bool m_finished = false;
};

} // namespace signtraker
