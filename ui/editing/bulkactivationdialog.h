// SPDX-License-Identifier: Apache-2.0
// The view of a BulkRunner: a bar, a result per agent, Cancel while it runs, Continue and Stop
// when it pauses after server errors in a row, and "Retry failed" once it is done. Non-modal:
// the table stays usable and updates row by row.
#pragma once

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QWidget;

namespace signtraker {
class BulkRunner;
}

namespace signtraker::ui {

class BulkActivationDialog : public QDialog
{
    Q_OBJECT

public:
    // Does not take ownership of run; run must outlive the dialog or be its child.
    explicit BulkActivationDialog(BulkRunner *run, QWidget *parent = nullptr);

    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *continueButton() const { return m_continue; }
    QPushButton *stopButton() const { return m_stop; }
    QTableWidget *results() const { return m_table; }
    // The question shown while paused; hidden otherwise.
    QWidget *pausePanel() const { return m_pausePanel; }
    QString summary() const;

private:
    QString doneText() const;
    QString resultText(int index) const;
    void updateRow(int index);
    void updateProgress();

    BulkRunner *m_run;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QWidget *m_pausePanel;
    QTableWidget *m_table;
    QPushButton *m_continue;
    QPushButton *m_stop;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_close;
};

} // namespace signtraker::ui
