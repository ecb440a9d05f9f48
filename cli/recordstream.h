// SPDX-License-Identifier: Apache-2.0
// The output of `agents list --all`, written as the pages arrive and in their order: JSON as one
// array streamed element by element, CSV row by row under the header of the first page. A table
// needs every row for its column widths, so it is the one format that still waits for the end.
// Each call returns the UTF-8 bytes to write now, so that a page costs one write.
#pragma once

#include "csvwriter.h"
#include "invocation.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QStringList>

namespace signtraker::cli {

class RecordStream
{
public:
    // tableColumns: the preferred columns of a table (RecordFormatter::table()).
    RecordStream(OutputFormat format, CsvWriter::Values csvValues,
                 const QStringList &tableColumns = {});

    // The bytes of one page of records, in order after the pages before it.
    QByteArray page(const QJsonArray &rows);
    // The bytes that complete the output once every page was given (for JSON, the array's end;
    // for a table, the whole table).
    QByteArray end();

    // Records given so far.
    int rows() const { return m_rows; }
    // Whether some bytes were returned: an error after them leaves an incomplete output behind.
    bool wroteSomething() const { return m_wroteSomething; }
    // CSV: members of later pages that the first page's header does not have (their values are
    // not in the output), in first-seen order.
    QStringList columnsLeftOut() const { return m_columnsLeftOut; }

private:
    QByteArray jsonPage(const QJsonArray &rows);
    QByteArray csvPage(const QJsonArray &rows);

    OutputFormat m_format;
    CsvWriter::Values m_csvValues;
    QStringList m_tableColumns;
    QJsonArray m_tableRows;
    QStringList m_header;
    QHash<QString, qsizetype> m_columnIndex;
    QStringList m_columnsLeftOut;
    int m_rows = 0;
    qsizetype m_bytesPerRow = 256; // learned from the pages written, to reserve the next one
    bool m_wroteSomething = false;
};

} // namespace signtraker::cli
