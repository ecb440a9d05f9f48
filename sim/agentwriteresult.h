// SPDX-License-Identifier: Apache-2.0
// The outcome of a write to the tenant, ready to become an HTTP answer.
#pragma once

#include <QJsonObject>
#include <QString>

namespace signtraker::sim {

struct AgentWriteResult
{
    int status = 200;  // 200, 400 or 404
    QJsonObject agent; // the stored record on 200
    QString message;   // the problem on 400

    bool ok() const { return status == 200; }
    static AgentWriteResult success(const QJsonObject &agent) { return {200, agent, {}}; }
    static AgentWriteResult invalid(const QString &message) { return {400, {}, message}; }
    static AgentWriteResult notFound() { return {404, {}, {}}; }
};

} // namespace signtraker::sim
