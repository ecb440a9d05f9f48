// SPDX-License-Identifier: Apache-2.0
#include "localschema.h"

#include "localsql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

namespace signtraker::localschema {

namespace {

QString columnList()
{
    QStringList names;
    for (const localsql::Column &column : localsql::columns())
        names << column.column;
    return names.join(u", ");
}

} // namespace

QStringList createTables(const QString &suffix)
{
    // Untyped columns: values keep the type they were bound with, as the filters compare them.
    return {
        // The records apart from the columns: a scan of the columns (a filter, an index being
        // built) then reads a few hundred bytes a row instead of the whole record.
        u"CREATE TABLE records%1 (agent_id INTEGER PRIMARY KEY, record TEXT NOT NULL)"_qs.arg(
            suffix),
        u"CREATE TABLE agents%1 (id INTEGER PRIMARY KEY, %2)"_qs.arg(suffix, columnList()),
        u"CREATE TABLE offices%1 (id INTEGER PRIMARY KEY, name TEXT, record TEXT NOT NULL)"_qs.arg(
            suffix),
        u"CREATE VIRTUAL TABLE agents_fts%1 USING fts5(names, email, user_name, phones, office, "
        "tokenize = 'unicode61 remove_diacritics 2')"_qs.arg(suffix)};
}

QStringList createIndexes(const QString &suffix, const QString &tag)
{
    // For the table's default order, the filter lists' counts and the lookups by e-mail and user
    // name; other columns are scanned, which the compact table keeps fast.
    QStringList statements;
    for (const char *column : {"last_name", "office_id", "is_inactive", "email", "user_name"})
        statements << u"CREATE INDEX agents_%1_%2 ON agents%3 (%1)"_qs.arg(
            QLatin1StringView(column), tag, suffix);
    return statements;
}

bool AgentStatements::prepare(QSqlDatabase &db, const QString &suffix, QString *error)
{
    QStringList marks(localsql::columns().size() + 1, u"?"_qs);
    m_agent = QSqlQuery(db);
    m_record = QSqlQuery(db);
    m_search = QSqlQuery(db);
    m_forget = QSqlQuery(db);
    const bool ok =
        m_record.prepare(
            u"INSERT OR REPLACE INTO records%1 (agent_id, record) VALUES (?, ?)"_qs.arg(suffix)) &&
        m_agent.prepare(u"INSERT OR REPLACE INTO agents%1 (id, %2) VALUES (%3)"_qs.arg(
            suffix, columnList(), marks.join(u", "))) &&
        m_search.prepare(
            u"INSERT INTO agents_fts%1 (rowid, names, email, user_name, phones, office) "
            "VALUES (?, ?, ?, ?, ?, ?)"_qs.arg(suffix)) &&
        m_forget.prepare(u"DELETE FROM agents_fts%1 WHERE rowid = ?"_qs.arg(suffix));
    if (!ok && error)
        *error = db.lastError().text();
    return ok;
}

bool AgentStatements::write(const QJsonObject &agent, bool replace, QString *error)
{
    const qint64 id = agent.value(u"Id").toInteger();
    m_agent.addBindValue(id);
    m_record.addBindValue(id);
    m_record.addBindValue(QString::fromUtf8(QJsonDocument(agent).toJson(QJsonDocument::Compact)));
    for (const QVariant &value : localsql::columnValues(agent))
        m_agent.addBindValue(value);
    QSqlQuery *failed = nullptr;
    if (replace) {
        m_forget.addBindValue(id);
        if (!m_forget.exec())
            failed = &m_forget;
    }
    if (!failed && !m_agent.exec())
        failed = &m_agent;
    if (!failed && !m_record.exec())
        failed = &m_record;
    if (!failed) {
        m_search.addBindValue(id);
        for (const QString &text : localsql::searchColumns(agent))
            m_search.addBindValue(text);
        if (!m_search.exec())
            failed = &m_search;
    }
    if (failed && error)
        *error = failed->lastError().text();
    return !failed;
}

void AgentStatements::clear()
{
    for (QSqlQuery *query : {&m_agent, &m_record, &m_search, &m_forget})
        *query = QSqlQuery();
}

bool beginWrite(QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(u"BEGIN IMMEDIATE"_qs);
}

bool openConnection(const QString &path, const QString &connection, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, connection);
    db.setDatabaseName(path);
    // The writer holds the lock only for one batch at a time.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_qs);
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    const QVariant handle = db.driver()->handle();
    sqlite3 *sqlite = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                          ? *static_cast<sqlite3 *const *>(handle.constData())
                          : nullptr;
    if (!sqlite || !localsql::registerFunctions(sqlite)) {
        if (error)
            *error = QCoreApplication::translate("signtraker::LocalCopy",
                                                 "The SQLite driver does not accept functions.");
        db.close();
        return false;
    }
    return true;
}

} // namespace signtraker::localschema
