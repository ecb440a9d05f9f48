// SPDX-License-Identifier: Apache-2.0
// Creates one agent so that it is never created twice and its outcome is never reported wrong.
// It looks the e-mail up first (an agent that already has it stops the create, unless allowed),
// sends the create once, and when the outcome is unknown (no answer, or 500/502/504) looks the
// e-mail up again instead of sending again: a new agent found means created, none means not
// created, a failed look-up means unknown. Widget-free: the window and the CLI both use it.
//
// "Not found" is what the service holds at the look-up: a service still working on a create that
// timed out may store it later. The next create then finds that agent in its own check first and
// stops with DuplicateEmail, so even that case never creates the agent twice.
//
// Exactly one finished(), or none once cancelled. Not self-deleting: the owner deletes it.
#pragma once

#include "agentcreationoutcome.h"
#include "apicall.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

namespace signtraker {

class SignTrakerClient;

class AgentCreation : public QObject
{
    Q_OBJECT

public:
    enum class Stage { NotStarted, CheckingEmail, Creating, Reconciling, Finished, Cancelled };
    Q_ENUM(Stage)

    AgentCreation(SignTrakerClient *client, QJsonObject agent, QObject *parent = nullptr);
    ~AgentCreation() override;

    // Sends the create although an agent already has the e-mail (the check still runs: it tells
    // reconciliation which agents existed before).
    void setAllowDuplicateEmail(bool allow) { m_allowDuplicateEmail = allow; }
    bool allowsDuplicateEmail() const { return m_allowDuplicateEmail; }

    // Once; later calls are ignored.
    void start();
    // Stops the call in flight; no finished() afterwards. A create already sent may still
    // happen on the service.
    void cancel();

    Stage stage() const { return m_stage; }
    QJsonObject agent() const { return m_agent; }
    QString email() const { return m_email; }

    // A create that failed this way may still have been carried out: a timeout or connection
    // lost after sending, or a 500, 502 or 504 (a gateway or server that may have gone on).
    static bool isUnknownOutcome(const ApiError &error);

Q_SIGNALS:
    void stageChanged(signtraker::AgentCreation::Stage stage);
    void finished(const signtraker::AgentCreationOutcome &outcome);

private:
    void setStage(Stage stage);
    void track(ApiCall *call);
    void lookUp(void (AgentCreation::*handler)(const ApiResult &));
    void onChecked(const ApiResult &result);
    void sendCreate();
    void onCreated(const ApiResult &result);
    void onReconciled(const ApiResult &result);
    void finish(const AgentCreationOutcome &outcome);
    // The agents of a look-up's answer that hold the e-mail; nullopt, with *problem set, when the
    // answer cannot be relied on (an error, or records of other e-mails: the service did not
    // filter, so a missing agent would prove nothing).
    std::optional<QList<QJsonObject>> matchesOf(const ApiResult &result, ApiError *problem) const;

    SignTrakerClient *m_client;
    QJsonObject m_agent;
    QString m_email;
    bool m_allowDuplicateEmail = false;
    Stage m_stage = Stage::NotStarted;
    QSet<qint64> m_existingIds; // agents that had the e-mail before the create
    ApiError m_createError;
    QPointer<ApiCall> m_call;
};

} // namespace signtraker
