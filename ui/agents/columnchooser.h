// SPDX-License-Identifier: Apache-2.0
// The agents table's header: which columns show and in what order (its context menu: a check
// per column, move left or right, reset), default widths, the sort indicator, and the header's
// state kept in the settings. A click on a column header asks for a sort; the query decides.
#pragma once

#include "agentcolumns.h"
#include "agentquery.h"

#include <QList>
#include <QObject>

#include <optional>

class QHeaderView;
class QMenu;
class QPoint;
class QSettings;
class QTableView;

namespace signtraker::ui {

class ColumnChooser : public QObject
{
    Q_OBJECT

public:
    // settings may be null (nothing kept).
    ColumnChooser(QTableView *table, QSettings *settings, QObject *parent = nullptr);

    // The visible columns in their on-screen order (copy, export, the query's $select).
    QList<AgentColumn> visibleColumns() const;
    // query's visibleColumns set to the columns on screen (kept as they were if none shows).
    void visibleColumnsInto(AgentQuery &query) const;
    // The sort indicator follows query (no sortRequested()).
    void showSort(const AgentQuery &query);

    void restoreState();
    void saveState();

Q_SIGNALS:
    // A column was shown or hidden (the $select may change).
    void columnsChanged();
    // The user clicked a column header.
    void sortRequested(std::optional<signtraker::ui::AgentColumn> column, Qt::SortOrder order);

private:
    QHeaderView *header() const;
    void showMenu(const QPoint &pos);
    void addMoveActions(QMenu *menu, int clicked);
    void reset();
    int defaultWidth(AgentColumn column) const;

    QTableView *m_table;
    QSettings *m_settings;
    bool m_syncing = false;
};

} // namespace signtraker::ui
