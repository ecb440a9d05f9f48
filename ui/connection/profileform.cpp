// SPDX-License-Identifier: Apache-2.0
#include "profileform.h"

#include "environmentoverrides.h"
#include "keyfield.h"
#include "profilestore.h"
#include "statuscolors.h"

#include <QButtonGroup>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRadioButton>
#include <QSpinBox>

namespace signtraker::ui {

namespace {

// The spin boxes' lowest value stands for "not set in the profile": the environment or the
// client's default applies.
constexpr double UnsetTimeout = 0.0;
constexpr int UnsetRetries = -1;
constexpr int UnsetParallel = 0;
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

// A QLineEdit's own width is some 17 characters: a placeholder longer than that would be cut.
void fitPlaceholder(QLineEdit *edit)
{
    const QFontMetrics metrics = edit->fontMetrics();
    const int chrome = edit->sizeHint().width() - 17 * metrics.horizontalAdvance(QLatin1Char('x'));
    const int needed = chrome + metrics.horizontalAdvance(edit->placeholderText()) +
                       2 * metrics.averageCharWidth();
    edit->setMinimumWidth(std::max(edit->minimumSizeHint().width(), needed));
}

QString fromEnvironment(const QString &variable)
{
    return ProfileForm::tr("from the environment: %1").arg(variable);
}

} // namespace

ProfileForm::ProfileForm(ProfileStore *profiles, const QProcessEnvironment &environment,
                         QWidget *parent)
    : QWidget(parent)
    , m_profiles(profiles)
    , m_environment(std::make_unique<EnvironmentOverrides>(environment))
{
    build();
    connectEdits();
}

ProfileForm::~ProfileForm() = default;

void ProfileForm::build()
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setAccessibleName(tr("Name"));
    m_nameProblem = problemLabel(QStringLiteral("nameProblem"), this);
    form->addRow(tr("Na&me"), m_name);
    form->addRow(QString(), m_nameProblem);
    buildTenantAndKey(form);
    buildNumbers(form);
}

QFormLayout *ProfileForm::buildTenantAndKey(QFormLayout *form)
{
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
    fitPlaceholder(m_subdomain);
    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setObjectName(QStringLiteral("baseUrl"));
    m_baseUrl->setAccessibleName(tr("Base URL"));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://agents.example.com"));
    fitPlaceholder(m_baseUrl);
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
    return form;
}

void ProfileForm::buildNumbers(QFormLayout *form)
{
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
    // How many pages a long read (Export CSV, Count all, the pick lists) asks for at once.
    m_parallel = new QSpinBox(this);
    m_parallel->setObjectName(QStringLiteral("parallelRequests"));
    m_parallel->setAccessibleName(tr("Parallel requests"));
    m_parallel->setRange(UnsetParallel, ClientConfig::MaxParallelRequests);
    m_parallel->setSpecialValueText(tr("Default (%1)").arg(ClientConfig::DefaultParallelRequests));
    m_parallel->setToolTip(tr("How many pages Export CSV, Count all and the pick lists read at "
                              "once. Fewer is gentler on a busy tenant; more is faster far away."));
    m_numbersNote = noteLabel(QStringLiteral("numbersNote"), this);
    m_numbersProblem = problemLabel(QStringLiteral("numbersProblem"), this);
    form->addRow(tr("&Timeout (s)"), m_timeout);
    form->addRow(tr("Re&tries"), m_retries);
    form->addRow(tr("Retry &backoff (s)"), m_backoff);
    form->addRow(tr("Parallel re&quests"), m_parallel);
    form->addRow(QString(), m_numbersNote);
    form->addRow(QString(), m_numbersProblem);
}

void ProfileForm::connectEdits()
{
    for (QLineEdit *edit : {m_name, m_subdomain, m_baseUrl})
        connect(edit, &QLineEdit::textEdited, this, [this, edit] { touch(edit); });
    connect(m_key, &QLineEdit::textEdited, this, [this] {
        m_keyEdited = true;
        touch(m_key);
    });
    // Choosing the other kind of tenant touches both: its field is now the one that counts.
    connect(m_useSubdomain, &QRadioButton::toggled, this, [this] {
        touch(m_subdomain);
        touch(m_baseUrl);
    });
    connect(m_timeout, &QDoubleSpinBox::valueChanged, this, [this] { touch(m_timeout); });
    connect(m_retries, &QSpinBox::valueChanged, this, [this] { touch(m_retries); });
    connect(m_backoff, &QDoubleSpinBox::valueChanged, this, [this] { touch(m_backoff); });
    connect(m_parallel, &QSpinBox::valueChanged, this, [this] { touch(m_parallel); });
}

void ProfileForm::touch(QWidget *field)
{
    if (m_loading)
        return;
    m_touched.insert(field);
    Q_EMIT edited();
}

