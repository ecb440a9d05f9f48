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

    // Items in roster order (a matched agent needing an activation and an update gets both),
    // then the deactivations, then errors about the options.
    static RosterPlan build(const RosterFile &file, const RosterMapping &mapping,
                            const RosterOptions &options, const Tenant &tenant);
};

} // namespace signtraker
