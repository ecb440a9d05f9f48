// SPDX-License-Identifier: Apache-2.0
#include "changelog.h"

#include "agent.h"
#include "agentschema.h"
#include "csvwriter.h"
#include "patchpaths.h"

#include <QLocale>

namespace signtraker {

ChangeLog::ChangeLog(QObject *parent)
    : QAbstractTableModel(parent)
    , m_format(&AgentSchema::displayText)
{}

void ChangeLog::setFormatter(Formatter formatter)
{
    m_format = formatter ? std::move(formatter) : Formatter(&AgentSchema::displayText);
}

QList<ChangeLog::Entry> ChangeLog::editRows(const QDateTime &time, const QJsonObject &beforeRecord,
                                            const QJsonObject &patch,
                                            const QJsonObject &afterRecord) const
{
    QList<Entry> rows;
    const Agent before(beforeRecord);
    const Agent after(afterRecord.isEmpty() ? beforeRecord : afterRecord);
    const qint64 id = before.id() ? before.id() : after.id();
    for (const QString &path : PatchPaths::leaves(patch)) {
        const QJsonValue was = before.value(path);
        const QJsonValue is = after.value(path);
        rows.append({time, id, after.displayName(), path, m_format(was), m_format(is), was, is});
    }
    return rows;
}

void ChangeLog::record(const ChangeSet &change)
{
    const QDateTime time = change.time.isValid() ? change.time : QDateTime::currentDateTime();
    QList<Entry> rows;
    switch (change.kind) {
    case ChangeSet::Kind::Edit:
        rows = editRows(time, change.before, change.patch, change.after);
        break;
    case ChangeSet::Kind::BulkEdit:
        for (const ChangeSet::AgentEdit &edit : change.edits)
            rows.append(editRows(time, edit.before, edit.patch, edit.after));
        break;
    case ChangeSet::Kind::Create: {
        const Agent created(change.after);
        rows.append({time, created.id(), created.displayName(), QString(), QString(), tr("Created"),
                     QJsonValue(), QJsonValue()});
        break;
    }
    case ChangeSet::Kind::Activate:
    case ChangeSet::Kind::Deactivate: {
        const bool inactive = change.kind == ChangeSet::Kind::Deactivate;
        for (qsizetype i = 0; i < change.agentIds.size(); ++i) {
            rows.append({time, change.agentIds.at(i), change.agentNames.value(i),
                         QStringLiteral("IsInactive"), m_format(!inactive), m_format(inactive),
                         !inactive, inactive});
        }
        break;
    }
    }
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + rows.size() - 1));
    m_entries.append(rows);
    endInsertRows();
}

int ChangeLog::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ChangeLog::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ChangeLog::text(const Entry &entry, int column) const
{
    switch (column) {
    case TimeColumn:
        return entry.time.toString(Qt::ISODate);
    case AgentColumn:
        return entry.agentName.isEmpty()
                   ? QStringLiteral("#%1").arg(entry.agentId)
                   : QStringLiteral("%1 (%2)").arg(entry.agentName).arg(entry.agentId);
    case MemberColumn:
        return entry.member;
    case BeforeColumn:
        return entry.before;
    case AfterColumn:
        return entry.after;
    }
    return {};
}

QVariant ChangeLog::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        if (index.column() == TimeColumn)
            return QLocale().toString(entry.time.time(), QLocale::ShortFormat);
        return text(entry, index.column());
    }
    if (role == Qt::ToolTipRole && index.column() == TimeColumn)
        return QLocale().toString(entry.time, QLocale::LongFormat);
    if (role == Qt::UserRole) // the raw value, for sorting
        return index.column() == TimeColumn ? QVariant(entry.time)
                                            : QVariant(text(entry, index.column()));
    return {};
}

QVariant ChangeLog::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case AgentColumn:
        return tr("Agent");
    case MemberColumn:
        return tr("Member");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    }
    return {};
}

// Values as data, as the agents' export writes them (an empty cell for null, true/false); a
// create's row keeps its words.
QString ChangeLog::csvText(const Entry &entry, int column) const
{
    if (entry.member.isEmpty())
        return text(entry, column);
    if (column == BeforeColumn)
        return AgentSchema::csvText(entry.beforeValue);
    if (column == AfterColumn)
        return AgentSchema::csvText(entry.afterValue);
    return text(entry, column);
}

QByteArray ChangeLog::toCsv(CsvWriter::Values values) const
{
    CsvWriter writer({values});
    QStringList header;
    for (int column = 0; column < ColumnCount; ++column)
        header.append(headerData(column, Qt::Horizontal).toString());
    writer.addRow(header);
    for (const Entry &entry : m_entries) {
        QStringList fields;
        for (int column = 0; column < ColumnCount; ++column)
            fields.append(csvText(entry, column));
        writer.addRow(fields);
    }
    return writer.data();
}

bool ChangeLog::saveCsv(const QString &fileName, QString *error, CsvWriter::Values values) const
{
    return CsvWriter::save(fileName, toCsv(values), error);
}

} // namespace signtraker
