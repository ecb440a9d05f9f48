// SPDX-License-Identifier: Apache-2.0
// Which column of a roster goes to which member of the agent. Headers are matched by name,
// ignoring case, spaces and underscores, with the spreadsheet names brokerages use (Cell, Mobile,
// Street, Zip, ...) and any member path as the API writes it ("Address/City"). A JSON file
// (column header -> member path) overrides the guesses.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace signtraker {

class RosterMapping
{
public:
    static RosterMapping fromHeaders(const QStringList &headers);
    // columnToPath: header -> member path ("" or null: ignored). A header that is not in the file,
    // or a path that is not known, is an error (written to *error, and the mapping of the
    // headers alone is returned).
    static RosterMapping fromJson(const QJsonObject &columnToPath, const QStringList &headers,
                                  QString *error);
    // A mapping remembered from an earlier roster, applied to this one whose columns may differ:
    // what it names and this file has is used, the rest is ignored without an error, and the
    // columns it does not name are mapped by their headers.
    static RosterMapping fromSaved(const QJsonObject &columnToPath, const QStringList &headers);
    // header -> path of every mapped column, as fromJson() reads it.
    QJsonObject toJson() const;

    QString pathFor(int column) const;
    void setPath(int column, const QString &path);
    int columnCount() const { return int(m_headers.size()); }
    QStringList headers() const { return m_headers; }
    // The column mapped to path, or -1.
    int columnOf(const QString &path) const;
    // Headers of the columns mapped to nothing (ignored).
    QStringList unknownColumns() const;

    // The member paths a column can map to: every editable member of AgentSchema (with "Office"
    // and "Manager" as pseudo-paths that take an Id or a name, and for Manager an e-mail).
    static QStringList knownPaths();
    // The path a header means, or empty.
    static QString pathForHeader(const QString &header);

private:
    QStringList m_headers;
    QStringList m_paths; // per column; empty = ignored
};

} // namespace signtraker
