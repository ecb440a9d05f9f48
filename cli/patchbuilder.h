// SPDX-License-Identifier: Apache-2.0
// The merge patch of `agents update --set PATH=VALUE --unset PATH`: PATH goes into nested
// objects with '/', VALUE is JSON when it parses as JSON and text otherwise, --unset sends null.
// The paths are the client's (Agent::withValue), so the CLI and the window agree on them.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace signtraker::cli {

class PatchBuilder
{
public:
    // true, 3, null, {"Id":2}, "quoted" are JSON; Austin, 555-0100, O'Brien are text.
    static QJsonValue parseValue(const QString &text);
    // options: ("set", "PATH=VALUE") and ("unset", "PATH") pairs in the order given; later
    // ones win. Other options are ignored. On a bad path, nullopt and *problem says why.
    static std::optional<QJsonObject> build(const QList<std::pair<QString, QString>> &options,
                                            QString *problem);
};

} // namespace signtraker::cli
