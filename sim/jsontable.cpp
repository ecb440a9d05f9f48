// SPDX-License-Identifier: Apache-2.0
#include "jsontable.h"

namespace signtraker::sim {

JsonTable::JsonTable(const ODataSchema &schema)
    : m_schema(&schema)
    , m_columns(size_t(schema.count()))
{}

const ODataValue &JsonTable::value(qsizetype row, int member) const
{
    std::vector<ODataValue> &column = m_columns[size_t(member)];
    if (column.size() != m_rows.size()) {
        column.clear();
        column.reserve(m_rows.size());
        for (const QJsonObject &record : m_rows)
            column.push_back(m_schema->extract(record, member));
    }
    return column[size_t(row)];
}

void JsonTable::append(const QJsonObject &record)
{
    append(record, record.value(QLatin1String("Id")).toInteger());
}

void JsonTable::append(const QJsonObject &record, qint64 id)
{
    m_byId.insert(id, qsizetype(m_rows.size()));
    m_rows.push_back(record);
    for (size_t member = 0; member < m_columns.size(); ++member) {
        std::vector<ODataValue> &column = m_columns[member];
        if (!column.empty() && column.size() + 1 == m_rows.size())
            column.push_back(m_schema->extract(record, int(member)));
        else
            column.clear();
    }
}

void JsonTable::replace(qsizetype row, const QJsonObject &record)
{
    m_rows[size_t(row)] = record;
    for (size_t member = 0; member < m_columns.size(); ++member) {
        std::vector<ODataValue> &column = m_columns[member];
        if (column.size() == m_rows.size())
            column[size_t(row)] = m_schema->extract(record, int(member));
    }
}

void JsonTable::clear()
{
    m_rows.clear();
    m_byId.clear();
    for (auto &column : m_columns)
        column.clear();
}

void JsonTable::reserve(qsizetype count)
{
    m_rows.reserve(size_t(count));
    m_byId.reserve(count);
}

QJsonArray JsonTable::toArray() const
{
    QJsonArray array;
    for (const QJsonObject &record : m_rows)
        array.append(record);
    return array;
}

} // namespace signtraker::sim
