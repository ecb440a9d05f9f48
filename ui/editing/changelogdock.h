// SPDX-License-Identifier: Apache-2.0
// The change log as a dock: every change of this run, newest at the bottom, and Export CSV.
#pragma once

#include <QDockWidget>

class QTableView;
class QPushButton;

namespace signtraker {
class ChangeLog;
} // namespace signtraker

namespace signtraker::ui {

class Dialogs;

class ChangeLogDock : public QDockWidget
{
    Q_OBJECT

public:
    ChangeLogDock(ChangeLog *log, Dialogs *dialogs, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QPushButton *exportButton() const { return m_export; }

public Q_SLOTS:
    // Asks for a file name (through the dialog seam) and writes the CSV there.
    void exportCsv();

Q_SIGNALS:
    void exported(const QString &fileName);
    void exportFailed(const QString &message);

private:
    ChangeLog *m_log;
    Dialogs *m_dialogs;
    QTableView *m_view;
    QPushButton *m_export;
};

} // namespace signtraker::ui
