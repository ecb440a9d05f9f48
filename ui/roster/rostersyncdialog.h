// SPDX-License-Identifier: Apache-2.0
// "Sync Roster…": turns a brokerage's CSV into a reviewed, journalled, revertible sync. First the
// roster (file, detection and overrides, the column mapping remembered per profile, the
// options), then Plan (RosterPlanner, with progress and Cancel), then the review, where the
// person includes and excludes items; nothing is sent until Apply. Apply runs RosterApplier with
// a journal (offered for resuming when the same roster is opened after an interrupted run); each
// applied item enters the change log, and the run can be reverted afterwards. The dialog decides
// nothing about what is sent: the planner and the applier do.
#pragma once

#include "changes.h"
#include "rosterplan.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QSet>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QSettings;
class QStackedWidget;

namespace signtraker {
class ApiError;
class ChangeLog;
class RosterApplier;
class RosterJournal;
class RosterPlanner;
class SignTrakerClient;
} // namespace signtraker

namespace signtraker::ui {

class Dialogs;
class ErrorBanner;
class RosterApplyPanel;
class RosterMappingView;
class RosterOptionsPanel;
class RosterReviewPanel;
class RosterSourcePanel;

class RosterSyncDialog : public QDialog
{
    Q_OBJECT

public:
    // settings keeps the mapping per profile (may be null); log receives every applied item (may
    // be null).
    RosterSyncDialog(SignTrakerClient *client, Dialogs *dialogs, QSettings *settings,
                     const QString &profileName, ChangeLog *log, QWidget *parent = nullptr);
    ~RosterSyncDialog() override;

    // Reads a roster as Browse… does.
    void openRoster(const QString &fileName);

    RosterSourcePanel *sourcePanel() const { return m_source; }
    RosterMappingView *mappingView() const { return m_mapping; }
    RosterOptionsPanel *optionsPanel() const { return m_options; }
    RosterReviewPanel *reviewPanel() const { return m_review; }
    RosterApplyPanel *applyPanel() const { return m_run; }
    ErrorBanner *errorBanner() const { return m_banner; }
    QPushButton *planButton() const { return m_plan; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *backButton() const { return m_back; }
    bool isReviewing() const;
    // The run of Apply (or of Revert This Run…), while the dialog lives.
    RosterApplier *applier() const;
    // Whether Apply resumes the unfinished journal of this roster.
    bool isResuming() const { return m_resume; }
    QString journalPath() const { return m_journalPath; }

public Q_SLOTS:
    void plan();
    void cancelPlan();
    void apply();
    // Asks first, then runs the inverse of what this run did.
    void revert();
    void exportJournal();
    void backToRoster();

Q_SIGNALS:
    void planReady();
    void runFinished();
    // An item was applied (also by a revert): as the change log records it.
    void changeMade(const signtraker::ChangeSet &change);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildSetupPage();
    QWidget *buildReviewPage();
    void onFileRead();
    void onMappingChanged();
    void offerResume();
    void onPlanned(const RosterPlan &plan);
    void onPlanFailed(const signtraker::ApiError &error);
    bool openJournal();
    void startRun(const RosterPlan &plan, const QList<int> &rows, bool journalled);
    void onItemChanged(int index);
    void onRunFinished();
    void recordChange(const RosterItem &item);
    void updateButtons();

    QPointer<SignTrakerClient> m_client;
    Dialogs *m_dialogs;
    QSettings *m_settings;
    QString m_profile;
    QPointer<ChangeLog> m_log;

    ErrorBanner *m_banner;
    QStackedWidget *m_pages;
    RosterSourcePanel *m_source = nullptr;
    RosterMappingView *m_mapping = nullptr;
    RosterOptionsPanel *m_options = nullptr;
    RosterReviewPanel *m_review = nullptr;
    RosterApplyPanel *m_run = nullptr;
    QProgressBar *m_planProgress;
    QPushButton *m_back;
    QPushButton *m_plan;
    QPushButton *m_cancel;
    QPushButton *m_apply;
    QPushButton *m_close;

    QPointer<RosterPlanner> m_planner;
    QPointer<RosterApplier> m_applier;
    std::unique_ptr<RosterJournal> m_journal;
    QString m_journalPath;
    bool m_resume = false;
    bool m_reverting = false;
    bool m_applied = false;
    bool m_running = false;
    // The review's row of each item of the run, by the run's index.
    QList<int> m_runRows;
    QSet<int> m_recorded;
};

} // namespace signtraker::ui
