// SPDX-License-Identifier: Apache-2.0
// The agents table as the window shows it: whole rows selected, no editing in place, fixed row
// height; the selection read back as records in row order and as tab-separated text.
#pragma once

#include "agentcolumns.h"

#include <QJsonObject>
#include <QList>
#include <QTableView>

namespace signtraker::ui {

class AgentsTableModel;

class AgentsTableView : public QTableView
{
    Q_OBJECT

public:
    explicit AgentsTableView(AgentsTableModel *model, QWidget *parent = nullptr);

    int selectedCount() const;
    // The selected rows' records in row order, as the table has them ($select members only).
    QList<QJsonObject> selectedRecords() const;
    // Selects and shows the agent when it is on the current page.
    bool selectAgent(qint64 id);
    // A current row from the start: the keyboard works at once and the details show something.
    void selectFirstIfNone();
    // The TSV text of the selected rows in columns, with the column titles first if asked.
    QString selectionAsTsv(const QList<AgentColumn> &columns, bool withHeader) const;

private:
    AgentsTableModel *m_model;
};

} // namespace signtraker::ui
