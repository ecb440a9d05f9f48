// SPDX-License-Identifier: Apache-2.0
// The simulated tenant: enterprises, offices, post types and agents in memory, with the service's
// write rules (validation, merge patch, the hidden "synced from a National Account" flag) and
// optional persistence to a JSON data file.
#pragma once

#include "agentwriteresult.h"
#include "jsontable.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <optional>

namespace signtraker::sim {

class Tenant
{
public:
    static constexpr int DefaultAgentCount = 250;

    Tenant();

    // Replaces everything with the deterministic tenant of (seed, agentCount).
    void generate(quint32 seed, int agentCount = DefaultAgentCount);
    void clear();

    QJsonObject toJson() const;
    bool fromJson(const QJsonObject &json, QString *error = nullptr);
    bool load(const QString &fileName, QString *error = nullptr);
    bool save(const QString &fileName, QString *error = nullptr) const; // atomic (QSaveFile)
    // Loads fileName, or generates (seed, agentCount) and writes it there when the file does not
    // exist. From then on every change is saved back to it.
    bool attachDataFile(const QString &fileName, quint32 seed = 1,
                        int agentCount = DefaultAgentCount, QString *error = nullptr);
    QString dataFile() const { return m_dataFile; }

    // The records exactly as the service returns them, in Id order.
    QJsonArray agents() const { return m_agents.toArray(); }
    QJsonArray offices() const { return m_offices.toArray(); }
    QJsonArray enterprises() const { return m_enterprises.toArray(); }
    QJsonArray postTypes() const { return m_postTypes.toArray(); }
    const JsonTable &agentTable() const { return m_agents; }
    const JsonTable &officeTable() const { return m_offices; }
    const JsonTable &enterpriseTable() const { return m_enterprises; }
    const JsonTable &postTypeTable() const { return m_postTypes; }

    std::optional<QJsonObject> agent(qint64 id) const;
    // 0 when the office is unknown.
    qint64 enterpriseOfOffice(qint64 officeId) const { return m_officeEnterprise.value(officeId); }
    // The Id of the agent with this UserName / Email (case-insensitive), or 0.
    qint64 agentIdByUserName(const QString &userName) const;
    qint64 agentIdByEmail(const QString &email) const;

    bool isSynced(qint64 agentId) const { return m_synced.contains(agentId); }
    void setSynced(qint64 agentId, bool synced);
    QList<qint64> syncedAgentIds() const;

    // Raw inserts, without validation: for the generator, loading, and tests that need odd data.
    void addEnterprise(qint64 id, const QString &name);
    void addOffice(qint64 id, const QString &name, qint64 enterpriseId);
    void addPostType(qint64 id, const QString &name);
    // The record must carry an integer Id not yet used.
    void insertAgent(const QJsonObject &record, bool synced = false);
    void reserveAgents(qsizetype count);

    // The service's writes.
    AgentWriteResult createAgent(const QJsonObject &agent);
    AgentWriteResult updateAgent(qint64 id, const QJsonObject &mergePatch);
    AgentWriteResult setAgentInactive(qint64 id, bool inactive);

private:
    void indexAgent(const QJsonObject &record, bool add);
    void renameManagerReferences(qint64 managerId, const QJsonObject &manager);
    void changed();

    JsonTable m_enterprises;
    JsonTable m_offices;
    JsonTable m_postTypes;
    JsonTable m_agents;
    QHash<qint64, qint64> m_officeEnterprise;
    QHash<QString, qint64> m_userNames; // case-folded
    QHash<QString, qint64> m_emails;    // case-folded
    QSet<qint64> m_synced;
    qint64 m_nextAgentId = 1001;
    QString m_dataFile;
};

} // namespace signtraker::sim
