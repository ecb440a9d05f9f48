// SPDX-License-Identifier: Apache-2.0
// The local copy in the main window: the copy of the window's profile as the table's source
// (Local or Live, remembered), its status and age in the status bar (stale when older than the
// setting, then refreshed in the background while the window is open), Refresh and Clear, the
// counts of the filter lists, the service's answers to the window's writes kept in the copy, and
// the data-quality inbox with its one-click fixes through checked patches.
#pragma once

#include "localagentssource.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QSettings;
class QTimer;

namespace signtraker {
class BulkRunner;
class LocalCopy;
class SignTrakerClient;
struct QualityFinding;
} // namespace signtraker

namespace signtraker::ui {

class Dialogs;
class MainWindow;
class QualityDock;

class LocalCopyArea : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultMaxAgeMinutes = 15;
    static constexpr int AgeCheckMs = 30 * 1000;

    // settings (may be null) keeps Live/Local and the maximum age.
    LocalCopyArea(MainWindow *window, QSettings *settings, QObject *parent = nullptr);
    ~LocalCopyArea() override;

    LocalCopy *copy() const { return m_copy; }
    LocalAgentsSource *source() { return &m_source; }
    QualityDock *qualityDock() const { return m_dock; }
    QMenu *menu() const { return m_menu; }
    QAction *liveAction() const { return m_live; }
    QAction *localAction() const { return m_local; }
    QAction *refreshCopyAction() const { return m_refresh; }
    QAction *clearCopyAction() const { return m_clear; }
    QAction *maxAgeAction() const { return m_maxAge; }
    QLabel *statusLabel() const { return m_status; }
    QProgressBar *progressBar() const { return m_progress; }

    void setUseLocal(bool on);
    int maxAgeMinutes() const { return m_maxAgeMinutes; }
    void setMaxAgeMinutes(int minutes);
    // Older than the maximum age.
    bool isStale() const;

public Q_SLOTS:
    void refreshCopy();
    // Asks first (through the window's Dialogs), then deletes the copy.
    void clearCopy();
    // Refreshes a stale copy (the timer calls it; tests call it after moving the clock).
    void checkAge();
    // The service's answer to a write the window made: the copy's row follows.
    void recordSaved(const QJsonObject &record);
    void activeChanged(qint64 id, bool isInactive);
    // Profiles were edited: the copy's file may have been removed with its profile.
    void profilesChanged();
    // Sends finding's fixes as checked patches; returns the run (null when nothing to send).
    signtraker::BulkRunner *applyFix(const signtraker::QualityFinding &finding);

Q_SIGNALS:
    // A fix's run ended (tests wait for it).
    void fixFinished(signtraker::BulkRunner *run);

private:
    void buildActions();
    void openCopy(const QString &profile);
    void onCopyRefreshed();
    void sourceChanged();
    void updateStatus();
    void updateCounts();
    void askMaxAge();
    void showAgents(const QList<qint64> &ids, const QString &label);

    MainWindow *m_window;
    QSettings *m_settings;
    LocalAgentsSource m_source;
    QPointer<LocalCopy> m_copy;
    QString m_profile;
    int m_maxAgeMinutes = DefaultMaxAgeMinutes;
    QualityDock *m_dock = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_live = nullptr;
    QAction *m_local = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_clear = nullptr;
    QAction *m_maxAge = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QTimer *m_ageTimer = nullptr;
    bool m_countsDirty = true;
    QString m_countsKey; // the query the filter lists' counts are of
};

} // namespace signtraker::ui
