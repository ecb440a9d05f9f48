// SPDX-License-Identifier: Apache-2.0
// Turns what the service returned into text: indented JSON, RFC 4180 CSV with nested members
// flattened into Office/Name columns, or aligned tables for people. Pure functions of JSON
// values, so that they are tested without a network.
#pragma once

#include "csvwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace signtraker::cli {

class RecordFormatter
{
public:
    using FlatRecord = QList<std::pair<QString, QString>>;

    // Members of nested objects become "Parent/Child" columns, in the record's own order;
    // arrays stay one cell of compact JSON; null is an empty cell.
    static FlatRecord flatten(const QJsonObject &record);
    // One cell (CellText::of): text as is, numbers exactly and without exponent, true/false.
    static QString cellText(const QJsonValue &value);

    static QString json(const QJsonValue &value);
    // Header row (the union of the columns of every row, in first-seen order), one row per
    // record, CRLF line ends; fields with a comma, quote, CR or LF are quoted, quotes doubled;
    // cells a spreadsheet would run as formulas neutralised unless raw (CsvWriter).
    static QString csv(const QJsonArray &rows,
                       CsvWriter::Values values = CsvWriter::Values::Neutralised);
    static QString csvField(const QString &text,
                            CsvWriter::Values values = CsvWriter::Values::Neutralised);
    // Aligned columns. preferredColumns (flattened names) are shown when present in some row;
    // when none is, every column is.
    static QString table(const QJsonArray &rows, const QStringList &preferredColumns = {});
    // "Member: value" lines, values aligned.
    static QString record(const QJsonObject &record);
};

} // namespace signtraker::cli
