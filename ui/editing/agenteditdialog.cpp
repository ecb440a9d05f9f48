// SPDX-License-Identifier: Apache-2.0
#include "agenteditdialog.h"

#include "agentform.h"
#include "conflictview.h"
#include "dialogs.h"
#include "errorbanner.h"
#include "icons.h"
#include "patchpaths.h"

#include "agent.h"
#include "agentcreationoutcome.h"
#include "referencelists.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace signtraker::ui {

AgentEditDialog::AgentEditDialog(SignTrakerClient *client, ReferenceLists *lists, Dialogs *dialogs,
                                 Mode mode, qint64 agentId, QWidget *parent)
    : QDialog(parent)
    , m_dialogs(dialogs)
    , m_mode(mode)
    , m_agentId(mode == Mode::Edit ? agentId : 0)
    , m_session(new EditSession(
          client, mode == Mode::Edit ? EditSession::Mode::Edit : EditSession::Mode::Create, agentId,
          this))
    , m_banner(new ErrorBanner(this))
    , m_pages(new QStackedWidget(this))
    , m_form(new AgentForm(lists ? lists : ReferenceLists::of(client),
                           mode == Mode::Edit ? AgentForm::Mode::Edit : AgentForm::Mode::Create))
    , m_conflictView(new ConflictView)
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_saveAction(new QAction(this))
    , m_openExistingAction(new QAction(tr("Open that agent"), this))
{
    setWindowTitle(mode == Mode::Edit ? tr("Edit agent %1").arg(agentId) : tr("New agent"));
    setObjectName(mode == Mode::Edit ? QStringLiteral("agentEditDialog")
                                     : QStringLiteral("agentCreateDialog"));
    resize(900, 720);

    connect(m_banner, &ErrorBanner::retryRequested, this, &AgentEditDialog::onRetry);
    connect(m_session, &EditSession::stateChanged, this, &AgentEditDialog::onStateChanged);
    connect(m_session, &EditSession::loaded, this, &AgentEditDialog::onLoaded);
    connect(m_session, &EditSession::failed, this, &AgentEditDialog::onFailed);
    connect(m_session, &EditSession::saved, this, &AgentEditDialog::onSaved);
    connect(m_session, &EditSession::conflictsFound, this, &AgentEditDialog::showConflicts);
    connect(m_session, &EditSession::rebased, this,
            [this](const QJsonObject &base, const QJsonObject &mine) {
                m_form->setRecord(base);
                m_form->setValues(mine);
            });
    connect(m_session, &EditSession::changeMade, this,
            [this](const QJsonObject &before, const QJsonObject &patch, const QJsonObject &after) {
                Q_EMIT changeMade(ChangeSet::edit(before, patch, after));
            });
    connect(m_session, &EditSession::creationStageChanged, this, &AgentEditDialog::onCreationStage);
    connect(m_session, &EditSession::creationFinished, this, &AgentEditDialog::onCreationFinished);

    m_pages->addWidget(m_form);
    m_pages->addWidget(m_conflictView);
    connect(m_form, &AgentForm::changed, this, [this] {
        m_session->setMine(m_form->edited());
        updateButtons();
    });
    // An empty Office or Manager list is not a short one: say why it is empty, unless something
    // more pressing is already shown.
    connect(m_form, &AgentForm::pickerLoadFailed, this, [this](const ApiError &error) {
        if (!m_banner->hasMessage())
            showProblem(
                tr("The office and manager lists could not be read: %1").arg(error.userMessage()),
                &error, QString());
    });
    connect(m_conflictView, &ConflictView::resolved, this, [this](const FieldConflicts &choices) {
        showForm();
        m_session->resolve(choices);
    });
    connect(m_conflictView, &ConflictView::cancelled, this, [this] {
        // Back to the form as it was: the next Save reads the record again.
        showForm();
        m_session->cancelResolving();
    });

    m_status->setObjectName(QStringLiteral("status"));
    m_status->setTextFormat(Qt::PlainText); // it quotes the service's messages
    m_status->hide();

    m_saveButton = m_buttons->addButton(mode == Mode::Edit ? tr("Save") : tr("Create"),
                                        QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("save"));
    m_saveButton->setIcon(Icons::fromTheme(QStringLiteral("document-save")));
    m_saveButton->setToolTip(
        tr("Save (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_reviewButton = m_buttons->addButton(tr("Review changes…"), QDialogButtonBox::ActionRole);
    m_reviewButton->setObjectName(QStringLiteral("reviewChanges"));
    QPushButton *cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancel"));
    // Save is explicit: Enter in a field must not send anything.
    m_saveButton->setAutoDefault(false);
    m_reviewButton->setAutoDefault(false);
    cancel->setAutoDefault(false);
    connect(m_saveButton, &QPushButton::clicked, this, &AgentEditDialog::save);
    connect(m_reviewButton, &QPushButton::clicked, this, &AgentEditDialog::reviewChanges);
    connect(cancel, &QPushButton::clicked, this, &AgentEditDialog::reject);

    m_saveAction->setText(m_saveButton->text());
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_saveAction, &QAction::triggered, this, &AgentEditDialog::save);
    addAction(m_saveAction);

    m_openExistingAction->setObjectName(QStringLiteral("openExistingAgent"));
    connect(m_openExistingAction, &QAction::triggered, this, [this] {
        if (const qint64 id = Agent(m_session->existingAgent()).id())
            Q_EMIT openAgentRequested(id);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_status);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);

    onStateChanged(m_session->state());
}

AgentEditDialog::~AgentEditDialog() = default;

void AgentEditDialog::start(const QJsonObject &initialRecord)
{
    m_form->loadPickers();
    if (m_mode == Mode::Create)
        m_form->setRecord(initialRecord);
    m_session->start(m_form->edited());
}

void AgentEditDialog::onStateChanged(State state)
{
    if (state == State::Loading)
        hideProblem();
    const bool busy = state == State::Loading || state == State::Checking ||
                      state == State::Saving || state == State::LookingUp;
    m_form->setEnabled(state == State::Editing);
    QString status;
    switch (state) {
    case State::Loading:
        status = tr("Loading the agent…");
        break;
    case State::Checking:
        status = tr("Checking for changes on the server…");
        break;
    case State::Saving:
        status = m_mode == Mode::Edit ? tr("Saving…") : tr("Creating…");
        break;
    case State::LookingUp:
        status = tr("Checking whether the agent was created…");
        break;
    case State::OutcomeUnknown:
        status = tr("It is not known whether the agent was created.");
        break;
    default:
        break;
    }
    m_status->setText(status);
    m_status->setVisible(busy || state == State::OutcomeUnknown);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
    updateButtons();
    Q_EMIT stateChanged(state);
}

void AgentEditDialog::updateButtons()
{
    const bool editing = m_session->state() == State::Editing;
    const bool canSave = editing && (m_mode == Mode::Create || m_session->hasChanges());
    m_saveButton->setEnabled(canSave);
    m_saveAction->setEnabled(canSave);
    m_reviewButton->setEnabled(canSave);
    if (m_mode == Mode::Create) {
        // After an e-mail in use was shown, Create means "create anyway" while it is unchanged.
        m_saveButton->setText(m_session->createsAnyway() ? tr("Create anyway") : tr("Create"));
        m_saveAction->setText(m_saveButton->text());
    }
}

QString AgentEditDialog::problemText() const
{
    return m_banner->hasMessage() ? m_banner->message() : QString();
}

QJsonObject AgentEditDialog::pendingBody() const
{
    return m_session->pendingBody();
}

void AgentEditDialog::showProblem(const QString &text, const ApiError *error,
                                  const QString &retryText)
{
    m_banner->showMessage(text, error ? ErrorBanner::detailsOf(*error) : QString(),
                          error || !retryText.isEmpty() ? ErrorBanner::Severity::Error
                                                        : ErrorBanner::Severity::Warning);
    m_banner->setRetryVisible(!retryText.isEmpty());
    if (!retryText.isEmpty())
        m_banner->retryButton()->setText(retryText);
}

void AgentEditDialog::hideProblem()
{
    m_banner->clear();
    m_retry = {};
}

void AgentEditDialog::onRetry()
{
    if (auto retry = std::exchange(m_retry, {}))
        retry();
}

// --- Edit -----------------------------------------------------------------------------------

void AgentEditDialog::onLoaded(const QJsonObject &record)
{
    m_form->setRecord(record);
    setWindowTitle(tr("Edit agent: %1").arg(Agent(record).displayName()));
    Q_EMIT loaded(record);
}

void AgentEditDialog::save()
{
    if (m_session->state() != State::Editing)
        return;
    if (m_mode == Mode::Edit && !m_session->hasChanges())
        return;
    if (!m_form->validate()) {
        m_retry = {};
        showProblem(tr("Correct the marked fields first."), nullptr, QString());
        return;
    }
    hideProblem();
    m_session->save();
}

void AgentEditDialog::onFailed(EditSession::Failure failure, const ApiError &error)
{
    using Failure = EditSession::Failure;
    m_retry = [this] { save(); };
    switch (failure) {
    case Failure::Load:
        m_retry = [this] { m_session->load(); };
        showProblem(tr("The agent could not be loaded: %1").arg(error.userMessage()), &error,
                    tr("Retry"));
        return;
    case Failure::Invalid:
        m_retry = {};
        m_form->validate();
        showProblem(tr("Correct the marked fields first."), nullptr, QString());
        return;
    case Failure::Check:
        showProblem(tr("Nothing was saved: the agent could not be read again to check for changes "
                       "made meanwhile. %1")
                        .arg(error.userMessage()),
                    &error, tr("Try again"));
        break;
    case Failure::PatchUnknown:
        showProblem(tr("It is not known whether your changes were saved: %1 Try again "
                       "checks the agent first and sends only what it does not hold yet.")
                        .arg(error.userMessage()),
                    &error, tr("Try again"));
        break;
    case Failure::PatchRefused:
        // A 400 carries the service's reason (a synced agent, a value it refuses) in Message.
        showProblem(tr("Not saved: %1").arg(error.userMessage()), &error, tr("Try again"));
        break;
    }
    Q_EMIT saveFailed(error);
}

void AgentEditDialog::showConflicts(const FieldConflicts &conflicts)
{
    m_conflictView->setConflicts(conflicts);
    m_pages->setCurrentWidget(m_conflictView);
}

void AgentEditDialog::showForm()
{
    m_pages->setCurrentWidget(m_form);
}

void AgentEditDialog::onSaved(const QJsonObject &record, bool answerWasLost)
{
    if (answerWasLost) {
        m_dialogs->information(parentWidget(), tr("Changes saved"),
                               tr("Your changes were saved: the service had applied them, "
                                  "but its answer was lost on the way back. They are in the "
                                  "change log and can be undone."));
    }
    Q_EMIT saved(record);
    accept();
}

// --- Create ---------------------------------------------------------------------------------

void AgentEditDialog::onCreationStage(AgentCreation::Stage stage)
{
    switch (stage) {
    case AgentCreation::Stage::CheckingEmail:
        m_status->setText(tr("Checking whether another agent has this e-mail…"));
        break;
    case AgentCreation::Stage::Creating:
        m_status->setText(tr("Creating…"));
        break;
    case AgentCreation::Stage::Reconciling:
        showProblem(tr("The service did not answer. Checking whether the agent was created…"),
                    nullptr, QString());
        break;
    default:
        break;
    }
}

void AgentEditDialog::onCreationFinished(const AgentCreationOutcome &outcome)
{
    using Kind = AgentCreationOutcome::Kind;
    switch (outcome.kind()) {
    case Kind::Created:
        hideProblem();
        if (outcome.wasReconciled())
            Q_EMIT notice(outcome.sentence());
        finishCreate(outcome.record());
        return;
    case Kind::DuplicateEmail:
        showDuplicateEmail(outcome.record());
        return;
    case Kind::NotCreated: {
        const ApiError error = outcome.error();
        m_retry = {};
        Q_EMIT saveFailed(error);
        if (outcome.wasReconciled())
            showProblem(tr("The agent was not created; you can try again."), &error, QString());
        else if (!outcome.wasSent())
            showProblem(tr("Nothing was sent: the check for an agent with the same e-mail "
                           "failed. %1")
                            .arg(error.userMessage()),
                        &error, QString());
        else
            showProblem(tr("The agent was not created: %1").arg(error.userMessage()), &error,
                        QString());
        return;
    }
    case Kind::Unknown:
        Q_EMIT saveFailed(outcome.error());
        showUnknownOutcome(outcome);
        return;
    }
}

void AgentEditDialog::showDuplicateEmail(const QJsonObject &existing)
{
    m_retry = {};
    showProblem(tr("An agent with this e-mail already exists: %1.")
                    .arg(AgentCreationOutcome::nameWithId(existing)),
                nullptr, QString());
    m_banner->setMessageAction(m_openExistingAction);
}

void AgentEditDialog::showUnknownOutcome(const AgentCreationOutcome &outcome)
{
    // Create comes back only when the user says so; it checks the e-mail first again, so an
    // agent that was created after all is then shown instead of created twice.
    m_retry = [this] {
        hideProblem();
        m_session->enableCreateAgain();
    };
    const ApiError lookupError = outcome.lookupError();
    showProblem(tr("It is not known whether the agent was created: the service did not answer, "
                   "and looking for an agent with the e-mail %1 failed too. Creating it again "
                   "first looks for that e-mail.")
                    .arg(Agent(m_form->edited()).email()),
                &lookupError, tr("Enable Create"));
}

void AgentEditDialog::finishCreate(const QJsonObject &record)
{
    m_agentId = Agent(record).id();
    ChangeSet change;
    change.kind = ChangeSet::Kind::Create;
    change.time = QDateTime::currentDateTime();
    change.after = record;
    Q_EMIT changeMade(change);
    Q_EMIT created(record);
    accept();
}

// --- Review and cancel ----------------------------------------------------------------------

void AgentEditDialog::reviewChanges()
{
    auto *review = new QDialog(this);
    review->setObjectName(QStringLiteral("reviewDialog"));
    review->setAttribute(Qt::WA_DeleteOnClose);
    review->setWindowTitle(m_mode == Mode::Edit ? tr("Changes to send") : tr("Agent to create"));
    auto *intro =
        new QLabel(m_mode == Mode::Edit ? tr("Save sends this merge patch: only the members you "
                                             "changed; null clears a member.")
                                        : tr("Create sends this record."));
    intro->setWordWrap(true);
    auto *text = new QPlainTextEdit;
    text->setObjectName(QStringLiteral("patchText"));
    text->setAccessibleName(tr("Changes to send"));
    text->setReadOnly(true);
    text->setPlainText(
        QString::fromUtf8(QJsonDocument(pendingBody()).toJson(QJsonDocument::Indented)));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, review, &QDialog::close);
    auto *layout = new QVBoxLayout(review);
    layout->addWidget(intro);
    layout->addWidget(text);
    layout->addWidget(buttons);
    review->resize(480, 420);
    review->open();
}

void AgentEditDialog::reject()
{
    const State state = m_session->state();
    if (state == State::Done || state == State::LoadFailed || state == State::Loading) {
        QDialog::reject();
        return;
    }
    const AgentCreation::Stage stage = m_session->creationStage();
    if (stage == AgentCreation::Stage::Creating || stage == AgentCreation::Stage::Reconciling) {
        // Leaving now would leave the create's outcome unknown to the user.
        showProblem(tr("Wait for the service to answer the create."), nullptr, QString());
        return;
    }
    const bool changed =
        m_mode == Mode::Edit ? m_session->hasChanges() : !m_form->edited().isEmpty();
    if (!changed) {
        QDialog::reject();
        return;
    }
    QPointer<AgentEditDialog> self(this);
    m_dialogs->question(this, tr("Discard changes?"),
                        m_mode == Mode::Edit
                            ? tr("The changes to this agent have not been saved. Discard them?")
                            : tr("The new agent has not been created. Discard it?"),
                        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel,
                        [self](QMessageBox::StandardButton answer) {
                            if (!self || answer != QMessageBox::Discard)
                                return;
                            self->m_session->cancel();
                            self->QDialog::reject();
                        });
}

} // namespace signtraker::ui
