// SPDX-License-Identifier: Apache-2.0
#include "odataschema.h"

#include "fidelity.h"

#include <QJsonValue>

namespace signtraker::sim {

namespace {
using T = ODataSchema::Type;
} // namespace

ODataSchema::ODataSchema(const QString &typeName, const QList<std::pair<QString, Type>> &members)
    : m_typeName(typeName)
{
    for (const auto &[path, type] : members) {
        Member member{path, type, {}, path.split(u'/')};
        if (type == Type::Complex)
            member.typeName = QStringLiteral("SignTraker.Api.Models.") + member.segments.last();
        else
            member.typeName = edmName(type);
        m_index.insert(path, int(m_members.size()));
        m_members.append(member);
    }
}

QString ODataSchema::edmName(Type type)
{
    switch (type) {
    case Type::Bool:
        return QStringLiteral("Edm.Boolean");
    case Type::Int:
        return QStringLiteral("Edm.Int64");
    case Type::Decimal:
        return QStringLiteral("Edm.Decimal");
    case Type::String:
        return QStringLiteral("Edm.String");
    case Type::Complex:
        break;
    }
    return QStringLiteral("Edm.ComplexType");
}

QString ODataSchema::typeNameOf(const QString &path) const
{
    if (path.isEmpty())
        return m_typeName;
    const int index = indexOf(path);
    return index < 0 ? QString() : m_members.at(index).typeName;
}

ODataValue ODataSchema::extract(const QJsonObject &record, int index) const
{
    const Member &member = m_members.at(index);
    QJsonValue value = record.value(member.segments.first());
    for (qsizetype i = 1; i < member.segments.size(); ++i) {
        if (!value.isObject())
            return {};
        value = value.toObject().value(member.segments.at(i));
    }
    switch (member.type) {
    case Type::Bool:
        return value.isBool() ? ODataValue::fromBool(value.toBool()) : ODataValue();
    case Type::Int:
        return value.isDouble() ? ODataValue::fromInt(value.toInteger(qint64(value.toDouble())))
                                : ODataValue();
    case Type::Decimal:
        return value.isDouble() ? ODataValue::fromDecimal(value.toDouble()) : ODataValue();
    case Type::String:
        return value.isString() ? ODataValue::fromString(value.toString()) : ODataValue();
    case Type::Complex:
        return value.isObject() ? ODataValue::object() : ODataValue();
    }
    return {};
}

const ODataSchema &ODataSchema::agent()
{
    static const ODataSchema schema(
        fidelity::AgentTypeName,
        {{QStringLiteral("Id"), T::Int},
         {QStringLiteral("UserName"), T::String},
         {QStringLiteral("Email"), T::String},
         {QStringLiteral("EmailConfirmed"), T::Bool},
         {QStringLiteral("FirstName"), T::String},
         {QStringLiteral("LastName"), T::String},
         {QStringLiteral("IsInactive"), T::Bool},
         {QStringLiteral("IsLocked"), T::Bool},
         {QStringLiteral("CcEmail"), T::String},
         {QStringLiteral("InvitationSent"), T::Bool},
         {QStringLiteral("Office"), T::Complex},
         {QStringLiteral("Office/Id"), T::Int},
         {QStringLiteral("Office/Name"), T::String},
         {QStringLiteral("Manager"), T::Complex},
         {QStringLiteral("Manager/Id"), T::Int},
         {QStringLiteral("Manager/Name"), T::String},
         {QStringLiteral("Address"), T::Complex},
         {QStringLiteral("Address/Street"), T::String},
         {QStringLiteral("Address/Street2"), T::String},
         {QStringLiteral("Address/City"), T::String},
         {QStringLiteral("Address/State"), T::String},
         {QStringLiteral("Address/Zip"), T::String},
         {QStringLiteral("Address/CountryCode"), T::String},
         {QStringLiteral("OfficePhone"), T::String},
         {QStringLiteral("CellularPhone"), T::String},
         {QStringLiteral("PaymentMode"), T::String},
         {QStringLiteral("BasicInstallPrice"), T::Decimal},
         {QStringLiteral("BrokerId"), T::String},
         {QStringLiteral("DefaultPostType"), T::Complex},
         {QStringLiteral("DefaultPostType/Id"), T::Int},
         {QStringLiteral("DefaultPostType/Name"), T::String},
         {QStringLiteral("Notes"), T::String},
         {QStringLiteral("ReceiveMarketingEmails"), T::Bool},
         {QStringLiteral("TermsAccepted"), T::Bool},
         {QStringLiteral("EnableSubscription"), T::Bool},
         {QStringLiteral("SubscriptionPrice"), T::Decimal},
         {QStringLiteral("IsManager"), T::Bool},
         {QStringLiteral("ManagerData"), T::Complex},
         {QStringLiteral("ManagerData/DiscountLevel"), T::String},
         {QStringLiteral("ManagerData/EnableRebills"), T::Bool},
         {QStringLiteral("ManagerData/InitialRentalDuration"), T::Int},
         {QStringLiteral("ManagerData/RebillInterval"), T::Int},
         {QStringLiteral("ManagerData/RebillWarningLeadTime"), T::Int},
         {QStringLiteral("ManagerData/IsPayer"), T::Bool},
         {QStringLiteral("ManagerData/DisableStaffBillingEmails"), T::Bool},
         {QStringLiteral("ManagerData/CcStaff"), T::Bool},
         {QStringLiteral("ManagerData/CcDelegates"), T::Bool},
         {QStringLiteral("ManagerData/IsVirtual"), T::Bool}});
    return schema;
}

const ODataSchema &ODataSchema::office()
{
    static const ODataSchema schema(
        fidelity::OfficeTypeName,
        {{QStringLiteral("Id"), T::Int}, {QStringLiteral("Name"), T::String}});
    return schema;
}

const ODataSchema &ODataSchema::enterprise()
{
    static const ODataSchema schema(
        fidelity::EnterpriseTypeName,
        {{QStringLiteral("Id"), T::Int}, {QStringLiteral("Name"), T::String}});
    return schema;
}

} // namespace signtraker::sim
