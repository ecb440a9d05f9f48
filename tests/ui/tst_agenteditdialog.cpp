// SPDX-License-Identifier: Apache-2.0
// The edit and create dialogs against the simulator: what goes over the wire when one field is
// edited, nested, cleared; what happens on a 400, on a conflict, on an e-mail already in use and
// on a create whose outcome is unknown (always exactly one POST).
#include "agenteditdialog.h"
#include "agentform.h"
#include "changelog.h"
#include "conflictview.h"
#include "dialogs.h"
#include "editingactions.h"
#include "errorbanner.h"
#include "referencepicker.h"
#include "undostack.h"

#include "agent.h"
#include "mergepatch.h"
#include "referencelists.h"
#include "signtrakerclient.h"
#include "simfixture.h"
#include "simserver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace signtraker;
using namespace signtraker::ui;
using sim::ScriptedReply;
using sim::SimServer;

namespace {

const QString Key = QStringLiteral("test-key");

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// QTest::keyClicks knows ASCII only; other text is inserted as an input method would.
void typeText(QWidget *widget, const QString &text)
{
    bool ascii = true;
    for (const QChar c : text)
        ascii &= c.unicode() < 128;
    if (ascii) {
        QTest::keyClicks(widget, text);
    } else if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
        edit->insert(text);
    } else if (auto *notes = qobject_cast<QPlainTextEdit *>(widget)) {
        notes->insertPlainText(text);
    }
}

// Types into the field of path the way a user would: the old content replaced.
void setField(AgentForm *form, const QString &path, const QString &text)
{
    QWidget *widget = form->fieldWidget(path);
    QVERIFY2(widget, qPrintable(path));
    if (auto *picker = qobject_cast<ReferencePicker *>(widget)) {
        picker->lineEdit()->selectAll();
        if (text.isEmpty())
            QTest::keyClick(picker->lineEdit(), Qt::Key_Delete);
        else
            typeText(picker->lineEdit(), text);
    } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        const int index = combo->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        combo->setCurrentIndex(index);
    } else if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
        edit->selectAll();
        if (text.isEmpty())
            QTest::keyClick(edit, Qt::Key_Delete);
        else
            typeText(edit, text);
    } else if (auto *notes = qobject_cast<QPlainTextEdit *>(widget)) {
        notes->selectAll();
        if (text.isEmpty())
            QTest::keyClick(notes, Qt::Key_Delete);
        else
            typeText(notes, text);
    } else if (auto *box = qobject_cast<QCheckBox *>(widget)) {
        box->setChecked(text == QLatin1String("true"));
    } else {
        QFAIL("no such kind of field");
    }
}

QList<QJsonObject> bodiesOf(const QList<sim::RecordedRequest> &requests, const QByteArray &method)
{
    QList<QJsonObject> bodies;
    for (const auto &request : requests) {
        if (request.method == method && request.path.startsWith(QLatin1String("/api/agents")))
            bodies.append(QJsonDocument::fromJson(request.body).object());
    }
    return bodies;
}

} // namespace

class TestAgentEditDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void edit_oneField_sendsExactlyThatMember_data();
    void edit_oneField_sendsExactlyThatMember();
    void edit_clearedField_sendsNull_data();
    void edit_clearedField_sendsNull();
    void edit_nothingChanged_saveDisabled();
    void edit_failure_keepsEveryTypedValue_data();
    void edit_failure_keepsEveryTypedValue();
    void edit_conflict_letsUserChoosePerMember_data();
    void edit_conflict_letsUserChoosePerMember();
    void edit_changedOnlyOnServer_isLeftAlone();
    void edit_ctrlS_saves();
    void edit_reviewChanges_showsThePatch();
    void edit_cancelWithChanges_asksFirst();
    void edit_answerLost_retryRecordsTheChangeItWas_data();
    void edit_answerLost_retryRecordsTheChangeItWas();
    void edit_invalidValue_blocksSending_data();
    void edit_invalidValue_blocksSending();
    void create_requiredOrInvalid_blocksSending_data();
    void create_requiredOrInvalid_blocksSending();
    void create_valid_postsOnce();
    void create_unknownOutcome_found_isCreatedAndLogged_data();
    void create_unknownOutcome_found_isCreatedAndLogged();
    void create_unknownOutcome_notFound_keepsFormAndCreateComesBack_data();
    void create_unknownOutcome_notFound_keepsFormAndCreateComesBack();
    void create_unknownOutcome_lookupFails_createOnlyAfterConfirming();
    void create_duplicateEmail_namesTheAgentAndOffersToOpenIt();
    void create_duplicateEmail_createAnyway_sendsOnce();
    void pickers_cappedService_holdEveryOfficeAndManager();
    void pickers_serviceIgnoresSkip_failInsteadOfShortList();
    void pickers_serviceIgnoresSkip_dialogSaysWhyTheListsAreEmpty();
    void pickers_readOncePerConnection_sharedByEveryDialog();

private:
    int managerCount() const;
    QJsonObject pickAgent(bool manager = false, bool synced = false,
                          const QString &withMember = {}) const;
    AgentEditDialog *openEditor(qint64 id);
    AgentEditDialog *openCreator();
    void fillValidCreateForm(AgentForm *form);
    int postCount() const { return int(bodiesOf(m_server->requests(), "POST").size()); }
    void scriptCreate(bool serviceCreatesIt, bool dropConnection);

    std::unique_ptr<SimServer> m_server;
    std::unique_ptr<SignTrakerClient> m_client;
    std::unique_ptr<Dialogs> m_dialogs;
    std::unique_ptr<QWidget> m_window;
};

