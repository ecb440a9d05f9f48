// SPDX-License-Identifier: Apache-2.0
// Records of one entity type kept as JSON (so unknown members survive), indexed by Id, with a
// lazily built, incrementally maintained column of folded values per schema member that a
// query has touched: the OData evaluator reads those instead of looking into QJsonObjects.
#pragma once

#include "odatarowsource.h"
#include "odataschema.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <vector>

namespace signtraker::sim {

class JsonTable : public ODataRowSource
{
public:
    explicit JsonTable(const ODataSchema &schema);

    const ODataSchema &schema() const { return *m_schema; }
    qsizetype rowCount() const override { return qsizetype(m_rows.size()); }
    const ODataValue &value(qsizetype row, int member) const override;

    const QJsonObject &at(qsizetype row) const { return m_rows[size_t(row)]; }
    // The row of the record with this Id, or -1.
    qsizetype indexOfId(qint64 id) const { return m_byId.value(id, -1); }
    // Records must carry a unique integer "Id"; rows stay in insertion order.
    void append(const QJsonObject &record);
    void append(const QJsonObject &record, qint64 id); // id: record's "Id", already read
    void replace(qsizetype row, const QJsonObject &record);
    void clear();
    void reserve(qsizetype count);

    QJsonArray toArray() const;

private:
    const ODataSchema *m_schema;
    std::vector<QJsonObject> m_rows;
    QHash<qint64, qsizetype> m_byId;
    mutable std::vector<std::vector<ODataValue>> m_columns; // empty until first read
};

} // namespace signtraker::sim
