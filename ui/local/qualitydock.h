// SPDX-License-Identifier: Apache-2.0
// The data-quality inbox: QualityReport's findings over the local copy, by kind with their
// counts and sentences, each finding below its kind. Choosing a kind or a finding asks for its
// agents in the table; a finding with a known fix (a phone in E.164 or national format) offers
// it as one click, which the window sends through the conflict-checked write path. The report
// runs in a worker thread over its own connection to the copy: over a whole tenant it takes
// longer than the UI thread may wait.
#pragma once

#include "qualityreport.h"

#include <QDockWidget>
#include <QList>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace signtraker::ui {

class QualityDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit QualityDock(QWidget *parent = nullptr);

    // The copy to check; empty: none (the inbox says how to make one).
    void setCopyPath(const QString &path);
    // Runs the report again (after a refresh or a write); the newest run wins.
    void recheck();
    bool isChecking() const { return m_running > 0; }
    const QList<QualityFinding> &findings() const { return m_findings; }

    QTreeWidget *tree() const { return m_tree; }
    QPushButton *fixButton() const { return m_fix; }
    // Selects the kind's row (as a click would), for tests and the keyboard.
    bool chooseKind(const QString &kind);

Q_SIGNALS:
    // The table should show only these agents; label names the choice for the filter chip.
    void agentsChosen(const QList<qint64> &ids, const QString &label);
    // The one-click fix of a finding (its fix member: Id -> merge patch).
    void fixRequested(const signtraker::QualityFinding &finding);
    // A report arrived and is shown.
    void checked();

private:
    void showFindings(const QList<QualityFinding> &findings);
    void onCurrentChanged(QTreeWidgetItem *item);
    const QualityFinding *findingOf(const QTreeWidgetItem *item) const;

    QString m_path;
    QList<QualityFinding> m_findings;
    quint64 m_generation = 0;
    int m_running = 0;
    QLabel *m_status;
    QTreeWidget *m_tree;
    QPushButton *m_fix;
};

} // namespace signtraker::ui
