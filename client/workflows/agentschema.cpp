// SPDX-License-Identifier: Apache-2.0
#include "agentschema.h"

#include "agent.h"
#include "celltext.h"
#include "mergepatch.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace signtraker {

namespace {

// Literal calls of QCoreApplication::translate() below, so that lupdate finds every text under
// the context "AgentSchema"; labels are marked with QT_TRANSLATE_NOOP and translated here.
QString translated(const char *text)
{
    return QCoreApplication::translate("AgentSchema", text);
}

using Kind = AgentSchema::Kind;
using Format = AgentSchema::Format;
using Group = AgentSchema::Group;
using Member = AgentSchema::Member;

Member make(const char *path, Kind kind, Group group, const char *label, bool required = false,
            Format format = Format::Plain, QStringList values = {})
{
    Member member;
    member.path = QString::fromLatin1(path);
    member.kind = kind;
    member.format = format;
    member.group = group;
    member.requiredOnCreate = required;
    member.values = std::move(values);
    member.labelSource = label;
    return member;
}

Member readOnly(const char *path, Kind kind, const char *label)
{
    Member member = make(path, kind, Group::Status, label);
    member.editable = false;
    return member;
}

QList<Member> buildMembers()
{
    const QStringList paymentModes{QStringLiteral("Terms"), QStringLiteral("Prepay"),
                                   QStringLiteral("MonthlyCC"), QStringLiteral("ACH"),
                                   QStringLiteral("Transfer")};
    const QStringList countries{QStringLiteral("US"), QStringLiteral("CA"), QStringLiteral("AU")};
    const QStringList discountLevels{QStringLiteral("Standard"), QStringLiteral("Bronze"),
                                     QStringLiteral("Silver"), QStringLiteral("Gold")};
    // clang-format off
    return {
        make("UserName", Kind::Text, Group::Identity, QT_TRANSLATE_NOOP("AgentSchema", "User name"), true),
        make("Email", Kind::Email, Group::Identity, QT_TRANSLATE_NOOP("AgentSchema", "Email"), true),
        make("FirstName", Kind::Text, Group::Identity, QT_TRANSLATE_NOOP("AgentSchema", "First name"), true),
        make("LastName", Kind::Text, Group::Identity, QT_TRANSLATE_NOOP("AgentSchema", "Last name"), true),
        make("CellularPhone", Kind::Phone, Group::Contact, QT_TRANSLATE_NOOP("AgentSchema", "Cell phone"), true),
        make("OfficePhone", Kind::Phone, Group::Contact, QT_TRANSLATE_NOOP("AgentSchema", "Office phone")),
        make("CcEmail", Kind::Email, Group::Contact, QT_TRANSLATE_NOOP("AgentSchema", "CC email"), false, Format::EmailList),
        make("Address/Street", Kind::Text, Group::Address, QT_TRANSLATE_NOOP("AgentSchema", "Street")),
        make("Address/Street2", Kind::Text, Group::Address, QT_TRANSLATE_NOOP("AgentSchema", "Street 2")),
        make("Address/City", Kind::Text, Group::Address, QT_TRANSLATE_NOOP("AgentSchema", "City")),
        make("Address/State", Kind::Text, Group::Address, QT_TRANSLATE_NOOP("AgentSchema", "State"), false, Format::TwoLetters),
        make("Address/Zip", Kind::Text, Group::Address, QT_TRANSLATE_NOOP("AgentSchema", "Zip")),
        make("Address/CountryCode", Kind::Enum, Group::Address, QT_TRANSLATE_NOOP("AgentSchema", "Country"), false, Format::Plain, countries),
        make("Notes", Kind::Text, Group::Notes, QT_TRANSLATE_NOOP("AgentSchema", "Notes"), false, Format::Multiline),
        make("Office", Kind::Reference, Group::OfficeAndManager, QT_TRANSLATE_NOOP("AgentSchema", "Office"), true),
        make("Manager", Kind::Reference, Group::OfficeAndManager, QT_TRANSLATE_NOOP("AgentSchema", "Manager")),
        make("DefaultPostType", Kind::Reference, Group::OfficeAndManager, QT_TRANSLATE_NOOP("AgentSchema", "Default post type")),
        make("PaymentMode", Kind::Enum, Group::Billing, QT_TRANSLATE_NOOP("AgentSchema", "Payment mode"), true, Format::Plain, paymentModes),
        make("BasicInstallPrice", Kind::Money, Group::Billing, QT_TRANSLATE_NOOP("AgentSchema", "Basic install price")),
        make("EnableSubscription", Kind::Bool, Group::Billing, QT_TRANSLATE_NOOP("AgentSchema", "Enable subscription")),
        make("SubscriptionPrice", Kind::Money, Group::Billing, QT_TRANSLATE_NOOP("AgentSchema", "Subscription price")),
        // Text: the service has sent it as a number and as a string; the form keeps its type.
        make("BrokerId", Kind::Text, Group::Billing, QT_TRANSLATE_NOOP("AgentSchema", "Broker ID")),
        make("ReceiveMarketingEmails", Kind::Bool, Group::Preferences, QT_TRANSLATE_NOOP("AgentSchema", "Receive marketing emails")),
        make("TermsAccepted", Kind::Bool, Group::Preferences, QT_TRANSLATE_NOOP("AgentSchema", "Terms accepted")),
        make("ManagerData/DiscountLevel", Kind::Enum, Group::ManagerData, QT_TRANSLATE_NOOP("AgentSchema", "Discount level"), false, Format::Plain, discountLevels),
        make("ManagerData/EnableRebills", Kind::Bool, Group::ManagerData, QT_TRANSLATE_NOOP("AgentSchema", "Enable rebills")),
        make("ManagerData/InitialRentalDuration", Kind::Number, Group::ManagerData, QT_TRANSLATE_NOOP("AgentSchema", "Initial rental duration"), false, Format::WholeNumber),
        make("ManagerData/RebillInterval", Kind::Number, Group::ManagerData, QT_TRANSLATE_NOOP("AgentSchema", "Rebill interval"), false, Format::WholeNumber),
        make("ManagerData/RebillWarningLeadTime", Kind::Number, Group::ManagerData, QT_TRANSLATE_NOOP("AgentSchema", "Rebill warning lead time"), false, Format::WholeNumber),
        make("ManagerData/IsPayer", Kind::Bool, Group::ManagerData, QT_TRANSLATE_NOOP("AgentSchema", "Is payer")),
        make("ManagerData/DisableStaffBillingEmails", Kind::Bool, Group::ManagerData, QT_TRANSLATE_NOOP("AgentSchema", "Disable staff billing emails")),
        make("ManagerData/CcStaff", Kind::Bool, Group::ManagerData, QT_TRANSLATE_NOOP("AgentSchema", "CC staff")),
        make("ManagerData/CcDelegates", Kind::Bool, Group::ManagerData, QT_TRANSLATE_NOOP("AgentSchema", "CC delegates")),
        make("ManagerData/IsVirtual", Kind::Bool, Group::ManagerData, QT_TRANSLATE_NOOP("AgentSchema", "Is virtual")),
        readOnly("Id", Kind::Number, QT_TRANSLATE_NOOP("AgentSchema", "Id")),
        readOnly("EmailConfirmed", Kind::Bool, QT_TRANSLATE_NOOP("AgentSchema", "Email confirmed")),
        readOnly("InvitationSent", Kind::Bool, QT_TRANSLATE_NOOP("AgentSchema", "Invitation sent")),
        readOnly("IsLocked", Kind::Bool, QT_TRANSLATE_NOOP("AgentSchema", "Locked")),
        readOnly("IsInactive", Kind::Bool, QT_TRANSLATE_NOOP("AgentSchema", "Inactive")),
        // The service does not allow turning an agent into a manager or back.
        readOnly("IsManager", Kind::Bool, QT_TRANSLATE_NOOP("AgentSchema", "Is manager")),
    };
    // clang-format on
}

bool isEmail(const QString &text)
{
    // What the service accepts is not documented; this is the common shape local@host.tld.
    static const QRegularExpression pattern(
        QStringLiteral(R"(^[^@\s;,<>()\[\]"]+@[^@\s;,<>()\[\]"]+\.[^@\s;,<>()\[\]".]+$)"));
    return pattern.match(text).hasMatch();
}

bool isEmpty(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() ||
           (value.isString() && value.toString().trimmed().isEmpty());
}

QString emailProblem(const Member &member, const QString &text)
{
    if (member.format != Format::EmailList)
        return isEmail(text) ? QString()
                             : QCoreApplication::translate("AgentSchema", "Not an email address.");
    for (const QString &part : text.split(QLatin1Char(';'))) {
        const QString address = part.trimmed();
        if (!address.isEmpty() && !isEmail(address))
            return QCoreApplication::translate("AgentSchema", "\"%1\" is not an email address.")
                .arg(address);
    }
    return {};
}

QString numberProblem(const Member &member, const QJsonValue &value)
{
    const bool whole = member.format == Format::WholeNumber;
    const bool ok = value.isDouble() && value.toDouble() >= 0 &&
                    (!whole || value.toDouble() == std::trunc(value.toDouble()));
    if (ok)
        return {};
    return whole ? QCoreApplication::translate("AgentSchema", "A whole number, 0 or more.")
                 : QCoreApplication::translate("AgentSchema", "A number, 0 or more.");
}

} // namespace

