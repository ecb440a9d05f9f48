// SPDX-License-Identifier: Apache-2.0
#include "agentvalidator.h"

#include "odataschema.h"
#include "tenant.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <cmath>

namespace signtraker::sim {

namespace {

// These rules are written here again on purpose, not taken from the client's AgentSchema
// (client/workflows/agentschema.cpp): the simulator must never depend on the client, so that it
// stays an independent second opinion on what the service accepts. A rule that the two copies
// state differently shows up as a failing test instead of a shared mistake.
const QStringList PaymentModes = {QStringLiteral("Terms"), QStringLiteral("Prepay"),
                                  QStringLiteral("MonthlyCC"), QStringLiteral("ACH"),
                                  QStringLiteral("Transfer")};
const QStringList CountryCodes = {QStringLiteral("US"), QStringLiteral("CA"), QStringLiteral("AU")};
const QStringList DiscountLevels = {QStringLiteral("Standard"), QStringLiteral("Bronze"),
                                    QStringLiteral("Silver"), QStringLiteral("Gold")};

QJsonValue valueAt(const QJsonObject &agent, const QStringList &segments)
{
    QJsonValue value = agent.value(segments.first());
    for (qsizetype i = 1; i < segments.size(); ++i)
        value = value.toObject().value(segments.at(i));
    return value;
}

void setValueAt(QJsonObject &agent, const QStringList &segments, const QJsonValue &value)
{
    if (segments.size() == 1) {
        agent.insert(segments.first(), value);
        return;
    }
    QJsonObject inner = agent.value(segments.first()).toObject();
    setValueAt(inner, segments.mid(1), value);
    agent.insert(segments.first(), inner);
}

QString typeProblem(const ODataSchema::Member &member, const QJsonValue &value)
{
    bool ok = true;
    QString expected;
    switch (member.type) {
    case ODataSchema::Type::Bool:
        ok = value.isBool();
        expected = QStringLiteral("true or false");
        break;
    case ODataSchema::Type::Int:
        ok = value.isDouble() && std::floor(value.toDouble()) == value.toDouble();
        expected = QStringLiteral("an integer");
        break;
    case ODataSchema::Type::Decimal:
        ok = value.isDouble();
        expected = QStringLiteral("a number");
        break;
    case ODataSchema::Type::String:
        ok = value.isString();
        expected = QStringLiteral("a string");
        break;
    case ODataSchema::Type::Complex:
        ok = value.isObject();
        expected = QStringLiteral("an object");
        break;
    }
    if (ok)
        return {};
    return QStringLiteral("The value of '%1' must be %2.").arg(member.path, expected);
}

// Canonical spelling of an enum value, or empty when it is not one.
QString canonical(const QStringList &allowed, const QString &value)
{
    for (const QString &candidate : allowed)
        if (candidate.compare(value, Qt::CaseInsensitive) == 0)
            return candidate;
    return {};
}

} // namespace

bool AgentValidator::isValidEmail(const QString &address)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$)"));
    return !address.contains(QLatin1String("..")) && !address.startsWith(u'.') &&
           pattern.match(address).hasMatch();
}

