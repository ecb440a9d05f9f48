#include "agentcolumns.h"

#include <QCoreApplication>

namespace signtraker::ui {

namespace {

struct ColumnInfo
{
    AgentColumn column;
    const char *key;
    const char *title;
    const char *path;
};

// clang-format off
constexpr ColumnInfo Columns[] = {
    {AgentColumn::Id,          "Id",            QT_TRANSLATE_NOOP("AgentColumns", "Id"),           "Id"},
    {AgentColumn::LastName,    "LastName",      QT_TRANSLATE_NOOP("AgentColumns", "Last name"),    "LastName"},
    {AgentColumn::FirstName,   "FirstName",     QT_TRANSLATE_NOOP("AgentColumns", "First name"),   "FirstName"},
    {AgentColumn::UserName,    "UserName",      QT_TRANSLATE_NOOP("AgentColumns", "User name"),    "UserName"},
    {AgentColumn::Email,       "Email",         QT_TRANSLATE_NOOP("AgentColumns", "Email"),        "Email"},
    {AgentColumn::CellPhone,   "CellularPhone", QT_TRANSLATE_NOOP("AgentColumns", "Cell phone"),   "CellularPhone"},
    {AgentColumn::Office,      "Office",        QT_TRANSLATE_NOOP("AgentColumns", "Office"),       "Office/Name"},
    {AgentColumn::Manager,     "Manager",       QT_TRANSLATE_NOOP("AgentColumns", "Manager"),      "Manager/Name"},
    {AgentColumn::PaymentMode, "PaymentMode",   QT_TRANSLATE_NOOP("AgentColumns", "Payment mode"), "PaymentMode"},
    {AgentColumn::Status,      "Status",        QT_TRANSLATE_NOOP("AgentColumns", "Status"),       "IsInactive"},
    {AgentColumn::IsManager,   "IsManager",     QT_TRANSLATE_NOOP("AgentColumns", "Is manager"),   "IsManager"},
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
    return QCoreApplication::translate("AgentColumns", info(column).title);
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
