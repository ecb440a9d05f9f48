// agents get, agents create and agents update: one call that answers one agent record.
#pragma once

#include "command.h"

#include <QJsonObject>
#include <QPointer>

#include <optional>

namespace signtraker {
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

    SignTrakerClient *m_client;
    QPointer<ApiCall> m_call;
};

} // namespace signtraker::cli
