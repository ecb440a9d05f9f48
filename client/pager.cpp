// SPDX-License-Identifier: Apache-2.0
#include "pager.h"

#include <algorithm>
#include <cmath>

namespace signtraker {

QStringList Pager::stableOrder(const QStringList &orderBy)
{
    if (!orderBy.isEmpty()) {
        const QString last = orderBy.last().trimmed();
        if (last == QLatin1String("Id") || last.startsWith(QLatin1String("Id ")))
            return orderBy;
    }
    QStringList stable = orderBy;
    stable.append(QStringLiteral("Id"));
    return stable;
}

ListQuery Pager::pageQuery(const ListQuery &query, int index, int size)
{
    ListQuery page = query;
    page.orderBy = stableOrder(query.orderBy);
    page.top = size + 1;
    page.skip = index * size;
    return page;
}

Page Pager::pageFrom(const QJsonArray &rows, int index, int size)
{
    Page page;
    page.index = index;
    page.size = size;
    page.hasNext = rows.size() > size;
    page.rows = rows;
    while (page.rows.size() > size)
        page.rows.removeLast();
    return page;
}

namespace {

ApiError incomplete(const QString &message)
{
    return ApiError(ApiError::Kind::UnreadableResponse, message);
}

// A row's Id, or nothing when the row is not a record with an integral Id.
std::optional<qint64> idOf(const QJsonValue &row)
{
    const QJsonValue id = row.toObject().value(QLatin1String("Id"));
    if (!id.isDouble())
        return std::nullopt;
    const double value = id.toDouble();
    if (value != std::floor(value) || std::abs(value) > 9007199254740992.0)
        return std::nullopt;
    return qint64(value);
}

} // namespace

AllPagesWalker::AllPagesWalker(Fetch fetch, const ListQuery &query, int pageSize, QObject *parent)
    : QObject(parent)
    , m_fetch(std::move(fetch))
    , m_query(walkQuery(query))
    , m_cap(std::make_shared<PageCap>())
    , m_pageSize(std::max(1, pageSize))
{}

AllPagesWalker *AllPagesWalker::over(SignTrakerClient *client, SignTrakerClient::List list,
                                     const ListQuery &query, int pageSize, QObject *parent,
                                     std::optional<qint64> enterpriseId)
{
    QPointer<SignTrakerClient> guard(client);
    auto fetch = [guard, list, enterpriseId](const ListQuery &q) -> ApiCall * {
        if (!guard)
            return nullptr;
        switch (list) {
        case SignTrakerClient::List::Agents:
            return guard->listAgents(q);
        case SignTrakerClient::List::Offices:
            return guard->listOffices(q, enterpriseId);
        case SignTrakerClient::List::Enterprises:
            return guard->listEnterprises(q);
        }
        return nullptr;
    };
    auto *walker = new AllPagesWalker(fetch, query, pageSize, parent);
    if (client) {
        walker->setPageCap(client->pageCap(list));
        walker->setMaxInFlight(client->config().parallelRequests());
    }
    return walker;
}

AllPagesWalker::~AllPagesWalker()
{
    dropWindows();
}

ListQuery AllPagesWalker::walkQuery(const ListQuery &query)
{
    ListQuery walk = query;
    walk.orderBy = Pager::stableOrder(query.orderBy);
    walk.top.reset();
    walk.skip.reset();
    // The Ids are what proves a page new; a caller that did not select Id gets it anyway.
    if (!walk.select.isEmpty() && !walk.select.contains(QLatin1String("Id")) &&
        !walk.select.contains(QLatin1String("*")))
        walk.select.append(QStringLiteral("Id"));
    return walk;
}

void AllPagesWalker::setPageCap(std::shared_ptr<PageCap> cap)
{
    if (cap)
        m_cap = std::move(cap);
}

void AllPagesWalker::setRange(int offset, int limit)
{
    m_start = std::max(0, offset);
    m_limit = std::max(0, limit);
}

void AllPagesWalker::setMaxInFlight(int requests)
{
    m_maxInFlight = std::clamp(requests, 1, MaxInFlightLimit);
}

bool AllPagesWalker::hasRequestInFlight() const
{
    for (const auto &[serial, window] : m_windows) {
        if (window.call)
            return true;
    }
    return std::any_of(m_stale.cbegin(), m_stale.cend(),
                       [](const auto &entry) { return !entry.second.isNull(); });
}

void AllPagesWalker::start()
{
    dropWindows();
    m_running = true;
    m_offset = m_start;
    m_nextOffset = m_start;
    // The first request goes alone: most lists of offices or managers fit in one page, and a
    // capped service answers short; either way the windows sent beside it would be wasted.
    // Behind a full first page the walk is long, and costs the same number of round trips. A
    // caller that knows the list is long saves that first round trip.
    m_probing = !m_expectManyPages;
    m_endAt.reset();
    m_furthestRow = m_start;
    m_top = std::min(m_pageSize, m_cap->rows().value_or(m_pageSize));
    m_shortPage.reset();
    m_seen.clear();
    m_rowsSoFar = 0;
    m_requests = 0;
    m_duplicatesDropped = 0;
    if (m_limit && *m_limit == 0) {
        succeed();
        return;
    }
    fill();
}

void AllPagesWalker::cancel()
{
    m_running = false;
    dropWindows();
}

// Not cancelled: an aborted request is still worked on by the service (and, over HTTP/1.1,
// costs a new connection), so its answer is awaited and ignored.
void AllPagesWalker::retireWindows()
{
    const std::map<quint64, Window> windows = std::exchange(m_windows, {});
    for (const auto &[serial, window] : windows) {
        if (window.call)
            m_stale.emplace(serial, window.call);
    }
}

void AllPagesWalker::dropWindows()
{
    // Moved out first: a cancelled call emits nothing, but nothing here may see a half-cleared map.
    const std::map<quint64, Window> windows = std::exchange(m_windows, {});
    for (const auto &[serial, window] : windows) {
        if (ApiCall *call = window.call.data())
            call->cancel();
    }
    const std::map<quint64, QPointer<ApiCall>> stale = std::exchange(m_stale, {});
    for (const auto &[serial, call] : stale) {
        if (call)
            call->cancel();
    }
}

// Every request but the few of BudgetSlack must bring a full request's worth of new rows: a
// service that repeats rows, or answers a trickle, is stopped after a bounded number of requests.
// Windows asked for in parallel beyond the end are wasted by design, so they are allowed for.
bool AllPagesWalker::withinBudget() const
{
    return m_requests < m_rowsSoFar / std::max(1, m_top) + BudgetSlack + (m_maxInFlight - 1);
}

int AllPagesWalker::rowsAskedInFlight() const
{
    int rows = 0;
    for (const auto &[serial, window] : m_windows)
        rows += window.asked;
    return rows;
}

// Offset windows ahead of the last row read, rather than ranges of Id: the service's order is the
// caller's ($orderby on any member, Id last), and only offsets follow any order. Windows are
// asked for as if every page before them came back full; a short page means they started at the
// wrong offsets, so they are dropped and the walk goes on from the row after the short page, one
// request at a time, until an empty answer proves the end or more rows prove a cap.
void AllPagesWalker::fill()
{
    const int slots = m_probing ? 1 : m_maxInFlight;
    while (m_running && int(m_windows.size() + m_stale.size()) < slots) {
        int asked = m_top;
        if (m_limit) {
            asked = std::min(asked, *m_limit - m_rowsSoFar - rowsAskedInFlight());
            if (asked <= 0)
                return; // the rows still in flight complete the range
        }
        if (!send(asked))
            return;
    }
}

bool AllPagesWalker::send(int asked)
{
    if (!withinBudget()) {
        fail(incomplete(tr("The service sent too few new rows for %n requests; the list is "
                           "incomplete.",
                           nullptr, m_requests)));
        return false;
    }
    ListQuery page = m_query;
    page.top = asked;
    page.skip = m_nextOffset;
    ApiCall *call = m_fetch(page);
    if (!call) {
        fail(ApiError::configuration(tr("The connection was closed; the list is incomplete.")));
        return false;
    }
    ++m_requests;
    const quint64 serial = m_nextSerial++;
    m_windows.emplace(serial, Window{m_nextOffset, asked, call, std::nullopt});
    m_nextOffset += asked;
    connect(call, &ApiCall::finished, this,
            [this, serial](const ApiResult &result) { onAnswer(serial, result); });
    connect(call, &ApiCall::retrying, this, &AllPagesWalker::retrying);
    return true;
}

void AllPagesWalker::onAnswer(quint64 serial, const ApiResult &result)
{
    if (m_stale.erase(serial) > 0) {
        fill(); // it started at an offset a short page made wrong: its slot is free again
        return;
    }
    const auto window = m_windows.find(serial);
    if (!m_running || window == m_windows.end())
        return;
    window->second.call = nullptr;
    window->second.result = result;
    noteEnd(window->second, result);
    consumeAnswered();
}

// Answers come back out of order: the first short one tells roughly where the end is before the
// rows ahead of it arrive. A row answered beyond it makes it a cap, not the end.
void AllPagesWalker::noteEnd(const Window &window, const ApiResult &result)
{
    if (!result.ok() || !result.value.isArray())
        return;
    const int count = int(result.value.toArray().size());
    const int end = window.offset + count;
    if (count > 0)
        m_furthestRow = std::max(m_furthestRow, end);
    if (count < window.asked && end >= m_furthestRow && (!m_endAt || end < *m_endAt))
        m_endAt = end;
    if (m_endAt && m_furthestRow > *m_endAt)
        m_endAt.reset();
}

std::optional<int> AllPagesWalker::estimatedTotal() const
{
    if (!m_endAt)
        return std::nullopt;
    int total = std::max(m_rowsSoFar, *m_endAt - m_start);
    if (m_limit)
        total = std::min(total, *m_limit);
    return total;
}

// Rows go out in query order: an answer waits until every window before it was handed out.
void AllPagesWalker::consumeAnswered()
{
    while (m_running && !m_windows.empty() && m_windows.begin()->second.result) {
        const Window front = m_windows.begin()->second;
        m_windows.erase(m_windows.begin());
        if (!consume(front))
            return;
    }
    fill();
}

bool AllPagesWalker::consume(const Window &window)
{
    const ApiResult &result = *window.result;
    if (!result.ok()) {
        fail(result.error);
        return false;
    }
    if (!result.value.isArray()) {
        fail(incomplete(tr("The service answered something other than a list; the list is "
                           "incomplete.")));
        return false;
    }
    const QJsonArray rows = result.array();
    if (rows.isEmpty()) {
        succeed(); // the only proof of the end: asked for at the row after the last one read
        return false;
    }
    if (!takeRows(rows))
        return false;
    const int count = int(rows.size());
    learnFrom(count, window.asked);
    m_offset += count;
    if (m_limit && m_rowsSoFar >= *m_limit) {
        succeed();
        return false;
    }
    m_probing = count < window.asked;
    if (m_probing) {
        retireWindows();
        m_nextOffset = m_offset;
    }
    return true;
}

bool AllPagesWalker::takeRows(const QJsonArray &rows)
{
    // Most pages are all new: they are handed on as they came, without a copy of every row.
    QList<bool> keep(rows.size(), false);
    int kept = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const std::optional<qint64> id = idOf(rows.at(i));
        if (!id) {
            fail(incomplete(tr("The service sent a row without an Id; the list is incomplete.")));
            return false;
        }
        if (m_seen.contains(*id)) {
            ++m_duplicatesDropped;
            continue;
        }
        if (m_limit && m_rowsSoFar + kept >= *m_limit)
            break;
        m_seen.insert(*id);
        keep[i] = true;
        ++kept;
    }
    if (kept == 0) {
        fail(incomplete(tr("The service repeated a page of results; the list is incomplete.")));
        return false;
    }
    QJsonArray fresh = rows;
    if (kept < rows.size()) {
        fresh = QJsonArray();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (keep.at(i))
                fresh.append(rows.at(i));
        }
    }
    m_rowsSoFar += kept;
    Q_EMIT pageLoaded(fresh, m_rowsSoFar);
    return m_running; // false when cancelled from a slot of pageLoaded()
}

// A page shorter than asked is the end or the service's cap. A full page of that size after it
// proves the cap; a trickle after it (a row created meanwhile) proves nothing worth remembering.
void AllPagesWalker::learnFrom(int rows, int asked)
{
    if (m_shortPage && rows == asked && rows == *m_shortPage)
        m_cap->learn(*m_shortPage);
    m_shortPage.reset();
    if (rows < asked) {
        m_shortPage = rows;
        m_top = std::min(m_top, rows);
    }
}

void AllPagesWalker::fail(const ApiError &error)
{
    m_running = false;
    dropWindows();
    Q_EMIT finished(error, m_rowsSoFar);
}

void AllPagesWalker::succeed()
{
    m_running = false;
    dropWindows(); // windows asked for beyond the end
    Q_EMIT finished(ApiError(), m_rowsSoFar);
}

} // namespace signtraker
