// SPDX-License-Identifier: Apache-2.0
// The local copy of one profile's tenant: every agent (the full JSON record, unknown members
// included, next to indexed columns) and the offices in one SQLite file, readable only by its
// owner. refresh() reads the tenant with the parallel walker into new tables that replace the
// old ones in one transaction, written by a worker thread, so a failed or cancelled refresh leaves
// the previous copy whole and the UI thread never waits for the disk. A read cache: writes go to
// the service, and the service's answer updates the copy's row (updateRecord).
#pragma once

#include "localquery.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QVariantList>

#include <atomic>
#include <functional>
#include <memory>

class QSqlQuery;
class QThread;

namespace signtraker {

class AllPagesWalker;
class LocalWriter;
class SignTrakerClient;
class ApiError;

class LocalCopy : public QObject
{
    Q_OBJECT

public:
    // The user's cache folder (XDG_CACHE_HOME, ~/.cache) +
    // "/signtraker-admin/local/<profile>.sqlite", the same for the window and the CLI; the profile
    // name made file-safe.
    static QString pathForProfile(const QString &profile);
    // Deletes the copy of profile (with its -wal and -shm files); true when nothing is left.
    static bool removeForProfile(const QString &profile);

    explicit LocalCopy(const QString &path, QObject *parent = nullptr);
    ~LocalCopy() override;

    // A refresh completed at least once: the copy has an asOf().
    bool exists() const;
    qint64 rowCount() const;
    QDateTime asOf() const; // UTC; invalid when there is no copy
    QString path() const { return m_path; }
    // Why the file could not be opened or read (empty when it could).
    QString lastError() const { return m_lastError; }

    void refresh(SignTrakerClient *client);
    // Stops the refresh: the previous copy stays; no refreshed()/refreshFailed() follows.
    void cancelRefresh();
    bool isRefreshing() const;
    // Deletes the copy's file; exists() is false afterwards.
    bool clear();

    // Write-through of the service's answer to a write: the agent's row and search entry.
    void updateRecord(const QJsonObject &agentFromService);
    // Write-through of an activation or deactivation, which the service answers with no record:
    // the copy's own record with the new status.
    void updateInactive(qint64 id, bool isInactive);

    // The copy's record of one agent; empty when the copy does not hold it.
    QJsonObject agent(qint64 id) const;

    // The agents a query selects, in its order; an error (and no rows) when the filter or order
    // cannot be evaluated locally.
    QList<QJsonObject> agents(const LocalQuery &query, QString *error) const;
    // How many agents the filter, search and ids select (top and skip ignored); -1 on error.
    qint64 count(const LocalQuery &query, QString *error) const;
    // Office Id, agents; agents without an office under Id 0. Order: office Id.
    QList<QPair<qint64, qint64>> countsByOffice(const LocalQuery &query = {}) const;
    QList<QPair<QString, QString>> offices() const; // Id, Name; ordered by name
    QHash<bool, qint64> countsByActive(const LocalQuery &query = {}) const;
    QList<QJsonObject> allAgents() const;

Q_SIGNALS:
    // estimatedTotal is 0 while unknown.
    void refreshProgress(int rows, int estimatedTotal);
    void refreshed();
    void refreshFailed(const QString &message);
    // The copy's contents changed (a refresh, an updated record, a clear).
    void changed();

private:
    bool open() const;
    void closeConnection();
    // The WHERE and its values for the filter, words and ids of query; false with a message.
    bool where(const LocalQuery &query, QString *sql, QVariantList *values, QString *error) const;
    QSqlQuery run(const QString &sql, const QVariantList &values, QString *error) const;
    void startWriter();
    // Runs call in the writer's thread, after everything handed to it before.
    void toWriter(std::function<void(LocalWriter *)> call);
    void onWalkFinished(const ApiError &error, bool agents);
    void fail(const QString &message);
    void stopWalkers();

    QString m_path;
    QString m_connection;
    mutable QString m_lastError;
    mutable bool m_open = false;
    QPointer<AllPagesWalker> m_walker;
    QPointer<AllPagesWalker> m_officeWalker;
    QThread *m_thread = nullptr;
    LocalWriter *m_writer = nullptr;
    int m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    bool m_refreshing = false;
    int m_walksLeft = 0;
    QDateTime m_started;
};

} // namespace signtraker
