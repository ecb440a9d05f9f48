// Settings > Connections: the profiles (add, rename, remove, choose the default) and, for the
// selected one, the tenant, the API key (kept in the system keychain), timeout, retries and
// backoff, validated as the client validates them. Values the environment sets win and are
// shown read-only as such. "Test connection" tries the form's values without saving them.
//
// A profile being edited must be saved or reverted before another is selected.
#pragma once

#include "connectiontester.h"
#include "profile.h"

#include <QDialog>
#include <QProcessEnvironment>

#include <memory>
#include <optional>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace signtraker {
class EnvironmentOverrides;
class KeyStore;
class ProfileStore;
} // namespace signtraker

namespace signtraker::ui {

class Dialogs;
class KeyField;

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
    void showEnvironment();
    void setDirty(bool dirty);
    void updateState();
    Profile formProfile() const;
    ConfigValues formValues() const;
    void onKeyRead(const QString &profile, const QString &key, const QString &error);
    void onKeyWritten(const QString &profile, const QString &error);
    void onSelectionChanged();
    void updateKeychainWarning();
    // The settings file's problem (ProfileStore::error()), through the dialog seam.
    void reportSettingsProblem();

    ProfileStore *m_profiles;
    KeyStore *m_keys;
    std::unique_ptr<EnvironmentOverrides> m_environment;
    QProcessEnvironment m_processEnvironment;
    Dialogs *m_dialogs;
    ConnectionTester *m_tester;

    std::optional<Profile> m_original; // the stored profile in the form; none: a new one
    bool m_dirty = false;
    bool m_loading = false;
    bool m_keyEdited = false;
    QString m_keyPendingFor; // the profile whose key is being read into the form
    QString m_keyWriteFor;   // the profile whose key save() is writing

    QLabel *m_keychainWarning = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_default = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameProblem = nullptr;
    QRadioButton *m_useSubdomain = nullptr;
    QRadioButton *m_useBaseUrl = nullptr;
    QLineEdit *m_subdomain = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLabel *m_tenantNote = nullptr;
    QLabel *m_tenantProblem = nullptr;
    KeyField *m_key = nullptr;
    QLabel *m_keyNote = nullptr;
    QLabel *m_keyProblem = nullptr;
    QDoubleSpinBox *m_timeout = nullptr;
    QSpinBox *m_retries = nullptr;
    QDoubleSpinBox *m_backoff = nullptr;
    QLabel *m_numbersNote = nullptr;
    QLabel *m_numbersProblem = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
};

} // namespace signtraker::ui
