// SPDX-License-Identifier: Apache-2.0
#include "bulkrunner.h"

#include "agent.h"
#include "agentcreation.h"
#include "listquery.h"
#include "mergepatch.h"
#include "odatafilter.h"
#include "patchpaths.h"
#include "signtrakerclient.h"

#include <algorithm>
#include <utility>

namespace signtraker {

namespace {

// Two values of one member as a person would compare them: a reference by its Id (a renamed
// office is the same office), absent and null both "empty".
bool sameValue(const QJsonValue &left, const QJsonValue &right)
{
    const bool leftEmpty = left.isNull() || left.isUndefined();
    const bool rightEmpty = right.isNull() || right.isUndefined();
    if (leftEmpty || rightEmpty)
        return leftEmpty == rightEmpty;
    const QString id = QStringLiteral("Id");
    if (left.isObject() && right.isObject() && left.toObject().contains(id) &&
        right.toObject().contains(id))
        return MergePatch::equivalent(left.toObject().value(id), right.toObject().value(id));
    return MergePatch::equivalent(left, right);
}

bool isServerError(const ApiError &error)
{
    return error.kind() == ApiError::Kind::Network ||
           (error.kind() == ApiError::Kind::Server && error.httpStatus() >= 500);
}

} // namespace

BulkRunner::Item BulkRunner::Item::make(Kind kind, qint64 id, const QJsonObject &body,
                                        const QString &label)
{
    Item item;
    item.kind = kind;
    item.id = id;
    item.body = body;
    item.label = label;
    return item;
}

BulkRunner::Item BulkRunner::Item::activate(qint64 id, const QString &label)
{
    return make(Kind::Activate, id, {}, label);
}

BulkRunner::Item BulkRunner::Item::deactivate(qint64 id, const QString &label)
{
    return make(Kind::Deactivate, id, {}, label);
}

BulkRunner::Item BulkRunner::Item::patch(qint64 id, const QJsonObject &mergePatch,
                                         const QString &label)
{
    return make(Kind::Patch, id, mergePatch, label);
}

BulkRunner::Item BulkRunner::Item::checkedPatch(qint64 id, const QJsonObject &mergePatch,
                                                const QJsonObject &expected, const QString &label)
{
    Item item = make(Kind::Patch, id, mergePatch, label);
    item.checked = true;
    item.expected = expected;
    return item;
}

BulkRunner::Item BulkRunner::Item::read(qint64 id, const QString &label)
{
    return make(Kind::Read, id, {}, label);
}

BulkRunner::Item BulkRunner::Item::create(const QJsonObject &agent, const QString &label)
{
    return make(Kind::Create, 0, agent, label);
}

QStringList BulkRunner::conflictingPaths(const QJsonObject &patch, const QJsonObject &expected,
                                         const QJsonObject &server)
{
    QStringList paths;
    for (const QString &path : PatchPaths::leaves(patch)) {
        if (!sameValue(Agent(expected).value(path), Agent(server).value(path)))
            paths.append(path);
    }
    return paths;
}

BulkRunner::BulkRunner(SignTrakerClient *client, const QList<Item> &items, int maxInFlight,
                       QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_items(items)
    , m_results(items.size())
    , m_calls(items.size())
    , m_creations(items.size())
    , m_checking(items.size(), false)
    , m_maxInFlight(std::clamp(maxInFlight, 1, MaxMaxInFlight))
{}

BulkRunner::~BulkRunner()
{
    for (const QPointer<ApiCall> &call : std::as_const(m_calls)) {
        if (call)
            call->cancel();
    }
    if (m_batchCall)
        m_batchCall->cancel();
}

void BulkRunner::setBatchedChecks(bool on, int batchSize)
{
    if (isActive())
        return;
    m_checkBatchSize = on ? std::clamp(batchSize, 1, MaxCheckBatchSize) : 0;
}

int BulkRunner::count(Outcome outcome) const
{
    return int(std::count_if(m_results.cbegin(), m_results.cend(), [outcome](const Result &result) {
        return result.outcome == outcome;
    }));
}

int BulkRunner::settledCount() const
{
    return total() - count(Outcome::Waiting) - count(Outcome::Sending);
}

void BulkRunner::start()
{
    if (isActive())
        return;
    m_state = State::Running;
    m_stopReason = StopReason::None;
    m_stopError = {};
    m_serverErrorsInARow = 0;
    m_readAhead.clear();
    m_readSingly.clear();
    Q_EMIT progressChanged(settledCount(), total());
    pump();
    checkFinished();
}

void BulkRunner::resume()
{
    if (m_state != State::Paused)
        return;
    m_state = State::Running;
    m_serverErrorsInARow = 0;
    // Read before the pause, maybe long ago: read again rather than check against them.
    m_readAhead.clear();
    Q_EMIT resumed();
    pump();
    checkFinished();
}

void BulkRunner::stop()
{
    if (m_state != State::Running && m_state != State::Paused)
        return;
    stopSending(StopReason::Stopped);
    checkFinished();
}

void BulkRunner::cancel()
{
    if (!isActive())
        return;
    for (int index = 0; index < m_items.size(); ++index) {
        if (AgentCreation *creation = m_creations.at(index).data()) {
            m_creations[index] = nullptr;
            // Still looking the e-mail up: nothing was sent.
            const bool sent = creation->stage() != AgentCreation::Stage::CheckingEmail;
            creation->cancel();
            creation->deleteLater();
            --m_inFlight;
            setOutcome(index, sent ? Outcome::Cancelled : Outcome::NotAttempted);
        }
        if (ApiCall *call = m_calls.at(index).data()) {
            m_calls[index] = nullptr;
            call->cancel();
            --m_inFlight;
            // Only the re-read of a checked patch was in flight: nothing was written.
            setOutcome(index, std::exchange(m_checking[index], false) ? Outcome::NotAttempted
                                                                      : Outcome::Cancelled);
        }
    }
    if (ApiCall *call = m_batchCall.data()) {
        m_batchCall = nullptr;
        call->cancel();
        --m_inFlight;
    }
    stopSending(StopReason::Cancelled);
    checkFinished();
}

void BulkRunner::retryFailed()
{
    if (isActive())
        return;
    bool any = false;
    for (int index = 0; index < m_items.size(); ++index) {
        const Outcome outcome = m_results.at(index).outcome;
        if (outcome == Outcome::Failed || outcome == Outcome::Cancelled ||
            outcome == Outcome::NotAttempted) {
            m_results[index] = {};
            Q_EMIT itemChanged(index);
            any = true;
        }
    }
    if (any)
        start();
}

void BulkRunner::pump()
{
    // First, so that the next batch is on its way while the last records of this one are used.
    readAhead();
    for (int index = 0; index < m_items.size(); ++index) {
        if (m_state != State::Running || m_inFlight >= m_maxInFlight)
            return;
        if (m_results.at(index).outcome != Outcome::Waiting)
            continue;
        if (!inBatches(index)) {
            send(index);
            continue;
        }
        // Not read yet: its batch is on its way, or comes next.
        const auto found = m_readAhead.constFind(m_items.at(index).id);
        if (found == m_readAhead.cend())
            continue;
        const QJsonObject server = found.value();
        m_readAhead.erase(found);
        sendChecked(index, server);
    }
}

bool BulkRunner::readsFirst(const Item &item)
{
    return (item.kind == Item::Kind::Patch && item.checked) ||
           (item.doneIfApplied &&
            (item.kind == Item::Kind::Patch || item.kind == Item::Kind::Activate ||
             item.kind == Item::Kind::Deactivate));
}

bool BulkRunner::inBatches(int index) const
{
    const Item &item = m_items.at(index);
    return m_checkBatchSize > 0 && readsFirst(item) && !m_readSingly.contains(item.id);
}

void BulkRunner::readAhead()
{
    if (m_checkBatchSize == 0 || m_batchCall || m_state != State::Running ||
        m_inFlight >= m_maxInFlight)
        return;
    // At most one batch ahead of the writes: the next one only once this one is nearly used.
    if (m_readAhead.size() > m_maxInFlight)
        return;
    QList<qint64> ids;
    for (int index = 0; index < m_items.size() && ids.size() < m_checkBatchSize; ++index) {
        const qint64 id = m_items.at(index).id;
        if (m_results.at(index).outcome == Outcome::Waiting && inBatches(index) &&
            !m_readAhead.contains(id) && !ids.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty())
        return;
    QList<odata::Filter> matches;
    for (const qint64 id : std::as_const(ids))
        matches.append(odata::Field(QStringLiteral("Id")).eq(id));
    ListQuery query;
    query.filter = odata::Filter::anyOf(matches).toString();
    query.top = int(ids.size());
    ++m_inFlight;
    m_peakInFlight = std::max(m_peakInFlight, m_inFlight);
    m_batchIds = ids;
    m_batchCall = m_client->listAgents(query);
    connect(m_batchCall, &ApiCall::finished, this,
            [this](const ApiResult &result) { onReadAhead(result); });
}

void BulkRunner::onReadAhead(const ApiResult &result)
{
    m_batchCall = nullptr;
    --m_inFlight;
    const QList<qint64> ids = std::exchange(m_batchIds, {});
    if (!result.ok()) {
        if (result.error.kind() == ApiError::Kind::Authentication) {
            if (!m_stopError.isError())
                m_stopError = result.error;
            stopSending(StopReason::Authentication);
        } else {
            // Each agent is read on its own, which fails or succeeds for it as without batches.
            countServerError(result.error);
            for (const qint64 id : ids)
                m_readSingly.insert(id);
        }
    } else if (m_state == State::Running) {
        m_serverErrorsInARow = 0;
        QSet<qint64> found;
        for (const QJsonValue &value : result.array()) {
            const QJsonObject record = value.toObject();
            const qint64 id = Agent(record).id();
            if (ids.contains(id)) {
                m_readAhead.insert(id, record);
                found.insert(id);
            }
        }
        for (const qint64 id : ids) {
            if (!found.contains(id))
                m_readSingly.insert(id);
        }
    }
    // Paused or stopped meanwhile: the records are dropped; after a resume they are read again.
    pump();
    checkFinished();
}

void BulkRunner::sendChecked(int index, const QJsonObject &server)
{
    ++m_inFlight;
    m_peakInFlight = std::max(m_peakInFlight, m_inFlight);
    setOutcome(index, Outcome::Sending);
    checkAgainst(index, server);
}

void BulkRunner::send(int index)
{
    const Item &item = m_items.at(index);
    ++m_inFlight;
    m_peakInFlight = std::max(m_peakInFlight, m_inFlight);
    const bool readFirst = readsFirst(item);
    if (item.kind == Item::Kind::Create) {
        sendCreate(index);
    } else if (readFirst) {
        ApiCall *read = m_client->getAgent(item.id);
        m_calls[index] = read;
        m_checking[index] = true;
        connect(read, &ApiCall::finished, this,
                [this, index](const ApiResult &result) { onChecked(index, result); });
    } else {
        sendWrite(index);
    }
    setOutcome(index, Outcome::Sending);
}

void BulkRunner::sendWrite(int index)
{
    ApiCall *call = callFor(m_items.at(index));
    m_calls[index] = call;
    connect(call, &ApiCall::finished, this,
            [this, index](const ApiResult &result) { onFinished(index, result); });
}

void BulkRunner::sendCreate(int index)
{
    const Item &item = m_items.at(index);
    auto *creation = new AgentCreation(m_client, item.body, this);
    m_creations[index] = creation;
    connect(creation, &AgentCreation::finished, this,
            [this, index](const AgentCreationOutcome &outcome) { onCreated(index, outcome); });
    creation->start();
}

void BulkRunner::onCreated(int index, const AgentCreationOutcome &outcome)
{
    if (AgentCreation *creation = m_creations.at(index).data())
        creation->deleteLater();
    m_creations[index] = nullptr;
    Result &slot = m_results[index];
    slot.creation = outcome;
    switch (outcome.kind()) {
    case AgentCreationOutcome::Kind::Created:
        settle(index, true, {}, outcome.record());
        return;
    case AgentCreationOutcome::Kind::DuplicateEmail:
        if (m_items.at(index).doneIfApplied) {
            slot.alreadyApplied = true;
            settle(index, true, {}, outcome.record());
            return;
        }
        // Someone created the agent since the plan: not created twice.
        --m_inFlight;
        m_serverErrorsInARow = 0;
        slot.payload = outcome.record();
        slot.conflicts = {QStringLiteral("Email")};
        setOutcome(index, Outcome::Conflict);
        pump();
        checkFinished();
        return;
    case AgentCreationOutcome::Kind::NotCreated:
    case AgentCreationOutcome::Kind::Unknown:
        break;
    }
    settle(index, false, outcome.error(), {});
}

bool BulkRunner::isApplied(const Item &item, const QJsonObject &server) const
{
    switch (item.kind) {
    case Item::Kind::Activate:
        return !Agent(server).isInactive();
    case Item::Kind::Deactivate:
        return Agent(server).isInactive();
    case Item::Kind::Patch: {
        const QStringList leaves = PatchPaths::leaves(item.body);
        return std::all_of(leaves.cbegin(), leaves.cend(), [&](const QString &path) {
            return sameValue(Agent(item.body).value(path), Agent(server).value(path));
        });
    }
    case Item::Kind::Read:
    case Item::Kind::Create:
        break;
    }
    return false;
}

void BulkRunner::onChecked(int index, const ApiResult &result)
{
    m_checking[index] = false;
    if (!result.ok()) {
        onFinished(index, result);
        return;
    }
    if (m_state != State::Running) {
        // Stopped or paused while reading: nothing was written, so the item waits (paused) or
        // is not attempted (stopped), as one never sent.
        m_calls[index] = nullptr;
        --m_inFlight;
        setOutcome(index, m_state == State::Paused ? Outcome::Waiting : Outcome::NotAttempted);
        checkFinished();
        return;
    }
    m_serverErrorsInARow = 0;
    if (checkAgainst(index, result.object())) {
        pump();
        checkFinished();
    }
}

// Settles the item without a write (already applied, or a conflict) and says so, or sends the
// write. Leaves pump() to the caller: it may be pump() itself.
bool BulkRunner::checkAgainst(int index, const QJsonObject &server)
{
    const Item &item = m_items.at(index);
    Result &slot = m_results[index];
    m_calls[index] = nullptr;
    if (item.doneIfApplied && isApplied(item, server)) {
        --m_inFlight;
        m_serverErrorsInARow = 0;
        slot.alreadyApplied = true;
        slot.error = {};
        slot.payload = server;
        setOutcome(index, Outcome::Done);
        return true;
    }
    const QStringList conflicts =
        item.checked ? conflictingPaths(item.body, item.expected, server) : QStringList();
    if (!conflicts.isEmpty()) {
        --m_inFlight;
        slot.payload = server;
        slot.conflicts = conflicts;
        setOutcome(index, Outcome::Conflict);
        return true;
    }
    slot.before = server;
    sendWrite(index);
    return false;
}

ApiCall *BulkRunner::callFor(const Item &item)
{
    switch (item.kind) {
    case Item::Kind::Activate:
        return m_client->activateAgent(item.id);
    case Item::Kind::Deactivate:
        return m_client->deactivateAgent(item.id);
    case Item::Kind::Patch:
        return m_client->updateAgent(item.id, item.body);
    case Item::Kind::Read:
        return m_client->getAgent(item.id);
    case Item::Kind::Create:
        break; // sendCreate()
    }
    return m_client->activateAgent(item.id);
}

void BulkRunner::onFinished(int index, const ApiResult &result)
{
    m_calls[index] = nullptr;
    settle(index, result.ok(), result.error, result.ok() ? result.value : QJsonValue());
}

void BulkRunner::settle(int index, bool ok, const ApiError &error, const QJsonValue &payload)
{
    --m_inFlight;
    Result &slot = m_results[index];
    slot.error = error;
    slot.payload = payload;
    // Settled before the stop rules run: a stop they cause may finish the run at once.
    setOutcome(index, ok ? Outcome::Done : Outcome::Failed);
    if (ok) {
        m_serverErrorsInARow = 0;
    } else if (error.kind() == ApiError::Kind::Authentication) {
        if (!m_stopError.isError())
            m_stopError = error;
        stopSending(StopReason::Authentication);
    } else {
        countServerError(error);
    }
    pump();
    checkFinished();
}

void BulkRunner::countServerError(const ApiError &error)
{
    if (!isServerError(error)) {
        // The service answered, even if it refused this one item: it is up.
        m_serverErrorsInARow = 0;
        return;
    }
    ++m_serverErrorsInARow;
    // With nothing left to send there is nothing to decide: the run just ends.
    if (m_state == State::Running && m_serverErrorsInARow >= ServerErrorsBeforePause &&
        count(Outcome::Waiting) > 0) {
        m_state = State::Paused;
        Q_EMIT paused();
    }
}

void BulkRunner::stopSending(StopReason reason)
{
    // An authentication error outranks a stop already asked for: it is why the rest failed.
    if (m_stopReason == StopReason::None || reason == StopReason::Authentication)
        m_stopReason = reason;
    m_state = State::Stopping;
    for (int index = 0; index < m_items.size(); ++index) {
        if (m_results.at(index).outcome == Outcome::Waiting)
            setOutcome(index, Outcome::NotAttempted);
    }
}

void BulkRunner::setOutcome(int index, Outcome outcome)
{
    m_results[index].outcome = outcome;
    Q_EMIT itemChanged(index);
    if (outcome != Outcome::Sending)
        Q_EMIT progressChanged(settledCount(), total());
}

void BulkRunner::checkFinished()
{
    if (m_inFlight > 0 || (m_state != State::Running && m_state != State::Stopping))
        return;
    if (count(Outcome::Waiting) > 0)
        return;
    m_state = State::Finished;
    Q_EMIT finished();
}

} // namespace signtraker
