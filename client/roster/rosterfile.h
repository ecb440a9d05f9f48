// SPDX-License-Identifier: Apache-2.0
// A brokerage's roster as spreadsheets save it: the bytes decoded (UTF-8 with or without BOM, or
// Windows-1252 when they are not UTF-8), the separator found (',' or ';', French-locale Excel
// writes ';'), and the RFC 4180 records with the line each one starts on, so that a row error
// can name the line the user sees in an editor. Either may be forced by the user.
#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace signtraker {

class RosterFile
{
public:
    enum class Encoding { Utf8, Utf8WithBom, Windows1252 };

    struct Options
    {
        std::optional<Encoding> encoding;
        std::optional<QChar> separator;
    };

    struct Row
    {
        int line = 0; // 1-based line of the file where the row starts; the header is line 1
        QStringList cells;
    };

    static RosterFile parse(const QByteArray &bytes, const Options &overrides = {});
    // "UTF-8", "UTF-8 with BOM", "Windows-1252": as shown to the user and accepted back.
    static QString encodingName(Encoding encoding);
    // The encoding named by name (as encodingName() writes it, or "utf8", "cp1252", ...).
    static std::optional<Encoding> encodingFromName(const QString &name);

    Encoding encoding() const { return m_encoding; }
    QChar separator() const { return m_separator; }
    QStringList headers() const { return m_headers; }
    QList<Row> rows() const { return m_rows; }
    // Why the file cannot be read (empty when it can): no header, a quote never closed, ...
    QString error() const { return m_error; }
    // Whether encoding and separator were detected (false: forced by Options).
    bool encodingDetected() const { return m_encodingDetected; }
    bool separatorDetected() const { return m_separatorDetected; }

private:
    Encoding m_encoding = Encoding::Utf8;
    QChar m_separator = QLatin1Char(',');
    QStringList m_headers;
    QList<Row> m_rows;
    QString m_error;
    bool m_encodingDetected = true;
    bool m_separatorDetected = true;
};

} // namespace signtraker
