// SPDX-License-Identifier: Apache-2.0
// The one runner of bulk writes, for the window and the CLI alike: activate, deactivate,
// merge-patch or read N agents with a bounded number of requests in flight, a result per item,
// and the stop rules of a service that may be failing:
// - the first authentication error stops the run: nothing more is sent (every key of the run
//   is the same, so every later request would fail alike, and a locked account may be at
//   stake); what is in flight finishes, every item not yet sent is "not attempted";
// - three server errors in a row (5xx or network) pause the run: nothing new is sent until
//   resume() or stop(); the caller asks the person (the window's Continue/Stop, the CLI's
//   prompt) instead of pressing on against a service that is down.
// A checked patch (a bulk edit) re-reads the agent first and sends the patch only when every
// member it changes still holds the value the caller saw; otherwise the item is a Conflict and
// nothing is written. The read and the patch are one item: the limit counts agents, and an
// agent never has more than one request in flight.
// With batched checks those re-reads go ahead in batches, one list request (Id eq a or Id eq b
// ...) per batch, at most one batch ahead of the writes so that a record is still fresh when its
// patch is checked against it: half the round trips. The batch read counts in the limit like
// any request; an agent missing from its answer is read singly as without batching.
// A create goes through AgentCreation (its look-up by e-mail, at most one create, and the
// reconciliation of a lost answer): the look-up and the create are one item too.
// An item marked doneIfApplied (a write that a crashed run may already have sent) is re-read
// first and settles as Done without a write when the service already holds its result.
#pragma once

#include "agentcreationoutcome.h"
#include "apicall.h"
#include "apierror.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

namespace signtraker {

class AgentCreation;
class SignTrakerClient;

class BulkRunner : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultMaxInFlight = 4;
    // Qt opens at most six connections per host: more in flight would only queue inside Qt.
    static constexpr int MaxMaxInFlight = 6;
    static constexpr int ServerErrorsBeforePause = 3;
    // Agents re-read per list request with batched checks: the URL stays near 1 KB.
    static constexpr int DefaultCheckBatchSize = 40;
    static constexpr int MaxCheckBatchSize = 100;

    // One write. A value type with a kind, so that more kinds (the roster sync's creates) can
    // join without changing the runner's rules.
    struct Item
    {
        enum class Kind { Activate, Deactivate, Patch, Read, Create };

        Kind kind = Kind::Activate;
        qint64 id = 0;
        QJsonObject body; // Patch: the merge patch; Create: the new agent
        QString label;    // how people know the agent ("Doe, Jane"); may be empty
        // Patch: re-read first, and patch only if each member the patch changes holds on the
        // service what expected holds (a reference compared by Id; absent and null alike).
        bool checked = false;
        QJsonObject expected;
        // Re-read (Create: look the e-mail up) first, and settle as Done without writing when
        // the service already holds the result: the patch's values, the activation state, an
        // agent with the e-mail. For resuming a run that may have sent the write before it died.
        bool doneIfApplied = false;

        static Item activate(qint64 id, const QString &label = {});
        static Item deactivate(qint64 id, const QString &label = {});
        static Item patch(qint64 id, const QJsonObject &mergePatch, const QString &label = {});
        static Item checkedPatch(qint64 id, const QJsonObject &mergePatch,
                                 const QJsonObject &expected, const QString &label = {});
        // GET the agent; the record is the result's payload.
        static Item read(qint64 id, const QString &label = {});
        // POST the agent through AgentCreation; the new record is the result's payload. An
        // agent that already has the e-mail makes the item a Conflict (payload: that agent),
        // or Done when doneIfApplied.
        static Item create(const QJsonObject &agent, const QString &label = {});

    private:
        static Item make(Kind kind, qint64 id, const QJsonObject &body, const QString &label);
    };

    // The members of patch (its leaves, as PatchPaths names them) whose value on server differs
    // from the one in expected: what makes a checked patch a conflict.
    static QStringList conflictingPaths(const QJsonObject &patch, const QJsonObject &expected,
                                        const QJsonObject &server);

    enum class Outcome {
        Waiting,      // not sent yet
        Sending,      // in flight
        Done,         // the service accepted it
        Failed,       // the service refused it or could not be reached: see error
        Cancelled,    // sent, then cancel() dropped the answer: it may have been applied
        NotAttempted, // never sent: the run stopped first
        Conflict,     // checked patch: changed on the service since it was seen; not written
    };
    struct Result
    {
        Outcome outcome = Outcome::Waiting;
        ApiError error;        // Failed
        QJsonValue payload;    // Done: what the service answered (the record of a patch or read);
                               // Conflict: the record as the service holds it now
        QJsonObject before;    // checked patch: the record read just before the patch was sent
        QStringList conflicts; // Conflict: the members that differ (conflictingPaths())
        bool alreadyApplied = false;   // doneIfApplied: found applied, no write sent
        AgentCreationOutcome creation; // Create: how it ended (a reconciled create, an unknown one)
    };

