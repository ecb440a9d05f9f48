// SPDX-License-Identifier: Apache-2.0
// The tables of the local copy, shared by the writer thread and the readers: the statements that
// create a generation of them (suffix "_new" while a refresh writes it) and write one agent.
#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

struct sqlite3;
struct sqlite3_stmt;

namespace signtraker::localschema {

QStringList createTables(const QString &suffix);
// Index names carry a tag: the indexes of a new generation must not collide with the old ones.
QStringList createIndexes(const QString &suffix, const QString &tag);

// Writes agents (the record, its indexed columns and its search entry) into the tables with a
// suffix, with statements prepared once. SQLite's own statements, not QSqlQuery: a refresh binds
// 50 values a row for 50,000 rows, and Qt's binding (a QVariant list, a UTF-16 copy of the
// record) cost more than SQLite's work.
class AgentStatements
{
public:
    AgentStatements() = default;
    AgentStatements(const AgentStatements &) = delete;
    AgentStatements &operator=(const AgentStatements &) = delete;
    ~AgentStatements() { clear(); }

    bool prepare(QSqlDatabase &db, const QString &suffix, QString *error);
    // replace: the agent may already be there (its old search entry is removed first).
    bool write(const QJsonObject &agent, bool replace, QString *error);
    // Finalises the statements: before their tables are dropped or their connection closed.
    void clear();

private:
    bool step(sqlite3_stmt *statement, QString *error);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_agent = nullptr;
    sqlite3_stmt *m_record = nullptr;
    sqlite3_stmt *m_search = nullptr;
    sqlite3_stmt *m_forget = nullptr;
};

// The connection's SQLite handle (QSQLITE), or nullptr.
sqlite3 *handleOf(const QSqlDatabase &db);

// BEGIN IMMEDIATE: a transaction that takes the write lock first, waiting for the other
// connection's write (busy timeout). A plain BEGIN that reads before writing fails at once
// ("database is locked") when the other connection wrote in between.
bool beginWrite(QSqlDatabase &db);

// Opens a connection to an existing file with the SQL functions the compiled filters call.
bool openConnection(const QString &path, const QString &connection, QString *error);

} // namespace signtraker::localschema
