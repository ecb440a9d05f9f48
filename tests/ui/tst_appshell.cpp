// SPDX-License-Identifier: Apache-2.0
// The areas wired into the real main window (AppShell) against the simulator: an edit saved from
// the dialog updates its row in place, a deactivation shows in the row, switching to another
// tenant reloads the table from it and closes what was open for the previous one, and the first
// run (welcome to the demo, welcome to a new profile).

#include "agentcolumns.h"
#include "agenteditdialog.h"
#include "agentform.h"
#include "agentscontroller.h"
#include "agentstablemodel.h"
#include "appshell.h"
#include "connectionmanager.h"
#include "dialogs.h"
#include "editingactions.h"
#include "errorbanner.h"
#include "mainwindow.h"
#include "pageprefetcher.h"
#include "rosteractions.h"
#include "rostersyncdialog.h"
#include "settingsdialog.h"
#include "simfixture.h"
#include "welcomedialog.h"

#include "agent.h"
#include "keystore.h"
#include "profilestore.h"
#include "signtrakerclient.h"
#include "simserver.h"

#include <algorithm>

#include <QAction>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace signtraker;
using namespace signtraker::ui;
using sim::SimServer;

class TestAppShell : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void wiring_oneEditAction_undoMenu_changeLog();
    void edit_save_rowUpdatedInPlace_selectionKept();
    void deactivate_confirmed_rowShowsInactive();
    void editSignals_dropPagesReadAhead_data();
    void editSignals_dropPagesReadAhead();
    void switchTo_otherTenant_reloadsAndRetitles();
    void switchTo_openEditor_closedAndOldTenantGetsNothingMore();
    void switchTo_runningExport_stops();
    void syncRoster_inAgentsMenu_dialogClosedOnSwitch();
    void syncRoster_runFinished_tableReadAgain();
    void profileMenu_switchesThroughConnection_failureOffersSettings();
    void demoMode_fileMenuOffersSettingsAndConnect_connectSwitchesTenant();
    void firstRun_welcome_demoChosen_requestsDemo();
    void firstRun_welcome_newProfile_connects();
    void settings_activeProfileUrlChanged_reconnects();

private:
    static std::unique_ptr<SimServer> startServer(int agents, int seed);
    bool waitForLoad();
    QString cell(qint64 id, AgentColumn column) const;

    QTemporaryDir m_dir;
    std::unique_ptr<SimServer> m_server;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Dialogs> m_dialogs;
    std::unique_ptr<MainWindow> m_window;
    AppShell *m_shell = nullptr; // child of the window
};

void TestAppShell::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<ApiError>();
    qRegisterMetaType<Page>();
}

std::unique_ptr<SimServer> TestAppShell::startServer(int agents, int seed)
{
    return test::startSimulator(quint32(seed), agents, QStringLiteral("shell-key-%1").arg(seed));
}

void TestAppShell::init()
{
    m_server = startServer(60, 1);
    QVERIFY(m_server);
    QFile::remove(m_dir.filePath(QStringLiteral("ui.ini")));
    QFile::remove(m_dir.filePath(QStringLiteral("profiles.ini")));
    m_settings =
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
    m_dialogs = std::make_unique<Dialogs>();
    m_dialogs->setNonInteractive(true);
    m_window =
        std::make_unique<MainWindow>(test::clientFor(*m_server, m_server->apiKey()).release(),
                                     QStringLiteral("first"), m_settings.get(), m_dialogs.get());
    m_shell = new AppShell(m_window.get(), m_window.get());
    m_window->resize(1000, 600);
    m_window->show();
    QVERIFY(waitForLoad());
    QVERIFY(m_window->model()->rowCount() > 0);
}

void TestAppShell::cleanup()
{
    m_window.reset();
    m_dialogs.reset();
    m_settings.reset();
    m_server.reset();
}

bool TestAppShell::waitForLoad()
{
    AgentsController *controller = m_window->controller();
    QSignalSpy loaded(controller, &AgentsController::pageLoaded);
    QSignalSpy failed(controller, &AgentsController::loadFailed);
    if (!controller->isBusy())
        return true;
    for (int i = 0; i < 50 && loaded.isEmpty() && failed.isEmpty(); ++i)
        loaded.wait(100);
    return !loaded.isEmpty();
}

