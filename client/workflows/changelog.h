// SPDX-License-Identifier: Apache-2.0
// Every change made on the service in this run, one row per member: time, agent, member,
// before and after. A model without widgets: the window shows it in the change-log dock, and
// it exports itself as CSV. Values are turned into text by AgentSchema::displayText, the
// words the form uses, unless the owner gives another formatting function.
#pragma once

#include "changes.h"
#include "csvwriter.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonValue>
#include <QList>

#include <functional>

namespace signtraker {

class ChangeLog : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, AgentColumn, MemberColumn, BeforeColumn, AfterColumn, ColumnCount };

    struct Entry
    {
        QDateTime time;
        qint64 agentId = 0;
        QString agentName;
        QString member; // "Address/City", "IsInactive", or empty for a create
        QString before; // as shown: the formatter's words
        QString after;
        QJsonValue beforeValue; // as recorded, for the CSV (empty cells, true/false)
        QJsonValue afterValue;
    };

    using Formatter = std::function<QString(const QJsonValue &)>;

    explicit ChangeLog(QObject *parent = nullptr);

    // For the rows recorded from now on; an empty function restores AgentSchema::displayText.
    void setFormatter(Formatter formatter);

    // Appends the rows of a change, in one insertion.
    void record(const ChangeSet &change);
    QList<Entry> entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // RFC 4180 through CsvWriter: a header row, CRLF line ends, fields quoted where needed,
    // values a spreadsheet would run as formulas neutralised unless raw; times in ISO 8601.
    QByteArray toCsv(CsvWriter::Values values = CsvWriter::Values::Neutralised) const;
    // Replaces fileName atomically; false with *error in plain words naming the file.
    bool saveCsv(const QString &fileName, QString *error,
                 CsvWriter::Values values = CsvWriter::Values::Neutralised) const;

private:
    QString text(const Entry &entry, int column) const;
    QString csvText(const Entry &entry, int column) const;
    QList<Entry> editRows(const QDateTime &time, const QJsonObject &beforeRecord,
                          const QJsonObject &patch, const QJsonObject &afterRecord) const;

    QList<Entry> m_entries;
    Formatter m_format;
};

} // namespace signtraker
