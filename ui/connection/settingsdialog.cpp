#include "settingsdialog.h"

#include "dialogs.h"
#include "environmentoverrides.h"
#include "keyfield.h"
#include "keystore.h"
#include "profilestore.h"
#include "statuscolors.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace signtraker::ui {

namespace {

// The spin boxes' lowest value stands for "not set in the profile": the environment or the
// client's default applies.
constexpr double UnsetTimeout = 0.0;
constexpr int UnsetRetries = -1;
constexpr double UnsetBackoff = -0.1;

QLabel *problemLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    StatusColors::setText(label, StatusColors::Status::Error);
    label->setVisible(false);
    return label;
}

QLabel *noteLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setEnabled(false); // greyed: a remark, not an input
    label->setVisible(false);
    return label;
}

void showText(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QString fromEnvironment(const QString &variable)
{
    return SettingsDialog::tr("from the environment: %1").arg(variable);
}

} // namespace

SettingsDialog::SettingsDialog(ProfileStore *profiles, KeyStore *keys,
                               const QProcessEnvironment &environment, Dialogs *dialogs,
                               QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_keys(keys)
    , m_environment(std::make_unique<EnvironmentOverrides>(environment))
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
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setAccessibleName(tr("Name"));
    m_nameProblem = problemLabel(QStringLiteral("nameProblem"), this);
    form->addRow(tr("Na&me"), m_name);
    form->addRow(QString(), m_nameProblem);

    m_useSubdomain = new QRadioButton(tr("Subdomain"), this);
    m_useBaseUrl = new QRadioButton(tr("Base URL"), this);
    m_useSubdomain->setChecked(true);
    auto *tenantGroup = new QButtonGroup(this);
    tenantGroup->addButton(m_useSubdomain);
    tenantGroup->addButton(m_useBaseUrl);
    m_subdomain = new QLineEdit(this);
    m_subdomain->setObjectName(QStringLiteral("subdomain"));
    m_subdomain->setAccessibleName(tr("Subdomain"));
    m_subdomain->setPlaceholderText(tr("acme, for https://acme.signtraker.com"));
    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setObjectName(QStringLiteral("baseUrl"));
    m_baseUrl->setAccessibleName(tr("Base URL"));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://agents.example.com"));
    m_tenantNote = noteLabel(QStringLiteral("tenantNote"), this);
    m_tenantProblem = problemLabel(QStringLiteral("tenantProblem"), this);
    form->addRow(m_useSubdomain, m_subdomain);
    form->addRow(m_useBaseUrl, m_baseUrl);
    form->addRow(QString(), m_tenantNote);
    form->addRow(QString(), m_tenantProblem);

    m_key = new KeyField(this);
    m_key->setObjectName(QStringLiteral("apiKey"));
    m_key->setAccessibleName(tr("API key"));
    m_keyNote = noteLabel(QStringLiteral("keyNote"), this);
    m_keyProblem = problemLabel(QStringLiteral("keyProblem"), this);
    form->addRow(tr("API &key"), m_key);
    form->addRow(QString(), m_keyNote);
    form->addRow(QString(), m_keyProblem);

    m_timeout = new QDoubleSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("timeout"));
    m_timeout->setAccessibleName(tr("Timeout (s)"));
    m_timeout->setDecimals(1);
    m_timeout->setRange(UnsetTimeout, Profile::MaxTimeoutSeconds);
    m_timeout->setSpecialValueText(tr("Default (%L1 s)").arg(ClientConfig::DefaultTimeoutSeconds));
    m_retries = new QSpinBox(this);
    m_retries->setObjectName(QStringLiteral("retries"));
    m_retries->setAccessibleName(tr("Retries"));
    m_retries->setRange(UnsetRetries, Profile::MaxRetries);
    m_retries->setSpecialValueText(tr("Default (%1)").arg(ClientConfig::DefaultMaxRetries));
    m_backoff = new QDoubleSpinBox(this);
    m_backoff->setObjectName(QStringLiteral("backoff"));
    m_backoff->setAccessibleName(tr("Retry backoff (s)"));
    m_backoff->setDecimals(1);
    m_backoff->setSingleStep(0.1);
    m_backoff->setRange(UnsetBackoff, Profile::MaxRetryBackoffSeconds);
    m_backoff->setSpecialValueText(
        tr("Default (%L1 s)").arg(ClientConfig::DefaultRetryBackoffSeconds));
    m_numbersNote = noteLabel(QStringLiteral("numbersNote"), this);
    m_numbersProblem = problemLabel(QStringLiteral("numbersProblem"), this);
    form->addRow(tr("&Timeout (s)"), m_timeout);
    form->addRow(tr("Re&tries"), m_retries);
    form->addRow(tr("Retry &backoff (s)"), m_backoff);
    form->addRow(QString(), m_numbersNote);
    form->addRow(QString(), m_numbersProblem);

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
    formColumn->addLayout(form);
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

    const auto edited = [this] {
        if (!m_loading)
            setDirty(true);
        updateState();
    };
    for (QLineEdit *edit : {m_name, m_subdomain, m_baseUrl})
        connect(edit, &QLineEdit::textEdited, this, edited);
    connect(m_key, &QLineEdit::textEdited, this, [this, edited] {
        m_keyEdited = true;
        edited();
    });
    connect(m_useSubdomain, &QRadioButton::toggled, this, edited);
    connect(m_timeout, &QDoubleSpinBox::valueChanged, this, edited);
    connect(m_retries, &QSpinBox::valueChanged, this, edited);
    connect(m_backoff, &QDoubleSpinBox::valueChanged, this, edited);
}

