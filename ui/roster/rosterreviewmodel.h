// SPDX-License-Identifier: Apache-2.0
// The review of a roster plan: one line per item with an include box, the action, the status
// once applied, the CSV line, the agent and, member by member, the value before and after. The
// include boxes are the person's choice of what Apply sends; the model decides nothing else.
// RosterReviewFilter shows the items of one action.
#pragma once

#include "rosterplan.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

namespace signtraker::ui {

class RosterReviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IncludeColumn,
        ActionColumn,
        StatusColumn,
        RowColumn,
        AgentColumn,
        MemberColumn,
        BeforeColumn,
        AfterColumn,
        ColumnCount
    };
    enum Role { ActionRole = Qt::UserRole + 1, ItemIndexRole };

    explicit RosterReviewModel(QObject *parent = nullptr);

    void setPlan(const RosterPlan &plan);
    // The plan as shown: the include boxes as ticked, the statuses as last set.
    RosterPlan plan() const { return m_plan; }
    const RosterItem &item(int row) const { return m_plan.items.at(row); }

    // While a run sends, the boxes are locked.
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    void setIncluded(int row, bool included);
    void setStatus(int row, RosterItem::Status status, const QString &reason);

    // The lines of an action ("create"), or every line for an empty name.
    int count(const QString &actionName = {}) const;
    // The lines that Apply would send: included, and neither unchanged nor an error.
    int sendableCount() const;
    static bool isSendable(const RosterItem &item);
    static bool isSendableAction(RosterItem::Action action);

    // "12 to create, 40 to update, 3 to deactivate and 2 errors", from a plan summary.
    static QString summarySentence(const QMap<QString, int> &summary);
    // The translated name of an action and of a status, as the table shows them.
    static QString actionText(RosterItem::Action action);
    static QString statusText(RosterItem::Status status);
    // The member paths an item changes, in the order of the patch: its leaves as AgentSchema
    // names them (a reference such as Office is one leaf).
    static QStringList changedPaths(const RosterItem &item);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void includedChanged();

private:
    QString text(const RosterItem &item, int column) const;
    QStringList beforeTexts(const RosterItem &item) const;
    QStringList afterTexts(const RosterItem &item) const;

    RosterPlan m_plan;
    bool m_editable = true;
};

class RosterReviewFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RosterReviewFilter(QObject *parent = nullptr);
    // Shows the items of one action; nullopt shows them all.
    void setAction(std::optional<RosterItem::Action> action);
    std::optional<RosterItem::Action> action() const { return m_action; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<RosterItem::Action> m_action;
};

} // namespace signtraker::ui
