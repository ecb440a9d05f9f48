// SPDX-License-Identifier: Apache-2.0
#include "agentfields.h"

#include <QSet>

namespace signtraker {

namespace {

QStringList nested(const QString &parent, std::initializer_list<const char *> members)
{
    QStringList paths;
    for (const char *member : members)
        paths.append(parent % QLatin1Char('/') % QLatin1String(member));
    return paths;
}

} // namespace

const QStringList &AgentFields::topLevel()
{
    static const QStringList fields{
        QStringLiteral("Id"),
        QStringLiteral("UserName"),
        QStringLiteral("Email"),
        QStringLiteral("EmailConfirmed"),
        QStringLiteral("FirstName"),
        QStringLiteral("LastName"),
        QStringLiteral("IsInactive"),
        QStringLiteral("IsLocked"),
        QStringLiteral("CcEmail"),
        QStringLiteral("InvitationSent"),
        QStringLiteral("Office"),
        QStringLiteral("Manager"),
        QStringLiteral("Address"),
        QStringLiteral("OfficePhone"),
        QStringLiteral("CellularPhone"),
        QStringLiteral("PaymentMode"),
        QStringLiteral("BasicInstallPrice"),
        QStringLiteral("BrokerId"),
        QStringLiteral("DefaultPostType"),
        QStringLiteral("Notes"),
        QStringLiteral("ReceiveMarketingEmails"),
        QStringLiteral("TermsAccepted"),
        QStringLiteral("EnableSubscription"),
        QStringLiteral("SubscriptionPrice"),
        QStringLiteral("IsManager"),
        QStringLiteral("ManagerData"),
    };
    return fields;
}

const QStringList &AgentFields::allPaths()
{
    static const QStringList paths = [] {
        QStringList all;
        for (const QString &field : topLevel()) {
            all.append(field);
            if (field == QLatin1String("Office") || field == QLatin1String("Manager") ||
                field == QLatin1String("DefaultPostType"))
                all.append(nested(field, {"Id", "Name"}));
            else if (field == QLatin1String("Address"))
                all.append(
                    nested(field, {"Street", "Street2", "City", "State", "Zip", "CountryCode"}));
            else if (field == QLatin1String("ManagerData"))
                all.append(nested(field, {"DiscountLevel", "EnableRebills", "InitialRentalDuration",
                                          "RebillInterval", "RebillWarningLeadTime", "IsPayer",
                                          "DisableStaffBillingEmails", "CcStaff", "CcDelegates",
                                          "IsVirtual"}));
        }
        return all;
    }();
    return paths;
}

bool AgentFields::isKnownPath(const QString &path)
{
    static const QSet<QString> known(allPaths().cbegin(), allPaths().cend());
    return known.contains(path);
}

// EnterpriseId: the offices endpoint takes enterpriseId as a parameter, so offices are known to
// belong to one; whether the record carries it is not documented, and filtering on a member the
// record lacks is a 400 from the service, not a wrong answer.
const QStringList &AgentFields::officePaths()
{
    static const QStringList paths{QStringLiteral("Id"), QStringLiteral("Name"),
                                   QStringLiteral("EnterpriseId")};
    return paths;
}

} // namespace signtraker
