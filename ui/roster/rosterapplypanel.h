// SPDX-License-Identifier: Apache-2.0
// What a run of the plan shows below the review: its progress, Resume and Stop when the service
// failed several times in a row and the run paused, the journal's path with "Export Journal as
// CSV…", and "Revert This Run…" once it has finished. The owner connects the buttons.
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace signtraker::ui {

class RosterApplyPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RosterApplyPanel(QWidget *parent = nullptr);

    // Shows the bar (hidden until a run starts).
    void setProgress(int settled, int total);
    void hideProgress();
    void setStatus(const QString &text);
    void setPaused(bool paused);
    // Empty hides the journal row.
    void setJournalPath(const QString &path);
    void setRevertEnabled(bool enabled);

    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *journalLabel() const { return m_journal; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *exportJournalButton() const { return m_export; }
    QPushButton *revertButton() const { return m_revert; }

private:
    QProgressBar *m_progress;
    QLabel *m_status;
    QWidget *m_pausePanel;
    QPushButton *m_resume;
    QPushButton *m_stop;
    QWidget *m_journalRow;
    QLabel *m_journal;
    QPushButton *m_export;
    QPushButton *m_revert;
};

} // namespace signtraker::ui