QString SettingsDialog::currentProfile() const
{
    return m_original ? m_original->name : QString();
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
    return m_nameProblem->text();
}
QString SettingsDialog::tenantProblem() const
{
    return m_tenantProblem->text();
}
QString SettingsDialog::keyProblem() const
{
    return m_keyProblem->text();
}
QString SettingsDialog::numbersProblem() const
{
    return m_numbersProblem->text();
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
    if (m_loading || !item)
        return;
    load(m_profiles->profile(item->data(Qt::UserRole).toString()));
}

void SettingsDialog::load(const std::optional<Profile> &profile)
{
    m_loading = true;
    m_original = profile;
    const Profile shown = profile.value_or(Profile());
    m_name->setText(shown.name);
    const bool baseUrl = !shown.baseUrl.isEmpty();
    m_useBaseUrl->setChecked(baseUrl);
    m_useSubdomain->setChecked(!baseUrl);
    m_subdomain->setText(shown.subdomain);
    m_baseUrl->setText(shown.baseUrl);
    m_timeout->setValue(shown.timeoutSeconds.value_or(UnsetTimeout));
    m_retries->setValue(shown.maxRetries.value_or(UnsetRetries));
    m_backoff->setValue(shown.retryBackoffSeconds.value_or(UnsetBackoff));
    m_key->clear();
    m_key->setRevealed(false);
    m_keyEdited = false;
    m_keyPendingFor.clear();
    showText(m_keyNote, QString());
    showText(m_testResult, QString());
    m_tester->cancel();
    showEnvironment();
    if (profile && m_environment->apiKeyVariable().isEmpty()) {
        m_keyPendingFor = profile->name;
        showText(m_keyNote, tr("Reading the key from the keychain…"));
        m_keys->readKey(profile->name);
    }
    m_loading = false;
    setDirty(!profile);
}

void SettingsDialog::showEnvironment()
{
    // Environment values win over the profile's: show them, read-only, and where they come from.
    const QString tenantVariable = m_environment->baseUrlVariable().isEmpty()
                                       ? m_environment->subdomainVariable()
                                       : m_environment->baseUrlVariable();
    const bool tenantFromEnvironment = !tenantVariable.isEmpty();
    if (tenantFromEnvironment) {
        const bool isBaseUrl = !m_environment->baseUrlVariable().isEmpty();
        m_useBaseUrl->setChecked(isBaseUrl);
        m_useSubdomain->setChecked(!isBaseUrl);
        (isBaseUrl ? m_baseUrl : m_subdomain)->setText(m_environment->value(tenantVariable));
        (isBaseUrl ? m_subdomain : m_baseUrl)->clear();
    }
    for (QWidget *widget :
         {static_cast<QWidget *>(m_useSubdomain), static_cast<QWidget *>(m_useBaseUrl)})
        widget->setEnabled(!tenantFromEnvironment);
    showText(m_tenantNote, tenantFromEnvironment ? fromEnvironment(tenantVariable) : QString());

    const QString keyVariable = m_environment->apiKeyVariable();
    m_key->setReadOnly(!keyVariable.isEmpty());
    m_key->setPlaceholderText(keyVariable.isEmpty() ? QString() : tr("set by the environment"));
    if (!keyVariable.isEmpty())
        showText(m_keyNote, fromEnvironment(keyVariable));

    QStringList numberVariables;
    const auto number = [&](QAbstractSpinBox *box, const QString &variable, auto setValue) {
        box->setReadOnly(!variable.isEmpty());
        if (variable.isEmpty())
            return;
        numberVariables << variable;
        setValue(m_environment->value(variable));
    };
    number(m_timeout, m_environment->timeoutVariable(),
           [this](const QString &text) { m_timeout->setValue(QLocale::c().toDouble(text)); });
    number(m_retries, m_environment->maxRetriesVariable(),
           [this](const QString &text) { m_retries->setValue(QLocale::c().toInt(text)); });
    number(m_backoff, m_environment->retryBackoffVariable(),
           [this](const QString &text) { m_backoff->setValue(QLocale::c().toDouble(text)); });
    showText(m_numbersNote, numberVariables.isEmpty()
                                ? QString()
                                : fromEnvironment(numberVariables.join(QLatin1String(", "))));
    updateState();
}

