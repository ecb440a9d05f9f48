// SPDX-License-Identifier: Apache-2.0
#include "listcommand.h"

#include "commandline.h"
#include "exitcode.h"
#include "pager.h"
#include "recordstream.h"
#include "signtrakerclient.h"

#include <QJsonObject>

namespace signtraker::cli {

ListCommand::ListCommand(const Invocation &invocation, Console *console, SignTrakerClient *client,
                         QObject *parent)
    : Command(invocation, console, parent)
    , m_client(client)
{}

ListCommand::~ListCommand()
{
    if (m_call)
        m_call->cancel();
}

QString ListCommand::concurrentEditNote(int duplicatesDropped)
{
    if (duplicatesDropped > 0)
        return tr("The service sent %n rows twice, most likely because agents were edited while "
                  "the list was read: each is printed once, and an agent that moved between "
                  "pages meanwhile may be missing.",
                  nullptr, duplicatesDropped);
    return tr("The list is read page by page: if agents were edited meanwhile, an agent that "
              "moved between pages may be missing, and one read twice is printed once.");
}

void ListCommand::walkAll(const ListQuery &query)
{
    const int pageSize =
        int(m_invocation.integer(QStringLiteral("page-size")).value_or(DefaultPageSize));
    m_stream = std::make_unique<RecordStream>(
        m_invocation.global.format,
        m_invocation.global.csvRaw ? CsvWriter::Values::Raw : CsvWriter::Values::Neutralised,
        tableColumns());
    // The walk's requests in flight come from the client's configuration (--parallel-requests,
    // SIGNTRAKER_PARALLEL_REQUESTS, the profile).
    m_walker =
        AllPagesWalker::over(m_client, SignTrakerClient::List::Agents, query, pageSize, this);
    m_walker->setExpectManyPages(true); // every agent: a tenant's worth of pages
    // The walk adds Id to --select (its Ids prove each page new); rows are printed with the
    // members asked for only.
    const bool dropId = !query.select.isEmpty() && !query.select.contains(QLatin1String("Id"));
    connect(
        m_walker, &AllPagesWalker::pageLoaded, this,
        [this, dropId](const QJsonArray &rows, int rowsSoFar) { onPage(rows, rowsSoFar, dropId); });
    connect(m_walker, &AllPagesWalker::finished, this, &ListCommand::onWalkFinished);
    m_walker->start();
}

void ListCommand::onPage(const QJsonArray &rows, int rowsSoFar, bool dropId)
{
    if (!dropId) {
        m_console->write(m_stream->page(rows));
    } else {
        QJsonArray trimmed;
        for (const QJsonValue &row : rows) {
            QJsonObject record = row.toObject();
            record.remove(QLatin1String("Id"));
            trimmed.append(record);
        }
        m_console->write(m_stream->page(trimmed));
    }
    if (!m_invocation.global.verbose)
        return;
    if (const std::optional<int> total = m_walker->estimatedTotal())
        m_console->error(QStringLiteral("progress"),
                         tr("%1 of about %n rows read", nullptr, *total).arg(rowsSoFar));
    else
        m_console->error(QStringLiteral("progress"), tr("%n rows read", nullptr, rowsSoFar));
}

// Rows already written stay written: the exit status and the message say that they are not
// the whole list. A JSON array is left open so that a parser cannot take it for complete.
void ListCommand::onWalkFinished(const ApiError &error)
{
    if (error.isError()) {
        const bool incomplete = m_stream->wroteSomething();
        m_console->error(error);
        if (incomplete)
            m_console->error(QStringLiteral("incomplete"),
                             tr("The output is incomplete: only the first %n rows were written "
                                "before the error.",
                                nullptr, m_stream->rows()));
        finish(exitCodeFor(error));
        return;
    }
    m_console->write(m_stream->end());
    if (const QStringList leftOut = m_stream->columnsLeftOut(); !leftOut.isEmpty())
        m_console->error(QStringLiteral("warning"),
                         tr("Some rows have members that the first page did not have (%1); the "
                            "CSV has no column for them. Use --format json to see every member.")
                             .arg(leftOut.join(QLatin1String(", "))));
    const int repeated = m_walker->duplicatesDropped();
    if (repeated > 0)
        m_console->error(QStringLiteral("warning"), concurrentEditNote(repeated));
    if (m_invocation.global.verbose) {
        m_console->error(QStringLiteral("summary"),
                         tr("%n rows read in %1 requests.", nullptr, m_stream->rows())
                             .arg(m_walker->requestsSent()));
        if (repeated == 0)
            m_console->error(QStringLiteral("note"), concurrentEditNote(0));
    }
    finish(Success);
}

odata::Filter ListCommand::combinedFilter(const QString &filter, const QString &searchText)
{
    // A raw filter is parenthesised when combined: it may hold an "or" of its own.
    return odata::Filter::raw(filter) && odata::searchFilter(searchText);
}

ListQuery ListCommand::queryFor(const Invocation &invocation, QString *problem)
{
    ListQuery query;
    const odata::Filter filter = combinedFilter(invocation.value(QStringLiteral("filter")),
                                                invocation.value(QStringLiteral("search")));
    if (!filter.isValid())
        *problem = QStringLiteral("--filter: ") + filter.errorString();
    query.filter = filter.toString();
    if (const auto top = invocation.integer(QStringLiteral("top")))
        query.top = int(*top);
    if (const auto skip = invocation.integer(QStringLiteral("skip")))
        query.skip = int(*skip);
    query.orderBy = CommandLine::commaSeparated(invocation.value(QStringLiteral("orderby")));
    query.select = CommandLine::commaSeparated(invocation.value(QStringLiteral("select")));
    query.email = invocation.value(QStringLiteral("email"));
    return query;
}

QStringList ListCommand::agentTableColumns()
{
    return {
        QStringLiteral("Id"),          QStringLiteral("UserName"),  QStringLiteral("FirstName"),
        QStringLiteral("LastName"),    QStringLiteral("Email"),     QStringLiteral("CellularPhone"),
        QStringLiteral("Office/Name"), QStringLiteral("IsManager"), QStringLiteral("IsInactive")};
}

void ListCommand::start()
{
    QString problem;
    const ListQuery query = queryFor(m_invocation, &problem);
    if (!problem.isEmpty()) {
        usageFailure(problem);
        return;
    }
    if (m_invocation.group == QLatin1String("agents") && m_invocation.has(QStringLiteral("all"))) {
        walkAll(query);
        return;
    }

    if (m_invocation.group == QLatin1String("agents")) {
        m_call = m_client->listAgents(query);
    } else if (m_invocation.group == QLatin1String("offices")) {
        std::optional<qint64> enterpriseId = m_invocation.integer(QStringLiteral("enterprise-id"));
        m_call = m_client->listOffices(query, enterpriseId);
    } else {
        m_call = m_client->listEnterprises(query);
    }
    connect(m_call, &ApiCall::finished, this, &ListCommand::onResult);
}

void ListCommand::onResult(const ApiResult &result)
{
    if (!result.ok()) {
        fail(result.error);
        return;
    }
    print(result.value);
    finish(Success);
}

QStringList ListCommand::tableColumns() const
{
    if (m_invocation.group == QLatin1String("agents") &&
        !m_invocation.has(QStringLiteral("select")))
        return agentTableColumns();
    return {};
}

void ListCommand::print(const QJsonValue &value)
{
    m_console->printValue(value, m_invocation.global.format, tableColumns());
}

} // namespace signtraker::cli
