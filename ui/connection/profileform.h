// SPDX-License-Identifier: Apache-2.0
// The fields of one profile in the settings dialog: name, tenant (subdomain or base URL), API key,
// timeout, retries and backoff, with the environment's values shown read-only and named, and each
// group's problem beside it. A problem shows once the user touched that field or asked to save,
// never on a form just opened. Line edits are wide enough for their placeholder.
#pragma once

#include "profile.h"

#include <QProcessEnvironment>
#include <QSet>
#include <QWidget>

#include <memory>
#include <optional>

class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace signtraker {
class EnvironmentOverrides;
class ProfileStore;
} // namespace signtraker

namespace signtraker::ui {

class KeyField;

class ProfileForm : public QWidget
{
    Q_OBJECT

public:
    // profiles: for the name already taken; read only.
    ProfileForm(ProfileStore *profiles, const QProcessEnvironment &environment,
                QWidget *parent = nullptr);
    ~ProfileForm() override;

    // Shows profile (a new one when empty) and forgets what was touched. The key field is
    // emptied: the dialog reads the key from the keychain and sets it with setStoredKey().
    void load(const std::optional<Profile> &profile);
    // The stored profile the form edits; none for a new one.
    const std::optional<Profile> &original() const { return m_original; }
    void setOriginal(const Profile &profile);

    // The profile as typed; values the environment sets keep the stored ones.
    Profile profile() const;
    // With the typed key, for a test of the connection.
    ConfigValues values() const;

    // Every problem of the form, shown or not. Empty members: nothing wrong.
    struct Problems
    {
        QString name, tenant, key, numbers;
        bool any() const
        {
            return !name.isEmpty() || !tenant.isEmpty() || !key.isEmpty() || !numbers.isEmpty();
        }
    };
    Problems problems() const;
    // Shows the problems of touched fields (of every field after revealProblems()).
    void updateProblems();
    // After Save: every problem shows, touched or not.
    void revealProblems();
    // A problem of the settings file or of a rename, beside the name.
    void showNameProblem(const QString &text);

    // The labels' texts as shown (empty while hidden).
    QString nameProblem() const;
    QString tenantProblem() const;
    QString keyProblem() const;
    QString numbersProblem() const;

    KeyField *keyField() const { return m_key; }
    bool keyEdited() const { return m_keyEdited; }
    void setKeyEdited(bool edited) { m_keyEdited = edited; }
    // The key read from the keychain: not an edit.
    void setStoredKey(const QString &key);
    void setKeyNote(const QString &note);
    bool keyFromEnvironment() const;
    void focusName();
    // A name the dialog proposes for a new profile: not a user's edit.
    void proposeName(const QString &name);

Q_SIGNALS:
    // The user changed a value (loading does not count).
    void edited();

private:
    void build();
    QFormLayout *buildTenantAndKey(QFormLayout *form);
    void buildNumbers(QFormLayout *form);
    void connectEdits();
    void touch(QWidget *field);
    void showEnvironment();
    bool shows(QWidget *field) const;

    ProfileStore *m_profiles;
    std::unique_ptr<EnvironmentOverrides> m_environment;
    std::optional<Profile> m_original;
    bool m_loading = false;
    bool m_keyEdited = false;
    bool m_revealed = false;
    QSet<QWidget *> m_touched;

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
    QSpinBox *m_parallel = nullptr;
    QDoubleSpinBox *m_backoff = nullptr;
    QLabel *m_numbersNote = nullptr;
    QLabel *m_numbersProblem = nullptr;
};

} // namespace signtraker::ui