QString TestAppShell::cell(qint64 id, AgentColumn column) const
{
    const int row = m_window->model()->rowOfId(id);
    return m_window->model()->index(row, int(column)).data().toString();
}

void TestAppShell::wiring_oneEditAction_undoMenu_changeLog()
{
    EditingActions *editing = m_shell->editing();
    QCOMPARE(editing->client(), m_window->client());
    // One Edit action in the window: the editing area's own is not added.
    QVERIFY(!m_window->agentsMenu()->actions().contains(editing->editAction()));
    QVERIFY(m_window->agentsMenu()->actions().contains(editing->createAction()));
    QVERIFY(m_window->agentsMenu()->actions().contains(editing->deactivateAction()));
    QVERIFY(m_window->actions().contains(editing->undoAction()));
    QVERIFY(m_window->viewMenu()->actions().contains(editing->changeLogAction()));
    auto *editMenu = m_window->findChild<QMenu *>(QStringLiteral("editMenu"));
    QVERIFY(editMenu);
    QVERIFY(editMenu->actions().contains(editing->undoAction()));
}

void TestAppShell::edit_save_rowUpdatedInPlace_selectionKept()
{
    const qint64 id = m_window->model()->idAt(3);
    QVERIFY(m_window->selectAgent(id));
    QVERIFY(m_window->editAction()->isEnabled());
    m_server->clearRequests();
    QSignalSpy reset(m_window->model(), &QAbstractItemModel::modelReset);

    m_window->editAction()->trigger();
    auto *dialog = m_window->findChild<AgentEditDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->agentId(), id);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), AgentEditDialog::State::Editing, 10000);

    auto *firstName =
        qobject_cast<QLineEdit *>(dialog->form()->fieldWidget(QStringLiteral("FirstName")));
    QVERIFY(firstName);
    firstName->selectAll();
    QTest::keyClicks(firstName, QStringLiteral("Zoltan"));
    QVERIFY(dialog->saveButton()->isEnabled());

    QSignalSpy updated(m_shell->editing(), &EditingActions::agentUpdated);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(updated.wait(10000));

    QList<QByteArray> patches;
    for (const sim::RecordedRequest &request : m_server->requests()) {
        if (request.method == "PATCH")
            patches.append(request.body);
    }
    QCOMPARE(patches.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(patches.first()).object(),
             QJsonObject({{QStringLiteral("FirstName"), QStringLiteral("Zoltan")}}));
    QCOMPARE(m_server->tenant().agent(id)->value(QStringLiteral("FirstName")).toString(),
             QStringLiteral("Zoltan"));

    QCOMPARE(cell(id, AgentColumn::FirstName), QStringLiteral("Zoltan"));
    QCOMPARE(m_window->model()->rowOfId(id), 3); // in place, no reload
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_window->selectedIds(), QList<qint64>{id});
    QVERIFY(m_shell->editing()->undoAction()->isEnabled());
}

void TestAppShell::deactivate_confirmed_rowShowsInactive()
{
    qint64 id = 0;
    for (const QJsonObject &record : m_window->model()->records()) {
        if (!record.value(QStringLiteral("IsInactive")).toBool()) {
            id = Agent(record).id();
            break;
        }
    }
    QVERIFY(id != 0);
    QVERIFY(m_window->selectAgent(id));
    QAction *deactivate = m_shell->editing()->deactivateAction();
    QVERIFY(deactivate->isEnabled());
    QVERIFY(!m_shell->editing()->activateAction()->isEnabled());
    QCOMPARE(cell(id, AgentColumn::Status), QStringLiteral("Active"));

    m_dialogs->setNextAnswer(QMessageBox::Yes);
    QSignalSpy changed(m_shell->editing(), &EditingActions::agentActiveChanged);
    deactivate->trigger();
    QVERIFY(changed.wait(10000));

    QCOMPARE(m_dialogs->asked().size(), 1);
    QCOMPARE(m_server->tenant().agent(id)->value(QStringLiteral("IsInactive")).toBool(), true);
    QCOMPARE(cell(id, AgentColumn::Status), QStringLiteral("Inactive"));
    QCOMPARE(m_window->selectedIds(), QList<qint64>{id});
    // The actions follow the row: nothing left to deactivate, something to activate.
    QVERIFY(!deactivate->isEnabled());
    QVERIFY(m_shell->editing()->activateAction()->isEnabled());
}

