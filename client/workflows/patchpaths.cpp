// SPDX-License-Identifier: Apache-2.0
#include "patchpaths.h"

#include "agent.h"

namespace signtraker::PatchPaths {

namespace {

void collect(const QJsonObject &object, const QString &prefix, QStringList &paths)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('/') + it.key();
        const QJsonValue value = it.value();
        if (value.isObject() && !value.toObject().contains(QStringLiteral("Id")) &&
            !value.toObject().isEmpty())
            collect(value.toObject(), path, paths);
        else
            paths.append(path);
    }
}

} // namespace

QStringList leaves(const QJsonObject &patch)
{
    QStringList paths;
    collect(patch, QString(), paths);
    return paths;
}

QJsonObject subset(const QJsonObject &source, const QStringList &paths)
{
    QJsonObject result;
    const Agent agent(source);
    for (const QString &path : paths) {
        // Parents first, as objects, so that a missing leaf becomes {"Address": {"City": null}}
        // rather than {"Address": null}.
        const QStringList steps = path.split(QLatin1Char('/'));
        for (qsizetype depth = 1; depth < steps.size(); ++depth) {
            const QString parent = steps.mid(0, depth).join(QLatin1Char('/'));
            if (!Agent(result).value(parent).isObject())
                result = Agent::withValue(result, parent, QJsonObject{});
        }
        const QJsonValue value = agent.value(path);
        result = Agent::withValue(result, path, value.isUndefined() ? QJsonValue() : value);
    }
    return result;
}

} // namespace signtraker::PatchPaths