void TestAgentEditDialog::initTestCase()
{
    qRegisterMetaType<ApiError>();
    qRegisterMetaType<ApiResult>();
}

void TestAgentEditDialog::init()
{
    m_server = test::startSimulator(3, 120, Key);
    QVERIFY(m_server);
    m_client = test::clientFor(*m_server, Key);
    m_dialogs = std::make_unique<Dialogs>();
    m_dialogs->setNonInteractive(true);
    m_window = std::make_unique<QWidget>();
}

void TestAgentEditDialog::cleanup()
{
    m_window.reset();
    m_dialogs.reset();
    m_client.reset();
    m_server.reset();
}

QJsonObject TestAgentEditDialog::pickAgent(bool manager, bool synced,
                                           const QString &withMember) const
{
    for (const auto &value : m_server->tenant().agents()) {
        const QJsonObject record = value.toObject();
        const Agent agent(record);
        if (agent.isManager() != manager || m_server->tenant().isSynced(agent.id()) != synced)
            continue;
        if (!withMember.isEmpty()) {
            const QJsonValue member = agent.value(withMember);
            if (member.isUndefined() || member.isNull() ||
                (member.isString() && member.toString().isEmpty()))
                continue;
        }
        return record;
    }
    return {};
}

AgentEditDialog *TestAgentEditDialog::openEditor(qint64 id)
{
    auto *dialog = new AgentEditDialog(m_client.get(), nullptr, m_dialogs.get(),
                                       AgentEditDialog::Mode::Edit, id, m_window.get());
    QSignalSpy loaded(dialog, &AgentEditDialog::loaded);
    QSignalSpy pickers(dialog->form(), &AgentForm::pickersLoaded);
    dialog->start();
    dialog->show();
    if (!loaded.wait(10000))
        return nullptr;
    if (pickers.isEmpty() && !pickers.wait(10000))
        return nullptr;
    m_server->clearRequests();
    return dialog;
}

AgentEditDialog *TestAgentEditDialog::openCreator()
{
    auto *dialog = new AgentEditDialog(m_client.get(), nullptr, m_dialogs.get(),
                                       AgentEditDialog::Mode::Create, 0, m_window.get());
    QSignalSpy pickers(dialog->form(), &AgentForm::pickersLoaded);
    dialog->start();
    dialog->show();
    if (!pickers.wait(10000))
        return nullptr;
    m_server->clearRequests();
    return dialog;
}

void TestAgentEditDialog::fillValidCreateForm(AgentForm *form)
{
    const QJsonObject office = m_server->tenant().offices().at(1).toObject();
    setField(form, QStringLiteral("UserName"), QStringLiteral("dana.new"));
    setField(form, QStringLiteral("Email"), QStringLiteral("dana.new@example.com"));
    setField(form, QStringLiteral("FirstName"), QStringLiteral("Dana"));
    setField(form, QStringLiteral("LastName"), QStringLiteral("O'Neil"));
    setField(form, QStringLiteral("CellularPhone"), QStringLiteral("512-555-0199"));
    setField(form, QStringLiteral("PaymentMode"), QStringLiteral("Prepay"));
    setField(form, QStringLiteral("Office"), office.value(QStringLiteral("Name")).toString());
}

// --- Edit -----------------------------------------------------------------------------------

void TestAgentEditDialog::edit_oneField_sendsExactlyThatMember_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QJsonValue>("sent");

    QTest::newRow("first name") << s("FirstName") << s("Zoë") << QJsonValue(s("Zoë"));
    QTest::newRow("apostrophe in last name")
        << s("LastName") << s("O'Brien-Smythe") << QJsonValue(s("O'Brien-Smythe"));
    QTest::newRow("email") << s("Email") << s("new.address@example.org")
                           << QJsonValue(s("new.address@example.org"));
    QTest::newRow("cc emails") << s("CcEmail") << s("a@example.com; b@example.org")
                               << QJsonValue(s("a@example.com; b@example.org"));
    QTest::newRow("price") << s("BasicInstallPrice") << s("87.5") << QJsonValue(87.5);
    QTest::newRow("payment mode") << s("PaymentMode") << s("Transfer") << QJsonValue(s("Transfer"));
    QTest::newRow("notes") << s("Notes") << s("Gate code 4411") << QJsonValue(s("Gate code 4411"));
    QTest::newRow("nested city") << s("Address/City") << s("Xenia") << QJsonValue(s("Xenia"));
    QTest::newRow("nested state") << s("Address/State") << s("VT") << QJsonValue(s("VT"));
}

