// Offset paging over a list endpoint that returns a bare array and no count: a page asks for
// one row more than it shows to learn whether a next page exists, and a walk over all pages
// keeps a stable order by ending $orderby with Id.
#pragma once

#include "apicall.h"
#include "listquery.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>

#include <functional>

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

// Walks every page of a query, one request at a time, with progress and cancel.
class AllPagesWalker : public QObject
{
    Q_OBJECT

public:
    using Fetch = std::function<ApiCall *(const ListQuery &query)>;

    AllPagesWalker(Fetch fetch, const ListQuery &query, int pageSize, QObject *parent = nullptr);
    ~AllPagesWalker() override;

    void start();
    // No signal is emitted after cancel().
    void cancel();
    int rowsSoFar() const { return m_rowsSoFar; }
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void pageLoaded(const QJsonArray &rows, int rowsSoFar);
    // error.isError() is false when every page was read.
    void finished(const signtraker::ApiError &error, int totalRows);

private:
    void fetchPage();
    void onPage(const ApiResult &result);

    Fetch m_fetch;
    ListQuery m_query;
    int m_pageSize;
    int m_index = 0;
    int m_rowsSoFar = 0;
    bool m_running = false;
    QPointer<ApiCall> m_call;
};

} // namespace signtraker
