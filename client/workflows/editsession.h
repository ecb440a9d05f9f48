// SPDX-License-Identifier: Apache-2.0
// The editing of one agent, or the creation of one, without a widget: the record as loaded
// (base), the user's version of it (mine, given by whatever shows it), and Save. Save reads the
// record again, compares the three versions member by member on their JSON values, merges what
// only the server changed, stops on members both changed (conflicts, settled by resolve()), and
// sends the merge patch of what the user alone changed. A PATCH whose answer was lost is found
// applied or not by the next check. A create goes through AgentCreation: posted once, looked up
// by e-mail when its outcome is unknown.
#pragma once

#include "agentcreation.h"
#include "apicall.h"
#include "fieldconflict.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace signtraker {

class SignTrakerClient;

class EditSession : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Edit, Create };
    enum class State {
        Loading,    // edit: reading the record
        LoadFailed, // edit: the record could not be read; load() reads it again
        Editing,
        Checking,       // edit: reading the record again before the patch goes
        Resolving,      // edit: conflicts wait for resolve() or cancelResolving()
        Saving,         // the PATCH is on its way; create: the e-mail check, then the POST
        LookingUp,      // create: the outcome was unknown; looking the e-mail up
        OutcomeUnknown, // create: the look-up failed too; enableCreateAgain() ends it
        Done,
    };
    Q_ENUM(State)
    enum class Failure {
        Load,         // the record could not be read
        Invalid,      // mine breaks a rule of AgentSchema: nothing was sent
        Check,        // the record could not be read again: nothing was sent
        PatchUnknown, // the PATCH's answer was lost: the next save finds out whether it applied
        PatchRefused, // the service refused the patch (its reason is in the error)
    };
    Q_ENUM(Failure)

    EditSession(SignTrakerClient *client, Mode mode, qint64 agentId = 0, QObject *parent = nullptr);
    ~EditSession() override;

    Mode mode() const { return m_mode; }
    State state() const { return m_state; }
    qint64 agentId() const { return m_agentId; }

    // Edit: reads the record (initial is ignored). Create: starts from initial (e.g. an office
    // chosen already) with an empty base.
    void start(const QJsonObject &initial = {});
    void load();

    QJsonObject base() const { return m_base; }
    QJsonObject mine() const { return m_mine; }
    // The user's version: base with what the user changed applied; unknown members kept.
    void setMine(const QJsonObject &record);
    // The members of AgentSchema that mine changes, in schema order.
    QStringList changedPaths() const;
    bool hasChanges() const { return !changedPaths().isEmpty(); }
    // What Save would send now: the merge patch (edit) or the record (create).
    QJsonObject pendingBody() const;
    // Rule breaks by path: on create every member, on edit only the changed ones.
    QMap<QString, QString> problems() const;
    // While Resolving: the members both changed.
    FieldConflicts conflicts() const { return m_conflicts; }

    // Editing only; an edit without changes does nothing.
    void save();
    // Resolving: with the user's choice per member, moves onto the server's record and sends.
    void resolve(const FieldConflicts &choices);
    // Resolving: back to Editing; the next save reads the record again.
    void cancelResolving();
    // OutcomeUnknown: Create may be asked for again (it looks the e-mail up first).
    void enableCreateAgain();
    // Stops whatever is in flight; Done. A request already sent may still be carried out.
    void cancel();

    // Create: where the creation is (NotStarted when none runs).
    AgentCreation::Stage creationStage() const;
    // Create: the agent that already has the e-mail, once one was found.
    QJsonObject existingAgent() const { return m_existingAgent; }
    // Create: the next save creates although that e-mail is in use (the user saw the agent
    // that has it and mine still holds that e-mail).
    bool createsAnyway() const;

    // The members of AgentSchema that both mine and theirs changed from base, differently.
    static FieldConflicts conflictsBetween(const QJsonObject &base, const QJsonObject &mine,
                                           const QJsonObject &theirs);
    // theirs with the members mine changed from base applied, except the conflicts resolved
    // with keepYours false.
    static QJsonObject merged(const QJsonObject &base, const QJsonObject &mine,
                              const QJsonObject &theirs, const FieldConflicts &resolved = {});

Q_SIGNALS:
    void stateChanged(signtraker::EditSession::State state);
    void loaded(const QJsonObject &record);
    // base and mine moved onto a newer record of the server: whoever shows mine shows these.
    void rebased(const QJsonObject &base, const QJsonObject &mine);
    void conflictsFound(const signtraker::FieldConflicts &conflicts);
    void failed(signtraker::EditSession::Failure failure, const signtraker::ApiError &error);
    // Edit: a change made on the service, also one found applied after its answer was lost.
    // (A create is told by creationFinished.)
    void changeMade(const QJsonObject &before, const QJsonObject &patch, const QJsonObject &after);
    // Edit: done; record is the service's. answerWasLost: the changes had been applied by a
    // PATCH whose answer was lost, and nothing more was needed.
    void saved(const QJsonObject &record, bool answerWasLost);
    void creationStageChanged(signtraker::AgentCreation::Stage stage);
    void creationFinished(const signtraker::AgentCreationOutcome &outcome);

private:
    void setState(State state);
    void track(ApiCall *call);
    void onLoaded(const ApiResult &result);
    void onChecked(const ApiResult &result);
    void rebaseOnto(const QJsonObject &theirs, const FieldConflicts &resolved);
    void sendPatch();
    void onPatched(const ApiResult &result, const QJsonObject &before, const QJsonObject &patch);
    bool foundLostPatchApplied(const QJsonObject &theirs);
    void sendCreate();
    void onCreationStage(AgentCreation::Stage stage);
    void onCreationFinished(const AgentCreationOutcome &outcome);

    SignTrakerClient *m_client;
    Mode m_mode;
    qint64 m_agentId;
    State m_state = State::Editing;
    QJsonObject m_base;
    QJsonObject m_mine;
    QJsonObject m_theirs; // while Resolving
    FieldConflicts m_conflicts;
    QJsonObject m_lostBefore; // a PATCH whose answer was lost: the record it was made on...
    QJsonObject m_lostPatch;  // ...and what it sent (empty: none)
    bool m_lostApplied = false;
    QString m_duplicateAllowedFor; // create: the e-mail the user chose to create anyway
    QJsonObject m_existingAgent;
    QPointer<ApiCall> m_call;
    QPointer<AgentCreation> m_creation;
};

} // namespace signtraker