void TestAgentEditDialog::edit_oneField_sendsExactlyThatMember()
{
    QFETCH(QString, path);
    QFETCH(QString, typed);
    QFETCH(QJsonValue, sent);

    QJsonObject record;
    for (const auto &value : m_server->tenant().agents()) {
        const Agent agent(value.toObject());
        if (!agent.isManager() && !m_server->tenant().isSynced(agent.id()) &&
            !MergePatch::equivalent(agent.value(path), sent)) {
            record = agent.json();
            break;
        }
    }
    const qint64 id = Agent(record).id();
    QVERIFY(id > 0);
    AgentEditDialog *dialog = openEditor(id);
    QVERIFY(dialog);
    QVERIFY(!dialog->saveButton()->isEnabled());

    setField(dialog->form(), path, typed);
    QVERIFY(dialog->form()->isFieldChanged(path));
    QVERIFY(dialog->saveButton()->isEnabled());
    QSignalSpy saved(dialog, &AgentEditDialog::saved);
    QVERIFY(saved.isValid());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(10000));

    const QList<QJsonObject> patches = bodiesOf(m_server->requests(), "PATCH");
    QCOMPARE(patches.size(), 1);
    QCOMPARE(patches.first(), Agent::withValue({}, path, sent));
    const QJsonObject updated = saved.first().first().toJsonObject();
    QCOMPARE(Agent(updated).value(path), sent);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    // Everything else as it was, unknown members included.
    QCOMPARE(Agent::withValue(updated, path, QJsonValue::Undefined),
             Agent::withValue(record, path, QJsonValue::Undefined));
}

void TestAgentEditDialog::edit_clearedField_sendsNull_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("office phone") << s("OfficePhone");
    QTest::newRow("nested zip") << s("Address/Zip");
    QTest::newRow("manager reference") << s("Manager");
    QTest::newRow("price") << s("BasicInstallPrice");
}

void TestAgentEditDialog::edit_clearedField_sendsNull()
{
    QFETCH(QString, path);
    const QJsonObject record = pickAgent(false, false, path);
    QVERIFY2(!record.isEmpty(), "no agent has that member");
    AgentEditDialog *dialog = openEditor(Agent(record).id());
    QVERIFY(dialog);

    setField(dialog->form(), path, QString());
    QSignalSpy saved(dialog, &AgentEditDialog::saved);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    const QList<QJsonObject> patches = bodiesOf(m_server->requests(), "PATCH");
    QCOMPARE(patches.size(), 1);
    QCOMPARE(patches.first(), Agent::withValue({}, path, QJsonValue::Null));
    const QJsonValue now = Agent(saved.first().first().toJsonObject()).value(path);
    QVERIFY(now.isUndefined() || now.isNull());
}

void TestAgentEditDialog::edit_nothingChanged_saveDisabled()
{
    const QJsonObject record = pickAgent();
    AgentEditDialog *dialog = openEditor(Agent(record).id());
    QVERIFY(dialog);
    QVERIFY(!dialog->saveButton()->isEnabled());
    QVERIFY(!dialog->saveAction()->isEnabled());
    const QString first = Agent(record).firstName();
    setField(dialog->form(), QStringLiteral("FirstName"), first + QStringLiteral("x"));
    QVERIFY(dialog->saveButton()->isEnabled());
    setField(dialog->form(), QStringLiteral("FirstName"), first);
    QVERIFY(!dialog->saveButton()->isEnabled());
    QVERIFY(!dialog->form()->hasChanges());
    dialog->save();
    QTest::qWait(50);
    QVERIFY(m_server->requests().isEmpty());
}

void TestAgentEditDialog::edit_failure_keepsEveryTypedValue_data()
{
    QTest::addColumn<bool>("synced");
    QTest::addColumn<int>("status"); // 0: scripted connection loss; -1: the sim's own answer
    QTest::addColumn<QString>("message");

    QTest::newRow("synced agent") << true << -1 << s("National Account");
    QTest::newRow("scripted 400") << false << 400 << s("BrokerId is not known to the service.");
    QTest::newRow("server error") << false << 503 << QString();
    QTest::newRow("connection lost") << false << 0 << QString();
}

void TestAgentEditDialog::edit_failure_keepsEveryTypedValue()
{
    QFETCH(bool, synced);
    QFETCH(int, status);
    QFETCH(QString, message);

    const QJsonObject record = pickAgent(false, synced);
    QVERIFY(!record.isEmpty());
    AgentEditDialog *dialog = openEditor(Agent(record).id());
    QVERIFY(dialog);
    if (status > 0) {
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("Message"), message}}).toJson();
        m_server->scriptNext("PATCH", QStringLiteral("/api/agents"),
                             ScriptedReply::json(status, body));
    } else if (status == 0) {
        // Qt's network stack resends a PATCH once by itself when the connection closes before
        // any answer (a merge patch applied twice is the same patch); so every attempt is lost.
        for (int i = 0; i < 3; ++i)
            m_server->scriptNext("PATCH", QStringLiteral("/api/agents"),
                                 ScriptedReply::closeWithoutReply());
    }
    AgentForm *form = dialog->form();
    const QMap<QString, QString> typed{{s("FirstName"), s("Typed First")},
                                       {s("Address/City"), s("Typed City")},
                                       {s("Notes"), s("Typed notes")},
                                       {s("BrokerId"), s("BRK-0042")}};
    for (auto it = typed.constBegin(); it != typed.constEnd(); ++it)
        setField(form, it.key(), it.value());
    const QJsonObject patchBefore = form->patch();

    QSignalSpy failed(dialog, &AgentEditDialog::saveFailed);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(failed.wait(10000));

    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->state(), AgentEditDialog::State::Editing);
    QVERIFY(!dialog->problemText().isEmpty());
    if (!message.isEmpty())
        QVERIFY2(dialog->problemText().contains(message), qPrintable(dialog->problemText()));
    for (auto it = typed.constBegin(); it != typed.constEnd(); ++it) {
        QCOMPARE(form->fieldValue(it.key()).toString(), it.value());
        QVERIFY(form->isFieldChanged(it.key()));
    }
    QCOMPARE(form->patch(), patchBefore);
    QVERIFY(dialog->saveButton()->isEnabled());
    const QList<QJsonObject> patches = bodiesOf(m_server->requests(), "PATCH");
    QVERIFY(!patches.isEmpty());
    for (const QJsonObject &patch : patches)
        QCOMPARE(patch, patchBefore);
    if (status != 0)
        QCOMPARE(patches.size(), 1);
}

