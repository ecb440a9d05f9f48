// SPDX-License-Identifier: Apache-2.0
#include "odataqueryoptions.h"

#include "jsontable.h"
#include "odataerror.h"
#include "odataparser.h"
#include "odataschema.h"

#include <QSet>
#include <algorithm>

namespace signtraker::sim {

namespace {

qint64 parseCount(const QString &option, const QString &value)
{
    bool ok = false;
    const qint64 number = value.toLongLong(&ok);
    if (!ok || number < 0 || value.startsWith(u'+'))
        throw ODataError(QStringLiteral("Invalid value '%1' for %2 query option found. The %2 "
                                        "query option requires a non-negative integer value.")
                             .arg(value, option));
    return number;
}

} // namespace

ODataQueryOptions ODataQueryOptions::parse(const QueryItems &items, const ODataSchema &schema)
{
    static const QStringList Supported = {QStringLiteral("$filter"), QStringLiteral("$orderby"),
                                          QStringLiteral("$top"), QStringLiteral("$skip"),
                                          QStringLiteral("$select")};
    ODataQueryOptions options;
    QSet<QString> seen;
    for (const auto &[key, value] : items) {
        if (!key.startsWith(u'$'))
            continue;
        if (!Supported.contains(key))
            throw ODataError(QStringLiteral("The query parameter '%1' is not supported.").arg(key));
        if (seen.contains(key))
            throw ODataError(
                QStringLiteral("Query option '%1' was specified more than once, but it "
                               "must be specified at most once.")
                    .arg(key));
        seen.insert(key);
        if (value.trimmed().isEmpty())
            throw ODataError(
                QStringLiteral("The value for OData query '%1' cannot be empty.").arg(key));

        if (key == u"$filter") {
            options.m_filter = ODataParser(value, schema).parseFilter();
        } else if (key == u"$orderby") {
            options.m_orderBy = std::make_shared<std::vector<ODataOrderKey>>(
                ODataParser(value, schema).parseOrderBy());
        } else if (key == u"$top") {
            options.m_top = parseCount(key, value);
        } else if (key == u"$skip") {
            options.m_skip = parseCount(key, value);
        } else if (key == u"$select") {
            for (const QString &part : value.split(u',')) {
                const QString name = part.trimmed();
                if (name == u"*") {
                    options.m_select.clear();
                    break;
                }
                if (name.contains(u'/'))
                    throw ODataError(QStringLiteral("Selecting '%1' is not supported: $select "
                                                    "takes top-level members only.")
                                         .arg(name));
                if (name.isEmpty() || schema.indexOf(name) < 0)
                    throw ODataError(QStringLiteral("Could not find a property named '%1' on type "
                                                    "'%2'.")
                                         .arg(name, schema.typeName()));
                if (!options.m_select.contains(name))
                    options.m_select.append(name);
            }
        }
    }
    return options;
}

void ODataQueryOptions::capTop(qint64 maxTop)
{
    if (maxTop > 0)
        m_top = std::min(m_top.value_or(maxTop), maxTop);
}

std::vector<qsizetype>
ODataQueryOptions::matchingRows(const JsonTable &table,
                                const std::function<bool(qsizetype)> &prefilter) const
{
    std::vector<qsizetype> rows;
    const qsizetype count = table.rowCount();
    for (qsizetype row = 0; row < count; ++row) {
        if (prefilter && !prefilter(row))
            continue;
        if (m_filter && !m_filter->test(table, row))
            continue;
        rows.push_back(row);
    }

    const size_t skip = size_t(std::min<qint64>(m_skip, qint64(rows.size())));
    size_t end = rows.size();
    if (m_top)
        end = size_t(std::min<qint64>(qint64(skip) + *m_top, qint64(rows.size())));

    if (m_orderBy && !m_orderBy->empty()) {
        const auto &keys = *m_orderBy;
        auto less = [&keys, &table](qsizetype a, qsizetype b) {
            for (const ODataOrderKey &key : keys) {
                ODataValue scratchA;
                ODataValue scratchB;
                const ODataValue &x = key.expression->evaluate(table, a, scratchA);
                const ODataValue &y = key.expression->evaluate(table, b, scratchB);
                const int c = ODataValue::orderCompare(x, y);
                if (c != 0)
                    return key.descending ? c > 0 : c < 0;
            }
            return a < b; // rows are in Id order: a stable, unique tie-breaker
        };
        if (end < rows.size())
            std::partial_sort(rows.begin(), rows.begin() + qsizetype(end), rows.end(), less);
        else
            std::sort(rows.begin(), rows.end(), less);
    }
    rows.erase(rows.begin() + qsizetype(end), rows.end());
    rows.erase(rows.begin(), rows.begin() + qsizetype(skip));
    return rows;
}

QJsonArray ODataQueryOptions::apply(const JsonTable &table,
                                    const std::function<bool(qsizetype)> &prefilter) const
{
    QJsonArray array;
    for (const qsizetype row : matchingRows(table, prefilter))
        array.append(project(table.at(row)));
    return array;
}

QJsonObject ODataQueryOptions::project(const QJsonObject &record) const
{
    if (m_select.isEmpty())
        return record;
    QJsonObject projected;
    for (const QString &name : m_select) {
        const auto it = record.constFind(name);
        if (it != record.constEnd())
            projected.insert(name, it.value());
    }
    return projected;
}

} // namespace signtraker::sim
