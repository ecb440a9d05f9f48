// SPDX-License-Identifier: Apache-2.0
#include "jsonmergepatch.h"

namespace signtraker::sim {

QJsonValue JsonMergePatch::apply(const QJsonValue &target, const QJsonValue &patch)
{
    if (!patch.isObject())
        return patch;
    return apply(target.isObject() ? target.toObject() : QJsonObject(), patch.toObject());
}

QJsonObject JsonMergePatch::apply(const QJsonObject &target, const QJsonObject &patch)
{
    QJsonObject result = target;
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it) {
        if (it.value().isNull())
            result.remove(it.key());
        else
            result.insert(it.key(), apply(result.value(it.key()), it.value()));
    }
    return result;
}

} // namespace signtraker::sim
