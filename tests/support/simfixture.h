// SPDX-License-Identifier: Apache-2.0
// A loopback simulator with a generated tenant, and a client connected to it: the set-up every
// suite that talks to an in-process simulator starts with. The server is returned whole, so a
// test adds what it needs (setLatency, setMaxTop, scriptNext, tenant().setSynced) after starting.
#pragma once

#include "signtrakerclient.h"
#include "simserver.h"

#include <memory>

namespace signtraker::test {

// Listening on 127.0.0.1 with seed and agent count as given; null if it could not listen.
std::unique_ptr<sim::SimServer> startSimulator(quint32 seed, int agents, const QString &key);
std::unique_ptr<SignTrakerClient> clientFor(const sim::SimServer &server, const QString &key);

// The configuration clientFor() uses, for suites that need another timeout or retry count, or
// that hand a configuration to something else (ConnectionTester, a scheduler-injected client).
ClientConfig configFor(const sim::SimServer &server, const QString &key,
                       double timeoutSeconds = ClientConfig::DefaultTimeoutSeconds,
                       int maxRetries = ClientConfig::DefaultMaxRetries,
                       double retryBackoffSeconds = ClientConfig::DefaultRetryBackoffSeconds);

// The call's result once it has finished, waiting on its signal (the simulator answers from this
// thread's event loop); an empty result if it did not finish within timeoutMs.
ApiResult waitFor(ApiCall *call, int timeoutMs = 10000);

} // namespace signtraker::test
