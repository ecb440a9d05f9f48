// SPDX-License-Identifier: Apache-2.0
#include "localcopy.h"

#include "localschema.h"
#include "localsql.h"
#include "localwriter.h"
#include "pager.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

namespace signtraker {

namespace {

// The service sets no page cap (and the walker learns one if it does): 1,000 rows a request
// halves the round trips of a 50,000-agent walk against 500, and each page still parses in a
// few milliseconds on the UI thread.
constexpr int PageSize = 1000;

QString nextConnectionName(const char *role)
{
    static QAtomicInt serial;
    return u"signtraker-local-%1-%2"_qs.arg(QLatin1StringView(role))
        .arg(serial.fetchAndAddRelaxed(1));
}

// Records are read as their UTF-8 bytes (CAST AS BLOB): no detour through UTF-16.
QJsonObject recordFrom(const QVariant &bytes)
{
    return QJsonDocument::fromJson(bytes.toByteArray()).object();
}

} // namespace

QString LocalCopy::pathForProfile(const QString &profile)
{
    // File-safe and still unique: anything else is spelled as its code, so "a/b" and "a_b" differ.
    QString safe;
    for (const QChar c : profile) {
        if ((c.isLetterOrNumber() && c.unicode() < 128) || c == u'-')
            safe += c;
        else
            safe += u'_' + QString::number(c.unicode(), 16) + u'_';
    }
    if (safe.isEmpty())
        safe = u"_"_qs;
    // Not CacheLocation: it holds the application's name, and the window and the CLI must share
    // one copy per profile (and its removal).
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
           u"/signtraker-admin/local/"_qs + safe + u".sqlite"_qs;
}

bool LocalCopy::removeForProfile(const QString &profile)
{
    const QString path = pathForProfile(profile);
    bool ok = true;
    for (const QString &suffix : {QString(), u"-wal"_qs, u"-shm"_qs, u"-journal"_qs})
        if (QFile::exists(path + suffix))
            ok = QFile::remove(path + suffix) && ok;
    return ok;
}

LocalCopy::LocalCopy(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_connection(nextConnectionName("reader"))
{}

LocalCopy::~LocalCopy()
{
    cancelRefresh();
    closeConnection();
    if (m_thread) {
        // The writer finishes the batch it is writing (a cancelled refresh skips the rest).
        toWriter([](LocalWriter *writer) {
            delete writer;
            QThread::currentThread()->quit();
        });
        m_thread->wait();
        delete m_thread;
    }
}

bool LocalCopy::open() const
{
    if (m_open)
        return true;
    if (!QFile::exists(m_path)) {
        m_lastError = tr("There is no local copy yet: refresh it first.");
        return false;
    }
    if (!localschema::openConnection(m_path, m_connection, &m_lastError)) {
        QSqlDatabase::removeDatabase(m_connection);
        return false;
    }
    m_open = true;
    return true;
}

void LocalCopy::closeConnection()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
    m_open = false;
}

QSqlQuery LocalCopy::run(const QString &sql, const QVariantList &values, QString *error) const
{
    if (!open()) {
        if (error)
            *error = m_lastError;
        return QSqlQuery();
    }
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    bool ok = query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    ok = ok && query.exec();
    if (!ok) {
        m_lastError = query.lastError().text();
        // Before the first refresh the tables do not exist: say so in plain words.
        if (!exists())
            m_lastError = tr("There is no local copy yet: refresh it first.");
        if (error)
            *error = m_lastError;
        return QSqlQuery();
    }
    return query;
}

bool LocalCopy::exists() const
{
    if (!open())
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    return query.exec(u"SELECT value FROM meta WHERE key = 'as_of'"_qs) && query.next();
}

qint64 LocalCopy::rowCount() const
{
    QSqlQuery query = run(u"SELECT COUNT(*) FROM agents"_qs, {}, nullptr);
    return query.next() ? query.value(0).toLongLong() : 0;
}

QDateTime LocalCopy::asOf() const
{
    if (!open())
        return {};
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(u"SELECT value FROM meta WHERE key = 'as_of'"_qs) || !query.next())
        return {};
    return QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs).toUTC();
}

void LocalCopy::startWriter()
{
    if (m_thread)
        return;
    m_thread = new QThread;
    m_thread->setObjectName(u"LocalCopy writer"_qs);
    m_writer = new LocalWriter(m_path, nextConnectionName("writer"));
    m_writer->moveToThread(m_thread);
    connect(m_writer, &LocalWriter::committed, this, [this](int generation, qint64 rows) {
        if (generation != m_generation || !m_refreshing)
            return;
        m_refreshing = false;
        Q_EMIT refreshProgress(int(rows), int(rows));
        Q_EMIT refreshed();
        Q_EMIT changed();
    });
    connect(m_writer, &LocalWriter::failed, this, [this](int generation, const QString &message) {
        if (generation == m_generation && m_refreshing)
            fail(message);
    });
    m_thread->start();
}