void TestAgentEditDialog::edit_conflict_letsUserChoosePerMember_data()
{
    QTest::addColumn<bool>("keepYours");
    QTest::newRow("keep yours") << true;
    QTest::newRow("take the server's") << false;
}

void TestAgentEditDialog::edit_conflict_letsUserChoosePerMember()
{
    QFETCH(bool, keepYours);
    const QJsonObject record = pickAgent();
    const qint64 id = Agent(record).id();
    AgentEditDialog *dialog = openEditor(id);
    QVERIFY(dialog);
    setField(dialog->form(), s("FirstName"), s("Mine"));
    setField(dialog->form(), s("Address/City"), s("My City"));

    // Somebody else, meanwhile: the first name (conflict) and the last name (theirs alone).
    QVERIFY(m_server->tenant()
                .updateAgent(id, {{s("FirstName"), s("Theirs")}, {s("LastName"), s("Serverside")}})
                .ok());

    QSignalSpy states(dialog, &AgentEditDialog::stateChanged);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), AgentEditDialog::State::Resolving, 10000);
    QVERIFY(bodiesOf(m_server->requests(), "PATCH").isEmpty());

    const FieldConflicts conflicts = dialog->conflictView()->conflicts();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().path, s("FirstName"));
    QCOMPARE(conflicts.first().opened.toString(), Agent(record).firstName());
    QCOMPARE(conflicts.first().server.toString(), s("Theirs"));
    QCOMPARE(conflicts.first().yours.toString(), s("Mine"));
    QVERIFY(dialog->conflictView()->isVisible());

    dialog->conflictView()->setKeepYours(0, keepYours);
    QSignalSpy saved(dialog, &AgentEditDialog::saved);
    QTest::mouseClick(dialog->conflictView()->findChild<QPushButton *>(s("saveResolved")),
                      Qt::LeftButton);
    QVERIFY(saved.wait(10000));

    const QList<QJsonObject> patches = bodiesOf(m_server->requests(), "PATCH");
    QCOMPARE(patches.size(), 1);
    QJsonObject expected{{s("Address"), QJsonObject{{s("City"), s("My City")}}}};
    if (keepYours)
        expected.insert(s("FirstName"), s("Mine"));
    QCOMPARE(patches.first(), expected);
    const Agent now(*m_server->tenant().agent(id));
    QCOMPARE(now.firstName(), keepYours ? s("Mine") : s("Theirs"));
    QCOMPARE(now.lastName(), s("Serverside"));
    QCOMPARE(now.addressMember(s("City")), s("My City"));
}

void TestAgentEditDialog::edit_changedOnlyOnServer_isLeftAlone()
{
    const QJsonObject record = pickAgent();
    const qint64 id = Agent(record).id();
    AgentEditDialog *dialog = openEditor(id);
    QVERIFY(dialog);
    setField(dialog->form(), s("FirstName"), s("Mine"));
    QVERIFY(m_server->tenant()
                .updateAgent(id, {{s("LastName"), s("Serverside")},
                                  {s("Address"), QJsonObject{{s("City"), s("Server City")}}}})
                .ok());
    QSignalSpy saved(dialog, &AgentEditDialog::saved);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    const QList<QJsonObject> patches = bodiesOf(m_server->requests(), "PATCH");
    QCOMPARE(patches.size(), 1);
    QCOMPARE(patches.first(), (QJsonObject{{s("FirstName"), s("Mine")}}));
    const Agent now(saved.first().first().toJsonObject());
    QCOMPARE(now.lastName(), s("Serverside"));
    QCOMPARE(now.addressMember(s("City")), s("Server City"));
}

void TestAgentEditDialog::edit_ctrlS_saves()
{
    AgentEditDialog *dialog = openEditor(Agent(pickAgent()).id());
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    setField(dialog->form(), s("LastName"), s("Shortcut"));
    QSignalSpy saved(dialog, &AgentEditDialog::saved);
    QTest::keySequence(dialog->form()->fieldWidget(s("LastName")), QKeySequence::Save);
    QVERIFY(saved.wait(10000));
    QCOMPARE(bodiesOf(m_server->requests(), "PATCH").value(0),
             (QJsonObject{{s("LastName"), s("Shortcut")}}));
}

void TestAgentEditDialog::edit_reviewChanges_showsThePatch()
{
    AgentEditDialog *dialog = openEditor(Agent(pickAgent(false, false, s("OfficePhone"))).id());
    QVERIFY(dialog);
    setField(dialog->form(), s("Address/City"), s("Reviewville"));
    setField(dialog->form(), s("OfficePhone"), QString());
    QTest::mouseClick(dialog->findChild<QPushButton *>(s("reviewChanges")), Qt::LeftButton);
    auto *text = dialog->findChild<QPlainTextEdit *>(s("patchText"));
    QVERIFY(text);
    const QJsonObject shown = QJsonDocument::fromJson(text->toPlainText().toUtf8()).object();
    QCOMPARE(shown, (QJsonObject{{s("Address"), QJsonObject{{s("City"), s("Reviewville")}}},
                                 {s("OfficePhone"), QJsonValue::Null}}));
    QVERIFY(m_server->requests().isEmpty());
}

