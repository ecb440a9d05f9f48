// SPDX-License-Identifier: Apache-2.0
#include "rosterplanner.h"

#include "pager.h"
#include "referencelists.h"
#include "signtrakerclient.h"

namespace signtraker {

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
    m_file = file;
    m_mapping = mapping;
    m_options = options;
}

void RosterPlanner::cancel()
{
    m_running = false;
}

bool RosterPlanner::isRunning() const
{
    return m_running;
}

void RosterPlanner::onListsReady() {}

void RosterPlanner::onWalked(const ApiError &error)
{
    Q_UNUSED(error);
}

void RosterPlanner::finishIfReady() {}

} // namespace signtraker
