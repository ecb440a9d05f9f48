// SPDX-License-Identifier: Apache-2.0
// "Sync Roster…" in the Agents menu, wired like Edit Selected…: opens (or raises) the roster sync
// dialog for the window's client and profile. Applied items go to the window's change log.
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QSettings;
class QWidget;

namespace signtraker {
class ChangeLog;
class SignTrakerClient;
} // namespace signtraker

namespace signtraker::ui {

class Dialogs;
class RosterSyncDialog;

class RosterActions : public QObject
{
    Q_OBJECT

public:
    // window: the parent of the dialog; settings: the window's UI settings (may be null); log:
    // the window's change log (may be null).
    RosterActions(SignTrakerClient *client, const QString &profileName, Dialogs *dialogs,
                  QSettings *settings, ChangeLog *log, QWidget *window, QObject *parent = nullptr);

    QAction *syncAction() const { return m_sync; }
    RosterSyncDialog *dialog() const;

    // Another tenant: returns the dialog of the previous one (for the caller to close before
    // that client goes); the next dialog uses client and profileName.
    QList<QObject *> setClient(SignTrakerClient *client, const QString &profileName);

public Q_SLOTS:
    RosterSyncDialog *openDialog();

Q_SIGNALS:
    // A run (or its revert) changed the tenant: what the window shows may be out of date.
    void runFinished();

private:
    QPointer<SignTrakerClient> m_client;
    QString m_profile;
    Dialogs *m_dialogs;
    QSettings *m_settings;
    QPointer<ChangeLog> m_log;
    QPointer<QWidget> m_window;
    QAction *m_sync;
    QPointer<RosterSyncDialog> m_dialog;
};

} // namespace signtraker::ui