void TestAppShell::editSignals_dropPagesReadAhead_data()
{
    QTest::addColumn<int>("signal");
    QTest::addColumn<qint64>("id");
    QTest::newRow("edit saved, on the page") << 0 << qint64(1003);
    QTest::newRow("edit undone, on page 2") << 0 << qint64(1055);
    QTest::newRow("agent created") << 1 << qint64(9001);
    QTest::newRow("deactivated, on the page") << 2 << qint64(1003);
    QTest::newRow("activation undone, on page 2") << 2 << qint64(1055);
}

// Whatever the editing area changed, on the page shown or not, the pages read ahead go: they
// may show the agent as it was.
void TestAppShell::editSignals_dropPagesReadAhead()
{
    QFETCH(int, signal);
    QFETCH(qint64, id);
    ui::PagePrefetcher *ahead = m_window->controller()->prefetcher();
    QTRY_VERIFY(ahead->isIdle());
    QVERIFY(ahead->cachedPages() >= 2); // the page shown and page 2
    QJsonObject record = *m_server->tenant().agent(1003);
    record.insert(QStringLiteral("Id"), id);
    EditingActions *editing = m_shell->editing();
    if (signal == 0)
        Q_EMIT editing->agentUpdated(record);
    else if (signal == 1)
        Q_EMIT editing->agentCreated(record);
    else
        Q_EMIT editing->agentActiveChanged(id, true);
    QCOMPARE(ahead->cachedPages(), 0);
}

void TestAppShell::switchTo_otherTenant_reloadsAndRetitles()
{
    QPointer<SignTrakerClient> first = m_window->client();
    std::unique_ptr<SimServer> second = startServer(7, 42);
    QVERIFY(second);
    SignTrakerClient *client = test::clientFor(*second, second->apiKey()).release();

    QSignalSpy loaded(m_window->controller(), &AgentsController::pageLoaded);
    m_shell->switchTo(client, QStringLiteral("branch"));
    QVERIFY(loaded.wait(10000));

    QCOMPARE(m_window->client(), client);
    QCOMPARE(m_shell->editing()->client(), client);
    QCOMPARE(m_window->model()->rowCount(), 7);
    bool listed = false;
    for (const sim::RecordedRequest &request : second->requests())
        listed |= request.method == "GET" && request.path == QStringLiteral("/api/agents");
    QVERIFY(listed);
    QVERIFY2(m_window->windowTitle().contains(QStringLiteral("branch")),
             qPrintable(m_window->windowTitle()));
    QTRY_VERIFY(first.isNull()); // the previous client goes once nothing uses it

    // Editing now writes to the second tenant.
    m_window->selectAgent(m_window->model()->idAt(0));
    m_window->editAction()->trigger();
    auto *dialog = m_window->findChild<AgentEditDialog *>();
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), AgentEditDialog::State::Editing, 10000);
    bool read = false;
    for (const sim::RecordedRequest &request : second->requests())
        read |= request.path == QStringLiteral("/api/agents/%1").arg(dialog->agentId());
    QVERIFY(read);
    dialog->close();
    delete dialog;
    m_window.reset(); // before the second simulator goes
}

void TestAppShell::switchTo_openEditor_closedAndOldTenantGetsNothingMore()
{
    QPointer<SignTrakerClient> first = m_window->client();
    QVERIFY(m_window->selectAgent(m_window->model()->idAt(2)));
    m_window->editAction()->trigger();
    QPointer<AgentEditDialog> dialog = m_window->findChild<AgentEditDialog *>();
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), AgentEditDialog::State::Editing, 10000);
    const QString record = QStringLiteral("/api/agents/%1").arg(dialog->agentId());
    auto *firstName =
        qobject_cast<QLineEdit *>(dialog->form()->fieldWidget(QStringLiteral("FirstName")));
    QVERIFY(firstName);
    firstName->selectAll();
    QTest::keyClicks(firstName, QStringLiteral("Zoltan"));
    // Saved, then the profile switches before the save has gone out.
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    const qsizetype before = m_server->requests().size();

    std::unique_ptr<SimServer> second = startServer(7, 42);
    QVERIFY(second);
    QSignalSpy loaded(m_window->controller(), &AgentsController::pageLoaded);
    m_shell->switchTo(test::clientFor(*second, second->apiKey()).release(),
                      QStringLiteral("branch"));
    QVERIFY(dialog.isNull()); // closed at once, not when the user gets to it
    QVERIFY(m_window->findChildren<AgentEditDialog *>().isEmpty());
    QVERIFY(loaded.wait(10000));
    QTRY_VERIFY(first.isNull());

    // The new tenant is in use (its agents are listed and read); the old one heard nothing more.
    m_window->selectAgent(m_window->model()->idAt(0));
    m_window->editAction()->trigger();
    auto *next = m_window->findChild<AgentEditDialog *>();
    QVERIFY(next);
    QTRY_COMPARE_WITH_TIMEOUT(next->state(), AgentEditDialog::State::Editing, 10000);
    const QList<sim::RecordedRequest> requests = m_server->requests();
    QStringList after;
    // The pick lists the editor asked for may still arrive; the save's re-read and patch not.
    for (qsizetype i = before; i < requests.size(); ++i) {
        if (requests.at(i).path == record || requests.at(i).method != "GET")
            after << QString::fromLatin1(requests.at(i).method) + u' ' + requests.at(i).path;
    }
    QVERIFY2(after.isEmpty(), qPrintable(after.join(u'|')));
    for (const sim::RecordedRequest &request : requests)
        QVERIFY(request.method != "PATCH");
    delete next;
    m_window.reset(); // before the second simulator goes
}

