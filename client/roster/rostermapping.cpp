// SPDX-License-Identifier: Apache-2.0
#include "rostermapping.h"

#include "agentschema.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>

namespace signtraker {

namespace {

// Headers as people type them: "E-mail", "first_name", "Cell Phone", "ADDRESS/CITY".
QString folded(const QString &text)
{
    QString result;
    for (const QChar c : text) {
        if (!c.isSpace() && c != QLatin1Char('_') && c != QLatin1Char('-'))
            result.append(c.toLower());
    }
    return result;
}

QHash<QString, QString> buildNames()
{
    QHash<QString, QString> names;
    for (const QString &path : RosterMapping::knownPaths())
        names.insert(folded(path), path);
    // The names spreadsheets give the members, beside the API's own.
    const QList<std::pair<const char *, const char *>> aliases = {
        {"Cell", "CellularPhone"},      {"Mobile", "CellularPhone"},
        {"CellPhone", "CellularPhone"}, {"MobilePhone", "CellularPhone"},
        {"Street", "Address/Street"},   {"Street2", "Address/Street2"},
        {"City", "Address/City"},       {"State", "Address/State"},
        {"Zip", "Address/Zip"},         {"CountryCode", "Address/CountryCode"},
        {"OfficeId", "Office"},         {"ManagerId", "Manager"},
        {"ManagerEmail", "Manager"},    {"EmailAddress", "Email"},
    };
    for (const auto &[alias, path] : aliases)
        names.insert(folded(QString::fromLatin1(alias)), QString::fromLatin1(path));
    return names;
}

// The column of that header: the same text, else the same once folded.
qsizetype columnNamed(const QStringList &headers, const QString &name)
{
    const qsizetype exact = headers.indexOf(name);
    if (exact >= 0)
        return exact;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (folded(headers.at(i)) == folded(name))
            return i;
    }
    return -1;
}

QString translate(const char *text)
{
    return QCoreApplication::translate("RosterMapping", text);
}

} // namespace

RosterMapping RosterMapping::fromHeaders(const QStringList &headers)
{
    RosterMapping mapping;
    mapping.m_headers = headers;
    for (const QString &header : headers) {
        const QString path = pathForHeader(header);
        // A second column of the same member is ignored: one cell decides, never the last one.
        mapping.m_paths.append(mapping.m_paths.contains(path) ? QString() : path);
    }
    return mapping;
}

RosterMapping RosterMapping::fromJson(const QJsonObject &columnToPath, const QStringList &headers,
                                      QString *error)
{
    RosterMapping mapping = fromHeaders(headers);
    RosterMapping given = mapping;
    QStringList problems;
    QHash<QString, QString> columnOfPath; // as the file gives them
    for (auto it = columnToPath.begin(); it != columnToPath.end(); ++it) {
        const qsizetype column = columnNamed(headers, it.key());
        if (column < 0) {
            problems.append(translate("The roster has no column \"%1\".").arg(it.key()));
            continue;
        }
        if (!it.value().isString() && !it.value().isNull()) {
            problems.append(
                translate("The column \"%1\" must map to a member path written as text.")
                    .arg(it.key()));
            continue;
        }
        const QString text = it.value().toString().trimmed();
        const QString path = text.isEmpty() ? QString() : pathForHeader(text);
        if (!text.isEmpty() && path.isEmpty()) {
            problems.append(translate("The column \"%1\" maps to \"%2\", which is not a member "
                                      "of an agent that a roster can set.")
                                .arg(it.key(), text));
            continue;
        }
        if (!path.isEmpty() && columnOfPath.contains(path)) {
            problems.append(translate("The columns \"%1\" and \"%2\" both map to \"%3\"; keep one.")
                                .arg(columnOfPath.value(path), it.key(), path));
            continue;
        }
        columnOfPath.insert(path, it.key());
        // The file's choice replaces the header's guess, and so frees the path it guessed.
        for (QString &other : given.m_paths) {
            if (!path.isEmpty() && other == path)
                other.clear();
        }
        given.m_paths[column] = path;
    }
    problems.removeDuplicates();
    if (error)
        *error = problems.join(QLatin1Char('\n'));
    return problems.isEmpty() ? given : mapping;
}

RosterMapping RosterMapping::fromSaved(const QJsonObject &columnToPath, const QStringList &headers)
{
    QJsonObject usable;
    for (auto it = columnToPath.begin(); it != columnToPath.end(); ++it) {
        QString error;
        fromJson({{it.key(), it.value()}}, headers, &error);
        if (error.isEmpty())
            usable.insert(it.key(), it.value());
    }
    QString error;
    const RosterMapping mapping = fromJson(usable, headers, &error);
    // Two saved columns of one member both present: the headers decide, as with nothing saved.
    return mapping;
}

QJsonObject RosterMapping::toJson() const
{
    QJsonObject json;
    for (qsizetype i = 0; i < m_headers.size(); ++i) {
        if (!m_paths.at(i).isEmpty())
            json.insert(m_headers.at(i), m_paths.at(i));
    }
    return json;
}

QString RosterMapping::pathFor(int column) const
{
    return m_paths.value(column);
}

void RosterMapping::setPath(int column, const QString &path)
{
    if (column >= 0 && column < m_paths.size())
        m_paths[column] = path;
}

int RosterMapping::columnOf(const QString &path) const
{
    return path.isEmpty() ? -1 : int(m_paths.indexOf(path));
}

QStringList RosterMapping::unknownColumns() const
{
    QStringList columns;
    for (qsizetype i = 0; i < m_headers.size(); ++i) {
        if (m_paths.at(i).isEmpty())
            columns.append(m_headers.at(i));
    }
    return columns;
}

QStringList RosterMapping::knownPaths()
{
    // Office, Manager and DefaultPostType are references: a cell gives an Id or a name.
    return AgentSchema::editablePaths();
}

QString RosterMapping::pathForHeader(const QString &header)
{
    static const QHash<QString, QString> names = buildNames();
    return names.value(folded(header));
}

} // namespace signtraker
