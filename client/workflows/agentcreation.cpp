// SPDX-License-Identifier: Apache-2.0
#include "agentcreation.h"

#include "agent.h"
#include "signtrakerclient.h"

#include <algorithm>

namespace signtraker {

namespace {

// Enough for every agent that could share an e-mail; bounds the answer of a service that
// ignores the e-mail parameter.
constexpr int LookupRows = 20;

} // namespace

AgentCreation::AgentCreation(SignTrakerClient *client, QJsonObject agent, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_agent(std::move(agent))
    , m_email(Agent(m_agent).email().trimmed())
{}

AgentCreation::~AgentCreation()
{
    if (m_call)
        m_call->cancel();
}

bool AgentCreation::isUnknownOutcome(const ApiError &error)
{
    if (error.outcomeUnknown())
        return true;
    const int status = error.httpStatus();
    return error.kind() == ApiError::Kind::Server &&
           (status == 500 || status == 502 || status == 504);
}

void AgentCreation::start()
{
    if (m_stage != Stage::NotStarted)
        return;
    if (m_email.isEmpty()) {
        // Nothing to look up: the service refuses a create without an e-mail and says why.
        sendCreate();
        return;
    }
    setStage(Stage::CheckingEmail);
    lookUp(&AgentCreation::onChecked);
}

void AgentCreation::cancel()
{
    if (m_stage == Stage::Finished || m_stage == Stage::Cancelled)
        return;
    if (m_call)
        m_call->cancel();
    setStage(Stage::Cancelled);
}

void AgentCreation::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void AgentCreation::track(ApiCall *call)
{
    m_call = call;
}

void AgentCreation::lookUp(void (AgentCreation::*handler)(const ApiResult &))
{
    ListQuery query;
    query.email = m_email;
    query.top = LookupRows;
    ApiCall *call = m_client->listAgents(query);
    track(call);
    connect(call, &ApiCall::finished, this, handler);
}

std::optional<QList<QJsonObject>> AgentCreation::matchesOf(const ApiResult &result,
                                                           ApiError *problem) const
{
    if (!result.ok()) {
        *problem = result.error;
        return std::nullopt;
    }
    QList<QJsonObject> matches;
    for (const QJsonValue &value : result.array()) {
        const Agent agent(value.toObject());
        if (agent.id() <= 0 || agent.email().trimmed().compare(m_email, Qt::CaseInsensitive) != 0) {
            *problem = ApiError(ApiError::Kind::UnreadableResponse,
                                tr("The service answered the look-up by e-mail with other "
                                   "agents, so its answer proves nothing."));
            problem->setHttpStatus(result.httpStatus);
            return std::nullopt;
        }
        matches.append(agent.json());
    }
    return matches;
}

void AgentCreation::onChecked(const ApiResult &result)
{
    ApiError problem;
    const auto matches = matchesOf(result, &problem);
    if (!matches) {
        finish(AgentCreationOutcome::notCreated(problem, false));
        return;
    }
    for (const QJsonObject &existing : *matches)
        m_existingIds.insert(Agent(existing).id());
    if (!matches->isEmpty() && !m_allowDuplicateEmail) {
        finish(AgentCreationOutcome::duplicateEmail(matches->first()));
        return;
    }
    sendCreate();
}

void AgentCreation::sendCreate()
{
    setStage(Stage::Creating);
    ApiCall *call = m_client->createAgent(m_agent);
    track(call);
    connect(call, &ApiCall::finished, this, &AgentCreation::onCreated);
}

void AgentCreation::onCreated(const ApiResult &result)
{
    if (result.ok()) {
        finish(AgentCreationOutcome::created(result.object(), false));
        return;
    }
    if (!isUnknownOutcome(result.error)) {
        finish(AgentCreationOutcome::notCreated(result.error, true));
        return;
    }
    m_createError = result.error;
    if (m_email.isEmpty()) {
        finish(AgentCreationOutcome::unknown(
            m_createError,
            ApiError(ApiError::Kind::Validation, tr("The agent has no e-mail to look it up by.")),
            m_email));
        return;
    }
    // Sending again could create the agent twice: look for it instead.
    setStage(Stage::Reconciling);
    lookUp(&AgentCreation::onReconciled);
}

void AgentCreation::onReconciled(const ApiResult &result)
{
    ApiError problem;
    const auto matches = matchesOf(result, &problem);
    if (!matches) {
        finish(AgentCreationOutcome::unknown(m_createError, problem, m_email));
        return;
    }
    QList<QJsonObject> added;
    for (const QJsonObject &match : *matches) {
        if (!m_existingIds.contains(Agent(match).id()))
            added.append(match);
    }
    if (added.isEmpty()) {
        finish(AgentCreationOutcome::provenNotCreated(m_createError, m_email));
        return;
    }
    // The newest, should another have appeared meanwhile: Ids grow.
    const auto newest = std::max_element(
        added.cbegin(), added.cend(),
        [](const QJsonObject &a, const QJsonObject &b) { return Agent(a).id() < Agent(b).id(); });
    finish(AgentCreationOutcome::created(*newest, true, m_createError));
}

void AgentCreation::finish(const AgentCreationOutcome &outcome)
{
    m_call = nullptr;
    setStage(Stage::Finished);
    Q_EMIT finished(outcome);
}

} // namespace signtraker
