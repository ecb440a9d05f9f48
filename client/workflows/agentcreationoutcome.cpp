// SPDX-License-Identifier: Apache-2.0
#include "agentcreationoutcome.h"

#include "agent.h"

#include <QCoreApplication>

namespace signtraker {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("signtraker::AgentCreationOutcome", text);
}

} // namespace

AgentCreationOutcome AgentCreationOutcome::created(const QJsonObject &record, bool reconciled,
                                                   const ApiError &createError)
{
    AgentCreationOutcome outcome;
    outcome.m_kind = Kind::Created;
    outcome.m_record = record;
    outcome.m_error = createError;
    outcome.m_reconciled = reconciled;
    outcome.m_sent = true;
    return outcome;
}

AgentCreationOutcome AgentCreationOutcome::duplicateEmail(const QJsonObject &existing)
{
    AgentCreationOutcome outcome;
    outcome.m_kind = Kind::DuplicateEmail;
    outcome.m_record = existing;
    outcome.m_email = Agent(existing).email();
    return outcome;
}

AgentCreationOutcome AgentCreationOutcome::notCreated(const ApiError &error, bool sent)
{
    AgentCreationOutcome outcome;
    outcome.m_kind = Kind::NotCreated;
    outcome.m_error = error;
    outcome.m_sent = sent;
    return outcome;
}

AgentCreationOutcome AgentCreationOutcome::provenNotCreated(const ApiError &createError,
                                                            const QString &email)
{
    AgentCreationOutcome outcome = notCreated(createError, true);
    outcome.m_reconciled = true;
    outcome.m_email = email;
    return outcome;
}

AgentCreationOutcome AgentCreationOutcome::unknown(const ApiError &createError,
                                                   const ApiError &lookupError,
                                                   const QString &email)
{
    AgentCreationOutcome outcome;
    outcome.m_kind = Kind::Unknown;
    outcome.m_error = createError;
    outcome.m_lookupError = lookupError;
    outcome.m_email = email;
    outcome.m_sent = true;
    return outcome;
}

QString AgentCreationOutcome::nameWithId(const QJsonObject &record)
{
    const Agent agent(record);
    // "Jane Doe", as people say it; Agent::displayName() ("Doe, Jane") when a part is missing.
    QString name = agent.firstName().trimmed() + u' ' + agent.lastName().trimmed();
    if (agent.firstName().trimmed().isEmpty() || agent.lastName().trimmed().isEmpty())
        name = agent.displayName();
    return tr("%1 (Id %2)").arg(name).arg(agent.id());
}

QString AgentCreationOutcome::sentence() const
{
    switch (m_kind) {
    case Kind::Created:
        if (m_reconciled)
            return tr("The service did not answer the create, but the agent exists now: %1 was "
                      "created.")
                .arg(nameWithId(m_record));
        return tr("%1 was created.").arg(nameWithId(m_record));
    case Kind::DuplicateEmail:
        return tr("An agent with this e-mail already exists: %1.").arg(nameWithId(m_record));
    case Kind::NotCreated:
        if (m_reconciled)
            return tr("The agent was not created: the service did not answer, and no new agent "
                      "with the e-mail %1 exists. You can try again.")
                .arg(m_email);
        if (!m_sent)
            return tr("Nothing was sent: the check for an agent with the same e-mail failed. %1")
                .arg(m_error.userMessage());
        return tr("The agent was not created: %1").arg(m_error.userMessage());
    case Kind::Unknown:
        return tr("It is not known whether the agent was created: the service did not answer the "
                  "create, and looking for the e-mail %1 failed too (%2). Look for it before "
                  "creating it again.")
            .arg(m_email, m_lookupError.userMessage());
    }
    return {};
}

} // namespace signtraker