void SettingsDialog::setDirty(bool dirty)
{
    m_dirty = dirty;
    updateState();
}

Profile SettingsDialog::formProfile() const
{
    const Profile original = m_original.value_or(Profile());
    Profile profile;
    profile.name = m_name->text().trimmed();
    if (m_environment->providesTenant()) {
        // Shown from the environment, not typed: the stored values stay as they were.
        profile.subdomain = original.subdomain;
        profile.baseUrl = original.baseUrl;
    } else if (m_useBaseUrl->isChecked()) {
        profile.baseUrl = m_baseUrl->text().trimmed();
    } else {
        profile.subdomain = m_subdomain->text().trimmed();
    }
    profile.timeoutSeconds = !m_environment->timeoutVariable().isEmpty() ? original.timeoutSeconds
                             : m_timeout->value() > UnsetTimeout
                                 ? std::optional<double>(m_timeout->value())
                                 : std::nullopt;
    profile.maxRetries = !m_environment->maxRetriesVariable().isEmpty() ? original.maxRetries
                         : m_retries->value() > UnsetRetries
                             ? std::optional<int>(m_retries->value())
                             : std::nullopt;
    profile.retryBackoffSeconds =
        !m_environment->retryBackoffVariable().isEmpty() ? original.retryBackoffSeconds
        : m_backoff->value() >= 0                        ? std::optional<double>(m_backoff->value())
                                                         : std::nullopt;
    // No field for it: a value set in the settings file survives a save from here.
    profile.maxResponseMegabytes = original.maxResponseMegabytes;
    return profile;
}

ConfigValues SettingsDialog::formValues() const
{
    ConfigValues values = formProfile().toConfigValues();
    if (!m_key->text().trimmed().isEmpty())
        values.apiKey = m_key->text();
    return values;
}

void SettingsDialog::updateState()
{
    if (!m_name)
        return;
    const Profile profile = formProfile();

    QString name = Profile::nameProblem(profile.name);
    if (name.isEmpty() && profile.name != currentProfile() &&
        m_profiles->names().contains(profile.name))
        name = tr("There is already a profile named \"%1\".").arg(profile.name);
    showText(m_nameProblem, name);

    QString tenant;
    if (!m_environment->providesTenant()) {
        if (m_useBaseUrl->isChecked()) {
            const QString problem = ClientConfig::baseUrlProblem(profile.baseUrl);
            if (!problem.isEmpty())
                tenant = tr("The base URL %1.").arg(problem);
        } else {
            const QString problem = ClientConfig::subdomainProblem(profile.subdomain);
            if (!problem.isEmpty())
                tenant = tr("The subdomain %1.").arg(problem);
        }
    }
    m_subdomain->setReadOnly(m_environment->providesTenant() || !m_useSubdomain->isChecked());
    m_baseUrl->setReadOnly(m_environment->providesTenant() || !m_useBaseUrl->isChecked());
    showText(m_tenantProblem, tenant);

    QString key;
    const bool keyFromEnvironment = !m_environment->apiKeyVariable().isEmpty();
    if (!keyFromEnvironment && m_key->text().trimmed().isEmpty() && (!m_original || m_keyEdited))
        key = tr("An API key is required.");
    showText(m_keyProblem, key);

    // The client's own range checks; the spin boxes keep most values in range already.
    Profile numbersOnly = profile;
    numbersOnly.subdomain = QStringLiteral("acme");
    numbersOnly.baseUrl.clear();
    showText(m_numbersProblem, numbersOnly.problem());

    const bool valid =
        name.isEmpty() && tenant.isEmpty() && key.isEmpty() && m_numbersProblem->text().isEmpty();
    const bool stored = m_original.has_value() && m_list->currentItem();
    m_save->setEnabled(m_dirty && valid);
    m_revert->setEnabled(m_dirty);
    m_test->setEnabled(tenant.isEmpty() && m_numbersProblem->text().isEmpty() &&
                       (keyFromEnvironment || !m_key->text().trimmed().isEmpty()));
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
    m_name->setText(name);
    m_name->setFocus();
    m_name->selectAll();
    updateState();
}

