// Edits one agent, or creates one, without losing anything typed or anything on the server.
// Edit: loads the full record, and Save (Ctrl+S) re-reads it, lets the user settle members
// somebody else changed meanwhile, and sends only the merge patch of what the user changed.
// Create: through AgentCreation: an e-mail already in use is shown first (open that agent, or
// create anyway); the form is posted once; when the outcome is unknown, the agent is looked up
// by e-mail instead of posting again. Any failure leaves the dialog open with the form as it was.
#pragma once

#include "apicall.h"
#include "changeset.h"
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
class AgentCreation;
class AgentCreationOutcome;
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
    enum class State {
        Loading,    // edit: reading the record
        LoadFailed, // edit: the record could not be read; Retry reads again
        Editing,
        Checking,       // re-reading the record before the patch goes
        Resolving,      // the conflict view is shown
        Saving,         // the PATCH is on its way; create: checking the e-mail, then the POST
        LookingUp,      // create: the outcome was unknown; searching by e-mail
        OutcomeUnknown, // create: the search failed too; Create comes back once the user says so
        Done,
    };

    // Edit mode: agentId is the agent to edit. Create mode: agentId is ignored.
    AgentEditDialog(SignTrakerClient *client, Dialogs *dialogs, Mode mode, qint64 agentId = 0,
                    QWidget *parent = nullptr);
    ~AgentEditDialog() override;

    // Edit: reads the record and the picker lists. Create: starts from initialRecord (e.g. an
    // office chosen already) and reads the picker lists. Call once, after construction.
    void start(const QJsonObject &initialRecord = {});

    Mode mode() const { return m_mode; }
    State state() const { return m_state; }
    qint64 agentId() const { return m_agentId; }
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
    void stateChanged(signtraker::ui::AgentEditDialog::State state);

private:
    void setState(State state);
    void load();
    void onLoaded(const ApiResult &result);
    void checkBeforeSave();
    void onChecked(const ApiResult &result);
    void sendPatch();
    void onPatched(const ApiResult &result, const QJsonObject &before, const QJsonObject &patch);
    // After a PATCH whose answer was lost: when the re-read record holds every value it sent,
    // it was applied, and is recorded (change log, undo) as the change it was. True if so.
    bool recordUnansweredPatch(const QJsonObject &server);
    void sendCreate();
    void onCreationStage();
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
    void track(ApiCall *call);

    SignTrakerClient *m_client;
    Dialogs *m_dialogs;
    Mode m_mode;
    qint64 m_agentId;
    State m_state = State::Editing;
    QJsonObject m_serverRecord; // the re-read record while the conflict view is shown
    QPointer<AgentCreation> m_creation;
    QString m_duplicateAllowedFor; // the e-mail the user chose to create anyway
    QJsonObject m_existingAgent;   // the agent that already has the e-mail, while shown
    ChangeSet m_unansweredPatch;      // edit: a PATCH whose answer was lost (patch empty: none)
    bool m_unansweredApplied = false; // ...and the re-read showed it applied
    QPointer<ApiCall> m_call;
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