bool ProfileForm::shows(QWidget *field) const
{
    return m_revealed || m_touched.contains(field);
}

void ProfileForm::load(const std::optional<Profile> &profile)
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
    m_parallel->setValue(shown.parallelRequests.value_or(UnsetParallel));
    m_key->clear();
    m_key->setRevealed(false);
    m_keyEdited = false;
    m_touched.clear();
    m_revealed = false;
    showText(m_keyNote, QString());
    showEnvironment();
    m_loading = false;
    updateProblems();
}

void ProfileForm::setOriginal(const Profile &profile)
{
    m_original = profile;
    m_keyEdited = false;
}

void ProfileForm::showEnvironment()
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
    m_useSubdomain->setEnabled(!tenantFromEnvironment);
    m_useBaseUrl->setEnabled(!tenantFromEnvironment);
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
    number(m_parallel, m_environment->parallelRequestsVariable(),
           [this](const QString &text) { m_parallel->setValue(QLocale::c().toInt(text)); });
    showText(m_numbersNote, numberVariables.isEmpty()
                                ? QString()
                                : fromEnvironment(numberVariables.join(QLatin1String(", "))));
}

Profile ProfileForm::profile() const
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
    profile.parallelRequests =
        !m_environment->parallelRequestsVariable().isEmpty() ? original.parallelRequests
        : m_parallel->value() > UnsetParallel ? std::optional<int>(m_parallel->value())
                                              : std::nullopt;
    return profile;
}

ConfigValues ProfileForm::values() const
{
    ConfigValues values = profile().toConfigValues();
    if (!m_key->text().trimmed().isEmpty())
        values.apiKey = m_key->text();
    return values;
}

bool ProfileForm::keyFromEnvironment() const
{
    return !m_environment->apiKeyVariable().isEmpty();
}

ProfileForm::Problems ProfileForm::problems() const
{
    const Profile typed = profile();
    Problems problems;
    problems.name = Profile::nameProblem(typed.name);
    const QString current = m_original ? m_original->name : QString();
    if (problems.name.isEmpty() && typed.name != current &&
        m_profiles->names().contains(typed.name))
        problems.name = tr("There is already a profile named \"%1\".").arg(typed.name);
    if (!m_environment->providesTenant())
        problems.tenant = m_useBaseUrl->isChecked()
                              ? ClientConfig::baseUrlProblem(typed.baseUrl)
                              : ClientConfig::subdomainProblem(typed.subdomain);
    if (!keyFromEnvironment() && m_key->text().trimmed().isEmpty() && (!m_original || m_keyEdited))
        problems.key = tr("An API key is required.");
    // The client's own range checks; the spin boxes keep most values in range already.
    Profile numbersOnly = typed;
    numbersOnly.subdomain = QStringLiteral("acme");
    numbersOnly.baseUrl.clear();
    problems.numbers = numbersOnly.problem();
    return problems;
}

void ProfileForm::updateProblems()
{
    const Problems found = problems();
    showText(m_nameProblem, shows(m_name) ? found.name : QString());
    const bool tenantShown = m_useBaseUrl->isChecked() ? shows(m_baseUrl) : shows(m_subdomain);
    showText(m_tenantProblem, tenantShown ? found.tenant : QString());
    showText(m_keyProblem, shows(m_key) ? found.key : QString());
    const bool numbersShown =
        shows(m_timeout) || shows(m_retries) || shows(m_backoff) || shows(m_parallel);
    showText(m_numbersProblem, numbersShown ? found.numbers : QString());
    const bool tenantFromEnvironment = m_environment->providesTenant();
    m_subdomain->setReadOnly(tenantFromEnvironment || !m_useSubdomain->isChecked());
    m_baseUrl->setReadOnly(tenantFromEnvironment || !m_useBaseUrl->isChecked());
}

void ProfileForm::revealProblems()
{
    m_revealed = true;
    updateProblems();
}

void ProfileForm::showNameProblem(const QString &text)
{
    showText(m_nameProblem, text);
}

QString ProfileForm::nameProblem() const
{
    return m_nameProblem->text();
}
QString ProfileForm::tenantProblem() const
{
    return m_tenantProblem->text();
}
QString ProfileForm::keyProblem() const
{
    return m_keyProblem->text();
}
QString ProfileForm::numbersProblem() const
{
    return m_numbersProblem->text();
}

void ProfileForm::setStoredKey(const QString &key)
{
    m_loading = true;
    m_key->setText(key);
    m_loading = false;
    updateProblems();
}

void ProfileForm::setKeyNote(const QString &note)
{
    showText(m_keyNote, note);
}

void ProfileForm::proposeName(const QString &name)
{
    m_name->setText(name);
    updateProblems();
}

void ProfileForm::focusName()
{
    m_name->setFocus();
    m_name->selectAll();
}

} // namespace signtraker::ui