void TestAgentEditDialog::edit_cancelWithChanges_asksFirst()
{
    AgentEditDialog *dialog = openEditor(Agent(pickAgent()).id());
    QVERIFY(dialog);
    setField(dialog->form(), s("FirstName"), s("Unsaved"));

    m_dialogs->setNextAnswer(QMessageBox::Cancel);
    QSignalSpy answered(m_dialogs.get(), &Dialogs::answered);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(answered.wait(5000));
    QCOMPARE(m_dialogs->asked().size(), 1);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->form()->fieldValue(s("FirstName")).toString(), s("Unsaved"));

    m_dialogs->setNextAnswer(QMessageBox::Discard);
    QTest::mouseClick(dialog->findChild<QPushButton *>(s("cancel")), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QVERIFY(bodiesOf(m_server->requests(), "PATCH").isEmpty());
}

void TestAgentEditDialog::edit_answerLost_retryRecordsTheChangeItWas_data()
{
    QTest::addColumn<bool>("timeout");
    QTest::addColumn<bool>("applied");
    QTest::newRow("connection lost after the PATCH was applied") << false << true;
    QTest::newRow("timeout, the PATCH applied late") << true << true;
    QTest::newRow("connection lost before the PATCH was applied") << false << false;
}

void TestAgentEditDialog::edit_answerLost_retryRecordsTheChangeItWas()
{
    QFETCH(bool, timeout);
    QFETCH(bool, applied);
    if (timeout) {
        m_client = std::make_unique<SignTrakerClient>(
            ClientConfig::make(m_server->baseUrl(), Key, /*timeoutSeconds=*/0.5));
    }
    const QJsonObject record = pickAgent();
    const qint64 id = Agent(record).id();
    EditingActions actions(m_client.get(), m_dialogs.get(), m_window.get());
    QPointer<AgentEditDialog> dialog = actions.editAgent(id);
    QSignalSpy loaded(dialog, &AgentEditDialog::loaded);
    QSignalSpy pickers(dialog->form(), &AgentForm::pickersLoaded);
    QVERIFY(loaded.wait(10000));
    if (pickers.isEmpty())
        QVERIFY(pickers.wait(10000));

    // Qt sends a PATCH again by itself when a connection closes without an answer: every
    // attempt is scripted alike.
    if (timeout) {
        ScriptedReply late = ScriptedReply::handleThenClose();
        late.delayMs = 1500;
        m_server->scriptNext("PATCH", s("/api/agents"), late);
    } else {
        for (int i = 0; i < 3; ++i) {
            m_server->scriptNext("PATCH", s("/api/agents"),
                                 applied ? ScriptedReply::handleThenClose()
                                         : ScriptedReply::closeWithoutReply());
        }
    }
    setField(dialog->form(), s("FirstName"), s("Lost Answer"));
    QSignalSpy failed(dialog, &AgentEditDialog::saveFailed);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.first().first().value<ApiError>().outcomeUnknown());
    QVERIFY2(dialog->problemText().contains(s("not known")), qPrintable(dialog->problemText()));
    if (applied)
        QTRY_COMPARE(Agent(*m_server->tenant().agent(id)).firstName(), s("Lost Answer"));
    QCOMPARE(actions.changeLog()->rowCount(), 0);
    m_server->clearScript();
    m_server->clearRequests();
    m_dialogs->clearAsked();

    // The user's retry: the check reads the agent, and sends only what is missing.
    QSignalSpy saved(dialog, &AgentEditDialog::saved);
    QTest::mouseClick(dialog->banner()->retryButton(), Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(bodiesOf(m_server->requests(), "PATCH").size(), applied ? 0 : 1);
    QCOMPARE(Agent(*m_server->tenant().agent(id)).firstName(), s("Lost Answer"));
    const bool toldSo = !m_dialogs->asked().isEmpty() &&
                        m_dialogs->asked().last().kind == Dialogs::Kind::Information &&
                        m_dialogs->asked().last().text.contains(s("answer was lost"));
    QCOMPARE(toldSo, applied);

    // One change, as it was: the name the dialog loaded, then the one sent.
    const QList<ChangeLog::Entry> entries = actions.changeLog()->entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().agentId, id);
    QCOMPARE(entries.first().member, s("FirstName"));
    QCOMPARE(entries.first().before, Agent(record).firstName());
    QCOMPARE(entries.first().after, s("Lost Answer"));
    QCOMPARE(actions.undoStack()->count(), 1);

    // And Undo reverts it.
    QSignalSpy undone(actions.undoStack(), &UndoStack::undone);
    actions.undoAction()->trigger();
    QVERIFY(undone.wait(10000));
    QCOMPARE(Agent(*m_server->tenant().agent(id)).firstName(), Agent(record).firstName());
    QCOMPARE(actions.undoStack()->count(), 0);
}

void TestAgentEditDialog::edit_invalidValue_blocksSending_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("typed");
    QTest::newRow("email") << s("Email") << s("not-an-address");
    QTest::newRow("one cc of two") << s("CcEmail") << s("a@example.com; nope");
    QTest::newRow("state of three letters") << s("Address/State") << s("TEX");
    QTest::newRow("negative price") << s("SubscriptionPrice") << s("-1");
    QTest::newRow("price not a number") << s("BasicInstallPrice") << s("cheap");
    QTest::newRow("required cleared") << s("LastName") << QString();
    QTest::newRow("office not in the list") << s("Office") << s("Nowhere Office");
}