void SettingsDialog::renameProfile()
{
    if (!m_original)
        return;
    m_name->setFocus();
    m_name->selectAll();
}

void SettingsDialog::removeProfile()
{
    if (m_dirty || !m_original)
        return;
    const QString name = m_original->name;
    const auto remove = [this, name] {
        if (!m_profiles->remove(name)) {
            reportSettingsProblem();
            return;
        }
        m_keys->removeKey(name);
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
        tr("Remove the profile \"%1\" and its API key from the keychain?").arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        [remove](QMessageBox::StandardButton answer) {
            if (answer == QMessageBox::Yes)
                remove();
        });
}

void SettingsDialog::makeDefault()
{
    if (m_dirty || !m_original)
        return;
    if (!m_profiles->setDefaultProfile(m_original->name)) {
        reportSettingsProblem();
        return;
    }
    reloadList(m_original->name);
    updateState();
    Q_EMIT profilesChanged();
}

bool SettingsDialog::save()
{
    updateState();
    if (!m_save->isEnabled())
        return false;
    const Profile profile = formProfile();
    const bool keyFromEnvironment = !m_environment->apiKeyVariable().isEmpty();
    const bool writeKey = !keyFromEnvironment && m_keyEdited;
    // Nothing goes to the keychain or the file when the file cannot take it.
    if (!m_profiles->checkWritable()) {
        reportSettingsProblem();
        return false;
    }
    if (m_original && m_original->name != profile.name) {
        if (!m_profiles->rename(m_original->name, profile.name)) {
            if (!m_profiles->error().isEmpty()) {
                reportSettingsProblem();
                return false;
            }
            showText(m_nameProblem,
                     tr("The profile could not be renamed to \"%1\".").arg(profile.name));
            return false;
        }
        // The entry moves with the profile, unless a new key replaces it anyway.
        if (writeKey)
            m_keys->removeKey(m_original->name);
        else
            m_keys->renameKey(m_original->name, profile.name);
    }
    if (!m_profiles->save(profile) ||
        (m_profiles->defaultProfile().isEmpty() && !m_profiles->setDefaultProfile(profile.name))) {
        reportSettingsProblem();
        return false;
    }
    if (writeKey) {
        m_keyWriteFor = profile.name;
        showText(m_keyNote, tr("Storing the key in the keychain…"));
        m_keys->writeKey(profile.name, m_key->text().trimmed());
    }
    m_original = profile;
    m_keyEdited = false;
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
        showText(m_nameProblem, problem);
}

void SettingsDialog::revert()
{
    if (m_original) {
        load(m_profiles->profile(m_original->name));
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
    const ConfigResult resolved = ClientConfig::resolve({}, m_processEnvironment, formValues());
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
    if (m_keyEdited)
        return; // typed while the keychain answered: the typed key wins
    m_loading = true;
    m_key->setText(key);
    m_loading = false;
    if (key.isEmpty())
        showText(m_keyNote, tr("No key stored for this profile (%1).").arg(error));
    else if (m_keys->isAvailable())
        showText(m_keyNote, tr("Stored in the system keychain."));
    else
        showText(m_keyNote, tr("Kept in memory for this run only."));
    updateState();
}

void SettingsDialog::onKeyWritten(const QString &profile, const QString &error)
{
    if (m_keyWriteFor.isEmpty() || profile != m_keyWriteFor)
        return;
    m_keyWriteFor.clear();
    if (error.isEmpty())
        showText(m_keyNote, tr("Stored in the system keychain."));
    else if (!m_keys->isAvailable())
        showText(m_keyNote, tr("Kept in memory for this run only."));
    else
        showText(m_keyNote, tr("The key could not be stored in the keychain: %1").arg(error));
    Q_EMIT keySaved(profile, error);
}

} // namespace signtraker::ui
