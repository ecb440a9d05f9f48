#include "simfixture.h"

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
    return std::make_unique<SignTrakerClient>(ClientConfig::make(server.baseUrl(), key));
}

} // namespace signtraker::test
