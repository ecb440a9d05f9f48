// SPDX-License-Identifier: Apache-2.0
#include "agentcolumns.h"

#include "agentschema.h"

#include <QCoreApplication>

namespace signtraker::ui {

namespace {

struct ColumnInfo
{
    AgentColumn column;
    const char *key;
    const char *path;
    const char *title; // null: the label of the member in AgentSchema
};

// clang-format off
constexpr ColumnInfo Columns[] = {
    {AgentColumn::Id,          "Id",            "Id",            nullptr},
    {AgentColumn::LastName,    "LastName",      "LastName",      nullptr},
    {AgentColumn::FirstName,   "FirstName",     "FirstName",     nullptr},
    {AgentColumn::UserName,    "UserName",      "UserName",      nullptr},
    {AgentColumn::Email,       "Email",         "Email",         nullptr},
    {AgentColumn::CellPhone,   "CellularPhone", "CellularPhone", nullptr},
    {AgentColumn::Office,      "Office",        "Office/Name",   nullptr},
    {AgentColumn::Manager,     "Manager",       "Manager/Name",  nullptr},
    {AgentColumn::PaymentMode, "PaymentMode",   "PaymentMode",   nullptr},
    // Active / Inactive, from IsInactive: a column of its own, not the member's label.
    {AgentColumn::Status,      "Status",        "IsInactive",    QT_TRANSLATE_NOOP("AgentColumns", "Status")},
    {AgentColumn::IsManager,   "IsManager",     "IsManager",     nullptr},
};
// clang-format on

const ColumnInfo &info(AgentColumn column)
{
    return Columns[int(column)];
}

} // namespace

QList<AgentColumn> AgentColumns::all()
{
    QList<AgentColumn> columns;
    for (const ColumnInfo &c : Columns)
        columns.append(c.column);
    return columns;
}

std::optional<AgentColumn> AgentColumns::fromIndex(int column)
{
    if (column < 0 || column >= Count)
        return std::nullopt;
    return AgentColumn(column);
}

QString AgentColumns::title(AgentColumn column)
{
    if (const char *title = info(column).title)
        return QCoreApplication::translate("AgentColumns", title);
    return AgentSchema::label(selectMember(column));
}

QString AgentColumns::key(AgentColumn column)
{
    return QString::fromLatin1(info(column).key);
}

std::optional<AgentColumn> AgentColumns::fromKey(const QString &key)
{
    for (const ColumnInfo &c : Columns) {
        if (key == QLatin1String(c.key))
            return c.column;
    }
    return std::nullopt;
}

QString AgentColumns::memberPath(AgentColumn column)
{
    return QString::fromLatin1(info(column).path);
}

QString AgentColumns::selectMember(AgentColumn column)
{
    return memberPath(column).section(u'/', 0, 0);
}

QString AgentColumns::orderByPath(AgentColumn column)
{
    return memberPath(column);
}

} // namespace signtraker::ui
