// SPDX-License-Identifier: Apache-2.0
// Runs the agents table's queries: owns the current AgentQuery, the page model and a generation
// number. A new query cancels the call in flight; a reply of an older generation is dropped
// (also the finished() that an abort emits synchronously), so the latest query always wins.
// Once a page is shown the next one (and the previous one, paging back) is read ahead into a
// PagePrefetcher, so that a page turn paints from memory. No widgets here.
#pragma once

#include "agentquery.h"
#include "apicall.h"
#include "pager.h"
#include "signtrakerclient.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace signtraker {
class SignTrakerClient;
class AllPagesWalker;
} // namespace signtraker

namespace signtraker::ui {

class AgentsLocalSource;
class AgentsTableModel;
class PagePrefetcher;

class AgentsController : public QObject
{
    Q_OBJECT

public:
    // client may be null (no connection yet); nothing is loaded until setClient().
    explicit AgentsController(SignTrakerClient *client, QObject *parent = nullptr);
    ~AgentsController() override;

    SignTrakerClient *client() const { return m_client; }
    // Another tenant: cancels everything running, clears the table and the known total.
    void setClient(SignTrakerClient *client);

    AgentsTableModel *model() const { return m_model; }
    const AgentQuery &query() const { return m_query; }
    quint64 generation() const { return m_generation; }
    bool isBusy() const { return m_busy; }
    // The exact number of rows of the current query once Count all finished or the last page
    // was seen; empty while unknown.
    std::optional<int> knownTotal() const { return m_total; }
    // The last page loaded (its rows are in the model).
    const Page &page() const;
    // The query that produced the page in the model.
    const AgentQuery &loadedQuery() const { return m_loadedQuery; }

    // Replaces the query and loads its page; the call in flight is cancelled.
    void setQuery(const AgentQuery &query);
    // Loads the current query again (F5, Retry); pages read ahead are dropped.
    void refresh();
    // A record changed on the service (an edit saved or undone, an activation): pages read
    // ahead may show it as it was, so they are dropped. The model calls it on every update.
    void recordsEdited();
    // Off: no page is read ahead or kept (for measuring what reading ahead saves).
    void setReadAhead(bool on);
    // The pages read ahead (tests: its clock and maximum age; whether a read is running).
    PagePrefetcher *prefetcher() const { return m_prefetcher; }
    void nextPage();
    void previousPage();
    void firstPage();

    // Walks every page of the current query with $select=Id and reports the exact total.
    void countAll();
    void cancelCount();
    bool isCounting() const;

    // Pages come from source while it answers(); null, or not answering: from the service.
    // Not owned. Call refresh() when what it answers changed.
    void setLocalSource(AgentsLocalSource *source) { m_local = source; }
    AgentsLocalSource *localSource() const { return m_local; }
    // The page in the model came from the local source (its total is exact).
    bool isShowingLocal() const { return m_showingLocal; }
    // Why the last query was sent to the service although the local source answers (a filter
    // it cannot evaluate); empty otherwise.
    QString localProblem() const { return m_localProblem; }

    // The request a page load sends (for tests and the detail of an error).
    ListQuery listQuery() const { return m_query.toListQuery(); }

Q_SIGNALS:
    void queryChanged(const signtraker::ui::AgentQuery &query);
    void pageLoaded(const signtraker::Page &page);
    void loadFailed(const signtraker::ApiError &error);
    // The page load failed and is tried again after delayMs (the wait the service asked for).
    void loadRetrying(const signtraker::ApiError &error, int delayMs);
    void busyChanged(bool busy);
    void countProgress(int rowsSoFar);
    void countFinished(int total);
    void countFailed(const signtraker::ApiError &error);
    void totalChanged();
    // The page came from another source than the one before (local copy or service).
    void sourceChanged();

private:
    void load();
    bool loadLocally();
    void setShowingLocal(bool local);
    void show(const QJsonArray &rows);
    void prefetchAround(const Page &page);
    void onPrefetched(const ListQuery &query);
    void onLoaded(quint64 generation, const ApiError &error, const QJsonArray &rows);
    void cancelCall();
    void setBusy(bool busy);

    QPointer<SignTrakerClient> m_client;
    AgentsTableModel *m_model;
    AgentQuery m_query;
    AgentQuery m_loadedQuery;
    quint64 m_generation = 0;
    QPointer<AllPagesWalker> m_pageReader;
    QPointer<AllPagesWalker> m_counter;
    std::optional<int> m_total;
    bool m_busy = false;
    PagePrefetcher *m_prefetcher;
    // The page asked for is being read ahead: shown when that read ends.
    std::optional<ListQuery> m_awaiting;
    int m_shownIndex = 0;
    bool m_readAhead = true;
    AgentsLocalSource *m_local = nullptr;
    bool m_showingLocal = false;
    QString m_localProblem;
};

} // namespace signtraker::ui
