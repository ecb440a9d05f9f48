// SPDX-License-Identifier: Apache-2.0
#include "rosterreviewmodel.h"

#include "agent.h"
#include "agentschema.h"
#include "patchpaths.h"

#include <QLocale>

#include <algorithm>

namespace signtraker::ui {

namespace {

const QString InactivePath = QStringLiteral("IsInactive");

} // namespace

RosterReviewModel::RosterReviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RosterReviewModel::setPlan(const RosterPlan &plan)
{
    beginResetModel();
    m_plan = plan;
    endResetModel();
    Q_EMIT includedChanged();
}

void RosterReviewModel::setEditable(bool editable)
{
    if (m_editable == editable)
        return;
    m_editable = editable;
    if (!m_plan.items.isEmpty())
        Q_EMIT dataChanged(index(0, IncludeColumn), index(rowCount() - 1, IncludeColumn));
}

void RosterReviewModel::setIncluded(int row, bool included)
{
    if (row < 0 || row >= rowCount() || !isSendableAction(m_plan.items.at(row).action))
        return;
    RosterItem &item = m_plan.items[row];
    if (item.included == included)
        return;
    item.included = included;
    Q_EMIT dataChanged(index(row, IncludeColumn), index(row, IncludeColumn));
    Q_EMIT includedChanged();
}

void RosterReviewModel::setStatus(int row, RosterItem::Status status, const QString &reason)
{
    if (row < 0 || row >= rowCount())
        return;
    m_plan.items[row].status = status;
    m_plan.items[row].reason = reason;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool RosterReviewModel::isSendableAction(RosterItem::Action action)
{
    return action != RosterItem::Action::Unchanged && action != RosterItem::Action::Error;
}

bool RosterReviewModel::isSendable(const RosterItem &item)
{
    return item.included && isSendableAction(item.action);
}

int RosterReviewModel::count(const QString &actionName) const
{
    if (actionName.isEmpty())
        return rowCount();
    return int(std::count_if(m_plan.items.cbegin(), m_plan.items.cend(),
                             [&actionName](const RosterItem &item) {
                                 return RosterItem::actionName(item.action) == actionName;
                             }));
}

int RosterReviewModel::sendableCount() const
{
    return int(std::count_if(m_plan.items.cbegin(), m_plan.items.cend(), &isSendable));
}

QString RosterReviewModel::summarySentence(const QMap<QString, int> &summary)
{
    QStringList parts;
    const auto add = [&parts, &summary](const char *key, const QString &text) {
        if (summary.value(QLatin1String(key)) > 0)
            parts.append(text);
    };
    const auto n = [&summary](const char *key) { return summary.value(QLatin1String(key)); };
    add("create", tr("%n to create", nullptr, n("create")));
    add("update", tr("%n to update", nullptr, n("update")));
    add("activate", tr("%n to activate", nullptr, n("activate")));
    add("deactivate", tr("%n to deactivate", nullptr, n("deactivate")));
    add("unchanged", tr("%n unchanged", nullptr, n("unchanged")));
    // English has no plural forms loaded (it is the source language): "1 errors" otherwise.
    add("error", n("error") == 1 ? tr("1 error") : tr("%n errors", nullptr, n("error")));
    if (parts.isEmpty())
        return tr("Nothing to do.");
    return QLocale().createSeparatedList(parts);
}

QString RosterReviewModel::actionText(RosterItem::Action action)
{
    switch (action) {
    case RosterItem::Action::Create:
        return tr("Create");
    case RosterItem::Action::Update:
        return tr("Update");
    case RosterItem::Action::Activate:
        return tr("Activate");
    case RosterItem::Action::Deactivate:
        return tr("Deactivate");
    case RosterItem::Action::Unchanged:
        return tr("Unchanged");
    case RosterItem::Action::Error:
        return tr("Error");
    }
    return {};
}

QString RosterReviewModel::statusText(RosterItem::Status status)
{
    switch (status) {
    case RosterItem::Status::Planned:
        return tr("Planned");
    case RosterItem::Status::Done:
        return tr("Done");
    case RosterItem::Status::Skipped:
        return tr("Skipped");
    case RosterItem::Status::Conflict:
        return tr("Conflict");
    case RosterItem::Status::Failed:
        return tr("Failed");
    case RosterItem::Status::Error:
        return tr("Error");
    }
    return {};
}

QStringList RosterReviewModel::changedPaths(const RosterItem &item)
{
    switch (item.action) {
    case RosterItem::Action::Create:
    case RosterItem::Action::Update: {
        // In the form's order, not the JSON keys' alphabetical one.
        QStringList paths = PatchPaths::leaves(item.patch);
        const auto order = [](const QString &path) {
            const QList<AgentSchema::Member> &members = AgentSchema::members();
            const auto found = std::find_if(
                members.cbegin(), members.cend(),
                [&path](const AgentSchema::Member &member) { return member.path == path; });
            return found - members.cbegin();
        };
        std::stable_sort(paths.begin(), paths.end(),
                         [&order](const QString &left, const QString &right) {
                             return order(left) < order(right);
                         });
        return paths;
    }
    case RosterItem::Action::Activate:
    case RosterItem::Action::Deactivate:
        return {InactivePath};
    case RosterItem::Action::Unchanged:
    case RosterItem::Action::Error:
        break;
    }
    return {};
}

QStringList RosterReviewModel::beforeTexts(const RosterItem &item) const
{
    QStringList texts;
    const Agent planned(item.planned);
    for (const QString &path : changedPaths(item)) {
        if (item.action == RosterItem::Action::Create)
            texts.append(QString()); // nothing before: "(empty)" on every line would only be noise
        else if (path == InactivePath)
            texts.append(AgentSchema::displayText(item.action == RosterItem::Action::Activate));
        else
            texts.append(AgentSchema::displayText(planned.value(path)));
    }
    return texts;
}

QStringList RosterReviewModel::afterTexts(const RosterItem &item) const
{
    QStringList texts;
    const Agent patch(item.patch);
    for (const QString &path : changedPaths(item)) {
        if (path == InactivePath && item.patch.isEmpty())
            texts.append(AgentSchema::displayText(item.action == RosterItem::Action::Deactivate));
        else
            texts.append(AgentSchema::displayText(patch.value(path)));
    }
    return texts;
}

QString RosterReviewModel::text(const RosterItem &item, int column) const
{
    switch (column) {
    case ActionColumn:
        return actionText(item.action);
    case StatusColumn:
        if (isSendableAction(item.action) && !item.included &&
            item.status == RosterItem::Status::Planned)
            return tr("Excluded: not sent");
        if (item.action == RosterItem::Action::Unchanged &&
            item.status == RosterItem::Status::Planned)
            return QString(); // nothing to send, nothing to report
        if (item.action == RosterItem::Action::Error || !item.reason.isEmpty())
            return item.reason.isEmpty() ? statusText(item.status)
                                         : tr("%1: %2").arg(statusText(item.status), item.reason);
        return statusText(item.status);
    case RowColumn:
        return item.row > 0 ? QString::number(item.row) : QString();
    case AgentColumn: {
        const QString name = item.name.isEmpty() ? item.email : item.name;
        return item.id > 0 ? tr("%1 (%2)").arg(name).arg(item.id) : name;
    }
    case MemberColumn: {
        QStringList labels;
        for (const QString &path : changedPaths(item))
            labels.append(AgentSchema::label(path));
        return labels.join(QLatin1Char('\n'));
    }
    case BeforeColumn:
        return beforeTexts(item).join(QLatin1Char('\n'));
    case AfterColumn:
        return afterTexts(item).join(QLatin1Char('\n'));
    default:
        return {};
    }
}

int RosterReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.items.size());
}

int RosterReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RosterReviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const RosterItem &item = m_plan.items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(item, index.column());
    case Qt::ToolTipRole:
        return index.column() == IncludeColumn ? QVariant() : text(item, index.column());
    case Qt::CheckStateRole:
        if (index.column() == IncludeColumn && isSendableAction(item.action))
            return item.included ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == IncludeColumn)
            return item.included ? tr("Included") : tr("Excluded");
        return text(item, index.column());
    case ActionRole:
        return int(item.action);
    case ItemIndexRole:
        return index.row();
    default:
        return {};
    }
}

bool RosterReviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != IncludeColumn || !m_editable)
        return false;
    setIncluded(index.row(), value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags RosterReviewModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == IncludeColumn && m_editable &&
        isSendableAction(m_plan.items.at(index.row()).action))
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant RosterReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IncludeColumn:
        return tr("Send");
    case ActionColumn:
        return tr("Action");
    case StatusColumn:
        return tr("Status");
    case RowColumn:
        return tr("Line");
    case AgentColumn:
        return tr("Agent");
    case MemberColumn:
        return tr("Member");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    default:
        return {};
    }
}

RosterReviewFilter::RosterReviewFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void RosterReviewFilter::setAction(std::optional<RosterItem::Action> action)
{
    m_action = action;
    invalidateFilter();
}

bool RosterReviewFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_action)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(RosterReviewModel::ActionRole).toInt() == int(*m_action);
}

} // namespace signtraker::ui
