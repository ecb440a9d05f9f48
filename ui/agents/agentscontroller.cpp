// SPDX-License-Identifier: Apache-2.0
#include "agentscontroller.h"

#include "agentslocalsource.h"
#include "agentstablemodel.h"
#include "pageprefetcher.h"
#include "signtrakerclient.h"

#include <algorithm>

namespace signtraker::ui {

namespace {

// The filter part of a query: when it changes, a total learned before no longer holds.
bool sameRows(const AgentQuery &a, const AgentQuery &b)
{
    return a.filter().toString() == b.filter().toString() &&
           a.toUnpagedListQuery({}).email == b.toUnpagedListQuery({}).email;
}

// Only the page differs: what was read ahead for one still holds for the other.
bool samePages(AgentQuery a, const AgentQuery &b)
{
    a.pageIndex = b.pageIndex;
    return a.toListQuery() == b.toListQuery();
}

} // namespace

AgentsController::AgentsController(SignTrakerClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(new AgentsTableModel(this))
    , m_prefetcher(new PagePrefetcher(this))
{
    m_prefetcher->setClient(client);
    connect(m_prefetcher, &PagePrefetcher::readFinished, this, &AgentsController::onPrefetched);
    connect(m_model, &AgentsTableModel::recordsEdited, this, &AgentsController::recordsEdited);
}

AgentsController::~AgentsController()
{
    ++m_generation;
    cancelCall();
    cancelCount();
}

const Page &AgentsController::page() const
{
    return m_model->page();
}

void AgentsController::setClient(SignTrakerClient *client)
{
    ++m_generation;
    cancelCall();
    cancelCount();
    m_client = client;
    m_prefetcher->setClient(client);
    m_model->clear();
    m_total.reset();
    Q_EMIT totalChanged();
    setBusy(false);
}

void AgentsController::setQuery(const AgentQuery &query)
{
    if (!sameRows(query, m_query)) {
        cancelCount();
        if (m_total) {
            m_total.reset();
            Q_EMIT totalChanged();
        }
    }
    if (!samePages(query, m_query))
        m_prefetcher->clear();
    m_query = query;
    // The page's row numbers are computed in int from the index: keep it where they fit.
    m_query.pageIndex =
        std::clamp(query.pageIndex, 0, AgentQuery::maxPageIndex(query.effectivePageSize()));
    Q_EMIT queryChanged(m_query);
    load();
}

void AgentsController::refresh()
{
    m_prefetcher->clear();
    load();
}

void AgentsController::setReadAhead(bool on)
{
    m_readAhead = on;
    m_prefetcher->clear();
}

void AgentsController::recordsEdited()
{
    m_prefetcher->clear();
    if (m_awaiting)
        load(); // the read it waited for was stopped with the rest: read the page afresh
}

void AgentsController::nextPage()
{
    if (!page().hasNext)
        return;
    AgentQuery q = m_query;
    q.pageIndex = page().index + 1;
    setQuery(q);
}

void AgentsController::previousPage()
{
    if (m_query.pageIndex <= 0)
        return;
    AgentQuery q = m_query;
    q.pageIndex = m_query.pageIndex - 1;
    setQuery(q);
}

void AgentsController::firstPage()
{
    if (m_query.pageIndex == 0)
        return;
    AgentQuery q = m_query;
    q.pageIndex = 0;
    setQuery(q);
}

void AgentsController::cancelCall()
{
    // The generation was bumped before: even if cancel() let a finished() through, onLoaded()
    // would drop it.
    if (AllPagesWalker *reader = m_pageReader.data()) {
        m_pageReader = nullptr;
        reader->cancel();
        reader->deleteLater();
    }
}

// A page is read with the walker, limited to size + 1 rows: on a service that caps its answers
// it takes several requests, and a short last page is proven by an empty answer. A page read
// ahead is shown at once, or as soon as its read ends.
void AgentsController::load()
{
    const quint64 generation = ++m_generation;
    cancelCall();
    m_awaiting.reset();
    if (!m_client) {
        setBusy(false);
        return;
    }
    if (const QString problem = m_query.filterError(); !problem.isEmpty()) {
        setBusy(false);
        Q_EMIT loadFailed(ApiError(ApiError::Kind::Validation, problem));
        return;
    }
    if (loadLocally())
        return;
    const ListQuery pageQuery = m_query.toListQuery();
    if (const auto rows = m_prefetcher->find(pageQuery)) {
        setBusy(false);
        show(*rows);
        return;
    }
    if (m_prefetcher->isReading(pageQuery)) {
        m_awaiting = pageQuery;
        setBusy(true);
        return;
    }
    auto *reader = PagePrefetcher::pageReader(m_client, pageQuery, this);
    m_pageReader = reader;
    auto rows = std::make_shared<QJsonArray>();
    connect(reader, &AllPagesWalker::pageLoaded, this, [rows](const QJsonArray &page) {
        for (const QJsonValue &row : page)
            rows->append(row);
    });
    connect(reader, &AllPagesWalker::finished, this,
            [this, reader, rows, generation](const ApiError &error) {
                reader->deleteLater();
                onLoaded(generation, error, *rows);
            });
    connect(reader, &AllPagesWalker::retrying, this,
            [this, generation](const ApiError &error, int, int delayMs) {
                if (generation == m_generation)
                    Q_EMIT loadRetrying(error, delayMs);
            });
    setBusy(true);
    reader->start();
}

// The local source's answer is exact and costs no request: nothing is read ahead. A query it
// cannot evaluate goes to the service, and the status says why.
bool AgentsController::loadLocally()
{
    m_localProblem.clear();
    if (!m_local || !m_local->answers()) {
        setShowingLocal(false);
        return false;
    }
    const AgentsLocalSource::Answer answer = m_local->page(m_query);
    if (!answer.error.isEmpty()) {
        m_localProblem = answer.error;
        setShowingLocal(false);
        return false;
    }
    setBusy(false);
    setShowingLocal(true);
    if (m_total != answer.total) {
        m_total = int(answer.total);
        Q_EMIT totalChanged();
    }
    m_shownIndex = m_query.pageIndex;
    const int size = m_query.effectivePageSize();
    const Page page = Pager::pageFrom(answer.rows, m_query.pageIndex, size);
    m_loadedQuery = m_query;
    m_model->setPage(page);
    Q_EMIT pageLoaded(page);
    return true;
}

void AgentsController::setShowingLocal(bool local)
{
    if (m_showingLocal == local)
        return;
    m_showingLocal = local;
    if (m_total) { // a total counted by one source is not the other's
        m_total.reset();
        Q_EMIT totalChanged();
    }
    Q_EMIT sourceChanged();
}

// The read ahead of the page the user is waiting for ended: shown from memory, or, when it
// failed, read the usual way (its error, if it happens again, is shown then).
void AgentsController::onPrefetched(const ListQuery &query)
{
    if (m_awaiting && *m_awaiting == query)
        load();
}

void AgentsController::onLoaded(quint64 generation, const ApiError &error, const QJsonArray &rows)
{
    if (generation != m_generation)
        return; // an older query's answer: a newer one is in flight or already shown
    m_pageReader = nullptr;
    setBusy(false);
    if (error.isError()) {
        Q_EMIT loadFailed(error);
        return;
    }
    if (m_readAhead)
        m_prefetcher->store(m_query.toListQuery(), rows);
    show(rows);
}

void AgentsController::show(const QJsonArray &rows)
{
    const int size = m_query.toListQuery().top.value_or(AgentQuery::DefaultPageSize + 1) - 1;
    const Page page = Pager::pageFrom(rows, m_query.pageIndex, size);
    m_loadedQuery = m_query;
    if (!page.hasNext && (!page.rows.isEmpty() || page.index == 0)) {
        const int total = page.index * page.size + int(page.rows.size());
        if (m_total != total) {
            m_total = total;
            Q_EMIT totalChanged();
        }
    }
    m_model->setPage(page);
    Q_EMIT pageLoaded(page);
    prefetchAround(page);
}

// After the page is handed to the view, so that its requests leave while the table paints.
void AgentsController::prefetchAround(const Page &page)
{
    const bool pagedBack = page.index < m_shownIndex;
    m_shownIndex = page.index;
    if (!m_readAhead)
        return;
    AgentQuery around = m_query;
    if (page.hasNext && page.index < AgentQuery::maxPageIndex(m_query.effectivePageSize())) {
        around.pageIndex = page.index + 1;
        m_prefetcher->prefetch(around.toListQuery());
    }
    if (pagedBack && page.index > 0) {
        around.pageIndex = page.index - 1;
        m_prefetcher->prefetch(around.toListQuery());
    }
}

void AgentsController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void AgentsController::countAll()
{
    cancelCount();
    if (m_showingLocal && m_total) {
        Q_EMIT countFinished(*m_total);
        return;
    }
    if (!m_client)
        return;
    auto *walker =
        AllPagesWalker::over(m_client, SignTrakerClient::List::Agents,
                             m_query.toUnpagedListQuery({QStringLiteral("Id")}), 500, this);
    walker->setExpectManyPages(true);
    m_counter = walker;
    connect(walker, &AllPagesWalker::pageLoaded, this,
            [this](const QJsonArray &, int rowsSoFar) { Q_EMIT countProgress(rowsSoFar); });
    connect(walker, &AllPagesWalker::finished, this,
            [this, walker](const ApiError &error, int total) {
                walker->deleteLater();
                if (m_counter == walker)
                    m_counter = nullptr;
                if (error.isError()) {
                    Q_EMIT countFailed(error);
                    return;
                }
                m_total = total;
                Q_EMIT totalChanged();
                Q_EMIT countFinished(total);
            });
    walker->start();
}

void AgentsController::cancelCount()
{
    if (AllPagesWalker *walker = m_counter.data()) {
        m_counter = nullptr;
        walker->cancel();
        walker->deleteLater();
    }
}

bool AgentsController::isCounting() const
{
    return m_counter && m_counter->isRunning();
}

} // namespace signtraker::ui
