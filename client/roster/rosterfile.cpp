// SPDX-License-Identifier: Apache-2.0
// Hand-written: Qt has no CSV reader, and the one C library Debian ships for it (libcsv) would be
// a new run-time dependency for a hundred lines, without the line numbers a row error needs.
#include "rosterfile.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace signtraker {

namespace {

const QByteArray Bom("\xEF\xBB\xBF");

// The bytes 0x80 to 0x9F of Windows-1252 (the rest of the code page is Latin-1), for a Qt built
// without ICU, whose QStringDecoder knows no Windows code page; 0 marks the unassigned bytes.
constexpr char16_t Cp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

QString fromWindows1252(const QByteArray &bytes)
{
    QStringDecoder decoder("windows-1252", QStringDecoder::Flag::Stateless);
    if (decoder.isValid())
        return decoder.decode(bytes);
    QString text;
    text.reserve(bytes.size());
    for (const char byte : bytes) {
        const auto code = static_cast<unsigned char>(byte);
        const char16_t high = code >= 0x80 && code < 0xA0 ? Cp1252High[code - 0x80] : 0;
        // An unassigned byte keeps its Latin-1 value (a C1 control) rather than vanishing.
        text.append(QChar(high ? high : char16_t(code)));
    }
    return text;
}

std::optional<QString> fromUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

// The header line's separator: the one of ',' and ';' that occurs more often outside quotes.
QChar detectSeparator(const QString &text)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

// Excel reads, and some tools write, a first line "sep=;" that names the separator. It is taken
// out of text, leaving its line break so that the lines after keep their numbers.
std::optional<QChar> takeSeparatorLine(QString &text)
{
    static const QLatin1String prefix("sep=");
    if (!text.startsWith(prefix, Qt::CaseInsensitive) || text.size() < prefix.size() + 1)
        return std::nullopt;
    const QChar separator = text.at(prefix.size());
    const qsizetype end = prefix.size() + 1;
    if (end < text.size() && text.at(end) != QLatin1Char('\n') && text.at(end) != QLatin1Char('\r'))
        return std::nullopt;
    text.remove(0, end);
    return separator;
}

bool isBlank(const QStringList &cells)
{
    for (const QString &cell : cells) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

// RFC 4180 records of text with the line each starts on. Lenient where spreadsheets are: a quote
// inside an unquoted field, or text after a closing quote, is kept as written.
struct Records
{
    QList<RosterFile::Row> rows;
    int unclosedQuoteLine = 0; // the line of a quote never closed
};

Records splitRecords(const QString &text, QChar separator)
{
    Records records;
    RosterFile::Row row{1, {}};
    QString field;
    bool quoted = false;
    bool wasQuoted = false; // the record has a quoted field: not a blank line
    int line = 1;
    int quoteLine = 0;
    const auto endRecord = [&] {
        row.cells.append(field);
        field.clear();
        if (wasQuoted || !isBlank(row.cells))
            records.rows.append(row);
        row = RosterFile::Row{line, {}};
        wasQuoted = false;
    };
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        const bool crlf =
            c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n');
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < size && text.at(i + 1) == QLatin1Char('"')) {
                field.append(c);
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else if (crlf) {
                continue; // the '\n' that follows is the line break kept in the cell
            } else {
                if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                    ++line;
                field.append(c == QLatin1Char('\r') ? QChar(QLatin1Char('\n')) : c);
            }
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = wasQuoted = true;
            quoteLine = line;
        } else if (c == separator) {
            row.cells.append(field);
            field.clear();
        } else if (crlf) {
            continue;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            ++line;
            endRecord();
        } else {
            field.append(c);
        }
    }
    if (quoted)
        records.unclosedQuoteLine = quoteLine;
    else if (!field.isEmpty() || !row.cells.isEmpty() || wasQuoted)
        endRecord();
    return records;
}

} // namespace

RosterFile RosterFile::parse(const QByteArray &bytes, const Options &overrides)
{
    RosterFile file;
    const bool hasBom = bytes.startsWith(Bom);
    const QByteArray body = hasBom ? bytes.mid(Bom.size()) : bytes;
    QString text;
    if (overrides.encoding) {
        file.m_encodingDetected = false;
        file.m_encoding = *overrides.encoding;
        if (file.m_encoding == Encoding::Windows1252)
            text = fromWindows1252(bytes);
        else
            text = QString::fromUtf8(body); // forced: bad bytes become U+FFFD, as asked
    } else if (const std::optional<QString> utf8 = fromUtf8(body)) {
        file.m_encoding = hasBom ? Encoding::Utf8WithBom : Encoding::Utf8;
        text = *utf8;
    } else {
        file.m_encoding = Encoding::Windows1252;
        text = fromWindows1252(bytes);
    }

    const std::optional<QChar> declared = takeSeparatorLine(text);
    file.m_separatorDetected = !overrides.separator;
    file.m_separator =
        overrides.separator ? *overrides.separator : declared.value_or(detectSeparator(text));
    Records records = splitRecords(text, file.m_separator);
    if (records.unclosedQuoteLine > 0) {
        file.m_error =
            QCoreApplication::translate("RosterFile", "A quote opened on line %1 is never closed.")
                .arg(records.unclosedQuoteLine);
        return file;
    }
    if (records.rows.isEmpty()) {
        file.m_error = QCoreApplication::translate("RosterFile", "The file has no header line.");
        return file;
    }
    for (const QString &header : records.rows.takeFirst().cells)
        file.m_headers.append(header.trimmed());
    for (Row &row : records.rows) {
        while (row.cells.size() < file.m_headers.size())
            row.cells.append(QString());
    }
    file.m_rows = std::move(records.rows);
    return file;
}

QString RosterFile::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf8WithBom:
        return QStringLiteral("UTF-8 with BOM");
    case Encoding::Windows1252:
        break;
    }
    return QStringLiteral("Windows-1252");
}

std::optional<RosterFile::Encoding> RosterFile::encodingFromName(const QString &name)
{
    QString folded = name.toLower();
    folded.remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    if (folded == QLatin1String("utf8"))
        return Encoding::Utf8;
    if (folded == QLatin1String("utf8withbom") || folded == QLatin1String("utf8bom"))
        return Encoding::Utf8WithBom;
    if (folded == QLatin1String("windows1252") || folded == QLatin1String("cp1252") ||
        folded == QLatin1String("ansi"))
        return Encoding::Windows1252;
    return std::nullopt;
}

} // namespace signtraker
