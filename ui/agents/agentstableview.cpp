// SPDX-License-Identifier: Apache-2.0
#include "agentstableview.h"

#include "agentstablemodel.h"

#include <QHeaderView>

#include <algorithm>

namespace signtraker::ui {

namespace {

QString tsvField(QString text)
{
    text.replace(u'\t', u' ');
    text.replace(u'\r', u' ');
    text.replace(u'\n', u' ');
    return text;
}

} // namespace

AgentsTableView::AgentsTableView(AgentsTableModel *model, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("agentsTable"));
    setAccessibleName(tr("Agents"));
    setModel(model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTabKeyNavigation(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setVisible(false);
}

int AgentsTableView::selectedCount() const
{
    return int(selectionModel()->selectedRows().size());
}

QList<QJsonObject> AgentsTableView::selectedRecords() const
{
    QList<int> rows;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<QJsonObject> records;
    for (int row : std::as_const(rows))
        records.append(m_model->recordAt(row));
    return records;
}

bool AgentsTableView::selectAgent(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    scrollTo(index);
    return true;
}

void AgentsTableView::selectFirstIfNone()
{
    if (selectedCount() == 0 && m_model->rowCount() > 0)
        selectionModel()->setCurrentIndex(
            m_model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QString AgentsTableView::selectionAsTsv(const QList<AgentColumn> &columns, bool withHeader) const
{
    QStringList lines;
    if (withHeader) {
        QStringList titles;
        for (AgentColumn column : columns)
            titles.append(tsvField(AgentColumns::title(column)));
        lines.append(titles.join(u'\t'));
    }
    for (const QJsonObject &record : selectedRecords()) {
        QStringList fields;
        for (AgentColumn column : columns)
            fields.append(tsvField(AgentsTableModel::displayText(record, column)));
        lines.append(fields.join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace signtraker::ui