    enum class State {
        Idle,     // not started yet
        Running,  // sending
        Paused,   // server errors in a row: waiting for resume() or stop()
        Stopping, // stopped: waiting for the requests in flight
        Finished, // every item has an outcome
    };
    enum class StopReason {
        None,           // ran to the end
        Authentication, // the first authentication error
        Stopped,        // stop(), e.g. after a pause
        Cancelled,      // cancel()
    };

    // maxInFlight is clamped to [1, MaxMaxInFlight].
    BulkRunner(SignTrakerClient *client, const QList<Item> &items,
               int maxInFlight = DefaultMaxInFlight, QObject *parent = nullptr);
    ~BulkRunner() override;

    // Before start(): re-read the agents of checked patches (and of doneIfApplied writes) in
    // batches of batchSize (clamped to [1, MaxCheckBatchSize]) instead of one GET each.
    void setBatchedChecks(bool on, int batchSize = DefaultCheckBatchSize);
    bool batchedChecks() const { return m_checkBatchSize > 0; }
    int checkBatchSize() const { return m_checkBatchSize; }

    const QList<Item> &items() const { return m_items; }
    const QList<Result> &results() const { return m_results; }
    int total() const { return int(m_items.size()); }
    int count(Outcome outcome) const;
    // Items with a final outcome (not Waiting, not Sending).
    int settledCount() const;
    int inFlight() const { return m_inFlight; }
    int peakInFlight() const { return m_peakInFlight; }
    int maxInFlight() const { return m_maxInFlight; }
    State state() const { return m_state; }
    StopReason stopReason() const { return m_stopReason; }
    // The authentication error that stopped the run, when it did.
    const ApiError &stopError() const { return m_stopError; }
    bool isActive() const
    {
        return m_state == State::Running || m_state == State::Paused || m_state == State::Stopping;
    }

    // Sends the waiting items; finished() once every item has an outcome.
    void start();
    // After paused(): sends again, with a fresh count of server errors.
    void resume();
    // No more sending: the waiting items become NotAttempted; the requests in flight finish.
    void stop();
    // Drops the requests in flight (Cancelled: they may have been applied) and marks the
    // waiting items NotAttempted; finished() at once.
    void cancel();
    // After finished(): sends again every item that is Failed, Cancelled or NotAttempted (never
    // a Conflict: the same check would find the same difference).
    void retryFailed();

Q_SIGNALS:
    // The outcome of items()[index] changed (sent, or settled).
    void itemChanged(int index);
    void progressChanged(int settled, int total);
    // Three server errors in a row; nothing new is sent.
    void paused();
    void resumed();
    void finished();

private:
    void pump();
    void send(int index);
    ApiCall *callFor(const Item &item);
    void onFinished(int index, const ApiResult &result);
    void onChecked(int index, const ApiResult &result);
    bool checkAgainst(int index, const QJsonObject &server);
    static bool readsFirst(const Item &item);
    bool inBatches(int index) const;
    void readAhead();
    void onReadAhead(const ApiResult &result);
    void sendChecked(int index, const QJsonObject &server);
    void sendCreate(int index);
    void onCreated(int index, const AgentCreationOutcome &outcome);
    void settle(int index, bool ok, const ApiError &error, const QJsonValue &payload);
    void sendWrite(int index);
    bool isApplied(const Item &item, const QJsonObject &server) const;
    void countServerError(const ApiError &error);
    void stopSending(StopReason reason);
    void setOutcome(int index, Outcome outcome);
    void checkFinished();

    SignTrakerClient *m_client;
    QList<Item> m_items;
    QList<Result> m_results;
    QList<QPointer<ApiCall>> m_calls;
    QList<QPointer<AgentCreation>> m_creations;
    QList<bool> m_checking;   // a checked patch whose re-read is in flight
    int m_checkBatchSize = 0; // 0: one GET per agent
    QPointer<ApiCall> m_batchCall;
    QList<qint64> m_batchIds;               // the agents m_batchCall reads
    QHash<qint64, QJsonObject> m_readAhead; // read in a batch, not yet checked
    QSet<qint64> m_readSingly;              // missing from a batch's answer
    int m_maxInFlight;
    int m_inFlight = 0;
    int m_peakInFlight = 0;
    int m_serverErrorsInARow = 0;
    State m_state = State::Idle;
    StopReason m_stopReason = StopReason::None;
    ApiError m_stopError;
};

} // namespace signtraker
