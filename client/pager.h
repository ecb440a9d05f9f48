// SPDX-License-Identifier: Apache-2.0
// Offset paging over a list endpoint that returns a bare array and no count: a page asks for
// one row more than it shows to learn whether a next page exists, and a walk keeps a stable
// order by ending $orderby with Id. The service may cap its answers silently: AllPagesWalker
// reads pages that the service may shorten, the table's page included.
#pragma once

#include "apicall.h"
#include "listquery.h"
#include "pagecap.h"
#include "signtrakerclient.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace signtraker {

struct Page
{
    QJsonArray rows;
    int index = 0;
    int size = 0;
    bool hasNext = false;

    int firstRow() const { return index * size + 1; } // 1-based, for "Rows 51-100"
    int lastRow() const { return index * size + int(rows.size()); }
};

class Pager
{
public:
    // $orderby with Id appended unless it already ends with Id: offset paging is only stable
    // with a unique tie-breaker at the end.
    static QStringList stableOrder(const QStringList &orderBy);
    // The query for page index (0-based) of size rows: $top = size + 1, $skip = index * size.
    static ListQuery pageQuery(const ListQuery &query, int index, int size);
    // The page from the rows answered to pageQuery().
    static Page pageFrom(const QJsonArray &rows, int index, int size);
};

// Reads every row of a query (or at most a given number of rows from an offset) with up to
// maxInFlight() requests at once, and hands the rows out in query order (pager.cpp says how). It
// cannot be fooled by the service: a page shorter than asked is the end only when the next
// request comes back empty, the service's silent cap is learned from the first short page and
// asked for from then on, a page of Ids all seen before (a service that ignores $skip) and a
// walk that needs too many requests for the rows it got end with an error, never with a
// partial success. The one walker of every long read: the CLI's --all, Export CSV, Count all,
// the pick lists and the table's page.
class AllPagesWalker : public QObject
{
    Q_OBJECT

public:
    using Fetch = std::function<ApiCall *(const ListQuery &query)>;
    // Requests allowed beyond rowsSoFar / rows-per-request: the first short page (before the
    // cap is known), the last short page and the empty answer that proves the end, and one more.
    static constexpr int BudgetSlack = 4;
    // Qt opens at most six connections per host: more requests would only queue.
    static constexpr int MaxInFlightLimit = 6;

    // pageSize: the most rows asked for at once (the cap, once known, may ask for fewer).
    AllPagesWalker(Fetch fetch, const ListQuery &query, int pageSize, QObject *parent = nullptr);
    // A walk over one list of client that starts with, and teaches, the connection's page cap,
    // with as many requests in flight as the client's configuration allows (parallelRequests();
    // a caller that must read one page at a time says so with setMaxInFlight(1)). If the client
    // is destroyed first, the walk ends with an error.
    static AllPagesWalker *over(SignTrakerClient *client, SignTrakerClient::List list,
                                const ListQuery &query, int pageSize, QObject *parent = nullptr,
                                std::optional<qint64> enterpriseId = {});
    ~AllPagesWalker() override;

    // Before start(): the cap memory to start with and to teach (by default the walk's own).
    void setPageCap(std::shared_ptr<PageCap> cap);
    // Before start(): read at most limit rows, starting at row offset (0-based), e.g. one page
    // of the table and one row more to learn whether a next page exists.
    void setRange(int offset, int limit);
    // Before start(): how many requests may be in flight at once, 1 to MaxInFlightLimit. over()
    // takes it from the client's configuration; a walker made from a Fetch starts at 1.
    void setMaxInFlight(int requests);
    // The list is expected to span many pages (every agent of a tenant): the first request does
    // not go alone, all windows start at once. Costs a few empty answers on a small list.
    void setExpectManyPages(bool many) { m_expectManyPages = many; }
    int maxInFlight() const { return m_maxInFlight; }

    void start();
    // Stops the request in flight; no signal is emitted after cancel().
    void cancel();
    int rowsSoFar() const { return m_rowsSoFar; }
    bool isRunning() const { return m_running; }
    bool hasRequestInFlight() const;
    int requestsSent() const { return m_requests; }
    // Rows dropped because their Id had already been read (a page that also had new rows).
    int duplicatesDropped() const { return m_duplicatesDropped; }
    // The rows asked for per request now: pageSize, or the cap learned or remembered.
    int rowsPerRequest() const { return m_top; }
    // About how many rows the walk will read in all, once an answer (perhaps one still waiting
    // for the rows before it) came back shorter than asked and no row beyond it was seen; empty
    // while the end is unknown. Exact on a tenant that does not change, unless the short answer
    // was the service's cap not yet proven.
    std::optional<int> estimatedTotal() const;

    // The query as sent: a stable order (Id last) and, when it selects members, Id among them.
    static ListQuery walkQuery(const ListQuery &query);

Q_SIGNALS:
    // Only rows not read before, never an empty page.
    void pageLoaded(const QJsonArray &rows, int rowsSoFar);
    // error.isError() is false when every row was read (or the range is full); otherwise the
    // rows read so far are incomplete and must not be reported as a result.
    void finished(const signtraker::ApiError &error, int totalRows);
    // A request of the walk is retried after delayMs (for "retrying in 12 s").
    void retrying(const signtraker::ApiError &error, int retryNumber, int delayMs);

private:
    // One request for rows [offset, offset + asked), and its answer once it came.
    struct Window
    {
        int offset = 0;
        int asked = 0;
        QPointer<ApiCall> call;
        std::optional<ApiResult> result;
    };

    void fill();
    void retireWindows();
    bool send(int asked);
    void onAnswer(quint64 serial, const ApiResult &result);
    void noteEnd(const Window &window, const ApiResult &result);
    void consumeAnswered();
    // Hands out the front window's rows; false when the walk ended (or was cancelled).
    bool consume(const Window &window);
    void dropWindows();
    int rowsAskedInFlight() const;
    // Emits the new rows of a page; false when the walk stopped (an error or a cancel).
    bool takeRows(const QJsonArray &rows);
    void learnFrom(int rows, int asked);
    void fail(const ApiError &error);
    void succeed();
    bool withinBudget() const;

    Fetch m_fetch;
    ListQuery m_query;
    std::shared_ptr<PageCap> m_cap;
    int m_pageSize;
    int m_top = 0;
    int m_maxInFlight = 1;
    int m_offset = 0;       // the next row to hand out: every row before it was read
    int m_nextOffset = 0;   // where the next window starts
    bool m_probing = false; // after a short page: one request at a time until the end or a cap
    bool m_expectManyPages = false;
    int m_start = 0;
    std::optional<int> m_limit;
    std::optional<int> m_shortPage; // the last page was shorter than asked: the end, or a cap
    std::optional<int> m_endAt;     // the row after a short answer beyond which nothing was seen
    int m_furthestRow = 0;          // the row after the furthest row answered so far
    QSet<qint64> m_seen;
    int m_rowsSoFar = 0;
    int m_requests = 0;
    int m_duplicatesDropped = 0;
    bool m_running = false;
    std::map<quint64, Window> m_windows; // in the order they were asked for, which is row order
    // Windows a short page made wrong, still being answered: the service works on them all the
    // same, so they count against the requests in flight until their answer (ignored) comes.
    std::map<quint64, QPointer<ApiCall>> m_stale;
    quint64 m_nextSerial = 0;
};

} // namespace signtraker