void TestAgentEditDialog::edit_invalidValue_blocksSending()
{
    QFETCH(QString, path);
    QFETCH(QString, typed);
    AgentEditDialog *dialog = openEditor(Agent(pickAgent()).id());
    QVERIFY(dialog);
    setField(dialog->form(), path, typed);
    dialog->save();
    QTest::qWait(50);
    QVERIFY(m_server->requests().isEmpty());
    QVERIFY(!dialog->form()->shownError(path).isEmpty());
    QCOMPARE(dialog->form()->validationErrors().keys(), QStringList{path});
    QVERIFY(dialog->isVisible());
}

// --- Create ---------------------------------------------------------------------------------

void TestAgentEditDialog::create_requiredOrInvalid_blocksSending_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("typed");
    for (const char *required :
         {"UserName", "Email", "FirstName", "LastName", "CellularPhone", "PaymentMode", "Office"})
        QTest::addRow("%s missing", required) << s(required) << QString();
    QTest::newRow("bad email") << s("Email") << s("dana@");
    QTest::newRow("state with a digit") << s("Address/State") << s("T1");
}

void TestAgentEditDialog::create_requiredOrInvalid_blocksSending()
{
    QFETCH(QString, path);
    QFETCH(QString, typed);
    AgentEditDialog *dialog = openCreator();
    QVERIFY(dialog);
    fillValidCreateForm(dialog->form());
    if (path == QLatin1String("PaymentMode"))
        qobject_cast<QComboBox *>(dialog->form()->fieldWidget(path))->setCurrentIndex(0);
    else
        setField(dialog->form(), path, typed);
    QVERIFY(dialog->saveButton()->isEnabled());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTest::qWait(50);
    QVERIFY(bodiesOf(m_server->requests(), "POST").isEmpty());
    QCOMPARE(dialog->form()->validationErrors().keys(), QStringList{path});
    QVERIFY(!dialog->form()->shownError(path).isEmpty());
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->state(), AgentEditDialog::State::Editing);
}

void TestAgentEditDialog::create_valid_postsOnce()
{
    AgentEditDialog *dialog = openCreator();
    QVERIFY(dialog);
    fillValidCreateForm(dialog->form());
    QSignalSpy created(dialog, &AgentEditDialog::created);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(created.wait(10000));
    const QList<QJsonObject> posts = bodiesOf(m_server->requests(), "POST");
    QCOMPARE(posts.size(), 1);
    QCOMPARE(posts.first().value(s("UserName")).toString(), s("dana.new"));
    QCOMPARE(posts.first().value(s("Office")).toObject().value(s("Id")).toInteger(), 2);
    const Agent agent(created.first().first().toJsonObject());
    QVERIFY(agent.id() > 0);
    QVERIFY(m_server->tenant().agent(agent.id()).has_value());
}

void TestAgentEditDialog::scriptCreate(bool serviceCreatesIt, bool dropConnection)
{
    ScriptedReply reply = dropConnection ? ScriptedReply::closeWithoutReply()
                                         : ScriptedReply::json(502, R"({"Message":"Bad gateway"})");
    if (serviceCreatesIt)
        reply = ScriptedReply::afterHandling(reply);
    m_server->scriptNext("POST", s("/api/agents"), reply);
}

void TestAgentEditDialog::create_unknownOutcome_found_isCreatedAndLogged_data()
{
    QTest::addColumn<bool>("dropConnection");
    QTest::newRow("answer lost") << true;
    QTest::newRow("502") << false;
}

void TestAgentEditDialog::create_unknownOutcome_found_isCreatedAndLogged()
{
    QFETCH(bool, dropConnection);
    // Through EditingActions, as the window opens it: the change log is the window's.
    EditingActions actions(m_client.get(), m_dialogs.get(), m_window.get());
    QSignalSpy messages(&actions, &EditingActions::message);
    QSignalSpy agentCreated(&actions, &EditingActions::agentCreated);
    AgentEditDialog *dialog = actions.createAgent();
    QSignalSpy pickers(dialog->form(), &AgentForm::pickersLoaded);
    QVERIFY(pickers.wait(10000));
    fillValidCreateForm(dialog->form());
    m_server->clearRequests();
    scriptCreate(true, dropConnection);

    bool createOffWhileLookingUp = false;
    bool lookedUp = false;
    connect(dialog, &AgentEditDialog::stateChanged, this, [&](AgentEditDialog::State state) {
        if (state != AgentEditDialog::State::LookingUp)
            return;
        lookedUp = true;
        createOffWhileLookingUp =
            !dialog->saveButton()->isEnabled() && !dialog->saveAction()->isEnabled();
    });
    QPointer<AgentEditDialog> guard(dialog);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(agentCreated.wait(10000));
    QVERIFY(lookedUp);
    QVERIFY(createOffWhileLookingUp);
    QCOMPARE(postCount(), 1);

    const Agent agent(agentCreated.first().first().toJsonObject());
    QCOMPARE(agent.email(), s("dana.new@example.com"));
    QCOMPARE(agent.id(), m_server->tenant().agentIdByEmail(agent.email()));
    // Logged as a create, and told, as after a normal create; the dialog is done.
    QCOMPARE(actions.changeLog()->entries().size(), 1);
    QCOMPARE(actions.changeLog()->entries().first().agentId, agent.id());
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.first().first().toString().contains(s("was created")));
    QTRY_VERIFY(!guard || !guard->isVisible());
}