QString AgentSchema::Member::label() const
{
    return labelSource ? translated(labelSource) : path;
}

const QList<AgentSchema::Member> &AgentSchema::members()
{
    static const QList<Member> all = buildMembers();
    return all;
}

const AgentSchema::Member *AgentSchema::member(const QString &path)
{
    for (const Member &member : members()) {
        if (member.path == path)
            return &member;
    }
    return nullptr;
}

QStringList AgentSchema::editablePaths()
{
    QStringList paths;
    for (const Member &member : members()) {
        if (member.editable)
            paths.append(member.path);
    }
    return paths;
}

QString AgentSchema::label(const QString &path)
{
    const Member *found = member(path);
    return found ? found->label() : path;
}

QString AgentSchema::groupTitle(Group group)
{
    switch (group) {
    case Group::Identity:
        return QCoreApplication::translate("AgentSchema", "Identity");
    case Group::Contact:
        return QCoreApplication::translate("AgentSchema", "Contact");
    case Group::Address:
        return QCoreApplication::translate("AgentSchema", "Address");
    case Group::Notes:
        return QCoreApplication::translate("AgentSchema", "Notes");
    case Group::OfficeAndManager:
        return QCoreApplication::translate("AgentSchema", "Office and manager");
    case Group::Billing:
        return QCoreApplication::translate("AgentSchema", "Billing");
    case Group::Preferences:
        return QCoreApplication::translate("AgentSchema", "Preferences");
    case Group::ManagerData:
        return QCoreApplication::translate("AgentSchema", "Manager data");
    case Group::Status:
        return QCoreApplication::translate("AgentSchema", "Status");
    }
    return {};
}

