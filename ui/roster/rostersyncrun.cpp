// SPDX-License-Identifier: Apache-2.0
// RosterSyncDialog, the run: Apply, the journal, the statuses, the change log and Revert.
#include "rostersyncdialog.h"

#include "dialogs.h"
#include "errorbanner.h"
#include "rosterapplypanel.h"
#include "rosterreviewmodel.h"
#include "rosterreviewpanel.h"
#include "rostersourcepanel.h"

#include "changelog.h"
#include "mergepatch.h"
#include "rosterapplier.h"
#include "rosterjournal.h"
#include "rosterplanner.h"
#include "signtrakerclient.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>

namespace signtraker::ui {

void RosterSyncDialog::apply()
{
    if (!m_client || m_running || m_applied || !isReviewing())
        return;
    const RosterPlan shown = m_review->model()->plan();
    RosterPlan toSend;
    QList<int> rows;
    for (int row = 0; row < shown.items.size(); ++row) {
        const RosterItem &item = shown.items.at(row);
        if (RosterReviewModel::isSendable(item) && item.status == RosterItem::Status::Planned) {
            toSend.items.append(item);
            rows.append(row);
        }
    }
    if (toSend.items.isEmpty()) {
        m_banner->setRetryVisible(false);
        m_banner->showMessage(tr("Nothing to send: every item is excluded, unchanged or an error."),
                              {}, ErrorBanner::Severity::Warning);
        return;
    }
    if (!openJournal())
        return;
    startRun(toSend, rows, true);
}

// The journal of this roster: a new run in it, or the unfinished one continued when resuming.
bool RosterSyncDialog::openJournal()
{
    m_journalPath = RosterJournal::defaultPathFor(m_source->bytes(), m_profile);
    m_journal = std::make_unique<RosterJournal>();
    QString error;
    if (m_journal->open(m_journalPath, &error))
        return true;
    m_banner->setRetryVisible(false);
    m_banner->showMessage(
        tr("Nothing was sent: a sync without a journal could not be resumed safely. %1")
            .arg(error));
    m_journal.reset();
    return false;
}

void RosterSyncDialog::startRun(const RosterPlan &plan, const QList<int> &rows, bool journalled)
{
    m_banner->clear();
    delete m_applier;
    auto *applier = new RosterApplier(m_client, plan, this);
    m_applier = applier;
    m_runRows = rows;
    m_recorded.clear();
    if (journalled && m_journal) {
        applier->setJournal(m_journal.get());
        applier->setResume(m_resume);
    }
    connect(applier, &RosterApplier::itemChanged, this, &RosterSyncDialog::onItemChanged);
    connect(applier, &RosterApplier::progressChanged, m_run, &RosterApplyPanel::setProgress);
    connect(applier, &RosterApplier::paused, this, [this] {
        m_run->setPaused(true);
        m_run->setStatus(tr("Paused: the service failed several times in a row. Resume when it "
                            "answers again, or stop; nothing is sent meanwhile."));
    });
    connect(applier, &RosterApplier::finished, this, &RosterSyncDialog::onRunFinished);
    m_running = true;
    m_review->setEditable(false);
    m_run->setPaused(false);
    m_run->setProgress(0, int(plan.items.size()));
    m_run->setStatus(m_reverting ? tr("Reverting…") : tr("Sending…"));
    m_run->setJournalPath(journalled ? m_journalPath : QString());
    m_run->setRevertEnabled(false);
    updateButtons();
    applier->start();
}

void RosterSyncDialog::onItemChanged(int index)
{
    if (!m_applier || index < 0 || index >= m_runRows.size())
        return;
    const RosterItem item = m_applier->plan().items.value(index);
    m_review->model()->setStatus(m_runRows.at(index), item.status, item.reason);
    if (item.status == RosterItem::Status::Done && !m_recorded.contains(index)) {
        m_recorded.insert(index);
        recordChange(item);
    }
}

void RosterSyncDialog::recordChange(const RosterItem &item)
{
    ChangeSet change;
    change.time = QDateTime::currentDateTime();
    switch (item.action) {
    case RosterItem::Action::Update:
        change =
            ChangeSet::edit(item.planned, item.patch, MergePatch::apply(item.planned, item.patch));
        break;
    case RosterItem::Action::Create: {
        change.kind = ChangeSet::Kind::Create;
        change.patch = item.patch;
        change.after = item.patch;
        if (item.id > 0)
            change.after.insert(QStringLiteral("Id"), item.id);
        break;
    }
    case RosterItem::Action::Activate:
    case RosterItem::Action::Deactivate:
        change.kind = item.action == RosterItem::Action::Activate ? ChangeSet::Kind::Activate
                                                                  : ChangeSet::Kind::Deactivate;
        change.agentIds = {item.id};
        change.agentNames = {item.name.isEmpty() ? item.email : item.name};
        break;
    case RosterItem::Action::Unchanged:
    case RosterItem::Action::Error:
        return;
    }
    if (m_log)
        m_log->record(change);
    Q_EMIT changeMade(change);
}

void RosterSyncDialog::onRunFinished()
{
    m_running = false;
    m_applied = true;
    m_run->setPaused(false);
    const RosterPlan done = m_applier ? m_applier->plan() : RosterPlan();
    QMap<RosterItem::Status, int> counts;
    for (const RosterItem &item : done.items)
        ++counts[item.status];
    const int failed = counts.value(RosterItem::Status::Failed) +
                       counts.value(RosterItem::Status::Skipped) +
                       counts.value(RosterItem::Status::Error);
    const int conflicts = counts.value(RosterItem::Status::Conflict);
    QString text = m_reverting
                       ? tr("Reverted: %n done.", nullptr, counts.value(RosterItem::Status::Done))
                       : tr("Applied: %n done.", nullptr, counts.value(RosterItem::Status::Done));
    if (conflicts > 0)
        text += QLatin1Char(' ') + tr("%n changed on the service since the plan, left as they are.",
                                      nullptr, conflicts);
    if (failed > 0)
        text += QLatin1Char(' ') + tr("%n not done: see the Status column.", nullptr, failed);
    m_run->setStatus(text);
    if (m_applier && !m_applier->journalError().isEmpty()) {
        m_banner->setRetryVisible(false);
        m_banner->showMessage(m_applier->journalError());
    }
    m_run->setRevertEnabled(!m_reverting && counts.value(RosterItem::Status::Done) > 0);
    updateButtons();
    Q_EMIT runFinished();
}

void RosterSyncDialog::revert()
{
    if (!m_applier || m_running || m_reverting)
        return;
    const RosterPlan back = m_applier->revertPlan();
    if (back.items.isEmpty())
        return;
    QPointer<RosterSyncDialog> self(this);
    QPointer<SignTrakerClient> asked(m_client);
    m_dialogs->question(
        this, tr("Revert This Run"),
        tr("Revert the %n changes of this run?", nullptr, int(back.items.size())),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
        [self, back, asked](QMessageBox::StandardButton answer) {
            if (!self || answer != QMessageBox::Yes || !asked || asked != self->m_client ||
                self->m_running)
                return;
            self->m_reverting = true;
            self->m_review->setPlan(back);
            QList<int> rows;
            for (int row = 0; row < back.items.size(); ++row)
                rows.append(row);
            self->startRun(back, rows, false);
        },
        tr("Changes are undone as far as the service allows: patches inverted, activations "
           "inverted, created agents deactivated. An agent changed by someone else since is left "
           "as it is."));
}

void RosterSyncDialog::exportJournal()
{
    if (!m_journal)
        return;
    const QString base = QFileInfo(m_source->fileName()).completeBaseName();
    const QString suggested =
        QDir::home().filePath(tr("%1 journal.csv").arg(base.isEmpty() ? tr("roster") : base));
    QPointer<RosterSyncDialog> self(this);
    m_dialogs->saveFileName(this, tr("Export Journal as CSV"), suggested, tr("CSV files (*.csv)"),
                            [self](const QString &fileName) {
                                if (!self || fileName.isEmpty() || !self->m_journal)
                                    return;
                                QString error;
                                if (!self->m_journal->exportCsv(fileName, &error)) {
                                    self->m_banner->setRetryVisible(false);
                                    self->m_banner->showMessage(error);
                                }
                            });
}

void RosterSyncDialog::updateButtons()
{
    const bool planning = !m_planner.isNull();
    const bool reviewing = isReviewing();
    m_back->setVisible(reviewing);
    m_back->setEnabled(!m_running);
    m_plan->setVisible(!reviewing);
    m_plan->setEnabled(!planning && m_client && m_source->hasFile());
    m_cancel->setVisible(planning || m_running);
    m_apply->setVisible(reviewing);
    m_apply->setEnabled(reviewing && !m_running && !m_applied &&
                        m_review->model()->sendableCount() > 0);
    m_apply->setDefault(reviewing);
    m_plan->setDefault(!reviewing);
}

void RosterSyncDialog::closeEvent(QCloseEvent *event)
{
    if (m_planner)
        m_planner->cancel();
    // Cancelling keeps the journal: opening the same roster again offers to resume.
    if (m_running && m_applier)
        m_applier->cancel();
    QDialog::closeEvent(event);
}

} // namespace signtraker::ui
