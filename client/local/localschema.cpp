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
    clear();
    m_db = handleOf(db);
    if (!m_db) {
        if (error)
            *error = QCoreApplication::translate("signtraker::LocalCopy",
                                                 "The database connection is not SQLite.");
        return false;
    }
    const QStringList marks(localsql::columns().size() + 1, u"?"_qs);
    const struct
    {
        sqlite3_stmt **statement;
        QString sql;
    } statements[] = {
        {&m_record,
         u"INSERT OR REPLACE INTO records%1 (agent_id, record) VALUES (?, ?)"_qs.arg(suffix)},
        {&m_agent, u"INSERT OR REPLACE INTO agents%1 (id, %2) VALUES (%3)"_qs.arg(
                       suffix, columnList(), marks.join(u", "))},
        {&m_search, u"INSERT INTO agents_fts%1 (rowid, names, email, user_name, phones, office) "
                    "VALUES (?, ?, ?, ?, ?, ?)"_qs.arg(suffix)},
        {&m_forget, u"DELETE FROM agents_fts%1 WHERE rowid = ?"_qs.arg(suffix)},
    };
    for (const auto &[statement, sql] : statements) {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), statement, nullptr) !=
            SQLITE_OK) {
            if (error)
                *error = QString::fromUtf8(sqlite3_errmsg(m_db));
            clear();
            return false;
        }
    }
    return true;
}

void AgentStatements::clear()
{
    for (sqlite3_stmt **statement : {&m_agent, &m_record, &m_search, &m_forget}) {
        sqlite3_finalize(*statement);
        *statement = nullptr;
    }
    m_db = nullptr;
}

namespace {

void bindText(sqlite3_stmt *statement, int index, const QString &text)
{
    // A null QString is still a text (the empty one): NULL is for a member that is absent.
    sqlite3_bind_text16(statement, index,
                        text.isNull() ? static_cast<const void *>(u"") : text.utf16(),
                        int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
}

void bindVariant(sqlite3_stmt *statement, int index, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        sqlite3_bind_null(statement, index);
        break;
    case QMetaType::Int:
    case QMetaType::LongLong:
        sqlite3_bind_int64(statement, index, value.toLongLong());
        break;
    case QMetaType::Double:
        sqlite3_bind_double(statement, index, value.toDouble());
        break;
    default:
        bindText(statement, index, value.toString());
        break;
    }
}

} // namespace

bool AgentStatements::step(sqlite3_stmt *statement, QString *error)
{
    const int result = sqlite3_step(statement);
    // Reset at once: a statement left running would hold the tables it wrote (a DROP, a COMMIT).
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (result == SQLITE_DONE)
        return true;
    if (error)
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

bool AgentStatements::write(const QJsonObject &agent, bool replace, QString *error)
{
    if (!m_db)
        return false;
    const qint64 id = agent.value(u"Id").toInteger();
    if (replace) {
        sqlite3_bind_int64(m_forget, 1, id);
        if (!step(m_forget, error))
            return false;
    }
    sqlite3_bind_int64(m_agent, 1, id);
    int index = 2;
    for (const QVariant &value : localsql::columnValues(agent))
        bindVariant(m_agent, index++, value);
    if (!step(m_agent, error))
        return false;

    // The record as UTF-8, as the file stores it: no detour through UTF-16.
    const QByteArray record = QJsonDocument(agent).toJson(QJsonDocument::Compact);
    sqlite3_bind_int64(m_record, 1, id);
    sqlite3_bind_text(m_record, 2, record.constData(), int(record.size()), SQLITE_STATIC);
    if (!step(m_record, error))
        return false;

    sqlite3_bind_int64(m_search, 1, id);
    index = 2;
    for (const QString &text : localsql::searchColumns(agent))
        bindText(m_search, index++, text);
    return step(m_search, error);
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    return handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
               ? *static_cast<sqlite3 *const *>(handle.constData())
               : nullptr;
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
    sqlite3 *sqlite = handleOf(db);
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
