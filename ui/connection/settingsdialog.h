// SPDX-License-Identifier: Apache-2.0
// Settings > Connections: the profiles (add, rename, remove, choose the default) and, for the
// selected one, its ProfileForm (tenant, API key kept in the system keychain, timeout, retries,
// backoff). "Test connection" tries the form's values without saving them; Save shows every
// problem of the form and saves only when there is none.
//
// A profile being edited must be saved or reverted before another is selected.
#pragma once

#include "connectiontester.h"
#include "profile.h"

#include <QDialog>
#include <QProcessEnvironment>

#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace signtraker {
class KeyStore;
class ProfileStore;
} // namespace signtraker

namespace signtraker::ui {

class Dialogs;
class ProfileForm;

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // dialogs: asks before a profile is removed; nullptr removes without asking.
    SettingsDialog(ProfileStore *profiles, KeyStore *keys, const QProcessEnvironment &environment,
                   Dialogs *dialogs = nullptr, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    QString currentProfile() const; // the stored profile being shown; empty for a new one
    bool selectProfile(const QString &name);
    bool isDirty() const { return m_dirty; }

    // The problem shown beside each group of fields; empty when there is none.
    QString nameProblem() const;
    QString tenantProblem() const;
    QString keyProblem() const;
    QString numbersProblem() const;
    QString testResult() const;
    QString keychainWarning() const; // empty while the keychain works

public Q_SLOTS:
    void addProfile();
    void renameProfile(); // focuses the name field: the new name is applied by save()
    void removeProfile();
    void makeDefault();
    bool save();
    void revert();
    void testConnection();

Q_SIGNALS:
    // A profile was saved, renamed or removed, or the default changed: the window may reload.
    void profilesChanged();
    void connectionTested(signtraker::ui::ConnectionTester::Result result, const QString &message);
    // After save(): the key reached the keychain, or (error set) did not.
    void keySaved(const QString &profile, const QString &error);

private:
    void buildUi();
    void reloadList(const QString &select);
    void load(const std::optional<Profile> &profile);
    void setDirty(bool dirty);
    void updateState();
    void onKeyRead(const QString &profile, const QString &key, const QString &error);
    void onKeyWritten(const QString &profile, const QString &error);
    void onSelectionChanged();
    void updateKeychainWarning();
    // The settings file's problem (ProfileStore::error()), through the dialog seam.
    void reportSettingsProblem();

    ProfileStore *m_profiles;
    KeyStore *m_keys;
    QProcessEnvironment m_processEnvironment;
    Dialogs *m_dialogs;
    ConnectionTester *m_tester;

    bool m_dirty = false;
    QString m_keyPendingFor; // the profile whose key is being read into the form
    QString m_keyWriteFor;   // the profile whose key save() is writing

    QLabel *m_keychainWarning = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_default = nullptr;
    ProfileForm *m_form = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
};

} // namespace signtraker::ui
