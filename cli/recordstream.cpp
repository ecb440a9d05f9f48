// SPDX-License-Identifier: Apache-2.0
#include "recordstream.h"

#include "recordformatter.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace signtraker::cli {

RecordStream::RecordStream(OutputFormat format, CsvWriter::Values csvValues,
                           const QStringList &tableColumns)
    : m_format(format)
    , m_csvValues(csvValues)
    , m_tableColumns(tableColumns)
{}

QByteArray RecordStream::page(const QJsonArray &rows)
{
    if (rows.isEmpty())
        return {};
    QByteArray bytes;
    switch (m_format) {
    case OutputFormat::Json:
        bytes = jsonPage(rows);
        break;
    case OutputFormat::Csv:
        bytes = csvPage(rows);
        break;
    case OutputFormat::Table:
        // Column widths depend on every row: the table is written by end().
        for (const QJsonValue &row : rows)
            m_tableRows.append(row);
        break;
    }
    m_rows += int(rows.size());
    m_wroteSomething = m_wroteSomething || !bytes.isEmpty();
    return bytes;
}

// One document per page, not per record: Qt's writer indents a page's elements as it would
// those of the whole array, so the page's array brackets are cut and the pages joined with the
// separator the whole array would have had. The result is byte for byte what
// RecordFormatter::json() writes for all the rows at once.
QByteArray RecordStream::jsonPage(const QJsonArray &rows)
{
    const QByteArray document = QJsonDocument(rows).toJson(QJsonDocument::Indented);
    // "[\n" ELEMENTS "\n]\n"
    const QByteArrayView elements = QByteArrayView(document).sliced(2, document.size() - 5);
    QByteArray bytes;
    bytes.reserve(elements.size() + 2);
    bytes.append(m_rows == 0 ? QByteArrayView("[\n") : QByteArrayView(",\n"));
    bytes.append(elements);
    return bytes;
}

// The header is the first page's columns: a later row's member that it lacks is counted and
// reported (columnsLeftOut()), never shifted into another column.
QByteArray RecordStream::csvPage(const QJsonArray &rows)
{
    CsvWriter writer({m_csvValues});
    QList<RecordFormatter::FlatRecord> records;
    records.reserve(rows.size());
    for (const QJsonValue &row : rows)
        records.append(RecordFormatter::flatten(row.toObject()));
    if (m_rows == 0) {
        for (const RecordFormatter::FlatRecord &record : std::as_const(records)) {
            for (const auto &[name, value] : record) {
                if (!m_columnIndex.contains(name)) {
                    m_columnIndex.insert(name, m_header.size());
                    m_header.append(name);
                }
            }
        }
        if (m_header.isEmpty())
            return {};
        writer.addRow(m_header);
    }
    QStringList cells;
    for (const RecordFormatter::FlatRecord &record : std::as_const(records)) {
        cells.fill(QString(), m_header.size());
        for (const auto &[name, value] : record) {
            const auto column = m_columnIndex.constFind(name);
            if (column != m_columnIndex.cend())
                cells[*column] = value;
            else if (!m_columnsLeftOut.contains(name))
                m_columnsLeftOut.append(name);
        }
        writer.addRow(cells);
    }
    return writer.data();
}

QByteArray RecordStream::end()
{
    switch (m_format) {
    case OutputFormat::Json:
        // An empty list is still one JSON document, as RecordFormatter::json() writes it.
        return m_rows == 0 ? QByteArray("[\n]\n") : QByteArray("\n]\n");
    case OutputFormat::Csv:
        return {};
    case OutputFormat::Table:
        return RecordFormatter::table(m_tableRows, m_tableColumns).toUtf8();
    }
    return {};
}

} // namespace signtraker::cli
