// SPDX-License-Identifier: Apache-2.0
#include "editsession.h"

#include "agent.h"
#include "agentschema.h"
#include "mergepatch.h"
#include "signtrakerclient.h"

namespace signtraker {

EditSession::EditSession(SignTrakerClient *client, Mode mode, qint64 agentId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_mode(mode)
    , m_agentId(mode == Mode::Edit ? agentId : 0)
    , m_state(mode == Mode::Edit ? State::Loading : State::Editing)
{}

EditSession::~EditSession()
{
    if (m_call)
        m_call->cancel();
    if (m_creation)
        m_creation->cancel();
}

void EditSession::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged(state);
}

void EditSession::track(ApiCall *call)
{
    if (m_call)
        m_call->cancel();
    m_call = call;
}

void EditSession::start(const QJsonObject &initial)
{
    if (m_mode == Mode::Edit) {
        load();
        return;
    }
    m_base = {};
    m_mine = initial;
    setState(State::Editing);
}

void EditSession::setMine(const QJsonObject &record)
{
    m_mine = record;
}

QStringList EditSession::changedPaths() const
{
    QStringList paths;
    for (const AgentSchema::Member &member : AgentSchema::members()) {
        if (member.editable && !AgentSchema::same(member, Agent(m_mine).value(member.path),
                                                  Agent(m_base).value(member.path)))
            paths.append(member.path);
    }
    return paths;
}

QJsonObject EditSession::pendingBody() const
{
    return m_mode == Mode::Edit ? MergePatch::diff(m_base, m_mine) : m_mine;
}

QMap<QString, QString> EditSession::problems() const
{
    return AgentSchema::problems(m_mine, m_mode == Mode::Create ? AgentSchema::editablePaths()
                                                                : changedPaths());
}

AgentCreation::Stage EditSession::creationStage() const
{
    return m_creation ? m_creation->stage() : AgentCreation::Stage::NotStarted;
}

bool EditSession::createsAnyway() const
{
    return !m_duplicateAllowedFor.isEmpty() &&
           Agent(m_mine).email().trimmed().compare(m_duplicateAllowedFor, Qt::CaseInsensitive) == 0;
}

void EditSession::cancel()
{
    if (m_call)
        m_call->cancel();
    if (m_creation)
        m_creation->cancel();
    setState(State::Done);
}

// --- Edit -----------------------------------------------------------------------------------

void EditSession::load()
{
    setState(State::Loading);
    ApiCall *call = m_client->getAgent(m_agentId);
    track(call);
    connect(call, &ApiCall::finished, this, &EditSession::onLoaded);
}

void EditSession::onLoaded(const ApiResult &result)
{
    if (!result.ok()) {
        setState(State::LoadFailed);
        Q_EMIT failed(Failure::Load, result.error);
        return;
    }
    m_base = result.object();
    m_mine = m_base;
    Q_EMIT loaded(m_base);
    setState(State::Editing);
}

void EditSession::save()
{
    if (m_state != State::Editing)
        return;
    if (m_mode == Mode::Edit && !hasChanges())
        return;
    if (!problems().isEmpty()) {
        Q_EMIT failed(Failure::Invalid, ApiError());
        return;
    }
    if (m_mode == Mode::Create) {
        sendCreate();
        return;
    }
    // The service has no version field: what it holds now is compared with what the edit
    // started from, member by member.
    m_lostApplied = false;
    setState(State::Checking);
    ApiCall *call = m_client->getAgent(m_agentId);
    track(call);
    connect(call, &ApiCall::finished, this, &EditSession::onChecked);
}

void EditSession::onChecked(const ApiResult &result)
{
    if (!result.ok()) {
        setState(State::Editing);
        Q_EMIT failed(Failure::Check, result.error);
        return;
    }
    const QJsonObject theirs = result.object();
    m_lostApplied = foundLostPatchApplied(theirs);
    m_conflicts = conflictsBetween(m_base, m_mine, theirs);
    if (!m_conflicts.isEmpty()) {
        m_theirs = theirs;
        setState(State::Resolving);
        Q_EMIT conflictsFound(m_conflicts);
        return;
    }
    rebaseOnto(theirs, {});
    sendPatch();
}

void EditSession::resolve(const FieldConflicts &choices)
{
    if (m_state != State::Resolving)
        return;
    m_conflicts.clear();
    rebaseOnto(std::exchange(m_theirs, {}), choices);
    sendPatch();
}

void EditSession::cancelResolving()
{
    if (m_state != State::Resolving)
        return;
    m_conflicts.clear();
    m_theirs = {};
    setState(State::Editing);
}

FieldConflicts EditSession::conflictsBetween(const QJsonObject &base, const QJsonObject &mine,
                                             const QJsonObject &theirs)
{
    FieldConflicts conflicts;
    for (const AgentSchema::Member &member : AgentSchema::members()) {
        if (!member.editable)
            continue;
        const QJsonValue opened = Agent(base).value(member.path);
        const QJsonValue yours = Agent(mine).value(member.path);
        const QJsonValue server = Agent(theirs).value(member.path);
        if (AgentSchema::same(member, yours, opened) || AgentSchema::same(member, server, opened) ||
            AgentSchema::same(member, server, yours))
            continue;
        conflicts.append({member.path, member.label(), opened, server, yours, true});
    }
    return conflicts;
}

QJsonObject EditSession::merged(const QJsonObject &base, const QJsonObject &mine,
                                const QJsonObject &theirs, const FieldConflicts &resolved)
{
    QJsonObject result = theirs;
    for (const AgentSchema::Member &member : AgentSchema::members()) {
        const QJsonValue yours = Agent(mine).value(member.path);
        if (!member.editable || AgentSchema::same(member, yours, Agent(base).value(member.path)))
            continue;
        const bool takeTheirs =
            std::any_of(resolved.cbegin(), resolved.cend(), [&member](const FieldConflict &c) {
                return c.path == member.path && !c.keepYours;
            });
        if (!takeTheirs)
            result = AgentSchema::withValue(result, member, yours);
    }
    return result;
}

void EditSession::rebaseOnto(const QJsonObject &theirs, const FieldConflicts &resolved)
{
    m_mine = merged(m_base, m_mine, theirs, resolved);
    m_base = theirs;
    Q_EMIT rebased(m_base, m_mine);
}

void EditSession::sendPatch()
{
    const QJsonObject before = m_base;
    const QJsonObject patch = MergePatch::diff(m_base, m_mine);
    if (patch.isEmpty()) {
        // The server already holds every value the user gave.
        setState(State::Done);
        Q_EMIT saved(before, m_lostApplied);
        return;
    }
    setState(State::Saving);
    ApiCall *call = m_client->updateAgent(m_agentId, patch);
    track(call);
    connect(call, &ApiCall::finished, this,
            [this, before, patch](const ApiResult &result) { onPatched(result, before, patch); });
}

void EditSession::onPatched(const ApiResult &result, const QJsonObject &before,
                            const QJsonObject &patch)
{
    if (!result.ok()) {
        setState(State::Editing);
        if (result.error.outcomeUnknown()) {
            // It may have been applied: the check before the next save finds out.
            m_lostBefore = before;
            m_lostPatch = patch;
            Q_EMIT failed(Failure::PatchUnknown, result.error);
        } else {
            Q_EMIT failed(Failure::PatchRefused, result.error);
        }
        return;
    }
    // The service answers the updated record; should it answer nothing, the patch applied to
    // what it held is the best knowledge there is.
    const QJsonObject after =
        result.object().isEmpty() ? MergePatch::apply(before, patch) : result.object();
    m_base = after;
    m_mine = after;
    setState(State::Done);
    Q_EMIT changeMade(before, patch, after);
    Q_EMIT saved(after, false);
}

bool EditSession::foundLostPatchApplied(const QJsonObject &theirs)
{
    const QJsonObject patch = std::exchange(m_lostPatch, {});
    const QJsonObject before = std::exchange(m_lostBefore, {});
    if (patch.isEmpty())
        return false;
    // Applied when sending it again would change nothing; otherwise (not applied, or changed
    // since) the next PATCH carries it again.
    if (!MergePatch::diff(theirs, MergePatch::apply(theirs, patch)).isEmpty())
        return false;
    Q_EMIT changeMade(before, patch, theirs);
    return true;
}

// --- Create ---------------------------------------------------------------------------------

void EditSession::sendCreate()
{
    delete m_creation;
    m_creation = new AgentCreation(m_client, m_mine, this);
    // "Create anyway" holds for the e-mail it was chosen for, not for one typed since.
    m_creation->setAllowDuplicateEmail(createsAnyway());
    connect(m_creation, &AgentCreation::stageChanged, this, &EditSession::onCreationStage);
    connect(m_creation, &AgentCreation::finished, this, &EditSession::onCreationFinished);
    setState(State::Saving);
    m_creation->start();
}

void EditSession::onCreationStage(AgentCreation::Stage stage)
{
    // The request may have reached the service: posting again could create a duplicate.
    if (stage == AgentCreation::Stage::Reconciling)
        setState(State::LookingUp);
    Q_EMIT creationStageChanged(stage);
}

void EditSession::onCreationFinished(const AgentCreationOutcome &outcome)
{
    m_creation->deleteLater();
    using Kind = AgentCreationOutcome::Kind;
    switch (outcome.kind()) {
    case Kind::Created:
        m_agentId = Agent(outcome.record()).id();
        m_base = outcome.record();
        setState(State::Done);
        break;
    case Kind::DuplicateEmail:
        m_existingAgent = outcome.record();
        m_duplicateAllowedFor = Agent(m_existingAgent).email().trimmed();
        setState(State::Editing); // the next save creates anyway
        break;
    case Kind::NotCreated:
        setState(State::Editing);
        break;
    case Kind::Unknown:
        // Save comes back only when the user says so; it looks the e-mail up first again, so
        // an agent created after all is then shown instead of created twice.
        setState(State::OutcomeUnknown);
        break;
    }
    Q_EMIT creationFinished(outcome);
}

void EditSession::enableCreateAgain()
{
    if (m_state == State::OutcomeUnknown)
        setState(State::Editing);
}

} // namespace signtraker
