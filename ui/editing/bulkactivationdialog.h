// The progress of a BulkActivation: a bar, a result per agent, Cancel while it runs and
// "Retry failed" once it is done. Non-modal: the table stays usable and updates row by row.
#pragma once

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace signtraker::ui {

class BulkActivation;

class BulkActivationDialog : public QDialog
{
    Q_OBJECT

public:
    // Does not take ownership of run; run must outlive the dialog or be its child.
    explicit BulkActivationDialog(BulkActivation *run, QWidget *parent = nullptr);

    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retryButton() const { return m_retry; }
    QTableWidget *results() const { return m_table; }
    QString summary() const;

private:
    void updateRow(int index);
    void updateProgress();

    BulkActivation *m_run;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QTableWidget *m_table;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_close;
};

} // namespace signtraker::ui
