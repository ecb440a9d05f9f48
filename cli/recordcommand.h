// SPDX-License-Identifier: Apache-2.0
// agents get, agents create and agents update: one call that answers one agent record. A create
// goes through AgentCreation: refused when another agent has the e-mail (exit 5, unless
// --allow-duplicate-email), and when its answer is lost, settled by looking the e-mail up (exit 0
// when created, the create's failure exit when not, 9 when it cannot tell).
#pragma once

#include "command.h"

#include <QJsonObject>
#include <QPointer>

#include <optional>

namespace signtraker {
class AgentCreation;
class AgentCreationOutcome;
class ApiCall;
class SignTrakerClient;
struct ApiResult;
} // namespace signtraker

namespace signtraker::cli {

class RecordCommand : public Command
{
    Q_OBJECT

public:
    RecordCommand(const Invocation &invocation, Console *console, SignTrakerClient *client,
                  QObject *parent = nullptr);
    ~RecordCommand() override;

    void start() override;

    // The merge patch of agents update: --patch FILE|-, or --set/--unset. nullopt, with
    // *problem set, when it cannot be built.
    static std::optional<QJsonObject> patchFor(const Invocation &invocation, Console *console,
                                               QString *problem);

private:
    void onResult(const ApiResult &result);
    void startCreate();
    void onCreation(const AgentCreationOutcome &outcome);

    SignTrakerClient *m_client;
    QPointer<ApiCall> m_call;
    QPointer<AgentCreation> m_creation;
};

} // namespace signtraker::cli
