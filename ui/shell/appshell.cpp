// SPDX-License-Identifier: Apache-2.0
#include "appshell.h"

#include "agentdetailpane.h"
#include "agentscontroller.h"
#include "agentstablemodel.h"
#include "changelogdock.h"
#include "connectionmanager.h"
#include "dialogs.h"
#include "editingactions.h"
#include "errorbanner.h"
#include "icons.h"
#include "localcopy.h"
#include "localcopyarea.h"
#include "mainwindow.h"
#include "plaintext.h"
#include "rosteractions.h"
#include "settingsdialog.h"
#include "welcomedialog.h"

#include "agent.h"
#include "apierror.h"
#include "clientconfig.h"
#include "keystore.h"
#include "profilestore.h"
#include "signtrakerclient.h"

#include <QAction>
#include <QActionGroup>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

#include <memory>

namespace signtraker::ui {

AppShell::AppShell(MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_editing(new EditingActions(window->client(), window->dialogs(), window, this))
    , m_roster(new RosterActions(window->client(), window->profileName(), window->dialogs(),
                                 window->settings(), m_editing->changeLog(), window, this))
    , m_client(window->client())
{
    if (m_client)
        m_client->setParent(this);
    wireEditing();
    wireLocalCopy();
}

AppShell::~AppShell() = default;

SettingsDialog *AppShell::settingsDialog() const
{
    return m_settings;
}

WelcomeDialog *AppShell::welcomeDialog() const
{
    return m_welcome;
}

void AppShell::wireEditing()
{
    MainWindow *window = m_window;
    m_editing->setSelectionProvider([window] { return window->selectedRecords(); });

    // One Edit action: the window's (Enter, double-click, toolbar, menus) opens the editor.
    connect(window->editAction(), &QAction::triggered, m_editing, &EditingActions::editSelected);
    window->addAgentActions({m_editing->createAction(), m_editing->activateAction(),
                             m_editing->deactivateAction(), m_editing->bulkEditAction()});
    // Not about the selected rows: the Agents menu only, not the rows' context menu.
    window->agentsMenu()->addSeparator();
    window->agentsMenu()->addAction(m_roster->syncAction());

    QAction *undo = m_editing->undoAction();
    auto *editMenu = new QMenu(tr("&Edit"), window);
    editMenu->setObjectName(QStringLiteral("editMenu"));
    editMenu->addAction(undo);
    window->menuBar()->insertMenu(window->agentsMenu()->menuAction(), editMenu);
    window->mainToolBar()->addAction(undo);
    window->addAction(undo); // Ctrl+Z wherever the focus is (a line edit keeps its own)

    ChangeLogDock *dock = m_editing->changeLogDock();
    window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();
    window->viewMenu()->addAction(m_editing->changeLogAction());

    connect(window, &MainWindow::selectedAgentsChanged, m_editing,
            &EditingActions::selectionChanged);
    connect(m_editing, &EditingActions::agentUpdated, window, [this](const QJsonObject &record) {
        m_window->model()->updateRecord(record);
        const QList<QJsonObject> selected = m_window->selectedRecords();
        if (selected.size() == 1 && Agent(selected.first()).id() == Agent(record).id())
            m_window->detailPane()->showAgent(record);
        m_editing->selectionChanged();
    });
    connect(m_editing, &EditingActions::agentCreated, window, [this](const QJsonObject &record) {
        m_window->model()->prependRecord(record);
        m_window->selectAgent(Agent(record).id());
    });
    connect(m_editing, &EditingActions::agentActiveChanged, this, &AppShell::applyActiveChange);
    connect(m_editing, &EditingActions::message, window,
            [this](const QString &text) { m_window->statusBar()->showMessage(text, 10000); });
}

// Every answer of the service to the window's writes updates the local copy's row.
void AppShell::wireLocalCopy()
{
    m_local = new LocalCopyArea(m_window, m_window->settings(), this);
    connect(m_editing, &EditingActions::agentUpdated, m_local, &LocalCopyArea::recordSaved);
    connect(m_editing, &EditingActions::agentCreated, m_local, &LocalCopyArea::recordSaved);
    connect(m_editing, &EditingActions::agentActiveChanged, m_local, &LocalCopyArea::activeChanged);
    // A roster run writes many agents at once: the table reads them again, and an existing
    // copy is refreshed in the background rather than row by row.
    connect(m_roster, &RosterActions::runFinished, this, [this] {
        if (m_local->copy() && m_local->copy()->exists())
            m_local->refreshCopy();
        m_window->refresh();
    });
}

void AppShell::applyActiveChange(qint64 id, bool isInactive)
{
    AgentsTableModel *model = m_window->model();
    const int row = model->rowOfId(id);
    if (row >= 0) {
        QJsonObject record = model->recordAt(row);
        record.insert(QStringLiteral("IsInactive"), isInactive);
        model->updateRecord(record);
    } else {
        m_window->controller()->recordsEdited(); // an undo after paging away
    }
    m_editing->selectionChanged();
}

void AppShell::setConnections(ConnectionManager *connection, ProfileStore *profiles, KeyStore *keys,
                              const QProcessEnvironment &environment)
{
    m_connection = connection;
    m_profiles = profiles;
    m_keys = keys;
    m_environment = environment;

    m_settingsAction =
        new QAction(Icons::fromTheme(QStringLiteral("configure")), tr("&Settings…"), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &AppShell::openSettings);
    m_connectAction = new QAction(tr("&Connect to Your Tenant…"), this);
    m_connectAction->setObjectName(QStringLiteral("connectAction"));
    connect(m_connectAction, &QAction::triggered, this, &AppShell::openWelcome);
    m_window->addFileAction(m_connectAction);
    m_window->addFileAction(m_settingsAction);

    m_profileMenu = new QMenu(tr("&Profile"), m_window);
    m_profileMenu->setObjectName(QStringLiteral("profileMenu"));
    connect(m_profileMenu, &QMenu::aboutToShow, this, &AppShell::rebuildProfileMenu);
    m_window->addFileAction(m_profileMenu->menuAction());
    rebuildProfileMenu();

    connect(connection, &ConnectionManager::configReady, this, &AppShell::onConfigReady);
    connect(connection, &ConnectionManager::failed, this, &AppShell::onConnectionFailed);
    connect(connection, &ConnectionManager::keychainUnavailable, this,
            &AppShell::onKeychainUnavailable);
    // Found missing before the manager was listening (a key written first).
    if (keys && !keys->isAvailable())
        onKeychainUnavailable(KeyStore::unavailableWarning());
}

void AppShell::start(const QString &profileName)
{
    if (!m_connection)
        return;
    // A settings file that could not be read is said at once, before anything tries to change it
    // (ProfileStore refuses to write over it).
    if (m_profiles && !m_profiles->error().isEmpty())
        m_window->dialogs()->warning(m_window, tr("Settings file problem"), m_profiles->error());
    if (profileName.isEmpty() && m_connection->needsWelcome()) {
        openWelcome();
        return;
    }
    m_connection->resolve(profileName);
}

WelcomeDialog *AppShell::openWelcome()
{
    if (!m_profiles)
        return nullptr;
    if (m_welcome) {
        m_welcome->raise();
        m_welcome->activateWindow();
        return m_welcome;
    }
    auto *welcome = new WelcomeDialog(m_profiles, m_keys, m_window);
    welcome->setAttribute(Qt::WA_DeleteOnClose);
    m_welcome = welcome;
    connect(welcome, &WelcomeDialog::demoChosen, this, &AppShell::demoRequested);
    connect(welcome, &WelcomeDialog::profileCreated, this, [this](const QString &name) {
        rebuildProfileMenu();
        m_connection->resolve(name);
    });
    welcome->open();
    return welcome;
}

void AppShell::rebuildProfileMenu()
{
    if (!m_profileMenu || !m_profiles)
        return;
    m_profileMenu->clear();
    delete m_profileGroup;
    const QStringList names = m_profiles->names();
    if (names.isEmpty()) {
        QAction *none = m_profileMenu->addAction(tr("No saved profiles"));
        none->setEnabled(false);
    }
    auto *group = new QActionGroup(m_profileMenu);
    m_profileGroup = group;
    group->setExclusive(true);
    const QString defaultName = m_profiles->defaultProfile();
    for (const QString &name : names) {
        const QString text = name == defaultName ? tr("%1 (default)").arg(name) : name;
        QAction *action = m_profileMenu->addAction(text);
        action->setData(name);
        action->setCheckable(true);
        action->setChecked(name == m_window->profileName());
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, name] { m_connection->resolve(name); });
    }
    m_profileMenu->addSeparator();
    m_profileMenu->addAction(m_settingsAction);
}

