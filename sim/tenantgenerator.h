// SPDX-License-Identifier: Apache-2.0
// Fills a Tenant with a deterministic, realistic company from a seed: 3 enterprises, 12 offices
// in the US, Canada and Australia, post types, and agents with accented, apostrophised and
// hyphenated names, ~8% managers, ~15% inactive and ~5% synced from a National Account.
#pragma once

#include <QtGlobal>

namespace signtraker::sim {

class Tenant;

class TenantGenerator
{
public:
    static void generate(Tenant &tenant, quint32 seed, int agentCount);
};

} // namespace signtraker::sim
