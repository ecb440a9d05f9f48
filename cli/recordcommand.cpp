// SPDX-License-Identifier: Apache-2.0
#include "recordcommand.h"

#include "agentcreation.h"
#include "exitcode.h"
#include "patchbuilder.h"
#include "signtrakerclient.h"

namespace signtraker::cli {

RecordCommand::RecordCommand(const Invocation &invocation, Console *console,
                             SignTrakerClient *client, QObject *parent)
    : Command(invocation, console, parent)
    , m_client(client)
{}

RecordCommand::~RecordCommand()
{
    if (m_call)
        m_call->cancel();
}

std::optional<QJsonObject> RecordCommand::patchFor(const Invocation &invocation, Console *console,
                                                   QString *problem)
{
    if (invocation.has(QStringLiteral("patch")))
        return console->readJsonObject(invocation.value(QStringLiteral("patch")), problem);
    return PatchBuilder::build(invocation.options, problem);
}

void RecordCommand::start()
{
    const qint64 id =
        m_invocation.arguments.isEmpty() ? 0 : m_invocation.arguments.first().toLongLong();
    QString problem;
    if (m_invocation.command == QLatin1String("get")) {
        m_call = m_client->getAgent(id);
    } else if (m_invocation.command == QLatin1String("create")) {
        startCreate();
        return;
    } else {
        const auto patch = patchFor(m_invocation, m_console, &problem);
        if (!patch) {
            usageFailure(problem);
            return;
        }
        m_call = m_client->updateAgent(id, *patch);
    }
    connect(m_call, &ApiCall::finished, this, &RecordCommand::onResult);
}

void RecordCommand::startCreate()
{
    QString problem;
    const auto agent =
        m_console->readJsonObject(m_invocation.value(QStringLiteral("json")), &problem);
    if (!agent) {
        usageFailure(QStringLiteral("--json: ") + problem);
        return;
    }
    m_creation = new AgentCreation(m_client, *agent, this);
    m_creation->setAllowDuplicateEmail(m_invocation.has(QStringLiteral("allow-duplicate-email")));
    connect(m_creation, &AgentCreation::finished, this, &RecordCommand::onCreation);
    m_creation->start();
}

void RecordCommand::onCreation(const AgentCreationOutcome &outcome)
{
    using Kind = AgentCreationOutcome::Kind;
    switch (outcome.kind()) {
    case Kind::Created:
        // Standard output holds the record either way; how it was learnt goes to standard error.
        if (outcome.wasReconciled())
            m_console->error(QStringLiteral("reconciled"), outcome.sentence());
        m_console->printValue(outcome.record(), m_invocation.global.format);
        finish(Success);
        return;
    case Kind::DuplicateEmail:
        m_console->error(QStringLiteral("duplicate e-mail"),
                         outcome.sentence() +
                             QStringLiteral(" Nothing was sent; --allow-duplicate-email creates "
                                            "the agent anyway."));
        finish(ValidationFailed);
        return;
    case Kind::NotCreated:
        m_console->error(outcome.error().kindName(), outcome.sentence());
        finish(exitCodeFor(outcome.error()));
        return;
    case Kind::Unknown:
        m_console->error(QStringLiteral("outcome unknown"), outcome.sentence());
        finish(OutcomeUnknown);
        return;
    }
}

void RecordCommand::onResult(const ApiResult &result)
{
    if (!result.ok()) {
        fail(result.error);
        return;
    }
    m_console->printValue(result.value, m_invocation.global.format);
    finish(Success);
}

} // namespace signtraker::cli
