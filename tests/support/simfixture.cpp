// SPDX-License-Identifier: Apache-2.0
#include "simfixture.h"

#include <QSignalSpy>

namespace signtraker::test {

std::unique_ptr<sim::SimServer> startSimulator(quint32 seed, int agents, const QString &key)
{
    auto server = std::make_unique<sim::SimServer>();
    server->tenant().generate(seed, agents);
    server->setApiKey(key);
    if (!server->listen())
        return nullptr;
    return server;
}

std::unique_ptr<SignTrakerClient> clientFor(const sim::SimServer &server, const QString &key)
{
    return std::make_unique<SignTrakerClient>(configFor(server, key));
}

ClientConfig configFor(const sim::SimServer &server, const QString &key, double timeoutSeconds,
                       int maxRetries, double retryBackoffSeconds)
{
    return ClientConfig::make(server.baseUrl(), key, timeoutSeconds, maxRetries,
                              retryBackoffSeconds);
}

ApiResult waitFor(ApiCall *call, int timeoutMs)
{
    QSignalSpy spy(call, &ApiCall::finished);
    if (!spy.wait(timeoutMs))
        return {};
    return spy.first().first().value<ApiResult>();
}

} // namespace signtraker::test
