// SPDX-License-Identifier: Apache-2.0
// The columns of the agents table and the custom roles of its model: what each column shows,
// which member it reads, what it asks for in $select and sorts by in $orderby.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <Qt>

#include <optional>

namespace signtraker::ui {

enum class AgentColumn {
    Id,
    LastName,
    FirstName,
    UserName,
    Email,
    CellPhone,
    Office,
    Manager,
    PaymentMode,
    Status,    // Active / Inactive, from IsInactive
    IsManager, // yes / no
};

enum AgentRole {
    // The member's JSON value as a QVariant (numbers, bools, strings): for sorting and copying.
    RawValueRole = Qt::UserRole + 1,
    // The whole record of the row (QJsonObject).
    RecordRole,
    // The agent's Id (qint64).
    IdRole,
    // Whether the agent is inactive (bool).
    InactiveRole,
};

class AgentColumns
{
public:
    static constexpr int Count = int(AgentColumn::IsManager) + 1;

    static QList<AgentColumn> all();
    static std::optional<AgentColumn> fromIndex(int column);
    // The header text, translated.
    static QString title(AgentColumn column);
    // A stable name for settings and the query's JSON ("LastName").
    static QString key(AgentColumn column);
    static std::optional<AgentColumn> fromKey(const QString &key);
    // The member path the cell shows ("Office/Name").
    static QString memberPath(AgentColumn column);
    // The top-level member $select needs for the cell ("Office").
    static QString selectMember(AgentColumn column);
    // The path $orderby sorts by ("Office/Name").
    static QString orderByPath(AgentColumn column);
};

} // namespace signtraker::ui