void TestAgentEditDialog::create_unknownOutcome_notFound_keepsFormAndCreateComesBack_data()
{
    QTest::addColumn<bool>("dropConnection");
    QTest::newRow("answer lost") << true;
    QTest::newRow("502") << false;
}

void TestAgentEditDialog::create_unknownOutcome_notFound_keepsFormAndCreateComesBack()
{
    QFETCH(bool, dropConnection);
    AgentEditDialog *dialog = openCreator();
    QVERIFY(dialog);
    fillValidCreateForm(dialog->form());
    const QJsonObject typed = dialog->form()->edited();
    scriptCreate(false, dropConnection);
    QSignalSpy created(dialog, &AgentEditDialog::created);
    QSignalSpy states(dialog, &AgentEditDialog::stateChanged);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->problemText(),
                              s("The agent was not created; you can try again."), 10000);
    QVERIFY(states.contains({QVariant::fromValue(AgentEditDialog::State::LookingUp)}));
    QCOMPARE(dialog->state(), AgentEditDialog::State::Editing);
    QCOMPARE(postCount(), 1);
    QVERIFY(created.isEmpty());
    QCOMPARE(dialog->form()->edited(), typed);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->saveButton()->isEnabled());
    QCOMPARE(dialog->saveButton()->text(), s("Create"));

    // Only the user's explicit request sends it again.
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(created.wait(10000));
    QCOMPARE(postCount(), 2);
}

void TestAgentEditDialog::create_unknownOutcome_lookupFails_createOnlyAfterConfirming()
{
    AgentEditDialog *dialog = openCreator();
    QVERIFY(dialog);
    fillValidCreateForm(dialog->form());
    const QJsonObject typed = dialog->form()->edited();
    // The check before is answered; the create is carried out but answered 502; the look-up
    // after it fails.
    m_server->scriptNext("GET", s("/api/agents"), ScriptedReply::delayed(0));
    scriptCreate(true, false);
    m_server->scriptNext("GET", s("/api/agents"),
                         ScriptedReply::json(503, R"({"Message":"Unavailable"})"));
    QSignalSpy created(dialog, &AgentEditDialog::created);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), AgentEditDialog::State::OutcomeUnknown, 10000);
    QVERIFY(dialog->problemText().startsWith(s("It is not known whether the agent was created")));
    QVERIFY(!dialog->saveButton()->isEnabled());
    QVERIFY(!dialog->saveAction()->isEnabled());
    QCOMPARE(dialog->form()->edited(), typed);
    QVERIFY(created.isEmpty());
    QCOMPARE(postCount(), 1);

    // Confirming brings Create back; Create looks the e-mail up first and finds the agent that
    // the lost create made: shown, not created twice.
    QCOMPARE(dialog->banner()->retryButton()->text(), s("Enable Create"));
    QTest::mouseClick(dialog->banner()->retryButton(), Qt::LeftButton);
    QCOMPARE(dialog->state(), AgentEditDialog::State::Editing);
    QVERIFY(dialog->saveButton()->isEnabled());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    const qint64 id = m_server->tenant().agentIdByEmail(s("dana.new@example.com"));
    QVERIFY(id > 0);
    QTRY_COMPARE_WITH_TIMEOUT(
        dialog->problemText(),
        s("An agent with this e-mail already exists: Dana O'Neil (Id %1).").arg(id), 10000);
    QCOMPARE(postCount(), 1);
    QVERIFY(created.isEmpty());
}

void TestAgentEditDialog::create_duplicateEmail_namesTheAgentAndOffersToOpenIt()
{
    const Agent existing(pickAgent());
    QVERIFY(!existing.firstName().isEmpty() && !existing.lastName().isEmpty());
    // Through EditingActions, whose seam opens the agent's editor.
    EditingActions actions(m_client.get(), m_dialogs.get(), m_window.get());
    AgentEditDialog *dialog = actions.createAgent();
    QSignalSpy pickers(dialog->form(), &AgentForm::pickersLoaded);
    QVERIFY(pickers.wait(10000));
    fillValidCreateForm(dialog->form());
    setField(dialog->form(), s("Email"), existing.email().toUpper());
    m_server->clearRequests();
    const QJsonObject typed = dialog->form()->edited();
    QSignalSpy openRequested(dialog, &AgentEditDialog::openAgentRequested);

    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->problemText(),
                              s("An agent with this e-mail already exists: %1 %2 (Id %3).")
                                  .arg(existing.firstName(), existing.lastName())
                                  .arg(existing.id()),
                              10000);
    QCOMPARE(postCount(), 0);
    QCOMPARE(dialog->state(), AgentEditDialog::State::Editing);
    QCOMPARE(dialog->form()->edited(), typed);
    QCOMPARE(dialog->saveButton()->text(), s("Create anyway"));

    QVERIFY(dialog->banner()->actionButton()->isVisible());
    QTest::mouseClick(dialog->banner()->actionButton(), Qt::LeftButton);
    QCOMPARE(openRequested.size(), 1);
    QCOMPARE(openRequested.first().first().toLongLong(), existing.id());
    AgentEditDialog *editor = nullptr;
    for (auto *candidate : m_window->findChildren<AgentEditDialog *>()) {
        if (candidate->mode() == AgentEditDialog::Mode::Edit &&
            candidate->agentId() == existing.id())
            editor = candidate;
    }
    QVERIFY(editor);
    QVERIFY(dialog->isVisible()); // the new agent is still there to change or create

    // Another e-mail: Create is plain Create again.
    setField(dialog->form(), s("Email"), s("someone.else@example.com"));
    QCOMPARE(dialog->saveButton()->text(), s("Create"));
}

