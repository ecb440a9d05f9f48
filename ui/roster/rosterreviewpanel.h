// SPDX-License-Identifier: Apache-2.0
// The plan as the person reviews it: the summary sentence, a filter by action that shows each
// action's count, Include All Shown and Exclude All Shown, and the table of items (one include
// box per line). What is excluded here is not sent.
#pragma once

#include "rosterplan.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace signtraker::ui {

class RosterReviewFilter;
class RosterReviewModel;

class RosterReviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RosterReviewPanel(QWidget *parent = nullptr);

    void setPlan(const RosterPlan &plan);
    RosterReviewModel *model() const { return m_model; }
    RosterReviewFilter *filter() const { return m_filter; }

    // Locks the include boxes and the all-shown buttons (a run is sending).
    void setEditable(bool editable);
    // Shows the items of one action ("update"), or all for an empty name.
    void showAction(const QString &actionName);
    // Ticks or unticks every item the filter shows.
    void includeShown(bool included);

    QString summary() const;
    QLabel *summaryLabel() const { return m_summary; }
    QComboBox *actionFilter() const { return m_actions; }
    QPushButton *includeShownButton() const { return m_includeShown; }
    QPushButton *excludeShownButton() const { return m_excludeShown; }
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void includedChanged();

private:
    void fillActionFilter();
    void updateSummary();

    RosterReviewModel *m_model;
    RosterReviewFilter *m_filter;
    QLabel *m_summary;
    QComboBox *m_actions;
    QPushButton *m_includeShown;
    QPushButton *m_excludeShown;
    QTableView *m_table;
};

} // namespace signtraker::ui
