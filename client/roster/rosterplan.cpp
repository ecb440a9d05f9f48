// SPDX-License-Identifier: Apache-2.0
#include "rosterplan.h"

#include <QJsonArray>

namespace signtraker {

QMap<QString, int> RosterPlan::summary() const
{
    using Action = RosterItem::Action;
    using Status = RosterItem::Status;
    QMap<QString, int> counts;
    for (Action action : {Action::Create, Action::Update, Action::Activate, Action::Deactivate,
                          Action::Unchanged, Action::Error})
        counts.insert(RosterItem::actionName(action), 0);
    for (Status status : {Status::Conflict, Status::Failed})
        counts.insert(RosterItem::statusName(status), 0);
    for (const RosterItem &item : items) {
        ++counts[RosterItem::actionName(item.action)];
        if (item.status == Status::Conflict || item.status == Status::Failed)
            ++counts[RosterItem::statusName(item.status)];
    }
    return counts;
}

QJsonObject RosterPlan::toJson() const
{
    QJsonObject counts;
    const QMap<QString, int> all = summary();
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        counts.insert(it.key(), it.value());
    QJsonArray list;
    for (const RosterItem &item : items)
        list.append(item.toJson());
    return {{QStringLiteral("summary"), counts}, {QStringLiteral("items"), list}};
}

} // namespace signtraker
