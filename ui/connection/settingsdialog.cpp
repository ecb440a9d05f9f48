// SPDX-License-Identifier: Apache-2.0
#include "settingsdialog.h"

#include "dialogs.h"
#include "keyfield.h"
#include "keystore.h"
#include "localcopy.h"
#include "profileform.h"
#include "profilestore.h"
#include "statuscolors.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace signtraker::ui {

namespace {

void showText(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

SettingsDialog::SettingsDialog(ProfileStore *profiles, KeyStore *keys,
                               const QProcessEnvironment &environment, Dialogs *dialogs,
                               QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_keys(keys)
    , m_processEnvironment(environment)
    , m_dialogs(dialogs)
    , m_tester(new ConnectionTester(this))
{
    setWindowTitle(tr("Connections"));
    buildUi();

    connect(m_keys, &KeyStore::keyRead, this, &SettingsDialog::onKeyRead);
    connect(m_keys, &KeyStore::keyWritten, this, &SettingsDialog::onKeyWritten);
    connect(m_keys, &KeyStore::availabilityChanged, this, &SettingsDialog::updateKeychainWarning);
    connect(m_tester, &ConnectionTester::finished, this,
            [this](ConnectionTester::Result result, const QString &message) {
                showText(m_testResult, message);
                updateState();
                Q_EMIT connectionTested(result, message);
            });
    updateKeychainWarning();

    const QString first = m_profiles->defaultProfile().isEmpty() ? m_profiles->names().value(0)
                                                                 : m_profiles->defaultProfile();
    reloadList(first);
    if (first.isEmpty())
        addProfile();
    else
        load(m_profiles->profile(first));
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::buildUi()
{
    m_keychainWarning = new QLabel(this);
    m_keychainWarning->setObjectName(QStringLiteral("keychainWarning"));
    m_keychainWarning->setTextFormat(Qt::PlainText);
    m_keychainWarning->setWordWrap(true);
    m_keychainWarning->setFrameShape(QFrame::StyledPanel);
    m_keychainWarning->setMargin(6);
    StatusColors::setPanel(m_keychainWarning, StatusColors::Status::Warning);

    // The profiles
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profiles"));
    m_list->setAccessibleName(tr("Profiles"));
    auto *listLabel = new QLabel(tr("&Profiles"), this);
    listLabel->setBuddy(m_list);
    m_add = new QPushButton(tr("&Add"), this);
    m_rename = new QPushButton(tr("Re&name"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_default = new QPushButton(tr("Make &default"), this);
    for (QPushButton *button : {m_add, m_rename, m_remove, m_default})
        button->setAutoDefault(false);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_rename);
    listButtons->addWidget(m_remove);
    listButtons->addWidget(m_default);
    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(listLabel);
    listColumn->addWidget(m_list);
    listColumn->addLayout(listButtons);

    // The selected profile
    m_form = new ProfileForm(m_profiles, m_processEnvironment, this);
    m_form->setObjectName(QStringLiteral("profileForm"));

    m_save = new QPushButton(tr("&Save"), this);
    m_revert = new QPushButton(tr("Re&vert"), this);
    m_test = new QPushButton(tr("Test &connection"), this);
    for (QPushButton *button : {m_save, m_revert, m_test})
        button->setAutoDefault(false);
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *formButtons = new QHBoxLayout;
    formButtons->addWidget(m_save);
    formButtons->addWidget(m_revert);
    formButtons->addStretch();
    formButtons->addWidget(m_test);
    auto *formColumn = new QVBoxLayout;
    formColumn->addWidget(m_form);
    formColumn->addLayout(formButtons);
    formColumn->addWidget(m_testResult);
    formColumn->addStretch();

    auto *columns = new QHBoxLayout;
    columns->addLayout(listColumn, 1);
    columns->addLayout(formColumn, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_keychainWarning);
    layout->addLayout(columns);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentItemChanged, this, &SettingsDialog::onSelectionChanged);
    connect(m_add, &QPushButton::clicked, this, &SettingsDialog::addProfile);
    connect(m_rename, &QPushButton::clicked, this, &SettingsDialog::renameProfile);
    connect(m_remove, &QPushButton::clicked, this, &SettingsDialog::removeProfile);
    connect(m_default, &QPushButton::clicked, this, &SettingsDialog::makeDefault);
    connect(m_save, &QPushButton::clicked, this, &SettingsDialog::save);
    connect(m_revert, &QPushButton::clicked, this, &SettingsDialog::revert);
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::testConnection);

    connect(m_form, &ProfileForm::edited, this, [this] { setDirty(true); });
}

QString SettingsDialog::currentProfile() const
{
    return m_form->original() ? m_form->original()->name : QString();
}

bool SettingsDialog::selectProfile(const QString &name)
{
    if (m_dirty || !m_profiles->profile(name))
        return false;
    reloadList(name);
    load(m_profiles->profile(name));
    return true;
}

QString SettingsDialog::nameProblem() const
{
    return m_form->nameProblem();
}
QString SettingsDialog::tenantProblem() const
{
    return m_form->tenantProblem();
}
QString SettingsDialog::keyProblem() const
{
    return m_form->keyProblem();
}
QString SettingsDialog::numbersProblem() const
{
    return m_form->numbersProblem();
}
QString SettingsDialog::testResult() const
{
    return m_testResult->text();
}
QString SettingsDialog::keychainWarning() const
{
    return m_keys->isAvailable() ? QString() : m_keychainWarning->text();
}

void SettingsDialog::updateKeychainWarning()
{
    showText(m_keychainWarning, m_keys->isAvailable() ? QString() : KeyStore::unavailableWarning());
}

void SettingsDialog::reloadList(const QString &select)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QString defaultName = m_profiles->defaultProfile();
    for (const QString &name : m_profiles->names()) {
        auto *item = new QListWidgetItem(m_list);
        item->setData(Qt::UserRole, name);
        if (name == defaultName) {
            item->setText(tr("%1 (default)").arg(name));
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        } else {
            item->setText(name);
        }
        if (name == select)
            m_list->setCurrentItem(item);
    }
}

void SettingsDialog::onSelectionChanged()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    load(m_profiles->profile(item->data(Qt::UserRole).toString()));
}

void SettingsDialog::load(const std::optional<Profile> &profile)
{
    m_form->load(profile);
    m_keyPendingFor.clear();
    showText(m_testResult, QString());
    m_tester->cancel();
    if (profile && !m_form->keyFromEnvironment()) {
        m_keyPendingFor = profile->name;
        m_form->setKeyNote(tr("Reading the key from the keychain…"));
        m_keys->readKey(profile->name);
    }
    setDirty(!profile);
}

void SettingsDialog::setDirty(bool dirty)
{
    m_dirty = dirty;
    updateState();
}

void SettingsDialog::updateState()
{
    if (!m_form)
        return;
    m_form->updateProblems();
    const ProfileForm::Problems problems = m_form->problems();
    const bool stored = m_form->original().has_value() && m_list->currentItem();
    // Enabled with problems too: pressing it shows every problem, touched or not.
    m_save->setEnabled(m_dirty);
    m_revert->setEnabled(m_dirty);
    m_test->setEnabled(
        problems.tenant.isEmpty() && problems.numbers.isEmpty() &&
        (m_form->keyFromEnvironment() || !m_form->keyField()->text().trimmed().isEmpty()));
    m_list->setEnabled(!m_dirty);
    m_add->setEnabled(!m_dirty);
    m_rename->setEnabled(!m_dirty && stored);
    m_remove->setEnabled(!m_dirty && stored);
    m_default->setEnabled(!m_dirty && stored && m_profiles->defaultProfile() != currentProfile());
}

void SettingsDialog::addProfile()
{
    if (m_dirty)
        return;
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentItem(nullptr);
    }
    load(std::nullopt);
    QString name = tr("New profile");
    for (int n = 2; m_profiles->names().contains(name); ++n)
        name = tr("New profile %1").arg(n);
    m_form->proposeName(name);
    m_form->focusName();
    updateState();
}

