#include "pager.h"

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

AllPagesWalker::AllPagesWalker(Fetch fetch, const ListQuery &query, int pageSize, QObject *parent)
    : QObject(parent)
    , m_fetch(std::move(fetch))
    , m_query(query)
    , m_pageSize(std::max(1, pageSize))
{}

AllPagesWalker::~AllPagesWalker()
{
    if (m_call)
        m_call->cancel();
}

void AllPagesWalker::start()
{
    m_running = true;
    m_index = 0;
    m_rowsSoFar = 0;
    fetchPage();
}

void AllPagesWalker::cancel()
{
    m_running = false;
    if (m_call)
        m_call->cancel();
}

void AllPagesWalker::fetchPage()
{
    m_call = m_fetch(Pager::pageQuery(m_query, m_index, m_pageSize));
    connect(m_call, &ApiCall::finished, this, &AllPagesWalker::onPage);
}

void AllPagesWalker::onPage(const ApiResult &result)
{
    if (!m_running)
        return;
    if (!result.ok()) {
        m_running = false;
        Q_EMIT finished(result.error, m_rowsSoFar);
        return;
    }
    const Page page = Pager::pageFrom(result.array(), m_index, m_pageSize);
    m_rowsSoFar += int(page.rows.size());
    Q_EMIT pageLoaded(page.rows, m_rowsSoFar);
    if (!m_running)
        return; // cancelled from a slot of pageLoaded()
    if (page.hasNext) {
        ++m_index;
        fetchPage();
        return;
    }
    m_running = false;
    Q_EMIT finished(ApiError(), m_rowsSoFar);
}

} // namespace signtraker
