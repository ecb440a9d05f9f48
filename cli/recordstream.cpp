// SPDX-License-Identifier: Apache-2.0
#include "recordstream.h"

#include "recordformatter.h"

#include <QCborValue>
#include <QJsonObject>
#include <QLocale>

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

namespace {

// The JSON text of Qt's QJsonDocument::toJson(Indented), byte for byte (tst_recordformatter
// compares them), written straight into one buffer: Qt's writer builds every member through
// several small QByteArray appends and was the CLI's largest cost after the network.
class IndentedJsonWriter
{
public:
    explicit IndentedJsonWriter(QByteArray &out)
        : m_out(out)
    {}

    void value(const QJsonValue &value, int indent)
    {
        switch (value.type()) {
        case QJsonValue::Bool:
            m_out.append(value.toBool() ? "true" : "false");
            return;
        case QJsonValue::Double:
            number(value);
            return;
        case QJsonValue::String:
            string(value.toString());
            return;
        case QJsonValue::Array:
            array(value.toArray(), indent);
            return;
        case QJsonValue::Object:
            object(value.toObject(), indent);
            return;
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            break;
        }
        m_out.append("null");
    }

    void elements(const QJsonArray &array, int indent)
    {
        bool first = true;
        for (const QJsonValue &element : array) {
            if (!first)
                m_out.append(",\n");
            first = false;
            spaces(indent);
            value(element, indent);
        }
    }

private:
    void spaces(int indent) { m_out.append(qsizetype(4 * indent), ' '); }

    // Qt keeps whole numbers that fit in 64 bits as integers and writes them exactly; other
    // numbers as the shortest text that reads back the same double.
    void number(const QJsonValue &value)
    {
        const QCborValue cbor = QCborValue::fromJsonValue(value);
        if (cbor.isInteger()) {
            m_out.append(QByteArray::number(cbor.toInteger()));
            return;
        }
        const double d = value.toDouble();
        if (qIsFinite(d))
            m_out.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
        else
            m_out.append("null");
    }

    void array(const QJsonArray &array, int indent)
    {
        m_out.append("[\n");
        if (!array.isEmpty()) {
            elements(array, indent + 1);
            m_out.append('\n');
        }
        spaces(indent);
        m_out.append(']');
    }

    void object(const QJsonObject &object, int indent)
    {
        m_out.append("{\n");
        bool first = true;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!first)
                m_out.append(",\n");
            first = false;
            spaces(indent + 1);
            string(it.key());
            m_out.append(": ");
            value(it.value(), indent + 1);
        }
        if (!first)
            m_out.append('\n');
        spaces(indent);
        m_out.append('}');
    }

    static char hex(uint digit) { return char(digit < 10 ? '0' + digit : 'a' + digit - 10); }

    void escapedUnit(char16_t unit)
    {
        const char escape[] = {'\\', 'u', '0', '0', '0', '0'};
        m_out.append(escape, 2);
        for (int shift = 12; shift >= 0; shift -= 4)
            m_out.append(hex((unit >> shift) & 0xf));
    }

    // As Qt escapes: quote, backslash and control characters; other characters in UTF-8, and a
    // lone surrogate (no UTF-8 for it) as \uXXXX.
    void string(QStringView text)
    {
        m_out.append('"');
        const char16_t *p = text.utf16();
        const char16_t *const end = p + text.size();
        while (p != end) {
            const char16_t u = *p++;
            if (u < 0x80) {
                if (u >= 0x20 && u != '"' && u != '\\') {
                    m_out.append(char(u));
                    continue;
                }
                m_out.append('\\');
                switch (u) {
                case '"':
                    m_out.append('"');
                    break;
                case '\\':
                    m_out.append('\\');
                    break;
                case '\b':
                    m_out.append('b');
                    break;
                case '\f':
                    m_out.append('f');
                    break;
                case '\n':
                    m_out.append('n');
                    break;
                case '\r':
                    m_out.append('r');
                    break;
                case '\t':
                    m_out.append('t');
                    break;
                default:
                    m_out.chop(1);
                    escapedUnit(u);
                }
            } else if (u < 0x800) {
                m_out.append(char(0xc0 | (u >> 6)));
                m_out.append(char(0x80 | (u & 0x3f)));
            } else if (!QChar::isSurrogate(u)) {
                m_out.append(char(0xe0 | (u >> 12)));
                m_out.append(char(0x80 | ((u >> 6) & 0x3f)));
                m_out.append(char(0x80 | (u & 0x3f)));
            } else if (QChar::isHighSurrogate(u) && p != end && QChar::isLowSurrogate(*p)) {
                const char32_t c = QChar::surrogateToUcs4(u, *p++);
                m_out.append(char(0xf0 | (c >> 18)));
                m_out.append(char(0x80 | ((c >> 12) & 0x3f)));
                m_out.append(char(0x80 | ((c >> 6) & 0x3f)));
                m_out.append(char(0x80 | (c & 0x3f)));
            } else {
                escapedUnit(u);
            }
        }
        m_out.append('"');
    }

    QByteArray &m_out;
};

} // namespace

// One buffer per page, written once: the page's elements at the indentation Qt gives those of
// the whole array, joined to the page before with the separator the whole array would have had.
// The result is byte for byte what RecordFormatter::json() writes for all the rows at once.
QByteArray RecordStream::jsonPage(const QJsonArray &rows)
{
    QByteArray bytes;
    bytes.reserve(m_bytesPerRow * rows.size() + 64);
    bytes.append(m_rows == 0 ? QByteArrayView("[\n") : QByteArrayView(",\n"));
    IndentedJsonWriter(bytes).elements(rows, 1);
    m_bytesPerRow = std::max<qsizetype>(m_bytesPerRow, bytes.size() / rows.size() + 16);
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
