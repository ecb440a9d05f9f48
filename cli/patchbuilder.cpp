// SPDX-License-Identifier: Apache-2.0
#include "patchbuilder.h"

#include "agent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace signtraker::cli {

QJsonValue PatchBuilder::parseValue(const QString &text)
{
    // Parsed inside an array so that scalars are accepted too; "1,2" is then two values and
    // stays text, as does anything that is not JSON.
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson('[' + text.toUtf8() + ']', &error);
    if (error.error == QJsonParseError::NoError && document.isArray() &&
        document.array().size() == 1)
        return document.array().first();
    return QJsonValue(text);
}

std::optional<QJsonObject> PatchBuilder::build(const QList<std::pair<QString, QString>> &options,
                                               QString *problem)
{
    QJsonObject patch;
    for (const auto &[name, argument] : options) {
        QString path;
        QJsonValue value = QJsonValue::Null;
        if (name == QLatin1String("set")) {
            const qsizetype equals = argument.indexOf(u'=');
            if (equals <= 0) {
                *problem = QStringLiteral("--set takes PATH=VALUE, e.g. --set Address/City=Austin");
                return std::nullopt;
            }
            path = argument.left(equals);
            value = parseValue(argument.mid(equals + 1));
        } else if (name == QLatin1String("unset")) {
            path = argument;
        } else {
            continue;
        }
        if (!Agent::isValidPath(path)) {
            *problem = QStringLiteral("--%1: '%2' is not a member path such as Address/City")
                           .arg(name, path);
            return std::nullopt;
        }
        patch = Agent::withValue(patch, path, value);
    }
    return patch;
}

} // namespace signtraker::cli
