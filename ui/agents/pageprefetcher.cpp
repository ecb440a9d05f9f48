// SPDX-License-Identifier: Apache-2.0
#include "pageprefetcher.h"

#include "pager.h"
#include "signtrakerclient.h"

#include <QElapsedTimer>

#include <memory>

namespace signtraker::ui {

PagePrefetcher::PagePrefetcher(QObject *parent)
    : QObject(parent)
{
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    m_clock = [started] { return started->elapsed(); };
}

PagePrefetcher::~PagePrefetcher()
{
    clear();
}

void PagePrefetcher::setClient(SignTrakerClient *client)
{
    clear();
    m_client = client;
}

void PagePrefetcher::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

AllPagesWalker *PagePrefetcher::pageReader(SignTrakerClient *client, const ListQuery &query,
                                           QObject *parent)
{
    auto *reader = AllPagesWalker::over(client, SignTrakerClient::List::Agents, query,
                                        query.top.value_or(1), parent);
    reader->setRange(query.skip.value_or(0), query.top.value_or(1));
    return reader;
}

std::optional<QJsonArray> PagePrefetcher::find(const ListQuery &query) const
{
    const qint64 now = m_clock();
    for (const Entry &entry : m_entries) {
        if (entry.query == query && now - entry.readAt < m_maxAge.count())
            return entry.rows;
    }
    return std::nullopt;
}

bool PagePrefetcher::isReading(const ListQuery &query) const
{
    return std::any_of(m_reads.cbegin(), m_reads.cend(),
                       [&query](const Read &read) { return read.query == query; });
}

void PagePrefetcher::dropExpired()
{
    const qint64 now = m_clock();
    m_entries.removeIf(
        [this, now](const Entry &entry) { return now - entry.readAt >= m_maxAge.count(); });
}

void PagePrefetcher::store(const ListQuery &query, const QJsonArray &rows)
{
    dropExpired();
    m_entries.removeIf([&query](const Entry &entry) { return entry.query == query; });
    m_entries.append({query, rows, m_clock()});
    while (m_entries.size() > Capacity)
        m_entries.removeFirst();
}

void PagePrefetcher::prefetch(const ListQuery &query)
{
    if (!m_client || find(query) || isReading(query))
        return;
    AllPagesWalker *walker = pageReader(m_client, query, this);
    m_reads.append({query, walker});
    auto rows = std::make_shared<QJsonArray>();
    connect(walker, &AllPagesWalker::pageLoaded, this, [rows](const QJsonArray &page) {
        for (const QJsonValue &row : page)
            rows->append(row);
    });
    connect(walker, &AllPagesWalker::finished, this, [this, walker, rows](const ApiError &error) {
        onReadFinished(walker, !error.isError(), *rows);
    });
    walker->start();
}

void PagePrefetcher::onReadFinished(AllPagesWalker *walker, bool ok, const QJsonArray &rows)
{
    walker->deleteLater();
    const auto read = std::find_if(m_reads.cbegin(), m_reads.cend(),
                                   [walker](const Read &r) { return r.walker == walker; });
    if (read == m_reads.cend())
        return; // cleared meanwhile
    const ListQuery query = read->query;
    m_reads.erase(read);
    if (ok)
        store(query, rows);
    Q_EMIT readFinished(query, ok);
}

void PagePrefetcher::clear()
{
    m_entries.clear();
    const QList<Read> reads = std::exchange(m_reads, {});
    for (const Read &read : reads) {
        if (AllPagesWalker *walker = read.walker.data()) {
            walker->cancel();
            walker->deleteLater();
        }
    }
}

} // namespace signtraker::ui
