// SPDX-License-Identifier: Apache-2.0
// Plugs the areas into the main window: editing (its actions, undo, the change log, rows updated
// in place), connections (Settings…, the Profile menu, switching tenants, the keychain warning)
// and the first run. It owns the clients it is given. app/ only parses the command line and, for
// the demo, starts the simulator (ui/ does not depend on sim/).
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QString>

#include "profile.h"

#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;

namespace signtraker {
class ApiError;
class ClientConfig;
class KeyStore;
class ProfileStore;
class SignTrakerClient;
} // namespace signtraker

namespace signtraker::ui {

class ConnectionManager;
class EditingActions;
class LocalCopyArea;
class MainWindow;
class RosterActions;
class SettingsDialog;
class WelcomeDialog;

class AppShell : public QObject
{
    Q_OBJECT

public:
    // Wires editing into window at once, with window's client (which the shell then owns).
    explicit AppShell(MainWindow *window, QObject *parent = nullptr);
    ~AppShell() override;

    MainWindow *window() const { return m_window; }
    EditingActions *editing() const { return m_editing; }
    LocalCopyArea *localCopy() const { return m_local; }
    RosterActions *roster() const { return m_roster; }

    // Saved profiles and the keychain: adds "Connect to your tenant…", Settings… (Ctrl+,) and the
    // Profile menu to the File menu. Called in every mode, the demo and --base-url/--subdomain
    // included, so that every way in reaches Settings. The objects must outlive the shell.
    void setConnections(ConnectionManager *connection, ProfileStore *profiles, KeyStore *keys,
                        const QProcessEnvironment &environment);
    // With connections and no tenant given on the command line: the welcome dialog on first run
    // (no profile, nothing in the environment), otherwise connects with profileName (empty: the
    // default).
    void start(const QString &profileName = {});

    // Takes ownership of client and shows its agents. The dialogs and runs of the previous client
    // (editors, bulk activations) are closed at once, then that client is deleted: nothing more
    // reaches the previous tenant.
    void switchTo(SignTrakerClient *client, const QString &profileName);

    QAction *settingsAction() const { return m_settingsAction; }
    QAction *connectAction() const { return m_connectAction; }
    QMenu *profileMenu() const { return m_profileMenu; }
    QLabel *keychainWarning() const { return m_keychainWarning; }
    SettingsDialog *settingsDialog() const;
    WelcomeDialog *welcomeDialog() const;

public Q_SLOTS:
    // Non-modal; raises the one already open.
    SettingsDialog *openSettings();
    // The welcome dialog's way in: a tenant and its key, tested, saved as a profile, connected.
    WelcomeDialog *openWelcome();
    // Fills the Profile menu from the store: every profile, the current one checked, the default
    // marked.
    void rebuildProfileMenu();

Q_SIGNALS:
    // The welcome dialog's "try the demo": app starts the simulator and calls switchTo().
    void demoRequested();

private:
    void wireEditing();
    void wireLocalCopy();
    void onConfigReady(const signtraker::ClientConfig &config, const QString &profileName);
    void onConnectionFailed(const signtraker::ApiError &error, const QString &profileName);
    void onKeychainUnavailable(const QString &warning);
    void retire(SignTrakerClient *client, const QList<QObject *> &stillUsing);
    void applyActiveChange(qint64 id, bool isInactive);
    void reconnectIfActiveProfileChanged();

    MainWindow *m_window;
    EditingActions *m_editing;
    LocalCopyArea *m_local = nullptr;
    RosterActions *m_roster = nullptr;
    QPointer<SignTrakerClient> m_client;
    ConnectionManager *m_connection = nullptr;
    ProfileStore *m_profiles = nullptr;
    KeyStore *m_keys = nullptr;
    QProcessEnvironment m_environment;
    QAction *m_settingsAction = nullptr;
    QAction *m_connectAction = nullptr;
    // The active profile as it was when its client was made: Settings changing its tenant or
    // network values reconnects.
    std::optional<Profile> m_connectedProfile;
    QMenu *m_profileMenu = nullptr;
    QPointer<QActionGroup> m_profileGroup;
    QLabel *m_keychainWarning = nullptr;
    QPointer<SettingsDialog> m_settings;
    QPointer<WelcomeDialog> m_welcome;
};

} // namespace signtraker::ui
