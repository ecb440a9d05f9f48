// SPDX-License-Identifier: Apache-2.0
// Four hand-written agents whose differences each filter and ordering case relies on: an
// apostrophe, accents, hyphens, nulls, a missing Manager member, decimals and integers.
// A data set for the simulator's evaluator (parser and query options over a JsonTable), not a
// running simulator: it stays apart from simfixture.h so that those suites link the simulator
// library alone, and the client never (signtraker_testdata, not signtraker_testsupport).
#pragma once

#include "jsontable.h"
#include "odataschema.h"

namespace signtraker::test {

// Appends the four agents (Ids 1 to 4) to a table of ODataSchema::agent().
void fillFourAgents(sim::JsonTable &table);

} // namespace signtraker::test