void SettingsDialog::renameProfile()
{
    if (!m_form->original())
        return;
    m_form->focusName();
}

void SettingsDialog::removeProfile()
{
    if (m_dirty || !m_form->original())
        return;
    const QString name = m_form->original()->name;
    const auto remove = [this, name] {
        if (!m_profiles->remove(name)) {
            reportSettingsProblem();
            return;
        }
        m_keys->removeKey(name);
        // The local copy holds the tenant's personal data: it goes with its profile.
        LocalCopy::removeForProfile(name);
        const QString next = m_profiles->defaultProfile().isEmpty() ? m_profiles->names().value(0)
                                                                    : m_profiles->defaultProfile();
        reloadList(next);
        if (next.isEmpty())
            addProfile();
        else
            load(m_profiles->profile(next));
        Q_EMIT profilesChanged();
    };
    if (!m_dialogs) {
        remove();
        return;
    }
    m_dialogs->question(
        this, tr("Remove profile"),
        tr("Remove the profile \"%1\", its API key from the keychain and its local copy?")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        [remove](QMessageBox::StandardButton answer) {
            if (answer == QMessageBox::Yes)
                remove();
        });
}

void SettingsDialog::makeDefault()
{
    if (m_dirty || !m_form->original())
        return;
    if (!m_profiles->setDefaultProfile(m_form->original()->name)) {
        reportSettingsProblem();
        return;
    }
    reloadList(m_form->original()->name);
    updateState();
    Q_EMIT profilesChanged();
}