void LocalCopy::toWriter(std::function<void(LocalWriter *)> call)
{
    LocalWriter *writer = m_writer;
    QMetaObject::invokeMethod(
        writer, [writer, call = std::move(call)] { call(writer); }, Qt::QueuedConnection);
}

void LocalCopy::refresh(SignTrakerClient *client)
{
    if (m_refreshing)
        return;
    startWriter();
    m_refreshing = true;
    m_started = QDateTime::currentDateTimeUtc();
    const int generation = ++m_generation;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    toWriter([generation, cancelled = m_cancelled](LocalWriter *writer) {
        writer->begin(generation, cancelled);
    });

    m_walker = AllPagesWalker::over(client, SignTrakerClient::List::Agents, {}, PageSize, this);
    m_walker->setExpectManyPages(true);
    connect(m_walker, &AllPagesWalker::pageLoaded, this, [this](const QJsonArray &rows, int soFar) {
        toWriter([rows](LocalWriter *writer) { writer->writeAgents(rows); });
        Q_EMIT refreshProgress(soFar, m_walker ? m_walker->estimatedTotal().value_or(0) : 0);
    });
    connect(m_walker, &AllPagesWalker::finished, this,
            [this](const ApiError &error) { onWalkFinished(error, true); });

    m_officeWalker =
        AllPagesWalker::over(client, SignTrakerClient::List::Offices, {}, PageSize, this);
    connect(m_officeWalker, &AllPagesWalker::pageLoaded, this, [this](const QJsonArray &rows) {
        toWriter([rows](LocalWriter *writer) { writer->writeOffices(rows); });
    });
    connect(m_officeWalker, &AllPagesWalker::finished, this,
            [this](const ApiError &error) { onWalkFinished(error, false); });

    m_walksLeft = 2;
    Q_EMIT refreshProgress(0, 0);
    m_walker->start();
    m_officeWalker->start();
}

void LocalCopy::onWalkFinished(const ApiError &error, bool agents)
{
    AllPagesWalker *walker = agents ? m_walker.data() : m_officeWalker.data();
    if (walker)
        walker->deleteLater();
    if (error.isError()) {
        const QString message =
            agents ? tr("The agents could not be read: %1").arg(error.userMessage())
                   : tr("The offices could not be read: %1").arg(error.userMessage());
        return fail(message);
    }
    if (--m_walksLeft > 0)
        return;
    const QDateTime asOf = m_started;
    toWriter([asOf](LocalWriter *writer) { writer->commit(asOf); });
}

void LocalCopy::stopWalkers()
{
    for (AllPagesWalker *walker : {m_walker.data(), m_officeWalker.data()}) {
        if (walker) {
            walker->cancel();
            walker->deleteLater();
        }
    }
    m_walker.clear();
    m_officeWalker.clear();
}

void LocalCopy::fail(const QString &message)
{
    if (!m_refreshing)
        return;
    m_refreshing = false;
    stopWalkers();
    m_cancelled->store(true);
    toWriter([](LocalWriter *writer) { writer->abort(); });
    Q_EMIT refreshFailed(message);
}

void LocalCopy::cancelRefresh()
{
    if (!m_refreshing)
        return;
    m_refreshing = false;
    ++m_generation; // whatever the writer reports about this refresh is no longer awaited
    stopWalkers();
    m_cancelled->store(true);
    toWriter([](LocalWriter *writer) { writer->abort(); });
}

bool LocalCopy::isRefreshing() const
{
    return m_refreshing;
}

bool LocalCopy::clear()
{
    cancelRefresh();
    closeConnection();
    if (m_writer) // after a refresh the writer's connection may still be open
        toWriter([](LocalWriter *writer) { writer->abort(); });
    bool ok = true;
    for (const QString &suffix : {QString(), u"-wal"_qs, u"-shm"_qs, u"-journal"_qs})
        if (QFile::exists(m_path + suffix))
            ok = QFile::remove(m_path + suffix) && ok;
    Q_EMIT changed();
    return ok;
}

void LocalCopy::updateInactive(qint64 id, bool isInactive)
{
    QJsonObject record = agent(id);
    if (record.isEmpty())
        return;
    record.insert(QStringLiteral("IsInactive"), isInactive);
    updateRecord(record);
}

QJsonObject LocalCopy::agent(qint64 id) const
{
    if (!exists())
        return {};
    LocalQuery one;
    one.ids = {id};
    QString error;
    return agents(one, &error).value(0);
}

void LocalCopy::updateRecord(const QJsonObject &agentFromService)
{
    if (!agentFromService.value(u"Id").isDouble())
        return;
    if (m_refreshing)
        toWriter([agentFromService](LocalWriter *writer) { writer->remember(agentFromService); });
    if (!exists())
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    localschema::AgentStatements statements;
    QString error;
    if (!localschema::beginWrite(db)) {
        m_lastError = tr("The local copy is busy: the agent's new values were not stored.");
        return;
    }
    if (!statements.prepare(db, QString(), &error) ||
        !statements.write(agentFromService, true, &error)) {
        m_lastError = error;
        db.rollback();
        return;
    }
    db.commit();
    Q_EMIT changed();
}

