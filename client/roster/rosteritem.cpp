// SPDX-License-Identifier: Apache-2.0
#include "rosteritem.h"

#include <QJsonValue>

namespace signtraker {

QString RosterItem::key() const
{
    QString text = actionName(action) + QLatin1Char(':') + email.trimmed().toLower();
    if (id != 0)
        text += QLatin1Char(':') + QString::number(id);
    return text;
}

QString RosterItem::actionName(Action action)
{
    switch (action) {
    case Action::Create:
        return QStringLiteral("create");
    case Action::Update:
        return QStringLiteral("update");
    case Action::Activate:
        return QStringLiteral("activate");
    case Action::Deactivate:
        return QStringLiteral("deactivate");
    case Action::Unchanged:
        return QStringLiteral("unchanged");
    case Action::Error:
        break;
    }
    return QStringLiteral("error");
}

QString RosterItem::statusName(Status status)
{
    switch (status) {
    case Status::Planned:
        return QStringLiteral("planned");
    case Status::Done:
        return QStringLiteral("done");
    case Status::Skipped:
        return QStringLiteral("skipped");
    case Status::Conflict:
        return QStringLiteral("conflict");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Error:
        break;
    }
    return QStringLiteral("error");
}

QJsonObject RosterItem::toJson() const
{
    const QJsonValue null(QJsonValue::Null);
    return {
        {QStringLiteral("row"), row > 0 ? QJsonValue(row) : null},
        {QStringLiteral("action"), actionName(action)},
        {QStringLiteral("id"), id != 0 ? QJsonValue(id) : null},
        {QStringLiteral("email"), email},
        {QStringLiteral("patch"), patch.isEmpty() ? null : QJsonValue(patch)},
        {QStringLiteral("status"), statusName(status)},
        {QStringLiteral("reason"), reason.isEmpty() ? null : QJsonValue(reason)},
    };
}

} // namespace signtraker
