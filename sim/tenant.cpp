// SPDX-License-Identifier: Apache-2.0
#include "tenant.h"

#include "agentvalidator.h"
#include "jsonmergepatch.h"
#include "odataschema.h"
#include "tenantgenerator.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <algorithm>

namespace signtraker::sim {

namespace {

const QString FormatName = QStringLiteral("signtraker-sim tenant");

QJsonObject idName(qint64 id, const QString &name)
{
    return {{QStringLiteral("Id"), id}, {QStringLiteral("Name"), name}};
}

// Known members that are absent come back as null, as Json.NET serialises the service's model;
// inside an absent object nothing is added.
void fillNulls(QJsonObject &agent)
{
    const ODataSchema &schema = ODataSchema::agent();
    for (int i = 0; i < schema.count(); ++i) {
        const QStringList &segments = schema.member(i).segments;
        if (segments.size() == 1) {
            if (!agent.contains(segments.first()))
                agent.insert(segments.first(), QJsonValue::Null);
            continue;
        }
        const QJsonValue parent = agent.value(segments.first());
        if (!parent.isObject() || parent.toObject().contains(segments.at(1)))
            continue;
        QJsonObject inner = parent.toObject();
        inner.insert(segments.at(1), QJsonValue::Null);
        agent.insert(segments.first(), inner);
    }
}

QJsonObject defaultManagerData()
{
    return {{QStringLiteral("DiscountLevel"), QStringLiteral("Standard")},
            {QStringLiteral("EnableRebills"), false},
            {QStringLiteral("InitialRentalDuration"), 90},
            {QStringLiteral("RebillInterval"), 30},
            {QStringLiteral("RebillWarningLeadTime"), 7},
            {QStringLiteral("IsPayer"), false},
            {QStringLiteral("DisableStaffBillingEmails"), false},
            {QStringLiteral("CcStaff"), false},
            {QStringLiteral("CcDelegates"), false},
            {QStringLiteral("IsVirtual"), false}};
}

} // namespace

Tenant::Tenant()
    : m_enterprises(ODataSchema::enterprise())
    , m_offices(ODataSchema::office())
    , m_postTypes(ODataSchema::enterprise()) // {Id, Name} as well
    , m_agents(ODataSchema::agent())
{}

void Tenant::generate(quint32 seed, int agentCount)
{
    clear();
    TenantGenerator::generate(*this, seed, agentCount);
    changed();
}

void Tenant::clear()
{
    m_enterprises.clear();
    m_offices.clear();
    m_postTypes.clear();
    m_agents.clear();
    m_officeEnterprise.clear();
    m_userNames.clear();
    m_emails.clear();
    m_synced.clear();
    m_nextAgentId = 1001;
}

std::optional<QJsonObject> Tenant::agent(qint64 id) const
{
    const qsizetype row = m_agents.indexOfId(id);
    if (row < 0)
        return std::nullopt;
    return m_agents.at(row);
}

qint64 Tenant::agentIdByUserName(const QString &userName) const
{
    return m_userNames.value(userName.toCaseFolded());
}

qint64 Tenant::agentIdByEmail(const QString &email) const
{
    return m_emails.value(email.toCaseFolded());
}

void Tenant::setSynced(qint64 agentId, bool synced)
{
    if (synced)
        m_synced.insert(agentId);
    else
        m_synced.remove(agentId);
    changed();
}

QList<qint64> Tenant::syncedAgentIds() const
{
    QList<qint64> ids(m_synced.cbegin(), m_synced.cend());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void Tenant::addEnterprise(qint64 id, const QString &name)
{
    m_enterprises.append(idName(id, name));
}

void Tenant::addOffice(qint64 id, const QString &name, qint64 enterpriseId)
{
    m_offices.append(idName(id, name));
    m_officeEnterprise.insert(id, enterpriseId);
}

void Tenant::addPostType(qint64 id, const QString &name)
{
    m_postTypes.append(idName(id, name));
}

void Tenant::insertAgent(const QJsonObject &record, bool synced)
{
    const qint64 id = record.value(QLatin1String("Id")).toInteger();
    m_agents.append(record, id);
    indexAgent(record, true);
    if (synced)
        m_synced.insert(id);
    m_nextAgentId = std::max(m_nextAgentId, id + 1);
}

void Tenant::reserveAgents(qsizetype count)
{
    m_agents.reserve(count);
    m_userNames.reserve(count);
    m_emails.reserve(count);
}

void Tenant::indexAgent(const QJsonObject &record, bool add)
{
    const qint64 id = record.value(QLatin1String("Id")).toInteger();
    const QString userName = record.value(QLatin1String("UserName")).toString().toCaseFolded();
    const QString email = record.value(QLatin1String("Email")).toString().toCaseFolded();
    if (add) {
        if (!userName.isEmpty())
            m_userNames.insert(userName, id);
        if (!email.isEmpty())
            m_emails.insert(email, id);
    } else {
        if (m_userNames.value(userName) == id)
            m_userNames.remove(userName);
        if (m_emails.value(email) == id)
            m_emails.remove(email);
    }
}

AgentWriteResult Tenant::createAgent(const QJsonObject &body)
{
    QJsonObject agent = body;
    agent.remove(QStringLiteral("Id"));
    for (const QString &flag : {QStringLiteral("IsInactive"), QStringLiteral("IsLocked"),
                                QStringLiteral("EmailConfirmed"), QStringLiteral("InvitationSent"),
                                QStringLiteral("IsManager")}) {
        if (agent.value(flag).isNull() || agent.value(flag).isUndefined())
            agent.insert(flag, false);
    }
    if (agent.value(QLatin1String("IsManager")).toBool() &&
        !agent.value(QLatin1String("ManagerData")).isObject())
        agent.insert(QStringLiteral("ManagerData"), defaultManagerData());

    const QString problem = AgentValidator::validate(agent, *this, 0);
    if (!problem.isEmpty())
        return AgentWriteResult::invalid(problem);
    agent.insert(QStringLiteral("Id"), m_nextAgentId);
    fillNulls(agent);
    insertAgent(agent);
    changed();
    return AgentWriteResult::success(agent);
}

AgentWriteResult Tenant::updateAgent(qint64 id, const QJsonObject &patch)
{
    const qsizetype row = m_agents.indexOfId(id);
    if (row < 0)
        return AgentWriteResult::notFound();
    if (isSynced(id))
        return AgentWriteResult::invalid(
            QStringLiteral("Agent %1 is synced from a National Account and cannot be updated.")
                .arg(id));
    if (patch.contains(QLatin1String("Id"))) {
        const QJsonValue newId = patch.value(QLatin1String("Id"));
        if (!newId.isDouble() || newId.toInteger() != id)
            return AgentWriteResult::invalid(
                QStringLiteral("The Id of an agent cannot be changed."));
    }
    const QJsonObject current = m_agents.at(row);
    QJsonObject merged = JsonMergePatch::apply(current, patch);
    if (merged.value(QLatin1String("IsManager")).toBool() !=
        current.value(QLatin1String("IsManager")).toBool())
        return AgentWriteResult::invalid(
            QStringLiteral("IsManager cannot be changed: an agent cannot be turned into a manager "
                           "or back by an update."));
    const QString problem = AgentValidator::validate(merged, *this, id);
    if (!problem.isEmpty())
        return AgentWriteResult::invalid(problem);
    merged.insert(QStringLiteral("Id"), id);
    fillNulls(merged);
    indexAgent(current, false);
    m_agents.replace(row, merged);
    indexAgent(merged, true);
    if (merged.value(QLatin1String("IsManager")).toBool())
        renameManagerReferences(id, merged);
    changed();
    return AgentWriteResult::success(merged);
}

// The service joins Manager.Name from the manager's record: a renamed manager shows under the
// new name in every agent that points at it.
void Tenant::renameManagerReferences(qint64 managerId, const QJsonObject &manager)
{
    const QString name = manager.value(QLatin1String("FirstName")).toString() + u' ' +
                         manager.value(QLatin1String("LastName")).toString();
    const int managerIdMember = ODataSchema::agent().indexOf(QStringLiteral("Manager/Id"));
    for (qsizetype row = 0; row < m_agents.rowCount(); ++row) {
        const ODataValue &reference = m_agents.value(row, managerIdMember);
        if (reference.type != ODataValue::Type::Int || reference.integer != managerId)
            continue;
        QJsonObject agent = m_agents.at(row);
        QJsonObject ref = agent.value(QLatin1String("Manager")).toObject();
        if (ref.value(QLatin1String("Name")).toString() == name)
            continue;
        ref.insert(QStringLiteral("Name"), name);
        agent.insert(QStringLiteral("Manager"), ref);
        m_agents.replace(row, agent);
    }
}

AgentWriteResult Tenant::setAgentInactive(qint64 id, bool inactive)
{
    const qsizetype row = m_agents.indexOfId(id);
    if (row < 0)
        return AgentWriteResult::notFound();
    QJsonObject agent = m_agents.at(row);
    agent.insert(QStringLiteral("IsInactive"), inactive);
    m_agents.replace(row, agent);
    changed();
    return AgentWriteResult::success(agent);
}

QJsonObject Tenant::toJson() const
{
    QJsonArray offices;
    for (qsizetype i = 0; i < m_offices.rowCount(); ++i) {
        QJsonObject office = m_offices.at(i);
        office.insert(QStringLiteral("EnterpriseId"),
                      enterpriseOfOffice(office.value(QLatin1String("Id")).toInteger()));
        offices.append(office);
    }
    QJsonArray synced;
    for (const qint64 id : syncedAgentIds())
        synced.append(id);
    return {{QStringLiteral("Format"), FormatName},
            {QStringLiteral("Version"), 1},
            {QStringLiteral("NextAgentId"), m_nextAgentId},
            {QStringLiteral("Enterprises"), enterprises()},
            {QStringLiteral("Offices"), offices},
            {QStringLiteral("PostTypes"), postTypes()},
            {QStringLiteral("Agents"), agents()},
            {QStringLiteral("SyncedAgentIds"), synced}};
}

bool Tenant::fromJson(const QJsonObject &json, QString *error)
{
    if (json.value(QLatin1String("Format")).toString() != FormatName ||
        json.value(QLatin1String("Version")).toInt() != 1) {
        if (error)
            *error = QStringLiteral("not a signtraker-sim tenant file (version 1)");
        return false;
    }
    clear();
    for (const QJsonValue &value : json.value(QLatin1String("Enterprises")).toArray()) {
        const QJsonObject e = value.toObject();
        addEnterprise(e.value(QLatin1String("Id")).toInteger(),
                      e.value(QLatin1String("Name")).toString());
    }
    for (const QJsonValue &value : json.value(QLatin1String("Offices")).toArray()) {
        const QJsonObject o = value.toObject();
        addOffice(o.value(QLatin1String("Id")).toInteger(),
                  o.value(QLatin1String("Name")).toString(),
                  o.value(QLatin1String("EnterpriseId")).toInteger());
    }
    for (const QJsonValue &value : json.value(QLatin1String("PostTypes")).toArray()) {
        const QJsonObject p = value.toObject();
        addPostType(p.value(QLatin1String("Id")).toInteger(),
                    p.value(QLatin1String("Name")).toString());
    }
    QSet<qint64> synced;
    for (const QJsonValue &value : json.value(QLatin1String("SyncedAgentIds")).toArray())
        synced.insert(value.toInteger());
    const QJsonArray agents = json.value(QLatin1String("Agents")).toArray();
    m_agents.reserve(agents.size());
    for (const QJsonValue &value : agents) {
        const QJsonObject agent = value.toObject();
        if (!agent.value(QLatin1String("Id")).isDouble()) {
            if (error)
                *error = QStringLiteral("an agent without an integer Id");
            clear();
            return false;
        }
        insertAgent(agent, synced.contains(agent.value(QLatin1String("Id")).toInteger()));
    }
    m_nextAgentId = std::max(m_nextAgentId, json.value(QLatin1String("NextAgentId")).toInteger());
    return true;
}

bool Tenant::load(const QString &fileName, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                         ? parseError.errorString()
                         : QStringLiteral("not a JSON object");
        return false;
    }
    return fromJson(document.object(), error);
}

bool Tenant::save(const QString &fileName, QString *error) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool Tenant::attachDataFile(const QString &fileName, quint32 seed, int agentCount, QString *error)
{
    m_dataFile.clear();
    if (QFileInfo::exists(fileName)) {
        if (!load(fileName, error))
            return false;
    } else {
        clear();
        TenantGenerator::generate(*this, seed, agentCount);
        if (!save(fileName, error))
            return false;
    }
    m_dataFile = fileName;
    return true;
}

void Tenant::changed()
{
    if (m_dataFile.isEmpty())
        return;
    QString error;
    if (!save(m_dataFile, &error))
        qWarning("signtraker-sim: cannot save %ls: %ls", qUtf16Printable(m_dataFile),
                 qUtf16Printable(error));
}

} // namespace signtraker::sim
