#include "recordcommand.h"

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
        const auto agent =
            m_console->readJsonObject(m_invocation.value(QStringLiteral("json")), &problem);
        if (!agent) {
            usageFailure(QStringLiteral("--json: ") + problem);
            return;
        }
        m_call = m_client->createAgent(*agent);
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