QStringList AgentSchema::allowedValues(const QString &path)
{
    const Member *found = member(path);
    return found ? found->values : QStringList();
}

QString AgentSchema::problem(const Member &member, const QJsonValue &value, bool required)
{
    if (isEmpty(value))
        return required ? QCoreApplication::translate("AgentSchema", "Required.") : QString();
    switch (member.kind) {
    case Kind::Email:
        return emailProblem(member, value.toString());
    case Kind::Text:
        if (member.format == Format::TwoLetters) {
            static const QRegularExpression twoLetters(QStringLiteral("^[A-Za-z]{2}$"));
            return twoLetters.match(value.toString()).hasMatch()
                       ? QString()
                       : QCoreApplication::translate("AgentSchema", "Two letters, such as TX.");
        }
        return {};
    case Kind::Enum:
        return member.values.contains(value.toString())
                   ? QString()
                   : QCoreApplication::translate("AgentSchema", "One of %1.")
                         .arg(member.values.join(QStringLiteral(", ")));
    case Kind::Number:
    case Kind::Money:
        return numberProblem(member, value);
    case Kind::Bool:
        return value.isBool() ? QString()
                              : QCoreApplication::translate("AgentSchema", "Yes or no.");
    case Kind::Reference:
        return value.isObject() && value.toObject().value(QStringLiteral("Id")).isDouble()
                   ? QString()
                   : QCoreApplication::translate("AgentSchema",
                                                 "Choose an entry from the list, or type an Id.");
    case Kind::Phone:
        break;
    }
    return {};
}

QMap<QString, QString> AgentSchema::problems(const QJsonObject &record, const QStringList &paths)
{
    QMap<QString, QString> found;
    for (const QString &path : paths) {
        const Member *m = member(path);
        if (!m)
            continue;
        const QString text = problem(*m, Agent(record).value(path), m->requiredOnCreate);
        if (!text.isEmpty())
            found.insert(path, text);
    }
    return found;
}

bool AgentSchema::same(const Member &member, const QJsonValue &left, const QJsonValue &right)
{
    if (isEmpty(left) || isEmpty(right))
        return isEmpty(left) == isEmpty(right);
    if (member.kind == Kind::Reference && left.isObject() && right.isObject()) {
        return MergePatch::equivalent(left.toObject().value(QStringLiteral("Id")),
                                      right.toObject().value(QStringLiteral("Id")));
    }
    if (left.isString() && right.isString() && member.format != Format::Multiline)
        return left.toString().trimmed() == right.toString().trimmed();
    return MergePatch::equivalent(left, right);
}

QJsonObject AgentSchema::withValue(QJsonObject record, const Member &member,
                                   const QJsonValue &value)
{
    if (member.kind != Kind::Reference || !value.isObject())
        return Agent::withValue(record, member.path, value);
    const QJsonObject reference = value.toObject();
    if (!Agent(record).value(member.path).isObject())
        record = Agent::withValue(record, member.path, QJsonObject{});
    record = Agent::withValue(record, member.path + QStringLiteral("/Id"),
                              reference.value(QStringLiteral("Id")));
    return Agent::withValue(record, member.path + QStringLiteral("/Name"),
                            reference.value(QStringLiteral("Name")));
}

QString AgentSchema::displayText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return QCoreApplication::translate("AgentSchema", "(empty)");
    case QJsonValue::Bool:
        return value.toBool() ? QCoreApplication::translate("AgentSchema", "Yes")
                              : QCoreApplication::translate("AgentSchema", "No");
    case QJsonValue::Double:
        return CellText::number(value);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.contains(QStringLiteral("Id")))
            return referenceText(object.value(QStringLiteral("Id")).toInteger(),
                                 object.value(QStringLiteral("Name")).toString());
        return CellText::of(value);
    }
    case QJsonValue::Array:
        return CellText::of(value);
    }
    return {};
}

QString AgentSchema::referenceText(qint64 id, const QString &name)
{
    if (name.isEmpty())
        return QStringLiteral("#%1").arg(id);
    return QStringLiteral("%1 (%2)").arg(name).arg(id);
}

QString AgentSchema::csvText(const QJsonValue &value)
{
    return CellText::of(value);
}

} // namespace signtraker
