// SPDX-License-Identifier: Apache-2.0
// Edits one agent, or creates one, as a view over an EditSession: the form shows the session's
// record and gives it the user's values; the dialog shows the session's state, its problems and
// its conflicts, and forwards the user's choices. The workflow (re-read before save, three-way
// check, merge patch, create once and look it up when its outcome is unknown) is the session's.
// Any failure leaves the dialog open with the form as it was.
#pragma once

#include "apierror.h"
#include "changeset.h"
#include "editsession.h"
#include "fieldconflict.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class QAction;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace signtraker {
class AgentCreationOutcome;
class ReferenceLists;
class SignTrakerClient;
} // namespace signtraker

namespace signtraker::ui {

class AgentForm;
class ConflictView;
class Dialogs;
class ErrorBanner;

class AgentEditDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Edit, Create };
    using State = EditSession::State;

    // Edit mode: agentId is the agent to edit. Create mode: agentId is ignored. lists: the
    // connection's pick lists (ReferenceLists::of(client) when null).
    AgentEditDialog(SignTrakerClient *client, ReferenceLists *lists, Dialogs *dialogs, Mode mode,
                    qint64 agentId = 0, QWidget *parent = nullptr);
    ~AgentEditDialog() override;

    // Edit: reads the record and the picker lists. Create: starts from initialRecord (e.g. an
    // office chosen already) and reads the picker lists. Call once, after construction.
    void start(const QJsonObject &initialRecord = {});

    Mode mode() const { return m_mode; }
    State state() const { return m_session->state(); }
    qint64 agentId() const { return m_agentId; }
    EditSession *session() const { return m_session; }
    AgentForm *form() const { return m_form; }
    ConflictView *conflictView() const { return m_conflictView; }
    ErrorBanner *banner() const { return m_banner; }
    // The text of the banner, empty when it is hidden.
    QString problemText() const;
    QAction *saveAction() const { return m_saveAction; }
    // Create: "Open that agent", in the banner while an e-mail already in use is shown.
    QAction *openExistingAction() const { return m_openExistingAction; }
    QPushButton *saveButton() const { return m_saveButton; }
    // What Save would send now: the patch (edit) or the record (create).
    QJsonObject pendingBody() const;

public Q_SLOTS:
    void save();
    // Shows what Save would send, as JSON, in a window of its own.
    void reviewChanges();
    // Esc and Cancel: asks first when something was changed.
    void reject() override;

Q_SIGNALS:
    void loaded(const QJsonObject &record);
    // Edit: the record as the service answered it.
    void saved(const QJsonObject &updatedRecord);
    // Create: the new agent (also when found by email after a lost answer).
    void created(const QJsonObject &record);
    // Create: the user asked to open the agent that already has the e-mail.
    void openAgentRequested(qint64 id);
    // Create: something to tell after the dialog closed (a create proven by a look-up).
    void notice(const QString &text);
    // Every change made on the service, for the change log and undo.
    void changeMade(const signtraker::ui::ChangeSet &change);
    // A save or create ended in error; the dialog stays open.
    void saveFailed(const signtraker::ApiError &error);
    void stateChanged(signtraker::EditSession::State state);

private:
    void onStateChanged(State state);
    void onLoaded(const QJsonObject &record);
    void onFailed(EditSession::Failure failure, const ApiError &error);
    void onSaved(const QJsonObject &record, bool answerWasLost);
    void onCreationStage(AgentCreation::Stage stage);
    void onCreationFinished(const AgentCreationOutcome &outcome);
    void showDuplicateEmail(const QJsonObject &existing);
    void showUnknownOutcome(const AgentCreationOutcome &outcome);
    void finishCreate(const QJsonObject &record);
    void showConflicts(const FieldConflicts &conflicts);
    void showForm();
    void showProblem(const QString &text, const ApiError *error, const QString &retryText);
    void hideProblem();
    void onRetry();
    void updateButtons();

    Dialogs *m_dialogs;
    Mode m_mode;
    qint64 m_agentId;
    EditSession *m_session;
    std::function<void()> m_retry;

    ErrorBanner *m_banner;
    QStackedWidget *m_pages;
    AgentForm *m_form;
    ConflictView *m_conflictView;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_saveButton;
    QPushButton *m_reviewButton;
    QAction *m_saveAction;
    QAction *m_openExistingAction;
};

} // namespace signtraker::ui
