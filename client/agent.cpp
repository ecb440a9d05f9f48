// SPDX-License-Identifier: Apache-2.0
#include "agent.h"

#include <QStringList>

namespace signtraker {

namespace {

qint64 integerOf(const QJsonValue &value)
{
    if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().trimmed().toLongLong(&ok);
        return ok ? parsed : 0;
    }
    // toInteger() also accepts a double holding a whole number, which JSON writers produce.
    return value.toInteger(0);
}

QJsonObject withValueAt(QJsonObject json, const QStringList &steps, qsizetype index,
                        const QJsonValue &value)
{
    const QString &key = steps.at(index);
    if (index == steps.size() - 1) {
        // QJsonObject::insert() with Undefined removes the key.
        json.insert(key, value);
        return json;
    }
    // Removing a member below something that is not an object is no change: create nothing.
    if (value.isUndefined() && !json.value(key).isObject())
        return json;
    json.insert(key, withValueAt(json.value(key).toObject(), steps, index + 1, value));
    return json;
}

} // namespace

Agent::Agent(QJsonObject json)
    : m_json(std::move(json))
{}

QString Agent::string(const char *key) const
{
    return m_json.value(QLatin1String(key)).toString();
}

bool Agent::flag(const char *key) const
{
    return m_json.value(QLatin1String(key)).toBool();
}

qint64 Agent::id() const
{
    return integerOf(m_json.value(QLatin1String("Id")));
}

QString Agent::userName() const
{
    return string("UserName");
}

QString Agent::email() const
{
    return string("Email");
}

QString Agent::firstName() const
{
    return string("FirstName");
}

QString Agent::lastName() const
{
    return string("LastName");
}

QString Agent::displayName() const
{
    const QString first = firstName().trimmed();
    const QString last = lastName().trimmed();
    if (!first.isEmpty() && !last.isEmpty())
        return last % QLatin1String(", ") % first;
    if (!last.isEmpty())
        return last;
    if (!first.isEmpty())
        return first;
    const QString user = userName().trimmed();
    return user.isEmpty() ? email().trimmed() : user;
}

QString Agent::cellularPhone() const
{
    return string("CellularPhone");
}

QString Agent::officePhone() const
{
    return string("OfficePhone");
}

QString Agent::paymentMode() const
{
    return string("PaymentMode");
}

bool Agent::isInactive() const
{
    return flag("IsInactive");
}

bool Agent::isManager() const
{
    return flag("IsManager");
}

bool Agent::isLocked() const
{
    return flag("IsLocked");
}

bool Agent::emailConfirmed() const
{
    return flag("EmailConfirmed");
}

qint64 Agent::officeId() const
{
    return integerOf(value(QStringLiteral("Office/Id")));
}

QString Agent::officeName() const
{
    return value(QStringLiteral("Office/Name")).toString();
}

qint64 Agent::managerId() const
{
    return integerOf(value(QStringLiteral("Manager/Id")));
}

QString Agent::managerName() const
{
    return value(QStringLiteral("Manager/Name")).toString();
}

QString Agent::addressMember(const QString &member) const
{
    return m_json.value(QLatin1String("Address")).toObject().value(member).toString();
}

QJsonValue Agent::value(const QString &path) const
{
    if (!isValidPath(path))
        return QJsonValue(QJsonValue::Undefined);
    const QStringList steps = path.split(QLatin1Char('/'));
    QJsonValue current = m_json;
    for (const QString &step : steps) {
        if (!current.isObject())
            return QJsonValue(QJsonValue::Undefined);
        const QJsonObject object = current.toObject();
        const auto it = object.constFind(step);
        if (it == object.constEnd())
            return QJsonValue(QJsonValue::Undefined);
        current = it.value();
    }
    return current;
}

QJsonObject Agent::withValue(QJsonObject json, const QString &path, const QJsonValue &value)
{
    if (!isValidPath(path))
        return json;
    return withValueAt(std::move(json), path.split(QLatin1Char('/')), 0, value);
}

bool Agent::isValidPath(const QString &path)
{
    if (path.isEmpty())
        return false;
    const QStringList steps = path.split(QLatin1Char('/'));
    for (const QString &step : steps) {
        if (step.isEmpty())
            return false;
    }
    return true;
}

} // namespace signtraker
