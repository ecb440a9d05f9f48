// SPDX-License-Identifier: Apache-2.0
// The service's rules for a stored agent, applied to a create body and to the result of a merge
// patch: required members, member types, enum values, State and e-mail syntax, references to
// offices, managers and post types, and unique UserName and Email. Normalises what the service
// normalises (enum spelling, reference names).
#pragma once

#include <QJsonObject>
#include <QString>

namespace signtraker::sim {

class Tenant;

class AgentValidator
{
public:
    // Returns the problem, or an empty string when `agent` (changed in place) may be stored.
    // selfId is the agent being updated (0 on create), excluded from the uniqueness checks.
    static QString validate(QJsonObject &agent, const Tenant &tenant, qint64 selfId);

    static bool isValidEmail(const QString &address);
};

} // namespace signtraker::sim
