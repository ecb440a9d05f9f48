// SPDX-License-Identifier: Apache-2.0
#include "signtrakerclient.h"

#include "transport.h"

#include <QJsonDocument>

namespace signtraker {

namespace {

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

ApiRequest post(const QString &path, ApiRequest::Expect expect, const QueryItems &query = {})
{
    ApiRequest request;
    request.method = ApiRequest::Method::Post;
    request.path = path;
    request.query = query;
    request.expect = expect;
    return request;
}

ApiRequest list(const QString &path, const QueryItems &query)
{
    return ApiRequest::get(path, query, ApiRequest::Expect::Array);
}

} // namespace

SignTrakerClient::SignTrakerClient(const ClientConfig &config, QObject *parent)
    : QObject(parent)
    , m_transport(new Transport(config, this))
{}

const ClientConfig &SignTrakerClient::config() const
{
    return m_transport->config();
}

ApiRequest SignTrakerClient::listAgentsRequest(const ListQuery &query)
{
    return list(QStringLiteral("api/agents"), query.toQueryItems());
}

ApiRequest SignTrakerClient::createAgentRequest(const QJsonObject &agent)
{
    ApiRequest request = post(QStringLiteral("api/agents"), ApiRequest::Expect::Record);
    request.body = compactJson(agent);
    request.repeat = ApiRequest::Repeat::OnlyIfNotSent;
    return request;
}

ApiRequest SignTrakerClient::updateAgentRequest(qint64 id, const QJsonObject &patch)
{
    ApiRequest request;
    request.method = ApiRequest::Method::Patch;
    request.path = QStringLiteral("api/agents/%1").arg(id);
    request.body = compactJson(patch);
    request.contentType = "application/merge-patch+json";
    request.expect = ApiRequest::Expect::Record;
    // A merge patch applied twice gives the same record: safe to repeat.
    request.repeat = ApiRequest::Repeat::Safe;
    return request;
}

ApiRequest SignTrakerClient::setActiveRequest(qint64 id, bool active)
{
    return post(active ? QStringLiteral("api/agents/activate")
                       : QStringLiteral("api/agents/deactivate"),
                ApiRequest::Expect::Acknowledgement, {{QStringLiteral("id"), QString::number(id)}});
}

ApiCall *SignTrakerClient::listAgents(const ListQuery &query)
{
    return m_transport->send(listAgentsRequest(query));
}

ApiCall *SignTrakerClient::getAgent(qint64 id)
{
    return m_transport->send(
        ApiRequest::get(QStringLiteral("api/agents/%1").arg(id), {}, ApiRequest::Expect::Record));
}

ApiCall *SignTrakerClient::createAgent(const QJsonObject &agent)
{
    return m_transport->send(createAgentRequest(agent));
}

ApiCall *SignTrakerClient::updateAgent(qint64 id, const QJsonObject &patch)
{
    return m_transport->send(updateAgentRequest(id, patch));
}

ApiCall *SignTrakerClient::activateAgent(qint64 id)
{
    return m_transport->send(setActiveRequest(id, true));
}

ApiCall *SignTrakerClient::deactivateAgent(qint64 id)
{
    return m_transport->send(setActiveRequest(id, false));
}

ApiCall *SignTrakerClient::listOffices(const ListQuery &query, std::optional<qint64> enterpriseId)
{
    ListQuery withEnterprise = query;
    if (enterpriseId)
        withEnterprise.extra.append(
            {QStringLiteral("enterpriseId"), QString::number(*enterpriseId)});
    return m_transport->send(list(QStringLiteral("api/offices"), withEnterprise.toQueryItems()));
}

ApiCall *SignTrakerClient::listEnterprises(const ListQuery &query)
{
    return m_transport->send(list(QStringLiteral("api/enterprises"), query.toQueryItems()));
}

} // namespace signtraker
