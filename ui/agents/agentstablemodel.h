// SPDX-License-Identifier: Apache-2.0
// The agents of the current page as a table. Columns and roles are in agentcolumns.h; records
// stay QJsonObjects so that nothing the service sent is lost. The model never sorts itself: a
// sort is a new query (AgentsController), and a new page replaces the rows.
#pragma once

#include "agentcolumns.h"
#include "pager.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QList>

namespace signtraker::ui {

class AgentsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit AgentsTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // A whole new page: the only reset.
    void setPage(const Page &page);
    void clear();
    const Page &page() const { return m_page; }

    QJsonObject recordAt(int row) const;
    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const; // -1 when not on this page
    QList<QJsonObject> records() const { return m_records; }

    // The row with record's Id now shows record (as the service returned it after a save or an
    // activation): dataChanged over that row only. False when the agent is not on this page.
    bool updateRecord(const QJsonObject &record);
    // A created agent, shown first on the page until the next load. Returns its row.
    int prependRecord(const QJsonObject &record);

    // The cell's text, as displayed and as copied.
    static QString displayText(const QJsonObject &record, AgentColumn column);
    static QVariant rawValue(const QJsonObject &record, AgentColumn column);

Q_SIGNALS:
    // updateRecord() or prependRecord() was told of a change on the service, whether or not the
    // agent is on this page: pages read ahead may be stale.
    void recordsEdited();

private:
    void rebuildIndex();

    Page m_page;
    QList<QJsonObject> m_records;
    QHash<qint64, int> m_rowOfId;
};

} // namespace signtraker::ui