void TestAppShell::syncRoster_runFinished_tableReadAgain()
{
    m_shell->roster()->syncAction()->trigger();
    QPointer<RosterSyncDialog> dialog = m_window->findChild<RosterSyncDialog *>();
    QVERIFY(dialog);
    QVERIFY(waitForLoad());
    m_server->clearRequests();
    // A run changed many agents: the rows shown are read again, without being asked.
    Q_EMIT dialog->runFinished();
    QTRY_VERIFY(std::any_of(m_server->requests().cbegin(), m_server->requests().cend(),
                            [](const sim::RecordedRequest &r) {
                                return r.method == "GET" && r.path == QLatin1String("/api/agents");
                            }));
    dialog->close();
}

void TestAppShell::syncRoster_inAgentsMenu_dialogClosedOnSwitch()
{
    QAction *sync = m_shell->roster()->syncAction();
    QVERIFY(m_window->agentsMenu()->actions().contains(sync));
    QVERIFY(!m_window->agentContextMenu()->actions().contains(sync)); // not about the rows
    QVERIFY(sync->isEnabled());
    sync->trigger();
    QPointer<RosterSyncDialog> dialog = m_window->findChild<RosterSyncDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    sync->trigger(); // raised, not a second one
    QCOMPARE(m_window->findChildren<RosterSyncDialog *>().size(), 1);

    // A roster planned against one tenant is never applied to the next.
    std::unique_ptr<SimServer> second = startServer(7, 42);
    QVERIFY(second);
    m_shell->switchTo(test::clientFor(*second, second->apiKey()).release(),
                      QStringLiteral("branch"));
    QVERIFY(dialog.isNull());
    sync->trigger();
    QVERIFY(m_window->findChild<RosterSyncDialog *>());
    m_window.reset(); // before the second simulator goes
}

void TestAppShell::switchTo_runningExport_stops()
{
    const QString file = m_dir.filePath(QStringLiteral("export.csv"));
    QFile::remove(file);
    QSignalSpy finished(m_window.get(), &MainWindow::exportFinished);
    QSignalSpy failed(m_window.get(), &MainWindow::exportFailed);
    m_window->exportCsv(false, true, file); // every page of the first tenant
    QVERIFY(m_window->findChild<QProgressDialog *>(QStringLiteral("exportProgress")));

    std::unique_ptr<SimServer> second = startServer(7, 42);
    QVERIFY(second);
    QSignalSpy loaded(m_window->controller(), &AgentsController::pageLoaded);
    m_shell->switchTo(test::clientFor(*second, second->apiKey()).release(),
                      QStringLiteral("branch"));
    QVERIFY(loaded.wait(10000));
    QTRY_VERIFY(!m_window->findChild<QProgressDialog *>(QStringLiteral("exportProgress")));
    QVERIFY(finished.isEmpty());
    QVERIFY(failed.isEmpty());
    QVERIFY(!QFile::exists(file)); // nothing of the previous tenant written
    m_window.reset();
}

