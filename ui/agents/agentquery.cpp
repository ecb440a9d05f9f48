// SPDX-License-Identifier: Apache-2.0
#include "agentquery.h"

#include "agentschema.h"
#include "pager.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace signtraker::ui {

const QList<int> &AgentQuery::pageSizes()
{
    static const QList<int> sizes{25, 50, 100, 250, 500};
    return sizes;
}

const QStringList &AgentQuery::paymentModes()
{
    static const QStringList modes = AgentSchema::allowedValues(QStringLiteral("PaymentMode"));
    return modes;
}

QList<AgentColumn> AgentQuery::defaultVisibleColumns()
{
    return AgentColumns::all();
}

AgentQuery::SearchKind AgentQuery::searchKind(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return SearchKind::None;
    static const QRegularExpression email(QStringLiteral(R"(^[^\s@]+@[^\s@]+\.[^\s@]+$)"));
    if (email.match(t).hasMatch())
        return SearchKind::Email;
    static const QRegularExpression digits(QStringLiteral(R"(^\d{1,18}$)"));
    if (digits.match(t).hasMatch())
        return SearchKind::Id;
    return SearchKind::Text;
}

odata::Filter AgentQuery::filter() const
{
    using odata::Field;
    using odata::Filter;
    QList<Filter> parts;
    const QString text = searchText.trimmed();
    switch (searchKind(text)) {
    case SearchKind::Id:
        parts << Field(QStringLiteral("Id")).eq(text.toLongLong());
        break;
    case SearchKind::Text:
        parts << odata::searchFilter(text);
        break;
    case SearchKind::Email: // sent as email=, not in $filter
    case SearchKind::None:
        break;
    }
    if (officeId)
        parts << Field(QStringLiteral("Office/Id")).eq(*officeId);
    if (status != Status::All)
        parts << Field(QStringLiteral("IsInactive")).eq(status == Status::Inactive);
    if (role != Role::All)
        parts << Field(QStringLiteral("IsManager")).eq(role == Role::Managers);
    if (!paymentMode.isEmpty())
        parts << Field(QStringLiteral("PaymentMode")).eq(paymentMode);
    if (!ids.isEmpty()) {
        QList<Filter> anyId;
        for (qint64 id : ids)
            anyId << Field(QStringLiteral("Id")).eq(id);
        parts << Filter::anyOf(anyId);
    }
    parts << Filter::raw(advancedFilter);
    return Filter::allOf(parts);
}

QString AgentQuery::filterError() const
{
    return filter().errorString();
}

bool AgentQuery::hasFilters() const
{
    return !searchText.trimmed().isEmpty() || officeId || status != Status::All ||
           role != Role::All || !paymentMode.isEmpty() || !advancedFilter.trimmed().isEmpty() ||
           !ids.isEmpty();
}

AgentQuery AgentQuery::withoutFilters() const
{
    AgentQuery q = *this;
    q.searchText.clear();
    q.officeId.reset();
    q.officeName.clear();
    q.status = Status::All;
    q.role = Role::All;
    q.paymentMode.clear();
    q.advancedFilter.clear();
    q.ids.clear();
    q.idsLabel.clear();
    q.pageIndex = 0;
    return q;
}

QStringList AgentQuery::orderBy() const
{
    if (!sortColumn)
        return {};
    QString term = AgentColumns::orderByPath(*sortColumn);
    if (sortOrder == Qt::DescendingOrder)
        term += QStringLiteral(" desc");
    return {term};
}

QStringList AgentQuery::selectMembers() const
{
    QStringList select;
    auto add = [&select](const QString &member) {
        if (!select.contains(member))
            select.append(member);
    };
    add(QStringLiteral("Id"));
    for (AgentColumn column : AgentColumns::all()) {
        if (visibleColumns.contains(column))
            add(AgentColumns::selectMember(column));
    }
    add(QStringLiteral("IsInactive"));
    return select;
}

ListQuery AgentQuery::toUnpagedListQuery(const QStringList &select) const
{
    ListQuery q;
    q.filter = filter().toString();
    if (searchKind(searchText) == SearchKind::Email)
        q.email = searchText.trimmed();
    q.orderBy = orderBy();
    q.select = select;
    return q;
}

int AgentQuery::maxPageIndex(int pageSize)
{
    const int size = std::max(1, pageSize);
    return (std::numeric_limits<int>::max() - 1) / size - 1;
}

int AgentQuery::effectivePageSize() const
{
    return pageSizes().contains(pageSize) ? pageSize : DefaultPageSize;
}

