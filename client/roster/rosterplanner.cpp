// SPDX-License-Identifier: Apache-2.0
#include "rosterplanner.h"

#include "pager.h"
#include "referencelists.h"
#include "rosterplanbuilder.h"
#include "signtrakerclient.h"

#include <QCoreApplication>
#include <QTimer>

namespace signtraker {

namespace {

// Rows per request of the agents walk; the service's cap, if lower, is learned on the way.
constexpr int PageSize = 500;

} // namespace

RosterPlanner::RosterPlanner(SignTrakerClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

RosterPlanner::~RosterPlanner()
{
    cancel();
}

void RosterPlanner::plan(const RosterFile &file, const RosterMapping &mapping,
                         const RosterOptions &options)
{
    cancel();
    m_file = file;
    m_mapping = mapping;
    m_options = options;
    m_agents.clear();
    m_agentsRead = false;
    m_listsRead = false;
    m_running = true;
    QString problem = file.error();
    if (problem.isEmpty() && mapping.columnOf(QStringLiteral("Email")) < 0 &&
        mapping.columnOf(QStringLiteral("UserName")) < 0)
        problem = QCoreApplication::translate("RosterPlanner",
                                              "The roster has no Email column to match agents by.");
    if (problem.isEmpty() && !m_client)
        problem = QCoreApplication::translate("RosterPlanner", "There is no connection.");
    if (!problem.isEmpty()) {
        // Queued: a caller connects after plan() as well as before, as for a reading that fails.
        QTimer::singleShot(0, this, [this, problem] { fail(ApiError::configuration(problem)); });
        return;
    }

    m_lists = ReferenceLists::of(m_client);
    m_listConnections = {
        connect(m_lists, &ReferenceLists::changed, this, &RosterPlanner::onListsReady),
        connect(m_lists, &ReferenceLists::failed, this, &RosterPlanner::fail),
    };
    // Read again: a plan is made against the tenant as it is now, not as a form loaded it.
    m_lists->refresh();

    m_walker =
        AllPagesWalker::over(m_client, SignTrakerClient::List::Agents, ListQuery(), PageSize, this);
    m_walker->setExpectManyPages(true);
    connect(m_walker, &AllPagesWalker::pageLoaded, this,
            [this](const QJsonArray &rows, int rowsSoFar) {
                for (const QJsonValue &row : rows)
                    m_agents.append(row.toObject());
                const std::optional<int> total = m_walker->estimatedTotal();
                Q_EMIT progressChanged(rowsSoFar, total.value_or(0));
            });
    connect(m_walker, &AllPagesWalker::finished, this, &RosterPlanner::onWalked);
    m_walker->start();
}

void RosterPlanner::cancel()
{
    m_running = false;
    for (const QMetaObject::Connection &connection : std::as_const(m_listConnections))
        disconnect(connection);
    m_listConnections.clear();
    if (m_walker) {
        m_walker->cancel();
        m_walker->deleteLater();
    }
}

bool RosterPlanner::isRunning() const
{
    return m_running;
}

void RosterPlanner::onListsReady()
{
    m_listsRead = true;
    finishIfReady();
}

void RosterPlanner::onWalked(const ApiError &error)
{
    if (m_walker)
        m_walker->deleteLater();
    if (error.isError()) {
        fail(error);
        return;
    }
    m_agentsRead = true;
    finishIfReady();
}

void RosterPlanner::fail(const ApiError &error)
{
    if (!m_running)
        return;
    cancel();
    Q_EMIT failed(error);
}

void RosterPlanner::finishIfReady()
{
    if (!m_running || !m_agentsRead || !m_listsRead)
        return;
    if (!m_lists) {
        fail(ApiError::configuration(
            QCoreApplication::translate("RosterPlanner", "There is no connection.")));
        return;
    }
    RosterPlanBuilder::Tenant tenant;
    tenant.agents = std::exchange(m_agents, {});
    tenant.offices = m_lists->offices();
    tenant.managers = m_lists->managers();
    cancel();
    Q_EMIT planned(RosterPlanBuilder::build(m_file, m_mapping, m_options, tenant));
}

} // namespace signtraker