void TestAgentEditDialog::create_duplicateEmail_createAnyway_sendsOnce()
{
    const Agent existing(pickAgent());
    AgentEditDialog *dialog = openCreator();
    QVERIFY(dialog);
    fillValidCreateForm(dialog->form());
    setField(dialog->form(), s("Email"), existing.email());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->saveButton()->text(), s("Create anyway"), 10000);
    QCOMPARE(postCount(), 0);

    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    // Sent once; the simulator, like the service, refuses a second agent with that e-mail.
    QTRY_VERIFY_WITH_TIMEOUT(dialog->problemText().startsWith(s("The agent was not created: ")),
                             10000);
    QVERIFY(dialog->problemText().contains(s("already used by another agent")));
    QCOMPARE(postCount(), 1);
    QCOMPARE(bodiesOf(m_server->requests(), "POST").first().value(s("Email")).toString(),
             existing.email());
}

// --- Pick lists -----------------------------------------------------------------------------

int TestAgentEditDialog::managerCount() const
{
    int managers = 0;
    for (const auto &value : m_server->tenant().agents())
        managers += Agent(value.toObject()).isManager() ? 1 : 0;
    return managers;
}

// A service that answers at most 5 rows: the Office and Manager lists still hold every entry.
void TestAgentEditDialog::pickers_cappedService_holdEveryOfficeAndManager()
{
    m_server->setMaxTop(5);
    QVERIFY(managerCount() > 5);
    AgentForm form(ReferenceLists::of(m_client.get()), AgentForm::Mode::Create);
    QSignalSpy loaded(&form, &AgentForm::pickersLoaded);
    QSignalSpy failed(&form, &AgentForm::pickerLoadFailed);
    form.loadPickers();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(failed.count(), 0);
    auto *offices = qobject_cast<ReferencePicker *>(form.fieldWidget(QStringLiteral("Office")));
    auto *managers = qobject_cast<ReferencePicker *>(form.fieldWidget(QStringLiteral("Manager")));
    QVERIFY(offices && managers);
    QCOMPARE(offices->optionCount(), int(m_server->tenant().offices().size()));
    QCOMPARE(managers->optionCount(), managerCount());
}

// A service that ignores $skip: each list fails with the reason instead of showing the first
// page as if it were the whole list.
void TestAgentEditDialog::pickers_serviceIgnoresSkip_failInsteadOfShortList()
{
    m_server->setMaxTop(5);
    m_server->setIgnoreSkip(true);
    AgentForm form(ReferenceLists::of(m_client.get()), AgentForm::Mode::Create);
    QSignalSpy loaded(&form, &AgentForm::pickersLoaded);
    QSignalSpy failed(&form, &AgentForm::pickerLoadFailed);
    form.loadPickers();
    QVERIFY(loaded.wait(10000));
    // One failure for both lists: they are read together, and neither is shown half read.
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().value<ApiError>().kind(), ApiError::Kind::UnreadableResponse);
    auto *offices = qobject_cast<ReferencePicker *>(form.fieldWidget(QStringLiteral("Office")));
    auto *managers = qobject_cast<ReferencePicker *>(form.fieldWidget(QStringLiteral("Manager")));
    QVERIFY(offices && managers);
    QCOMPARE(offices->optionCount(), 0);
    QCOMPARE(managers->optionCount(), 0);
}

void TestAgentEditDialog::pickers_serviceIgnoresSkip_dialogSaysWhyTheListsAreEmpty()
{
    m_server->setMaxTop(5);
    m_server->setIgnoreSkip(true);
    std::unique_ptr<AgentEditDialog> dialog(openCreator());
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->problemText().contains(QStringLiteral("could not be read")));
    QVERIFY2(dialog->problemText().contains(QStringLiteral("repeated a page")),
             qPrintable(dialog->problemText()));
}

// The second dialog of a connection takes the lists the first one read: nothing is read again.
void TestAgentEditDialog::pickers_readOncePerConnection_sharedByEveryDialog()
{
    EditingActions actions(m_client.get(), m_dialogs.get(), m_window.get());
    AgentEditDialog *first = actions.createAgent();
    QSignalSpy firstLoaded(first->form(), &AgentForm::pickersLoaded);
    QVERIFY(firstLoaded.wait(10000));
    m_server->clearRequests();

    AgentEditDialog *second = actions.editAgent(Agent(pickAgent()).id());
    QSignalSpy loaded(second, &AgentEditDialog::loaded);
    QVERIFY(loaded.wait(10000));
    for (const auto &request : m_server->requests())
        QVERIFY2(request.path.startsWith(QLatin1String("/api/agents/")), qPrintable(request.path));
    auto *offices =
        qobject_cast<ReferencePicker *>(second->form()->fieldWidget(QStringLiteral("Office")));
    auto *managers =
        qobject_cast<ReferencePicker *>(second->form()->fieldWidget(QStringLiteral("Manager")));
    QVERIFY(offices && managers);
    QVERIFY(offices->optionCount() >= int(m_server->tenant().offices().size()));
    QVERIFY(managers->optionCount() >= managerCount());
    QCOMPARE(ReferenceLists::of(m_client.get())->state(), ReferenceLists::State::Ready);
}

QTEST_MAIN(TestAgentEditDialog)
#include "tst_agenteditdialog.moc"
