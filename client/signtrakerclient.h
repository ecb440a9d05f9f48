// SPDX-License-Identifier: Apache-2.0
// The SignTraker API: agents, offices and enterprises. Every call returns an ApiCall that
// delivers one ApiResult; nothing here blocks.
#pragma once

#include "apicall.h"
#include "clientconfig.h"
#include "listquery.h"
#include "pagecap.h"

#include <QJsonObject>
#include <QObject>

#include <array>
#include <memory>
#include <optional>

namespace signtraker {

class Transport;

class SignTrakerClient : public QObject
{
    Q_OBJECT

public:
    explicit SignTrakerClient(const ClientConfig &config, QObject *parent = nullptr);

    Transport *transport() const { return m_transport; }
    const ClientConfig &config() const;

    // GET /api/agents: a bare array of agent records.
    ApiCall *listAgents(const ListQuery &query = {});
    // GET /api/agents/{id}: one agent record; NotFound when there is none.
    ApiCall *getAgent(qint64 id);
    // POST /api/agents: the created record. Never repeated once it may have been sent.
    ApiCall *createAgent(const QJsonObject &agent);
    // PATCH /api/agents/{id} with a JSON Merge Patch: the updated record.
    ApiCall *updateAgent(qint64 id, const QJsonObject &patch);
    // POST /api/agents/activate?id=N and .../deactivate: the payload (object() is {} when empty).
    ApiCall *activateAgent(qint64 id);
    ApiCall *deactivateAgent(qint64 id);
    // GET /api/offices, optionally of one enterprise: {Id, Name} records.
    ApiCall *listOffices(const ListQuery &query = {}, std::optional<qint64> enterpriseId = {});
    // GET /api/enterprises: {Id, Name} records.
    ApiCall *listEnterprises(const ListQuery &query = {});

    enum class List { Agents, Offices, Enterprises };
    // The page cap proven so far for one list of this connection. The client owns it because
    // a cap belongs to the service at the other end: every walk and table page of this
    // connection starts with it, and a new connection (another profile) starts knowing none.
    // Shared, so that a walk that outlives its client can still finish teaching it.
    std::shared_ptr<PageCap> pageCap(List list) const { return m_pageCaps[size_t(list)]; }

    static ApiRequest listAgentsRequest(const ListQuery &query);
    static ApiRequest createAgentRequest(const QJsonObject &agent);
    static ApiRequest updateAgentRequest(qint64 id, const QJsonObject &patch);
    static ApiRequest setActiveRequest(qint64 id, bool active);

private:
    ApiCall *sendExpectingObject(const ApiRequest &request);

    Transport *m_transport;
    std::array<std::shared_ptr<PageCap>, 3> m_pageCaps{
        std::make_shared<PageCap>(), std::make_shared<PageCap>(), std::make_shared<PageCap>()};
};

} // namespace signtraker