SettingsDialog *AppShell::openSettings()
{
    if (!m_profiles)
        return nullptr;
    if (m_settings) {
        m_settings->raise();
        m_settings->activateWindow();
        return m_settings;
    }
    auto *dialog =
        new SettingsDialog(m_profiles, m_keys, m_environment, m_window->dialogs(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_settings = dialog;
    if (!m_window->profileName().isEmpty())
        dialog->selectProfile(m_window->profileName());
    connect(dialog, &SettingsDialog::profilesChanged, this, &AppShell::rebuildProfileMenu);
    connect(dialog, &SettingsDialog::profilesChanged, this,
            &AppShell::reconnectIfActiveProfileChanged);
    connect(dialog, &SettingsDialog::profilesChanged, m_local, &LocalCopyArea::profilesChanged);
    // A saved key or tenant of the profile in use applies at once.
    connect(dialog, &SettingsDialog::keySaved, this,
            [this](const QString &profile, const QString &) {
                if (m_connection && profile == m_connection->activeProfile() && !profile.isEmpty())
                    m_connection->resolve(profile);
            });
    dialog->open();
    return dialog;
}

void AppShell::reconnectIfActiveProfileChanged()
{
    if (!m_connection || !m_profiles)
        return;
    const QString active = m_connection->activeProfile();
    if (active.isEmpty() || !m_connectedProfile)
        return;
    const std::optional<Profile> now = m_profiles->profile(active);
    // Removed: the window keeps its client until the user picks another profile.
    if (now && *now != *m_connectedProfile)
        m_connection->resolve(active);
}

void AppShell::onConfigReady(const ClientConfig &config, const QString &profileName)
{
    m_connectedProfile = profileName.isEmpty() ? std::nullopt : m_profiles->profile(profileName);
    m_window->errorBanner()->setRetryVisible(true);
    const QString name = profileName.isEmpty() ? config.baseUrl().host() : profileName;
    switchTo(new SignTrakerClient(config), name);
}

void AppShell::onConnectionFailed(const ApiError &error, const QString &profileName)
{
    ErrorBanner *banner = m_window->errorBanner();
    banner->showError(error, profileName.isEmpty()
                                 ? tr("Not connected")
                                 : tr("Could not connect with the profile %1").arg(profileName));
    banner->setMessageAction(m_settingsAction);
}

void AppShell::onKeychainUnavailable(const QString &warning)
{
    if (!m_keychainWarning) {
        m_keychainWarning = new QLabel(m_window);
        m_keychainWarning->setObjectName(QStringLiteral("keychainWarning"));
        m_keychainWarning->setTextFormat(Qt::PlainText);
        m_keychainWarning->setAccessibleName(tr("Keychain warning"));
        m_keychainWarning->setWordWrap(false);
        m_window->statusBar()->addPermanentWidget(m_keychainWarning);
    }
    m_keychainWarning->setText(u"⚠ " + warning);
    m_keychainWarning->setToolTip(PlainText::toolTip(warning));
    m_keychainWarning->show();
}

void AppShell::switchTo(SignTrakerClient *client, const QString &profileName)
{
    if (client)
        client->setParent(this);
    SignTrakerClient *previous = m_client;
    m_client = client;
    QList<QObject *> stillUsing = m_editing->setClient(client);
    stillUsing += m_roster->setClient(client, profileName);
    if (client != m_window->client() || profileName != m_window->profileName())
        m_window->setClient(client, profileName);
    if (previous != client)
        retire(previous, stillUsing);
    rebuildProfileMenu();
}

// What was open for the previous tenant ends with it, before its client goes: an Id of one tenant
// is another agent in the next, and an editor left open would still write to the tenant the user
// left. Newest first, so that a dialog goes before the run it shows.
void AppShell::retire(SignTrakerClient *client, const QList<QObject *> &stillUsing)
{
    QList<QPointer<QObject>> users;
    for (QObject *user : stillUsing)
        users.prepend(user);
    bool closedDialogs = false;
    for (const QPointer<QObject> &user : std::as_const(users)) {
        if (QObject *object = user.data()) {
            closedDialogs |= object->isWidgetType() && static_cast<QWidget *>(object)->isVisible();
            delete object;
        }
    }
    if (closedDialogs)
        m_window->statusBar()->showMessage(
            tr("The dialogs of the previous connection were closed; nothing more is sent to it."),
            10000);
    if (client)
        client->deleteLater();
}

} // namespace signtraker::ui
