#include "listcommand.h"

#include "commandline.h"
#include "exitcode.h"
#include "pager.h"
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
        const int pageSize =
            int(m_invocation.integer(QStringLiteral("page-size")).value_or(DefaultPageSize));
        m_walker =
            AllPagesWalker::over(m_client, SignTrakerClient::List::Agents, query, pageSize, this);
        // The walk adds Id to --select (its Ids prove each page new); rows are printed with
        // the members asked for only.
        const bool dropId = !query.select.isEmpty() && !query.select.contains(QLatin1String("Id"));
        connect(m_walker, &AllPagesWalker::pageLoaded, this,
                [this, dropId](const QJsonArray &rows) {
                    for (const QJsonValue &row : rows) {
                        QJsonObject record = row.toObject();
                        if (dropId)
                            record.remove(QLatin1String("Id"));
                        m_rows.append(record);
                    }
                });
        // A walk that failed has read only part of the list: nothing is printed.
        connect(m_walker, &AllPagesWalker::finished, this, [this](const ApiError &error) {
            if (error.isError()) {
                m_rows = QJsonArray();
                fail(error);
                return;
            }
            print(m_rows);
            if (const int repeated = m_walker->duplicatesDropped(); repeated > 0)
                m_console->error(
                    QStringLiteral("warning"),
                    tr("The service sent %n rows twice; each is printed once.", nullptr, repeated));
            finish(Success);
        });
        m_walker->start();
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

void ListCommand::print(const QJsonValue &value)
{
    QStringList columns;
    if (m_invocation.group == QLatin1String("agents") &&
        !m_invocation.has(QStringLiteral("select")))
        columns = agentTableColumns();
    m_console->printValue(value, m_invocation.global.format, columns);
}

} // namespace signtraker::cli
