// SPDX-License-Identifier: Apache-2.0
#include "qualityreport.h"

#include "agent.h"
#include "localcopy.h"

#include "agentschema.h"
#include "phonecheck.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QSet>

#include <algorithm>
#include <map>
#include <type_traits>

namespace signtraker {

namespace {

// Sources are marked with QT_TRANSLATE_NOOP("QualityReport", ...) where they are written, so
// that lupdate finds them under this context.
QString translated(const char *text, int n = -1)
{
    return QCoreApplication::translate("QualityReport", text, nullptr, n);
}

QString text(const QJsonObject &agent, QLatin1String member)
{
    return agent.value(member).toString().trimmed();
}

qint64 idOf(const QJsonObject &agent)
{
    return agent.value(QLatin1String("Id")).toInteger();
}

// The Id of a reference ({Id, Name}), or 0 when there is none.
qint64 referenceId(const QJsonObject &agent, QLatin1String member)
{
    return agent.value(member).toObject().value(QLatin1String("Id")).toInteger();
}

QString nameOf(const QJsonObject &agent)
{
    const QString name =
        text(agent, QLatin1String("FirstName")) + u' ' + text(agent, QLatin1String("LastName"));
    return name.trimmed().isEmpty() ? QStringLiteral("#%1").arg(idOf(agent)) : name.trimmed();
}

// Agents sharing one value: the first owner of each key, and the Ids of keys seen more than once.
// Most keys have one owner, so no list is made for them.
template <typename Key> struct Groups
{
    struct First
    {
        qint64 id;
        QString shown;
    };
    QHash<Key, First> first;
    QHash<Key, QList<qint64>> shared;

    void add(const Key &key, const QString &shown, qint64 id)
    {
        const auto seen = first.constFind(key);
        if (seen == first.cend()) {
            first.insert(key, First{id, shown});
            return;
        }
        QList<qint64> &ids = shared[key];
        if (ids.isEmpty())
            ids.append(seen->id);
        ids.append(id);
    }
};

class Checker
{
public:
    explicit Checker(const QList<QPair<QString, QString>> &offices)
    {
        for (const auto &office : offices)
            m_offices.insert(office.first.toLongLong());
    }

    void reserve(qsizetype agents)
    {
        m_inactive.reserve(agents);
        m_emails.first.reserve(agents);
        m_userNames.first.reserve(agents);
        m_phones.first.reserve(agents);
    }
    void add(const QJsonObject &agent);
    QList<QualityFinding> findings();

private:
    void checkEmails(const QJsonObject &agent, qint64 id);
    void checkPhones(const QJsonObject &agent, qint64 id);
    void checkReferences(const QJsonObject &agent, qint64 id);
    template <typename Key>
    void duplicates(const QString &kind, const Groups<Key> &groups, const char *detail);
    void managers();
    void report(const QString &kind, QList<qint64> ids, const QString &detail,
                const QJsonObject &fix = {});

