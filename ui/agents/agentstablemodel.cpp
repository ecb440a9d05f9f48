// SPDX-License-Identifier: Apache-2.0
#include "agentstablemodel.h"

#include "agent.h"
#include "celltext.h"

#include <QBrush>
#include <QGuiApplication>
#include <QJsonArray>
#include <QPalette>

namespace signtraker::ui {

AgentsTableModel::AgentsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int AgentsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int AgentsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : AgentColumns::Count;
}

QVariant AgentsTableModel::rawValue(const QJsonObject &record, AgentColumn column)
{
    const Agent agent(record);
    switch (column) {
    case AgentColumn::Id:
        return agent.id();
    case AgentColumn::Status:
        return agent.isInactive();
    case AgentColumn::IsManager:
        return agent.isManager();
    default:
        return agent.value(AgentColumns::memberPath(column)).toVariant();
    }
}

QString AgentsTableModel::displayText(const QJsonObject &record, AgentColumn column)
{
    const Agent agent(record);
    switch (column) {
    case AgentColumn::Id:
        return agent.id() ? QString::number(agent.id()) : QString();
    case AgentColumn::Status:
        return agent.isInactive() ? tr("Inactive") : tr("Active");
    case AgentColumn::IsManager:
        return agent.isManager() ? tr("Yes") : tr("No");
    default: {
        const QJsonValue value = agent.value(AgentColumns::memberPath(column));
        if (value.isString())
            return value.toString();
        if (value.isDouble())
            return CellText::number(value);
        if (value.isBool())
            return value.toBool() ? tr("Yes") : tr("No");
        return {};
    }
    }
}

QVariant AgentsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &record = m_records.at(index.row());
    const auto column = AgentColumn(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayText(record, column);
    case Qt::ToolTipRole:
        return Agent(record).isInactive() ? tr("Inactive agent") : QVariant();
    case Qt::ForegroundRole:
        if (Agent(record).isInactive())
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        if (column == AgentColumn::Id)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawValueRole:
        return rawValue(record, column);
    case RecordRole:
        return record;
    case IdRole:
        return Agent(record).id();
    case InactiveRole:
        return Agent(record).isInactive();
    default:
        return {};
    }
}

QVariant AgentsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        const auto column = AgentColumns::fromIndex(section);
        if (!column)
            return {};
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return AgentColumns::title(*column);
        if (role == RawValueRole)
            return AgentColumns::key(*column);
        return {};
    }
    if (role == Qt::DisplayRole && section >= 0 && section < m_records.size())
        return m_page.firstRow() + section;
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags AgentsTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> AgentsTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(RecordRole, "record");
    names.insert(IdRole, "agentId");
    names.insert(InactiveRole, "inactive");
    return names;
}

void AgentsTableModel::setPage(const Page &page)
{
    beginResetModel();
    m_page = page;
    m_records.clear();
    m_records.reserve(page.rows.size());
    for (const QJsonValue &row : page.rows)
        m_records.append(row.toObject());
    rebuildIndex();
    endResetModel();
}

void AgentsTableModel::clear()
{
    setPage(Page());
}

void AgentsTableModel::rebuildIndex()
{
    m_rowOfId.clear();
    m_rowOfId.reserve(m_records.size());
    for (int row = 0; row < m_records.size(); ++row)
        m_rowOfId.insert(Agent(m_records.at(row)).id(), row);
}

QJsonObject AgentsTableModel::recordAt(int row) const
{
    return row >= 0 && row < m_records.size() ? m_records.at(row) : QJsonObject();
}

qint64 AgentsTableModel::idAt(int row) const
{
    return Agent(recordAt(row)).id();
}

int AgentsTableModel::rowOfId(qint64 id) const
{
    return m_rowOfId.value(id, -1);
}

bool AgentsTableModel::updateRecord(const QJsonObject &record)
{
    Q_EMIT recordsEdited();
    const int row = rowOfId(Agent(record).id());
    if (row < 0)
        return false;
    m_records[row] = record;
    Q_EMIT dataChanged(index(row, 0), index(row, AgentColumns::Count - 1));
    return true;
}

int AgentsTableModel::prependRecord(const QJsonObject &record)
{
    const qint64 id = Agent(record).id();
    if (const int existing = rowOfId(id); existing >= 0) {
        updateRecord(record);
        return existing;
    }
    Q_EMIT recordsEdited();
    beginInsertRows({}, 0, 0);
    m_records.prepend(record);
    rebuildIndex();
    endInsertRows();
    return 0;
}

} // namespace signtraker::ui