bool SettingsDialog::save()
{
    updateState();
    if (!m_save->isEnabled())
        return false;
    if (m_form->problems().any()) {
        m_form->revealProblems();
        return false;
    }
    const Profile profile = m_form->profile();
    const std::optional<Profile> original = m_form->original();
    const bool writeKey = !m_form->keyFromEnvironment() && m_form->keyEdited();
    // Nothing goes to the keychain or the file when the file cannot take it.
    if (!m_profiles->checkWritable()) {
        reportSettingsProblem();
        return false;
    }
    if (original && original->name != profile.name) {
        if (!m_profiles->rename(original->name, profile.name)) {
            if (!m_profiles->error().isEmpty()) {
                reportSettingsProblem();
                return false;
            }
            m_form->showNameProblem(
                tr("The profile could not be renamed to \"%1\".").arg(profile.name));
            return false;
        }
        // The entry moves with the profile, unless a new key replaces it anyway.
        if (writeKey)
            m_keys->removeKey(original->name);
        else
            m_keys->renameKey(original->name, profile.name);
    }
    if (!m_profiles->save(profile) ||
        (m_profiles->defaultProfile().isEmpty() && !m_profiles->setDefaultProfile(profile.name))) {
        reportSettingsProblem();
        return false;
    }
    if (writeKey) {
        m_keyWriteFor = profile.name;
        m_form->setKeyNote(tr("Storing the key in the keychain…"));
        m_keys->writeKey(profile.name, m_form->keyField()->text().trimmed());
    }
    m_form->setOriginal(profile);
    reloadList(profile.name);
    setDirty(false);
    Q_EMIT profilesChanged();
    return true;
}

void SettingsDialog::reportSettingsProblem()
{
    const QString problem = m_profiles->error();
    if (problem.isEmpty())
        return; // nothing wrong with the file: the caller's own message applies
    if (m_dialogs)
        m_dialogs->warning(this, tr("Settings not saved"), problem);
    else
        m_form->showNameProblem(problem);
}

void SettingsDialog::revert()
{
    if (m_form->original()) {
        load(m_profiles->profile(m_form->original()->name));
        return;
    }
    const QString next = m_profiles->defaultProfile().isEmpty() ? m_profiles->names().value(0)
                                                                : m_profiles->defaultProfile();
    if (next.isEmpty()) {
        m_dirty = false;
        addProfile();
        return;
    }
    reloadList(next);
    load(m_profiles->profile(next));
}

void SettingsDialog::testConnection()
{
    const ConfigResult resolved = ClientConfig::resolve({}, m_processEnvironment, m_form->values());
    if (!resolved.ok()) {
        const QString message = resolved.error.message();
        showText(m_testResult, message);
        Q_EMIT connectionTested(ConnectionTester::Result::Configuration, message);
        return;
    }
    showText(m_testResult, tr("Testing the connection…"));
    m_tester->test(*resolved.config);
}

void SettingsDialog::onKeyRead(const QString &profile, const QString &key, const QString &error)
{
    if (m_keyPendingFor.isEmpty() || profile != m_keyPendingFor)
        return;
    m_keyPendingFor.clear();
    if (m_form->keyEdited())
        return; // typed while the keychain answered: the typed key wins
    m_form->setStoredKey(key);
    if (key.isEmpty())
        m_form->setKeyNote(tr("No key stored for this profile (%1).").arg(error));
    else if (m_keys->isAvailable())
        m_form->setKeyNote(tr("Stored in the system keychain."));
    else
        m_form->setKeyNote(tr("Kept in memory for this run only."));
    updateState();
}

void SettingsDialog::onKeyWritten(const QString &profile, const QString &error)
{
    if (m_keyWriteFor.isEmpty() || profile != m_keyWriteFor)
        return;
    m_keyWriteFor.clear();
    if (error.isEmpty())
        m_form->setKeyNote(tr("Stored in the system keychain."));
    else if (!m_keys->isAvailable())
        m_form->setKeyNote(tr("Kept in memory for this run only."));
    else
        m_form->setKeyNote(tr("The key could not be stored in the keychain: %1").arg(error));
    Q_EMIT keySaved(profile, error);
}

} // namespace signtraker::ui