    QSet<qint64> m_offices;
    QHash<qint64, bool> m_inactive;           // every agent: is it inactive
    QHash<qint64, QList<qint64>> m_reportsTo; // manager Id -> agents naming them, in input order
    Groups<QString> m_emails, m_userNames;
    Groups<quint64> m_phones;
    PhoneCheck m_phoneCheck;
    std::map<QString, QList<QualityFinding>> m_byKind;
};

void Checker::add(const QJsonObject &agent)
{
    const qint64 id = idOf(agent);
    m_inactive.insert(id, agent.value(QLatin1String("IsInactive")).toBool());
    checkEmails(agent, id);
    const QString userName = text(agent, QLatin1String("UserName"));
    if (!userName.isEmpty())
        m_userNames.add(userName.toCaseFolded(), userName, id);
    checkPhones(agent, id);
    checkReferences(agent, id);
    if (agent.value(QLatin1String("EnableSubscription")).toBool() &&
        !agent.value(QLatin1String("SubscriptionPrice")).isDouble()) {
        // A price of 0 is a price (a free subscription): only a missing one is reported.
        report(QStringLiteral("subscription-without-price"), {id},
               translated(
                   QT_TRANSLATE_NOOP("QualityReport",
                                     "%1 has a subscription enabled but no subscription price."))
                   .arg(nameOf(agent)));
    }
}

void Checker::checkEmails(const QJsonObject &agent, qint64 id)
{
    // The rule the edit form applies (AgentSchema), so that a finding is what the form refuses.
    static const AgentSchema::Member *const email = AgentSchema::member(QStringLiteral("Email"));
    static const AgentSchema::Member *const cc = AgentSchema::member(QStringLiteral("CcEmail"));
    const QString address = text(agent, QLatin1String("Email"));
    if (!address.isEmpty())
        m_emails.add(address.toCaseFolded(), address, id);
    for (const AgentSchema::Member *member : {email, cc}) {
        const QString problem =
            AgentSchema::problem(*member, agent.value(member->path), member->requiredOnCreate);
        if (!problem.isEmpty())
            report(QStringLiteral("invalid-email"), {id},
                   translated(QT_TRANSLATE_NOOP("QualityReport", "%1, %2 \"%3\": %4"))
                       .arg(nameOf(agent), member->label(), agent.value(member->path).toString(),
                            problem));
    }
}

void Checker::checkPhones(const QJsonObject &agent, qint64 id)
{
    // The country is the agent's own (Address/CountryCode): the service keeps no country on
    // offices. Without one, PhoneCheck accepts a number valid in any of the service's countries.
    const QString country = agent.value(QLatin1String("Address"))
                                .toObject()
                                .value(QLatin1String("CountryCode"))
                                .toString()
                                .trimmed()
                                .toUpper();
    for (const QLatin1String member :
         {QLatin1String("CellularPhone"), QLatin1String("OfficePhone")}) {
        const QString phone = text(agent, member);
        if (phone.isEmpty())
            continue; // a missing cell phone is the service's "required", not a dialling problem
        const bool cell = member == QLatin1String("CellularPhone");
        const PhoneVerdict verdict = m_phoneCheck.check(phone, country, !cell);
        if (cell && verdict.key != 0)
            m_phones.add(verdict.key, QString(), id); // spelled only when shared
        if (verdict.valid)
            continue;
        const QString where =
            PhoneCheck::isKnownCountry(country)
                ? country
                : translated(QT_TRANSLATE_NOOP("QualityReport",
                                               "any of the service's countries (US, CA, AU)"));
        QJsonObject fix;
        QString detail =
            translated(
                QT_TRANSLATE_NOOP("QualityReport", "%1, %2: \"%3\" is not a valid number in %4."))
                .arg(nameOf(agent), AgentSchema::label(member), phone, where);
        if (!verdict.correction.isEmpty()) {
            fix.insert(QString::number(id), QJsonObject{{member, verdict.correction}});
            detail = translated(QT_TRANSLATE_NOOP(
                                    "QualityReport",
                                    "%1, %2: \"%3\" is not a valid number in %4; \"%5\" is."))
                         .arg(nameOf(agent), AgentSchema::label(member), phone, where,
                              verdict.correction);
        }
        report(QStringLiteral("invalid-phone"), {id}, detail, fix);
    }
}

void Checker::checkReferences(const QJsonObject &agent, qint64 id)
{
    const qint64 office = referenceId(agent, QLatin1String("Office"));
    if (office == 0)
        report(
            QStringLiteral("missing-office"), {id},
            translated(QT_TRANSLATE_NOOP("QualityReport", "%1 has no office.")).arg(nameOf(agent)));
    else if (!m_offices.isEmpty() && !m_offices.contains(office))
        report(
            QStringLiteral("missing-office"), {id},
            translated(QT_TRANSLATE_NOOP("QualityReport", "The office #%1 of %2 does not exist."))
                .arg(office)
                .arg(nameOf(agent)));
    const qint64 manager = referenceId(agent, QLatin1String("Manager"));
    if (manager != 0)
        m_reportsTo[manager].append(id);
}

void Checker::report(const QString &kind, QList<qint64> ids, const QString &detail,
                     const QJsonObject &fix)
{
    m_byKind[kind].append(QualityFinding{kind, std::move(ids), detail, fix});
}

template <typename Key>
void Checker::duplicates(const QString &kind, const Groups<Key> &groups, const char *detail)
{
    for (auto it = groups.shared.cbegin(); it != groups.shared.cend(); ++it) {
        QList<qint64> ids = it.value();
        std::sort(ids.begin(), ids.end());
        QString shown;
        if constexpr (std::is_same_v<Key, quint64>)
            shown = PhoneVerdict::e164(it.key());
        else
            shown = groups.first.value(it.key()).shown;
        report(kind, ids, translated(detail, int(ids.size())).arg(shown));
    }
}

void Checker::managers()
{
    for (auto it = m_reportsTo.cbegin(); it != m_reportsTo.cend(); ++it) {
        QList<qint64> agents = it.value();
        std::sort(agents.begin(), agents.end());
        const auto manager = m_inactive.constFind(it.key());
        if (manager == m_inactive.cend()) {
            report(QStringLiteral("missing-manager"), agents,
                   translated(
                       QT_TRANSLATE_N_NOOP(
                           "QualityReport",
                           "Manager #%1 does not exist; %n agent(s) name them as their manager."),
                       int(agents.size()))
                       .arg(it.key()));
            continue;
        }
        if (!*manager)
            continue;
        QList<qint64> active;
        for (const qint64 agent : agents) {
            if (!m_inactive.value(agent))
                active.append(agent);
        }
        if (active.isEmpty())
            continue;
        report(QStringLiteral("inactive-manager"), QList<qint64>{it.key()} + active,
               translated(QT_TRANSLATE_N_NOOP(
                              "QualityReport",
                              "Manager #%1 is inactive while %n active agent(s) report to them."),
                          int(active.size()))
                   .arg(it.key()));
    }
}

QList<QualityFinding> Checker::findings()
{
    duplicates(QStringLiteral("duplicate-email"), m_emails,
               QT_TRANSLATE_N_NOOP("QualityReport", "The e-mail address %1 is on %n agents."));
    duplicates(QStringLiteral("duplicate-username"), m_userNames,
               QT_TRANSLATE_N_NOOP("QualityReport", "The user name %1 is on %n agents."));
    duplicates(QStringLiteral("duplicate-phone"), m_phones,
               QT_TRANSLATE_N_NOOP("QualityReport", "The cell phone %1 is on %n agents."));
    managers();
    QList<QualityFinding> all;
    for (const QString &kind : QualityReport::kinds()) {
        QList<QualityFinding> found = m_byKind[kind];
        std::sort(found.begin(), found.end(), [](const QualityFinding &a, const QualityFinding &b) {
            return a.ids.value(0) < b.ids.value(0);
        });
        all += found;
    }
    return all;
}

} // namespace

QList<QualityFinding> QualityReport::check(const QList<QJsonObject> &agents,
                                           const QList<QPair<QString, QString>> &offices)
{
    Checker checker(offices);
    checker.reserve(agents.size());
    for (const QJsonObject &agent : agents)
        checker.add(agent);
    return checker.findings();
}

QStringList QualityReport::kinds()
{
    return {QStringLiteral("duplicate-email"),
            QStringLiteral("duplicate-username"),
            QStringLiteral("duplicate-phone"),
            QStringLiteral("invalid-email"),
            QStringLiteral("invalid-phone"),
            QStringLiteral("missing-office"),
            QStringLiteral("missing-manager"),
            QStringLiteral("inactive-manager"),
            QStringLiteral("subscription-without-price")};
}

QString QualityReport::sentence(const QString &kind)
{
    static const QHash<QString, const char *> sentences{
        {QStringLiteral("duplicate-email"),
         QT_TRANSLATE_NOOP("QualityReport", "The same e-mail address is on several agents.")},
        {QStringLiteral("duplicate-username"),
         QT_TRANSLATE_NOOP("QualityReport", "The same user name is on several agents.")},
        {QStringLiteral("duplicate-phone"),
         QT_TRANSLATE_NOOP("QualityReport", "The same cell phone number is on several agents.")},
        {QStringLiteral("invalid-email"),
         QT_TRANSLATE_NOOP("QualityReport", "An e-mail address is not a valid address.")},
        {QStringLiteral("invalid-phone"),
         QT_TRANSLATE_NOOP("QualityReport",
                           "A phone number is not valid for the agent's country.")},
        {QStringLiteral("missing-office"),
         QT_TRANSLATE_NOOP("QualityReport", "An agent has no office, or an office that does "
                                            "not exist.")},
        {QStringLiteral("missing-manager"),
         QT_TRANSLATE_NOOP("QualityReport", "Agents name a manager who does not exist.")},
        {QStringLiteral("inactive-manager"),
         QT_TRANSLATE_NOOP("QualityReport",
                           "A manager is inactive while active agents report to them.")},
        {QStringLiteral("subscription-without-price"),
         QT_TRANSLATE_NOOP("QualityReport", "A subscription is enabled without a price.")},
    };
    const char *source = sentences.value(kind);
    return source ? translated(source) : QString();
}

QList<BulkRunner::Item> QualityReport::fixItems(const QualityFinding &finding,
                                                const LocalCopy &copy)
{
    QList<BulkRunner::Item> items;
    for (auto it = finding.fix.begin(); it != finding.fix.end(); ++it) {
        const qint64 id = it.key().toLongLong();
        const QJsonObject expected = id ? copy.agent(id) : QJsonObject();
        if (expected.isEmpty())
            continue;
        items.append(BulkRunner::Item::checkedPatch(id, it.value().toObject(), expected,
                                                    Agent(expected).displayName()));
    }
    return items;
}

} // namespace signtraker
