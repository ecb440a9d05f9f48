// SPDX-License-Identifier: Apache-2.0
// Pages of the agents table read before the user asks for them (the next page once one is
// shown, the previous one when paging back) and the pages just shown, so that a page turn paints
// from memory. Keyed by the exact request (filter, search, order, select, skip, top); an entry
// older than maxAge() is never handed out. A read ahead that fails is forgotten without a word:
// the page turn then loads the page as usual. No widgets here.
#pragma once

#include "listquery.h"

#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <optional>

namespace signtraker {
class AllPagesWalker;
class SignTrakerClient;
} // namespace signtraker

namespace signtraker::ui {

class PagePrefetcher : public QObject
{
    Q_OBJECT

public:
    // Milliseconds on a clock that never goes back (QElapsedTimer's by default); tests turn it.
    using Clock = std::function<qint64()>;
    static constexpr std::chrono::milliseconds DefaultMaxAge{60000};
    // Pages kept at once: the page shown, the one after it, the one before it, one spare.
    static constexpr int Capacity = 4;

    explicit PagePrefetcher(QObject *parent = nullptr);
    ~PagePrefetcher() override;

    // Another tenant: everything read before is dropped.
    void setClient(SignTrakerClient *client);
    void setClock(Clock clock);
    void setMaxAge(std::chrono::milliseconds age) { m_maxAge = age; }
    std::chrono::milliseconds maxAge() const { return m_maxAge; }

    // The rows answered to query, if they were read less than maxAge() ago.
    std::optional<QJsonArray> find(const ListQuery &query) const;
    bool isReading(const ListQuery &query) const;
    bool isIdle() const { return m_reads.isEmpty(); }
    int cachedPages() const { return int(m_entries.size()); }

    // Keeps the rows the table itself read for query (a page shown may be turned back to).
    void store(const ListQuery &query, const QJsonArray &rows);
    // Reads query's page in the background unless it is cached and fresh or being read.
    void prefetch(const ListQuery &query);
    // Drops every page and stops every read (an edit, a refresh, another query).
    void clear();

    // The read of one page of the table: the walker limited to skip..skip + top, so that a
    // service that caps its answers still gives a whole page.
    static AllPagesWalker *pageReader(SignTrakerClient *client, const ListQuery &query,
                                      QObject *parent);

Q_SIGNALS:
    // A background read ended; ok is false when it failed or was cut short.
    void readFinished(const signtraker::ListQuery &query, bool ok);

private:
    struct Entry
    {
        ListQuery query;
        QJsonArray rows;
        qint64 readAt = 0;
    };
    struct Read
    {
        ListQuery query;
        QPointer<AllPagesWalker> walker;
    };

    void onReadFinished(AllPagesWalker *walker, bool ok, const QJsonArray &rows);
    void dropExpired();

    QPointer<SignTrakerClient> m_client;
    Clock m_clock;
    std::chrono::milliseconds m_maxAge = DefaultMaxAge;
    QList<Entry> m_entries; // oldest first
    QList<Read> m_reads;
};

} // namespace signtraker::ui
