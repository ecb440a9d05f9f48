// SPDX-License-Identifier: Apache-2.0
#include "csvwriter.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSaveFile>

namespace signtraker {

namespace {

bool isNegativeNumber(const QString &text)
{
    // A negative number cannot run anything; quoting it would turn amounts into text.
    static const QRegularExpression number(QStringLiteral("^-[0-9]+(\\.[0-9]+)?$"));
    return number.match(text).hasMatch();
}

} // namespace

CsvWriter::CsvWriter()
    : CsvWriter(Options())
{}

CsvWriter::CsvWriter(Options options)
    : m_options(options)
{}

bool CsvWriter::isFormulaLike(const QString &text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    case u'-':
        return !isNegativeNumber(text);
    default:
        return false;
    }
}

QString CsvWriter::neutralised(const QString &text)
{
    return isFormulaLike(text) ? u'\'' + text : text;
}

QString CsvWriter::field(const QString &text, Values values)
{
    const QString cell = values == Values::Raw ? text : neutralised(text);
    if (!cell.contains(u',') && !cell.contains(u'"') && !cell.contains(u'\n') &&
        !cell.contains(u'\r'))
        return cell;
    QString quoted = cell;
    quoted.replace(u'"', QLatin1String("\"\""));
    return u'"' + quoted + u'"';
}

void CsvWriter::addRow(const QStringList &cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const QString &cell : cells)
        fields.append(field(cell, m_options.values));
    m_text += fields.join(u',') + QLatin1String("\r\n");
    ++m_rows;
}

QByteArray CsvWriter::data() const
{
    QByteArray bytes = m_options.byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    return bytes + m_text.toUtf8();
}

bool CsvWriter::save(const QString &fileName, QString *error) const
{
    return save(fileName, data(), error);
}

bool CsvWriter::save(const QString &fileName, const QByteArray &bytes, QString *error)
{
    QSaveFile file(fileName);
    // Never the in-place fallback: a failure half-way must not leave half a file.
    file.setDirectWriteFallback(false);
    const bool written = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    if (written && file.commit())
        return true;
    if (error)
        *error = QCoreApplication::translate("signtraker::CsvWriter",
                                             "The file %1 could not be written: %2")
                     .arg(fileName, file.errorString());
    file.cancelWriting();
    return false;
}

} // namespace signtraker