void TestAppShell::profileMenu_switchesThroughConnection_failureOffersSettings()
{
    std::unique_ptr<SimServer> second = startServer(7, 42);
    QVERIFY(second);
    ProfileStore profiles(m_dir.filePath(QStringLiteral("profiles.ini")));
    for (const auto &[name, server] : {std::pair{QStringLiteral("first"), m_server.get()},
                                       std::pair{QStringLiteral("branch"), second.get()}}) {
        Profile profile;
        profile.name = name;
        profile.baseUrl = server->baseUrl().toString();
        profiles.save(profile);
    }
    profiles.setDefaultProfile(QStringLiteral("first"));
    KeyStore keys(QStringLiteral("signtraker-admin-test"));
    keys.setRetryDelay(std::chrono::milliseconds(10));
    for (const auto &[name, server] : {std::pair{QStringLiteral("first"), m_server.get()},
                                       std::pair{QStringLiteral("branch"), second.get()}}) {
        QSignalSpy written(&keys, &KeyStore::keyWritten);
        keys.writeKey(name, server->apiKey());
        QVERIFY(written.wait(20000));
    }
    ConnectionManager connection(&profiles, &keys, QProcessEnvironment());
    m_shell->setConnections(&connection, &profiles, &keys, QProcessEnvironment());

    QAction *settings = m_shell->settingsAction();
    QVERIFY(m_window->fileMenu()->actions().contains(settings));
    QCOMPARE(settings->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));

    m_shell->rebuildProfileMenu();
    QAction *branch = nullptr;
    QStringList texts;
    for (QAction *action : m_shell->profileMenu()->actions()) {
        texts << action->text();
        if (action->data().toString() == QStringLiteral("first"))
            QVERIFY(action->isChecked());
        if (action->data().toString() == QStringLiteral("branch"))
            branch = action;
    }
    QVERIFY2(texts.contains(QStringLiteral("first (default)")), qPrintable(texts.join(u'|')));
    QVERIFY(branch);

    QSignalSpy loaded(m_window->controller(), &AgentsController::pageLoaded);
    branch->trigger();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(m_window->profileName(), QStringLiteral("branch"));
    QCOMPARE(m_window->model()->rowCount(), 7);
    QCOMPARE(m_shell->editing()->client(), m_window->client());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("branch")));
    if (!keys.isAvailable()) {
        QTRY_VERIFY(m_shell->keychainWarning());
        QVERIFY(m_shell->keychainWarning()->isVisibleTo(m_window.get()));
        QVERIFY(m_shell->keychainWarning()->text().contains(KeyStore::unavailableWarning()));
    }

    // A profile that cannot connect: the banner says so and offers Settings.
    connection.resolve(QStringLiteral("nope"));
    QTRY_VERIFY(m_window->errorBanner()->hasMessage());
    QPushButton *button = m_window->errorBanner()->actionButton();
    QTRY_VERIFY(button->isVisibleTo(m_window.get()));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(m_shell->settingsDialog());
    QVERIFY(m_shell->settingsDialog()->isVisible());
    QCOMPARE(m_shell->settingsDialog()->currentProfile(), QStringLiteral("branch"));
    m_shell->settingsDialog()->close();
    m_window.reset(); // before the stores and the second simulator go
}

namespace {

// The stores a shell gets in every mode, in the test's own folder and keychain service.
struct Connections
{
    explicit Connections(const QString &folder)
        : profiles(folder + QStringLiteral("/profiles.ini"))
        , keys(QStringLiteral("signtraker-admin-test"))
        , connection(&profiles, &keys, QProcessEnvironment())
    {
        keys.setRetryDelay(std::chrono::milliseconds(10));
    }
    ProfileStore profiles;
    KeyStore keys;
    ConnectionManager connection;
};

void fillWelcome(WelcomeDialog *welcome, const SimServer &server)
{
    auto *tenant = welcome->findChild<QLineEdit *>(QStringLiteral("tenant"));
    auto *key = welcome->findChild<QLineEdit *>(QStringLiteral("apiKey"));
    QVERIFY(tenant && key);
    tenant->setText(server.baseUrl().toString());
    key->setText(server.apiKey());
}

} // namespace

