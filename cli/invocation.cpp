// SPDX-License-Identifier: Apache-2.0
#include "invocation.h"

namespace signtraker::cli {

bool Invocation::has(const QString &name) const
{
    for (const auto &option : options) {
        if (option.first == name)
            return true;
    }
    return false;
}

QString Invocation::value(const QString &name) const
{
    QString found;
    for (const auto &option : options) {
        if (option.first == name)
            found = option.second;
    }
    return found;
}

QStringList Invocation::values(const QString &name) const
{
    QStringList found;
    for (const auto &option : options) {
        if (option.first == name)
            found << option.second;
    }
    return found;
}

std::optional<qint64> Invocation::integer(const QString &name) const
{
    if (!has(name))
        return std::nullopt;
    bool ok = false;
    const qint64 number = value(name).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return number;
}

} // namespace signtraker::cli