ListQuery AgentQuery::toListQuery() const
{
    const int size = effectivePageSize();
    return Pager::pageQuery(toUnpagedListQuery(selectMembers()),
                            std::clamp(pageIndex, 0, maxPageIndex(size)), size);
}

namespace {

template <typename E>
QString enumName(E value, std::initializer_list<std::pair<E, const char *>> names)
{
    for (const auto &[e, name] : names) {
        if (e == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template <typename E>
E enumValue(const QString &text, E fallback,
            std::initializer_list<std::pair<E, const char *>> names)
{
    for (const auto &[e, name] : names) {
        if (text == QLatin1String(name))
            return e;
    }
    return fallback;
}

const std::initializer_list<std::pair<AgentQuery::Status, const char *>> StatusNames{
    {AgentQuery::Status::All, "all"},
    {AgentQuery::Status::Active, "active"},
    {AgentQuery::Status::Inactive, "inactive"}};
const std::initializer_list<std::pair<AgentQuery::Role, const char *>> RoleNames{
    {AgentQuery::Role::All, "all"},
    {AgentQuery::Role::Managers, "managers"},
    {AgentQuery::Role::Agents, "agents"}};

} // namespace

QJsonObject AgentQuery::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("search"), searchText);
    if (officeId) {
        json.insert(QStringLiteral("officeId"), QString::number(*officeId));
        json.insert(QStringLiteral("officeName"), officeName);
    }
    json.insert(QStringLiteral("status"), enumName(status, StatusNames));
    json.insert(QStringLiteral("role"), enumName(role, RoleNames));
    json.insert(QStringLiteral("paymentMode"), paymentMode);
    json.insert(QStringLiteral("advancedFilter"), advancedFilter);
    if (sortColumn) {
        json.insert(QStringLiteral("sortColumn"), AgentColumns::key(*sortColumn));
        json.insert(QStringLiteral("sortOrder"), sortOrder == Qt::DescendingOrder
                                                     ? QStringLiteral("desc")
                                                     : QStringLiteral("asc"));
    }
    json.insert(QStringLiteral("pageIndex"), pageIndex);
    json.insert(QStringLiteral("pageSize"), pageSize);
    QJsonArray columns;
    for (AgentColumn column : visibleColumns)
        columns.append(AgentColumns::key(column));
    json.insert(QStringLiteral("visibleColumns"), columns);
    return json;
}

AgentQuery AgentQuery::fromJson(const QJsonObject &json)
{
    AgentQuery q;
    q.searchText = json.value(QStringLiteral("search")).toString();
    bool ok = false;
    const qint64 office = json.value(QStringLiteral("officeId")).toString().toLongLong(&ok);
    if (ok) {
        q.officeId = office;
        q.officeName = json.value(QStringLiteral("officeName")).toString();
    }
    q.status = enumValue(json.value(QStringLiteral("status")).toString(), Status::All, StatusNames);
    q.role = enumValue(json.value(QStringLiteral("role")).toString(), Role::All, RoleNames);
    const QString mode = json.value(QStringLiteral("paymentMode")).toString();
    if (paymentModes().contains(mode))
        q.paymentMode = mode;
    q.advancedFilter = json.value(QStringLiteral("advancedFilter")).toString();
    q.sortColumn = AgentColumns::fromKey(json.value(QStringLiteral("sortColumn")).toString());
    if (q.sortColumn && json.value(QStringLiteral("sortOrder")).toString() == QLatin1String("desc"))
        q.sortOrder = Qt::DescendingOrder;
    const int size = json.value(QStringLiteral("pageSize")).toInt(DefaultPageSize);
    q.pageSize = pageSizes().contains(size) ? size : DefaultPageSize;
    // A hand-edited or stale index: clamped before any arithmetic on it (toInt() of a double
    // out of int's range is 0, not undefined).
    q.pageIndex =
        std::clamp(json.value(QStringLiteral("pageIndex")).toInt(0), 0, maxPageIndex(q.pageSize));
    if (json.contains(QStringLiteral("visibleColumns"))) {
        QList<AgentColumn> columns;
        for (const QJsonValue &v : json.value(QStringLiteral("visibleColumns")).toArray()) {
            if (auto column = AgentColumns::fromKey(v.toString());
                column && !columns.contains(*column))
                columns.append(*column);
        }
        if (!columns.isEmpty())
            q.visibleColumns = columns;
    }
    return q;
}

} // namespace signtraker::ui
