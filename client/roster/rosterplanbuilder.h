// SPDX-License-Identifier: Apache-2.0
// The planning itself, apart from the reading: a roster, its mapping and the options against the
// tenant as read (every agent, the offices, the managers). Pure, so that RosterPlanner only reads
// and the rules below are the same for the window, the command line and the benchmark.
#pragma once

#include "referencelists.h"
#include "rosterfile.h"
#include "rostermapping.h"
#include "rosterplan.h"

#include <QJsonObject>
#include <QList>

namespace signtraker {

class RosterPlanBuilder
{
public:
    struct Tenant
    {
        QList<QJsonObject> agents;
        QList<ReferenceLists::Entry> offices;
        QList<ReferenceLists::Entry> managers;
    };

    // Each row is matched by e-mail (without case), else by user name, and read through
    // AgentSchema; a row with a problem (a bad value, an unknown office or manager, an e-mail on
    // two rows, two rows of one agent, a new agent missing a member create requires) is one
    // error item. Items come in roster order (a matched agent needing an activation and an
    // update gets both, activation first), then an error for each office of the options that
    // names none, then the deactivations: active agents of the scope (the options' offices, else
    // the roster's) that no row names.
    static RosterPlan build(const RosterFile &file, const RosterMapping &mapping,
                            const RosterOptions &options, const Tenant &tenant);
};

} // namespace signtraker
