// SPDX-License-Identifier: Apache-2.0
#include "localwriter.h"

#include "localschema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace signtraker {

namespace {

constexpr auto OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto GroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                              QFileDevice::ExeGroup | QFileDevice::ReadOther |
                              QFileDevice::WriteOther | QFileDevice::ExeOther;

} // namespace

LocalWriter::LocalWriter(const QString &path, const QString &connection)
    : m_path(path)
    , m_connection(connection)
{}

LocalWriter::~LocalWriter()
{
    close();
}

bool LocalWriter::prepareFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    QDir folder = info.dir();
    if (!folder.exists()) {
        // The folder too holds personal data: only its owner may list it.
        if (!QDir().mkpath(folder.absolutePath()) ||
            !QFile::setPermissions(folder.absolutePath(), OwnerOnly | QFileDevice::ExeOwner)) {
            *error = tr("The folder %1 could not be created.").arg(folder.absolutePath());
            return false;
        }
    }
    QFile file(path);
    if (!file.exists() && !file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly)) {
        *error = tr("The file %1 could not be created: %2").arg(path, file.errorString());
        return false;
    }
    file.close();
    // A file made by someone else, or copied in, must not stay readable by others.
    if ((file.permissions() & GroupOrOther) && !file.setPermissions(OwnerOnly)) {
        *error = tr("The file %1 is readable by other users and its permissions cannot be changed.")
                     .arg(path);
        return false;
    }
    return true;
}

bool LocalWriter::active() const
{
    return !m_failed && !(m_cancelled && m_cancelled->load());
}

void LocalWriter::fail(const QString &detail)
{
    if (m_failed)
        return;
    m_failed = true;
    dropNewTables();
    Q_EMIT failed(m_generation, tr("The local copy could not be written: %1").arg(detail));
}

bool LocalWriter::exec(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (query.exec(sql))
        return true;
    fail(query.lastError().text());
    return false;
}

void LocalWriter::dropNewTables()
{
    m_statements.clear();
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen())
        return;
    QSqlQuery query(db);
    for (const char *table : {"agents_new", "records_new", "offices_new", "agents_fts_new"})
        query.exec(u"DROP TABLE IF EXISTS "_qs + QLatin1StringView(table));
}

void LocalWriter::begin(int generation, std::shared_ptr<std::atomic_bool> cancelled)
{
    m_generation = generation;
    m_cancelled = std::move(cancelled);
    m_failed = false;
    m_rows = 0;
    m_remembered.clear();
    m_written.clear();
    QString error;
    close(); // the file may have been deleted and made anew since the last refresh
    if (!prepareFile(m_path, &error) || !localschema::openConnection(m_path, m_connection, &error))
        return fail(error);
    // Room to sort the indexes of 50,000 rows in memory.
    if (!exec(u"PRAGMA journal_mode = WAL"_qs) || !exec(u"PRAGMA synchronous = NORMAL"_qs) ||
        !exec(u"PRAGMA cache_size = -32000"_qs) || !exec(u"PRAGMA temp_store = MEMORY"_qs) ||
        !exec(u"CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value)"_qs))
        return;
    dropNewTables(); // a refresh cut short by a crash
    for (const QString &statement : localschema::createTables(u"_new"_qs))
        if (!exec(statement))
            return;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!m_statements.prepare(db, u"_new"_qs, &error))
        fail(error);
}

void LocalWriter::writeAgents(const QJsonArray &rows)
{
    if (!active())
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QString error;
    if (!localschema::beginWrite(db))
        return fail(db.lastError().text());
    for (const QJsonValue &row : rows) {
        // Never one row twice; only a row seen before pays for removing its old search entry.
        const QJsonObject agent = row.toObject();
        bool seen = false;
        m_written.insert(agent.value(u"Id").toInteger(), &seen);
        if (!m_statements.write(agent, seen, &error)) {
            db.rollback();
            return fail(error);
        }
    }
    if (!db.commit())
        return fail(db.lastError().text());
    m_rows += rows.size();
}

void LocalWriter::writeOffices(const QJsonArray &rows)
{
    if (!active())
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    query.prepare(u"INSERT OR REPLACE INTO offices_new (id, name, record) VALUES (?, ?, ?)"_qs);
    localschema::beginWrite(db);
    for (const QJsonValue &row : rows) {
        const QJsonObject office = row.toObject();
        query.addBindValue(office.value(u"Id").toInteger());
        query.addBindValue(office.value(u"Name").toString());
        query.addBindValue(QString::fromUtf8(QJsonDocument(office).toJson(QJsonDocument::Compact)));
        if (!query.exec()) {
            const QString error = query.lastError().text();
            db.rollback();
            return fail(error);
        }
    }
    if (!db.commit())
        fail(db.lastError().text());
}

void LocalWriter::remember(const QJsonObject &agent)
{
    m_remembered.insert(agent.value(u"Id").toInteger(), agent);
}

void LocalWriter::commit(const QDateTime &asOf)
{
    if (!active())
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const QString tag = QString::number(asOf.toMSecsSinceEpoch());

    for (const QString &statement : localschema::createIndexes(u"_new"_qs, tag))
        if (!exec(statement))
            return;
    if (!localschema::beginWrite(db))
        return fail(db.lastError().text());
    QString error;
    for (const QJsonObject &agent : std::as_const(m_remembered)) {
        if (!m_statements.write(agent, true, &error)) {
            db.rollback();
            return fail(error);
        }
    }
    const QStringList swap = {
        u"DROP TABLE IF EXISTS agents"_qs,
        u"DROP TABLE IF EXISTS records"_qs,
        u"DROP TABLE IF EXISTS offices"_qs,
        u"DROP TABLE IF EXISTS agents_fts"_qs,
        u"ALTER TABLE agents_new RENAME TO agents"_qs,
        u"ALTER TABLE records_new RENAME TO records"_qs,
        u"ALTER TABLE offices_new RENAME TO offices"_qs,
        u"ALTER TABLE agents_fts_new RENAME TO agents_fts"_qs,
    };
    QSqlQuery query(db);
    for (const QString &statement : swap) {
        if (!query.exec(statement)) {
            error = query.lastError().text();
            db.rollback();
            return fail(error);
        }
    }
    query.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES ('as_of', ?)"_qs);
    query.addBindValue(asOf.toUTC().toString(Qt::ISODateWithMs));
    // The last chance to honour a cancel: until the commit, the old copy is the copy.
    if (!query.exec() || (m_cancelled && m_cancelled->load())) {
        error = query.lastError().text();
        db.rollback();
        return m_cancelled->load() ? void(dropNewTables()) : fail(error);
    }
    if (!db.commit()) {
        error = db.lastError().text();
        db.rollback();
        return fail(error);
    }
    query.exec(u"SELECT COUNT(*) FROM agents"_qs);
    const qint64 rows = query.next() ? query.value(0).toLongLong() : m_rows;
    query = QSqlQuery();
    m_statements.clear();
    db = QSqlDatabase();
    // The refresh is over: nothing more to write until the next begin(), and no connection
    // left open on a file that "Clear local copy" may delete.
    m_failed = true;
    close();
    Q_EMIT committed(m_generation, rows);
}

void LocalWriter::abort()
{
    m_failed = true;
    dropNewTables();
    close();
}

void LocalWriter::close()
{
    m_statements.clear();
    if (!QSqlDatabase::contains(m_connection))
        return;
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

} // namespace signtraker