QString AgentValidator::validate(QJsonObject &agent, const Tenant &tenant, qint64 selfId)
{
    const ODataSchema &schema = ODataSchema::agent();

    // Types of every known member that is present and not null.
    for (int i = 0; i < schema.count(); ++i) {
        const ODataSchema::Member &member = schema.member(i);
        const QJsonValue value = valueAt(agent, member.segments);
        if (value.isUndefined() || value.isNull())
            continue;
        const QString problem = typeProblem(member, value);
        if (!problem.isEmpty())
            return problem;
    }

    for (const QString &name : {QStringLiteral("UserName"), QStringLiteral("Email"),
                                QStringLiteral("FirstName"), QStringLiteral("LastName"),
                                QStringLiteral("CellularPhone"), QStringLiteral("PaymentMode")}) {
        if (agent.value(name).toString().trimmed().isEmpty())
            return QStringLiteral("The %1 field is required.").arg(name);
    }
    const QJsonObject office = agent.value(QLatin1String("Office")).toObject();
    if (!office.value(QLatin1String("Id")).isDouble())
        return QStringLiteral("The Office field is required: an object with the Id of an office.");

    const QString paymentMode =
        canonical(PaymentModes, agent.value(QLatin1String("PaymentMode")).toString());
    if (paymentMode.isEmpty())
        return QStringLiteral("The PaymentMode '%1' is not valid. Valid values: %2.")
            .arg(agent.value(QLatin1String("PaymentMode")).toString(),
                 PaymentModes.join(QStringLiteral(", ")));
    agent.insert(QStringLiteral("PaymentMode"), paymentMode);

    const QString email = agent.value(QLatin1String("Email")).toString();
    if (!isValidEmail(email))
        return QStringLiteral("The Email field is not a valid e-mail address: '%1'.").arg(email);
    const QString cc = agent.value(QLatin1String("CcEmail")).toString();
    for (const QString &part : cc.split(u';')) {
        const QString address = part.trimmed();
        if (!address.isEmpty() && !isValidEmail(address))
            return QStringLiteral("The CcEmail field holds an address that is not valid: '%1'.")
                .arg(address);
    }

    if (agent.value(QLatin1String("Address")).isObject()) {
        QJsonObject address = agent.value(QLatin1String("Address")).toObject();
        const QJsonValue state = address.value(QLatin1String("State"));
        if (state.isString()) {
            static const QRegularExpression twoLetters(QStringLiteral("^[A-Za-z]{2}$"));
            if (!twoLetters.match(state.toString()).hasMatch())
                return QStringLiteral("The Address.State field must be exactly 2 letters: '%1'.")
                    .arg(state.toString());
        }
        const QJsonValue country = address.value(QLatin1String("CountryCode"));
        if (country.isString()) {
            const QString code = canonical(CountryCodes, country.toString());
            if (code.isEmpty())
                return QStringLiteral(
                           "The Address.CountryCode '%1' is not valid. Valid values: %2.")
                    .arg(country.toString(), CountryCodes.join(QStringLiteral(", ")));
            address.insert(QStringLiteral("CountryCode"), code);
            agent.insert(QStringLiteral("Address"), address);
        }
    }

    for (const QString &path :
         {QStringLiteral("BasicInstallPrice"), QStringLiteral("SubscriptionPrice"),
          QStringLiteral("ManagerData/InitialRentalDuration"),
          QStringLiteral("ManagerData/RebillInterval"),
          QStringLiteral("ManagerData/RebillWarningLeadTime")}) {
        const QJsonValue value = valueAt(agent, path.split(u'/'));
        if (value.isDouble() && value.toDouble() < 0)
            return QStringLiteral("The %1 field must not be negative.")
                .arg(QString(path).replace(u'/', u'.'));
    }

    // References: Names always come from the referenced record.
    const qint64 officeId = office.value(QLatin1String("Id")).toInteger();
    const qsizetype officeRow = tenant.officeTable().indexOfId(officeId);
    if (officeRow < 0)
        return QStringLiteral("The Office with Id %1 does not exist.").arg(officeId);
    setValueAt(agent, {QStringLiteral("Office"), QStringLiteral("Name")},
               tenant.officeTable().at(officeRow).value(QLatin1String("Name")));

    if (agent.value(QLatin1String("Manager")).isObject()) {
        const QJsonValue idValue =
            valueAt(agent, {QStringLiteral("Manager"), QStringLiteral("Id")});
        if (!idValue.isDouble())
            return QStringLiteral(
                "The Manager field must be null or an object with the Id of a manager.");
        const qint64 managerId = idValue.toInteger();
        const auto manager = tenant.agent(managerId);
        if (!manager || !manager->value(QLatin1String("IsManager")).toBool() || managerId == selfId)
            return QStringLiteral("The Manager with Id %1 does not exist or is not a manager.")
                .arg(managerId);
        setValueAt(agent, {QStringLiteral("Manager"), QStringLiteral("Name")},
                   QString(manager->value(QLatin1String("FirstName")).toString() + u' ' +
                           manager->value(QLatin1String("LastName")).toString()));
    }

    if (agent.value(QLatin1String("DefaultPostType")).isObject()) {
        const QJsonValue idValue =
            valueAt(agent, {QStringLiteral("DefaultPostType"), QStringLiteral("Id")});
        const qsizetype row =
            idValue.isDouble() ? tenant.postTypeTable().indexOfId(idValue.toInteger()) : -1;
        if (row < 0)
            return QStringLiteral("The DefaultPostType with Id %1 does not exist.")
                .arg(idValue.isDouble() ? QString::number(idValue.toInteger())
                                        : QStringLiteral("(none)"));
        setValueAt(agent, {QStringLiteral("DefaultPostType"), QStringLiteral("Name")},
                   tenant.postTypeTable().at(row).value(QLatin1String("Name")));
    }

    if (agent.value(QLatin1String("ManagerData")).isObject()) {
        QJsonObject data = agent.value(QLatin1String("ManagerData")).toObject();
        const QJsonValue level = data.value(QLatin1String("DiscountLevel"));
        if (level.isString()) {
            const QString value = canonical(DiscountLevels, level.toString());
            if (value.isEmpty())
                return QStringLiteral("The ManagerData.DiscountLevel '%1' is not valid. Valid "
                                      "values: %2.")
                    .arg(level.toString(), DiscountLevels.join(QStringLiteral(", ")));
            data.insert(QStringLiteral("DiscountLevel"), value);
            agent.insert(QStringLiteral("ManagerData"), data);
        }
    }

    const qint64 userNameOwner =
        tenant.agentIdByUserName(agent.value(QLatin1String("UserName")).toString());
    if (userNameOwner != 0 && userNameOwner != selfId)
        return QStringLiteral("The UserName '%1' is already taken.")
            .arg(agent.value(QLatin1String("UserName")).toString());
    const qint64 emailOwner = tenant.agentIdByEmail(email);
    if (emailOwner != 0 && emailOwner != selfId)
        return QStringLiteral("The Email '%1' is already used by another agent.").arg(email);
    return {};
}

} // namespace signtraker::sim
