// SPDX-License-Identifier: Apache-2.0
#include "rosteractions.h"

#include "icons.h"
#include "rostersyncdialog.h"

#include "changelog.h"
#include "signtrakerclient.h"

#include <QAction>
#include <QWidget>

namespace signtraker::ui {

RosterActions::RosterActions(SignTrakerClient *client, const QString &profileName, Dialogs *dialogs,
                             QSettings *settings, ChangeLog *log, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_profile(profileName)
    , m_dialogs(dialogs)
    , m_settings(settings)
    , m_log(log)
    , m_window(window)
    , m_sync(
          new QAction(Icons::fromTheme(QStringLiteral("view-refresh")), tr("S&ync Roster…"), this))
{
    m_sync->setObjectName(QStringLiteral("syncRoster"));
    m_sync->setToolTip(tr("Bring the tenant in line with a brokerage’s roster (CSV), reviewed "
                          "before anything is sent"));
    m_sync->setEnabled(client != nullptr);
    connect(m_sync, &QAction::triggered, this, &RosterActions::openDialog);
}

RosterSyncDialog *RosterActions::dialog() const
{
    return m_dialog;
}

QList<QObject *> RosterActions::setClient(SignTrakerClient *client, const QString &profileName)
{
    QList<QObject *> stillUsing;
    if (client != m_client && m_dialog) {
        m_dialog->disconnect(this);
        stillUsing.append(m_dialog);
        m_dialog = nullptr;
    }
    m_client = client;
    m_profile = profileName;
    m_sync->setEnabled(client != nullptr);
    return stillUsing;
}

RosterSyncDialog *RosterActions::openDialog()
{
    if (!m_client)
        return nullptr;
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    auto *dialog =
        new RosterSyncDialog(m_client, m_dialogs, m_settings, m_profile, m_log, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RosterSyncDialog::runFinished, this, &RosterActions::runFinished);
    m_dialog = dialog;
    dialog->show();
    return dialog;
}

} // namespace signtraker::ui
