// SPDX-License-Identifier: Apache-2.0
// The state of the agents table as a value: search text, filters, sort, page and visible
// columns. toListQuery() is the one place where that state becomes OData parameters; widgets
// edit an AgentQuery and hand it to AgentsController.
#pragma once

#include "agentcolumns.h"
#include "listquery.h"
#include "odatafilter.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace signtraker::ui {

class AgentQuery
{
public:
    enum class Status { All, Active, Inactive };
    enum class Role { All, Managers, Agents };
    // How the search box text is read.
    enum class SearchKind { None, Email, Id, Text };

    static constexpr int DefaultPageSize = 50;
    static const QList<int> &pageSizes();     // 25, 50, 100, 250, 500
    static const QStringList &paymentModes(); // AgentSchema's PaymentMode values
    static QList<AgentColumn> defaultVisibleColumns();
    // The last page index whose row numbers fit in an int (the pager computes index * size and
    // asks for size + 1 rows in int): a page index restored from settings or a long walk of
    // Next is clamped to it, so that no offset overflows.
    static int maxPageIndex(int pageSize);
    // pageSize when it is one of pageSizes(), else DefaultPageSize: the size pages are read in.
    int effectivePageSize() const;

    QString searchText;
    std::optional<qint64> officeId;
    QString officeName; // for the filter chip; not sent
    Status status = Status::All;
    Role role = Role::All;
    QString paymentMode; // empty: all
    QString advancedFilter;
    std::optional<AgentColumn> sortColumn;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    int pageIndex = 0; // 0 to maxPageIndex(pageSize)
    int pageSize = DefaultPageSize;
    QList<AgentColumn> visibleColumns = defaultVisibleColumns();
    // Only these agents (a finding of the data-quality inbox), named by idsLabel in the chip.
    // Not kept in settings: a finding is of the moment.
    QList<qint64> ids;
    QString idsLabel;

    // An e-mail address (something@host.tld, no spaces) → Email; only digits → Id; other text
    // → Text; blank → None.
    static SearchKind searchKind(const QString &text);

    // The $filter of the search and filters, AND-ed (the advanced filter parenthesized); may be
    // invalid (unbalanced advanced filter): see filterError().
    odata::Filter filter() const;
    QString filterError() const;
    bool hasFilters() const; // any search text or filter
    // Search and filters cleared, the rest kept; page back to the first.
    AgentQuery withoutFilters() const;

    // The current page: $filter, email, $orderby (+ Id), $top = size + 1, $skip, $select.
    ListQuery toListQuery() const;
    // The whole query without paging, for walking every page (count, export); select as given
    // (empty: every member).
    ListQuery toUnpagedListQuery(const QStringList &select) const;
    // $select: the visible columns' members, Id and IsInactive, in column order.
    QStringList selectMembers() const;
    QStringList orderBy() const; // without the Id tie-breaker

    QJsonObject toJson() const;
    // Unknown or bad members fall back to the defaults.
    static AgentQuery fromJson(const QJsonObject &json);

    bool operator==(const AgentQuery &other) const = default;
};

} // namespace signtraker::ui