void TestAppShell::demoMode_fileMenuOffersSettingsAndConnect_connectSwitchesTenant()
{
    // As app/main.cpp wires --demo: connections are set, but start() is not called.
    std::unique_ptr<SimServer> tenant = startServer(7, 42);
    QVERIFY(tenant);
    Connections stores(m_dir.path());
    m_shell->setConnections(&stores.connection, &stores.profiles, &stores.keys,
                            QProcessEnvironment());
    QVERIFY(m_window->fileMenu()->actions().contains(m_shell->settingsAction()));
    QVERIFY(m_window->fileMenu()->actions().contains(m_shell->connectAction()));
    QVERIFY(m_window->fileMenu()->actions().contains(m_shell->profileMenu()->menuAction()));
    QVERIFY(!m_shell->welcomeDialog()); // nothing opens by itself in the demo

    m_shell->connectAction()->trigger();
    WelcomeDialog *welcome = m_shell->welcomeDialog();
    QVERIFY(welcome);
    QVERIFY(welcome->isVisible());
    fillWelcome(welcome, *tenant);
    QSignalSpy loaded(m_window->controller(), &AgentsController::pageLoaded);
    welcome->connectToTenant();
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->client() && m_window->client()->config().baseUrl() == tenant->baseUrl(), 20000);
    QVERIFY(loaded.wait(20000) || m_window->model()->rowCount() == 7);
    QCOMPARE(m_window->model()->rowCount(), 7);
    QVERIFY(stores.profiles.profile(m_window->profileName()).has_value());
    m_window.reset(); // before the stores and the simulator go
}

void TestAppShell::firstRun_welcome_demoChosen_requestsDemo()
{
    Connections stores(m_dir.path());
    QVERIFY(stores.profiles.names().isEmpty());
    m_shell->setConnections(&stores.connection, &stores.profiles, &stores.keys,
                            QProcessEnvironment());
    QSignalSpy demo(m_shell, &AppShell::demoRequested);
    m_shell->start();
    WelcomeDialog *welcome = m_shell->welcomeDialog();
    QVERIFY(welcome);
    QVERIFY(welcome->isVisible());
    welcome->chooseDemo();
    QCOMPARE(demo.size(), 1);
    QVERIFY(stores.profiles.names().isEmpty()); // the demo saves no profile
    m_window.reset();
}

void TestAppShell::firstRun_welcome_newProfile_connects()
{
    std::unique_ptr<SimServer> tenant = startServer(7, 42);
    QVERIFY(tenant);
    Connections stores(m_dir.path());
    m_shell->setConnections(&stores.connection, &stores.profiles, &stores.keys,
                            QProcessEnvironment());
    m_shell->start();
    WelcomeDialog *welcome = m_shell->welcomeDialog();
    QVERIFY(welcome);
    fillWelcome(welcome, *tenant);
    welcome->connectToTenant();
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->client() && m_window->client()->config().baseUrl() == tenant->baseUrl(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), 7, 20000);
    QCOMPARE(stores.profiles.names().size(), 1);
    QCOMPARE(stores.profiles.defaultProfile(), stores.profiles.names().constFirst());
    QCOMPARE(m_window->profileName(), stores.profiles.names().constFirst());
    m_window.reset();
}

void TestAppShell::settings_activeProfileUrlChanged_reconnects()
{
    std::unique_ptr<SimServer> moved = startServer(7, 42);
    QVERIFY(moved);
    moved->setApiKey(m_server->apiKey()); // the same key, another address
    Connections stores(m_dir.path());
    Profile profile;
    profile.name = QStringLiteral("office");
    profile.baseUrl = m_server->baseUrl().toString();
    stores.profiles.save(profile);
    QSignalSpy written(&stores.keys, &KeyStore::keyWritten);
    stores.keys.writeKey(profile.name, m_server->apiKey());
    QVERIFY(written.wait(20000));
    m_shell->setConnections(&stores.connection, &stores.profiles, &stores.keys,
                            QProcessEnvironment());
    m_shell->start(profile.name);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->profileName(), profile.name, 20000);

    SettingsDialog *settings = m_shell->openSettings();
    QVERIFY(settings);
    QCOMPARE(settings->currentProfile(), profile.name);
    auto *baseUrl = settings->findChild<QLineEdit *>(QStringLiteral("baseUrl"));
    QVERIFY(baseUrl);
    baseUrl->selectAll();
    QTest::keyClicks(baseUrl, moved->baseUrl().toString()); // typed, as a user would
    QVERIFY(settings->save());
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->client() && m_window->client()->config().baseUrl() == moved->baseUrl(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), 7, 20000);
    settings->close();
    m_window.reset();
}

QTEST_MAIN(TestAppShell)
#include "tst_appshell.moc"
