// Activates or deactivates a list of agents with at most MaxInFlight requests at a time: a
// result per agent, cancel, and "Retry failed". Each success is reported at once so that the
// table can update that row in place.
#pragma once

#include "apicall.h"
#include "apierror.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

namespace signtraker {
class SignTrakerClient;
} // namespace signtraker

namespace signtraker::ui {

class Dialogs;

class BulkActivation : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxInFlight = 4;

    enum class Action { Activate, Deactivate };
    enum class Outcome { Pending, Running, Succeeded, Failed, Cancelled };
    struct Item
    {
        qint64 id = 0;
        QString name;
        Outcome outcome = Outcome::Pending;
        ApiError error;
    };

    // agents: records with at least Id (and names for the texts).
    BulkActivation(SignTrakerClient *client, Action action, const QList<QJsonObject> &agents,
                   QObject *parent = nullptr);
    ~BulkActivation() override;

    Action action() const { return m_action; }
    const QList<Item> &items() const { return m_items; }
    int count(Outcome outcome) const;
    int total() const { return int(m_items.size()); }
    int doneCount() const;
    bool isRunning() const { return m_running; }

    // Sends the requests; finished() once every agent has an outcome.
    void start();
    // Stops sending: running requests are dropped (their outcome is unknown to this list, so
    // they count as cancelled) and pending ones are not sent.
    void cancel();
    // Sends again for the failed and cancelled agents only.
    void retryFailed();

    // The agents among records whose state the action would change: active ones for
    // Deactivate, inactive ones for Activate. Actions are enabled only where this is non-empty.
    static QList<QJsonObject> wouldChange(const QList<QJsonObject> &records, Action action);
    // Asks, through the dialog seam, to deactivate the agents, naming them; done(true) to go on.
    static void confirmDeactivation(Dialogs *dialogs, QWidget *parent,
                                    const QList<QJsonObject> &agents,
                                    std::function<void(bool confirmed)> done);

Q_SIGNALS:
    // One agent's outcome changed (index into items()).
    void itemChanged(int index);
    // An agent's state changed on the service.
    void agentUpdated(qint64 id, bool isInactive);
    void progressChanged(int done, int total);
    void finished();

private:
    void pump();
    void onFinished(int index, const ApiResult &result);
    void checkFinished();

    SignTrakerClient *m_client;
    Action m_action;
    QList<Item> m_items;
    QList<QPointer<ApiCall>> m_calls;
    int m_inFlight = 0;
    bool m_running = false;
};

} // namespace signtraker::ui
