// A loopback simulator with a generated tenant, and a client connected to it: the set-up most
// integration and GUI suites start each test with.
#pragma once

#include "signtrakerclient.h"
#include "simserver.h"

#include <memory>

namespace signtraker::test {

// Listening on 127.0.0.1 with seed and agent count as given; null if it could not listen.
std::unique_ptr<sim::SimServer> startSimulator(quint32 seed, int agents, const QString &key);
std::unique_ptr<SignTrakerClient> clientFor(const sim::SimServer &server, const QString &key);

} // namespace signtraker::test
