// SPDX-License-Identifier: Apache-2.0
// RFC 7396 JSON Merge Patch, as the service applies it to a stored agent: null removes a member,
// objects merge member by member, anything else replaces; members the patch does not name stay.
#pragma once

#include <QJsonObject>
#include <QJsonValue>

namespace signtraker::sim {

class JsonMergePatch
{
public:
    static QJsonValue apply(const QJsonValue &target, const QJsonValue &patch);
    static QJsonObject apply(const QJsonObject &target, const QJsonObject &patch);
};

} // namespace signtraker::sim
