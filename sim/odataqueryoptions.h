// SPDX-License-Identifier: Apache-2.0
// The OData system query options of one list request ($filter, $orderby, $top, $skip,
// $select), compiled once and then applied to a table: filter, order (ties by row order), page,
// project.
#pragma once

#include "odataexpression.h"
#include "odataorderkey.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace signtraker::sim {

class JsonTable;
class ODataSchema;

class ODataQueryOptions
{
public:
    using QueryItems = QList<std::pair<QString, QString>>;

    // Reads the $-options from fully decoded query items; other keys are left to the caller.
    // Throws ODataError.
    static ODataQueryOptions parse(const QueryItems &items, const ODataSchema &schema);

    // The rows that pass `prefilter` (if set) and $filter, ordered, paged.
    std::vector<qsizetype> matchingRows(const JsonTable &table,
                                        const std::function<bool(qsizetype)> &prefilter = {}) const;
    // matchingRows, projected by $select, as the service's bare array.
    QJsonArray apply(const JsonTable &table,
                     const std::function<bool(qsizetype)> &prefilter = {}) const;
    QJsonObject project(const QJsonObject &record) const;

    // The service's silent page size (ASP.NET's PageSize): $top becomes at most maxTop rows,
    // and a request without $top gets maxTop rows too.
    void capTop(qint64 maxTop);
    // A broken service: every page starts at the first row whatever $skip says.
    void ignoreSkip() { m_skip = 0; }

    bool hasFilter() const { return m_filter != nullptr; }
    std::optional<qint64> top() const { return m_top; }
    qint64 skip() const { return m_skip; }
    QStringList select() const { return m_select; }

private:
    std::shared_ptr<ODataExpression> m_filter;
    std::shared_ptr<std::vector<ODataOrderKey>> m_orderBy;
    std::optional<qint64> m_top;
    qint64 m_skip = 0;
    QStringList m_select; // empty: every member
};

} // namespace signtraker::sim
