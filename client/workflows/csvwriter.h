// SPDX-License-Identifier: Apache-2.0
// The one CSV writer of the window's export, the change log and signtraker-cli: RFC 4180 (fields
// with a comma, quote, CR or LF quoted, quotes doubled, CRLF after every row), UTF-8, and cells
// that a spreadsheet would run as a formula neutralised as OWASP recommends, unless raw values
// are asked for (for other programs). Files are written through QSaveFile: all or nothing.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace signtraker {

class CsvWriter
{
public:
    enum class Values {
        Neutralised, // a cell starting with = + - @ TAB or CR gets a leading single quote
        Raw,         // every cell as it is, for programs that read the file
    };

    struct Options
    {
        Values values = Values::Neutralised;
        // The exports have never written one; some spreadsheets want it to read UTF-8.
        bool byteOrderMark = false;
    };

    CsvWriter();
    explicit CsvWriter(Options options);

    void addRow(const QStringList &cells);
    int rowCount() const { return m_rows; }
    // Everything added so far, in UTF-8 (after a byte order mark when asked for).
    QByteArray data() const;

    // Replaces fileName with data() atomically: a failure leaves the previous file, or none.
    // False with *error set, in plain words naming the file.
    bool save(const QString &fileName, QString *error = nullptr) const;
    static bool save(const QString &fileName, const QByteArray &bytes, QString *error = nullptr);

    // One cell, neutralised (unless raw) and then quoted where RFC 4180 needs it.
    static QString field(const QString &text, Values values = Values::Neutralised);
    // The cell with a leading single quote when a spreadsheet would take it for a formula.
    static QString neutralised(const QString &text);
    static bool isFormulaLike(const QString &text);

private:
    Options m_options;
    QString m_text;
    int m_rows = 0;
};

} // namespace signtraker
