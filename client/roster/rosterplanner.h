// SPDX-License-Identifier: Apache-2.0
// Turns a roster into a plan against the tenant as it is now. The tenant is read once, every
// agent in one parallel walk (never one lookup per row: a 1,000-row roster would be 1,000
// requests), and the offices and managers from the connection's pick lists.
#pragma once

#include "apierror.h"
#include "rosterfile.h"
#include "rostermapping.h"
#include "rosterplan.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

namespace signtraker {

class AllPagesWalker;
class ReferenceLists;
class SignTrakerClient;

class RosterPlanner : public QObject
{
    Q_OBJECT

public:
    explicit RosterPlanner(SignTrakerClient *client, QObject *parent = nullptr);
    ~RosterPlanner() override;

    // Reads the tenant and emits planned() or failed(); a plan already running is cancelled.
    void plan(const RosterFile &file, const RosterMapping &mapping, const RosterOptions &options);
    // No signal is emitted after cancel().
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    // Agents read so far; estimatedTotal is 0 while the walk cannot tell yet.
    void progressChanged(int rowsRead, int estimatedTotal);
    void planned(const signtraker::RosterPlan &plan);
    void failed(const signtraker::ApiError &error);

private:
    void onListsReady();
    void onWalked(const ApiError &error);
    void finishIfReady();
    void fail(const signtraker::ApiError &error);

    QPointer<SignTrakerClient> m_client;
    QPointer<AllPagesWalker> m_walker;
    QPointer<ReferenceLists> m_lists;
    RosterFile m_file;
    RosterMapping m_mapping;
    RosterOptions m_options;
    QList<QMetaObject::Connection> m_listConnections;
    QList<QJsonObject> m_agents;
    bool m_agentsRead = false;
    bool m_listsRead = false;
    bool m_running = false;
};

} // namespace signtraker