bool LocalCopy::where(const LocalQuery &query, QString *sql, QVariantList *values,
                      QString *error) const
{
    QStringList conditions;
    if (!query.filter.trimmed().isEmpty()) {
        LocalSql filter;
        if (!localsql::compileFilter(query.filter, &filter, error))
            return false;
        conditions << filter.sql;
        *values += filter.values;
    }
    if (const QString match = localsql::ftsQuery(query.search); !match.isEmpty()) {
        conditions << u"id IN (SELECT rowid FROM agents_fts WHERE agents_fts MATCH ?)"_qs;
        *values << match;
    }
    if (!query.ids.isEmpty()) {
        QJsonArray ids;
        for (const qint64 id : query.ids)
            ids.append(id);
        conditions << u"id IN (SELECT value FROM json_each(?))"_qs;
        *values << QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
    }
    *sql = conditions.isEmpty() ? QString() : u" WHERE "_qs + conditions.join(u" AND ");
    return true;
}

QList<QJsonObject> LocalCopy::agents(const LocalQuery &query, QString *error) const
{
    QString condition;
    QVariantList values;
    LocalSql order;
    if (!where(query, &condition, &values, error) ||
        !localsql::compileOrderBy(query.orderBy, &order, error))
        return {};
    QStringList select;
    for (const QString &member : query.select) {
        if (member.contains(u'/') || !localsql::isMember(member)) {
            if (error)
                *error = tr("The local copy cannot select '%1': it is not a member of an agent.")
                             .arg(member);
            return {};
        }
        select << member;
    }
    values += order.values;
    values << query.top << query.skip;
    QSqlQuery rows =
        run(u"SELECT CAST(record AS BLOB) FROM agents JOIN records ON agent_id = id"_qs +
                condition + u" ORDER BY "_qs + order.sql + u" LIMIT ? OFFSET ?"_qs,
            values, error);
    QList<QJsonObject> agents;
    while (rows.next()) {
        QJsonObject record = recordFrom(rows.value(0));
        if (!select.isEmpty()) {
            QJsonObject selected{{u"Id"_qs, record.value(u"Id")}};
            for (const QString &member : std::as_const(select))
                if (record.contains(member))
                    selected.insert(member, record.value(member));
            record = selected;
        }
        agents << record;
    }
    return agents;
}

qint64 LocalCopy::count(const LocalQuery &query, QString *error) const
{
    QString condition;
    QVariantList values;
    if (!where(query, &condition, &values, error))
        return -1;
    QSqlQuery rows = run(u"SELECT COUNT(*) FROM agents"_qs + condition, values, error);
    return rows.next() ? rows.value(0).toLongLong() : -1;
}

QList<QPair<qint64, qint64>> LocalCopy::countsByOffice(const LocalQuery &query) const
{
    QString condition;
    QVariantList values;
    if (!where(query, &condition, &values, &m_lastError))
        return {};
    QSqlQuery rows = run(u"SELECT COALESCE(office_id, 0), COUNT(*) FROM agents"_qs + condition +
                             u" GROUP BY 1 ORDER BY 1"_qs,
                         values, nullptr);
    QList<QPair<qint64, qint64>> counts;
    while (rows.next())
        counts.append({rows.value(0).toLongLong(), rows.value(1).toLongLong()});
    return counts;
}

QHash<bool, qint64> LocalCopy::countsByActive(const LocalQuery &query) const
{
    QString condition;
    QVariantList values;
    if (!where(query, &condition, &values, &m_lastError))
        return {};
    // IsInactive absent or null counts as active, as the service's "IsInactive eq true" sees it.
    QSqlQuery rows = run(u"SELECT COALESCE(is_inactive, 0) = 0, COUNT(*) FROM agents"_qs +
                             condition + u" GROUP BY 1"_qs,
                         values, nullptr);
    QHash<bool, qint64> counts;
    while (rows.next())
        counts.insert(rows.value(0).toInt() != 0, rows.value(1).toLongLong());
    return counts;
}

QList<QPair<QString, QString>> LocalCopy::offices() const
{
    QSqlQuery rows =
        run(u"SELECT id, name FROM offices ORDER BY st_fold(name), id"_qs, {}, nullptr);
    QList<QPair<QString, QString>> list;
    while (rows.next())
        list.append({rows.value(0).toString(), rows.value(1).toString()});
    return list;
}

QList<QJsonObject> LocalCopy::allAgents() const
{
    QSqlQuery rows =
        run(u"SELECT CAST(record AS BLOB) FROM records ORDER BY agent_id"_qs, {}, nullptr);
    QList<QJsonObject> agents;
    while (rows.next())
        agents << recordFrom(rows.value(0));
    return agents;
}

} // namespace signtraker
