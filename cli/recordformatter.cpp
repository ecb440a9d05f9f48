// SPDX-License-Identifier: Apache-2.0
#include "recordformatter.h"

#include "agentschema.h"
#include "csvwriter.h"

#include <QJsonDocument>

#include <algorithm>

namespace signtraker::cli {

namespace {

void flattenInto(RecordFormatter::FlatRecord &flat, const QString &prefix,
                 const QJsonObject &object)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString name = prefix.isEmpty() ? it.key() : prefix + u'/' + it.key();
        if (it.value().isObject() && !it.value().toObject().isEmpty())
            flattenInto(flat, name, it.value().toObject());
        else
            flat.append({name, RecordFormatter::cellText(it.value())});
    }
}

QStringList unionOfColumns(const QList<RecordFormatter::FlatRecord> &records)
{
    QStringList columns;
    QSet<QString> seen;
    for (const auto &record : records) {
        for (const auto &[name, value] : record) {
            if (!seen.contains(name)) {
                seen.insert(name);
                columns << name;
            }
        }
    }
    return columns;
}

QString valueOf(const RecordFormatter::FlatRecord &record, const QString &column)
{
    for (const auto &[name, value] : record) {
        if (name == column)
            return value;
    }
    return {};
}

// A table cell stays on one line.
QString oneLine(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String(" "));
    text.replace(u'\n', u' ');
    text.replace(u'\r', u' ');
    text.replace(u'\t', u' ');
    return text;
}

} // namespace

RecordFormatter::FlatRecord RecordFormatter::flatten(const QJsonObject &record)
{
    FlatRecord flat;
    flattenInto(flat, {}, record);
    return flat;
}

// The record's CSV text, as the window's export writes it (AgentSchema: one number format).
QString RecordFormatter::cellText(const QJsonValue &value)
{
    return AgentSchema::csvText(value);
}

QString RecordFormatter::json(const QJsonValue &value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
    // A scalar (or an empty body, read as null): still one JSON document.
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("null\n");
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2)) + u'\n';
}

QString RecordFormatter::csvField(const QString &text, CsvWriter::Values values)
{
    return CsvWriter::field(text, values);
}

QString RecordFormatter::csv(const QJsonArray &rows, CsvWriter::Values values)
{
    QList<FlatRecord> records;
    for (const QJsonValue &row : rows)
        records << flatten(row.toObject());
    const QStringList columns = unionOfColumns(records);
    if (columns.isEmpty())
        return {};
    CsvWriter writer({values});
    writer.addRow(columns);
    for (const FlatRecord &record : records) {
        QStringList fields;
        for (const QString &column : columns)
            fields << valueOf(record, column);
        writer.addRow(fields);
    }
    return QString::fromUtf8(writer.data());
}

QString RecordFormatter::table(const QJsonArray &rows, const QStringList &preferredColumns)
{
    QList<FlatRecord> records;
    for (const QJsonValue &row : rows)
        records << flatten(row.toObject());
    const QStringList all = unionOfColumns(records);
    QStringList columns;
    for (const QString &column : preferredColumns) {
        if (all.contains(column))
            columns << column;
    }
    if (columns.isEmpty())
        columns = all;
    if (columns.isEmpty())
        return QStringLiteral("(no records)\n");

    QList<QStringList> cells;
    QList<qsizetype> widths;
    for (const QString &column : columns)
        widths << column.size();
    for (const FlatRecord &record : records) {
        QStringList line;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            line << oneLine(valueOf(record, columns.at(c)));
            widths[c] = std::max(widths[c], line.last().size());
        }
        cells << line;
    }
    auto render = [&widths](const QStringList &line) -> QString {
        QString text;
        for (qsizetype c = 0; c < line.size(); ++c) {
            if (c + 1 < line.size())
                text += line.at(c).leftJustified(widths.at(c)) + QLatin1String("  ");
            else
                text += line.at(c);
        }
        return text + u'\n';
    };
    QString text = render(columns);
    QStringList rule;
    for (qsizetype width : widths)
        rule << QString(width, u'-');
    text += render(rule);
    for (const QStringList &line : cells)
        text += render(line);
    return text;
}

QString RecordFormatter::record(const QJsonObject &record)
{
    const FlatRecord flat = flatten(record);
    qsizetype width = 0;
    for (const auto &[name, value] : flat)
        width = std::max(width, name.size() + 1);
    QString text;
    for (const auto &[name, value] : flat)
        text += QString(name + u':').leftJustified(width) + u' ' + oneLine(value) + u'\n';
    return text;
}

} // namespace signtraker::cli
