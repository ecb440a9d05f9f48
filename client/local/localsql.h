// SPDX-License-Identifier: Apache-2.0
// The local copy's questions turned into SQL: the $filter subset into a WHERE over typed
// columns, one per member (values always bound, never spliced into the text), $orderby into ORDER
// BY, words into an FTS5 query. It mirrors the service's evaluation as the simulator implements it:
// strings compared case-folded, a member of the wrong JSON type is null, null equals only null and
// orders first, every comparison with null is false (never SQL's unknown), and an expression the
// service would refuse, or that cannot be evaluated here, is an error rather than a different
// answer.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QVariant>
#include <QVariantList>

struct sqlite3;

namespace signtraker {

struct LocalSql
{
    QString sql;
    QVariantList values; // bound to the '?' of sql, in order
};

namespace localsql {

// The typed columns of the agents table, one per member of the service's model (Id is the
// table's id), and the member each holds.
struct Column
{
    QString path;   // "Office/Id"
    QString column; // "office_id"
};
const QList<Column> &columns();

// A member's value as the service compares it: null when absent or of another JSON type,
// strings case-folded, booleans 0/1.
QVariant memberValue(const QJsonObject &record, const QString &path);
// memberValue() of every column, in the order of columns().
QVariantList columnValues(const QJsonObject &record);
QString fold(const QString &text);
// Whether path names a member of an agent ("LastName", "Office/Id").
bool isMember(const QString &path);

// A WHERE condition over the agents table's columns; false and a plain
// message when the filter cannot be evaluated locally.
bool compileFilter(const QString &filter, LocalSql *out, QString *error);
// ORDER BY keys (without the words ORDER BY), Id last; false and a message as above.
bool compileOrderBy(const QString &orderBy, LocalSql *out, QString *error);
// An FTS5 MATCH expression in which each word is a prefix phrase, all AND-ed; empty when the
// text holds no word.
QString ftsQuery(const QString &words);
// The text of the search columns of a record: the fields the online search looks in (first and
// last name, e-mail, user name, cell phone, office name), the phone also as its digits.
QStringList searchColumns(const QJsonObject &record);

// The SQL functions the compiled text calls (st_fold, st_contains, ...), on one connection.
bool registerFunctions(sqlite3 *db);

} // namespace localsql
} // namespace signtraker
