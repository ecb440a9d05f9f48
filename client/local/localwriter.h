// SPDX-License-Identifier: Apache-2.0
// The local copy's writer: lives in a worker thread with its own SQLite connection, so that
// writing 50,000 records never stalls the window. A refresh writes into new tables as pages
// arrive and swaps them for the old ones in one transaction; until then readers see the old copy.
#pragma once

#include "localschema.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QString>

#include <atomic>
#include <memory>

namespace signtraker {

class LocalWriter : public QObject
{
    Q_OBJECT

public:
    LocalWriter(const QString &path, const QString &connection);
    ~LocalWriter() override;

    // Each call below runs in the worker thread; cancelled stops the refresh it belongs to.
    void begin(int generation, std::shared_ptr<std::atomic_bool> cancelled);
    void writeAgents(const QJsonArray &rows);
    void writeOffices(const QJsonArray &rows);
    // An agent written to the service during the refresh: its answer wins over an older page.
    void remember(const QJsonObject &agent);
    void commit(const QDateTime &asOf);
    void abort();
    void close();

    // The file with owner-only permissions (and its folder), before any driver opens it.
    static bool prepareFile(const QString &path, QString *error);

Q_SIGNALS:
    void committed(int generation, qint64 rows);
    void failed(int generation, const QString &message);

private:
    bool exec(const QString &sql);
    bool active() const;
    void fail(const QString &detail);
    bool insertAgent(const QJsonObject &agent, bool replace);
    void dropNewTables();

    QString m_path;
    QString m_connection;
    int m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    bool m_failed = true; // until begin()
    qint64 m_rows = 0;
    // Prepared once per refresh, bound again for every row.
    localschema::AgentStatements m_statements;
    QHash<qint64, QJsonObject> m_remembered;
    struct SeenIds
    {
        QSet<qint64> ids;
        void insert(qint64 id, bool *seen)
        {
            const qsizetype before = ids.size();
            ids.insert(id);
            *seen = ids.size() == before;
        }
        void clear() { ids.clear(); }
    } m_written;
};

} // namespace signtraker
