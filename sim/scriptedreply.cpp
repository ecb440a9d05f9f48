// SPDX-License-Identifier: Apache-2.0
#include "scriptedreply.h"

namespace signtraker::sim {

ScriptedReply ScriptedReply::json(int status, const QByteArray &body)
{
    ScriptedReply reply;
    reply.status = status;
    reply.body = body;
    reply.headers.append({"Content-Type", "application/json; charset=utf-8"});
    return reply;
}

ScriptedReply ScriptedReply::redirect(int status, const QUrl &location)
{
    ScriptedReply reply;
    reply.status = status;
    reply.headers.append({"Location", location.toEncoded()});
    return reply;
}

ScriptedReply ScriptedReply::closeWithoutReply()
{
    ScriptedReply reply;
    reply.action = Action::CloseWithoutReply;
    reply.status = 0;
    return reply;
}

ScriptedReply ScriptedReply::closeMidBody()
{
    ScriptedReply reply;
    reply.action = Action::CloseMidBody;
    reply.body =
        QByteArrayLiteral(R"([{"Id":1001,"UserName":"jsmith","Email":"jsmith@example.com"},)"
                          R"({"Id":1002,"UserName":"mjones","Email":"mjones@example.com"}])");
    reply.headers.append({"Content-Type", "application/json; charset=utf-8"});
    return reply;
}

ScriptedReply ScriptedReply::delayed(int delayMs)
{
    ScriptedReply reply;
    reply.action = Action::HandleNormally;
    reply.delayMs = delayMs;
    return reply;
}

ScriptedReply ScriptedReply::afterHandling(ScriptedReply reply)
{
    reply.handleFirst = true;
    return reply;
}

ScriptedReply ScriptedReply::handleThenClose()
{
    return afterHandling(closeWithoutReply());
}

} // namespace signtraker::sim
