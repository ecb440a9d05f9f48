// SPDX-License-Identifier: Apache-2.0
#include "welcomedialog.h"

#include "keyfield.h"
#include "keystore.h"
#include "profilestore.h"
#include "statuscolors.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace signtraker::ui {

WelcomeDialog::WelcomeDialog(ProfileStore *profiles, KeyStore *keys, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_keys(keys)
    , m_tester(new ConnectionTester(this))
    , m_tenant(new QLineEdit(this))
    , m_tenantProblem(new QLabel(this))
    , m_key(new KeyField(this))
    , m_status(new QLabel(this))
    , m_connect(new QPushButton(tr("&Connect"), this))
    , m_demo(new QPushButton(tr("Try the &demo"), this))
{
    setWindowTitle(tr("Welcome to SignTraker Agents Admin"));

    auto *intro = new QLabel(tr("Connect to your SignTraker tenant with its subdomain and an API "
                                "key, or try the application on a demo tenant with made-up "
                                "agents."),
                             this);
    intro->setWordWrap(true);

    m_tenant->setObjectName(QStringLiteral("tenant"));
    m_tenant->setAccessibleName(tr("Subdomain"));
    m_tenant->setPlaceholderText(tr("acme, or https://agents.example.com"));
    m_tenantProblem->setObjectName(QStringLiteral("tenantProblem"));
    m_tenantProblem->setTextFormat(Qt::PlainText);
    m_status->setTextFormat(Qt::PlainText);
    m_tenantProblem->setWordWrap(true);
    StatusColors::setText(m_tenantProblem, StatusColors::Status::Error);
    m_tenantProblem->setVisible(false);
    m_key->setObjectName(QStringLiteral("apiKey"));
    m_key->setAccessibleName(tr("API key"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_connect->setDefault(true);
    m_demo->setAutoDefault(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Subdomain"), m_tenant);
    form->addRow(QString(), m_tenantProblem);
    form->addRow(tr("API &key"), m_key);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_demo);
    buttons->addStretch();
    buttons->addWidget(m_connect);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_tenant, &QLineEdit::textChanged, this, &WelcomeDialog::updateState);
    connect(m_key, &QLineEdit::textChanged, this, &WelcomeDialog::updateState);
    connect(m_connect, &QPushButton::clicked, this, &WelcomeDialog::connectToTenant);
    connect(m_demo, &QPushButton::clicked, this, &WelcomeDialog::chooseDemo);
    connect(m_tester, &ConnectionTester::finished, this, &WelcomeDialog::onTested);
    connect(m_keys, &KeyStore::keyWritten, this, &WelcomeDialog::onKeyWritten);
    updateState();
}

QString WelcomeDialog::tenantProblem() const
{
    return m_tenantProblem->text();
}

QString WelcomeDialog::status() const
{
    return m_status->text();
}

bool WelcomeDialog::isBaseUrl() const
{
    return m_tenant->text().contains(QLatin1String("://"));
}

QString WelcomeDialog::profileName() const
{
    const QString text = m_tenant->text().trimmed();
    QString name = isBaseUrl() ? QUrl(text).host() : text.toLower();
    if (name.isEmpty())
        name = tr("My tenant");
    const QString base = name;
    for (int n = 2; m_profiles->profile(name); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}

void WelcomeDialog::updateState()
{
    const QString text = m_tenant->text().trimmed();
    QString problem;
    if (!text.isEmpty())
        problem =
            isBaseUrl() ? ClientConfig::baseUrlProblem(text) : ClientConfig::subdomainProblem(text);
    m_tenantProblem->setText(problem);
    m_tenantProblem->setVisible(!problem.isEmpty());
    const bool busy = m_tester->isRunning() || !m_saving.isEmpty();
    m_connect->setEnabled(!busy && !text.isEmpty() && problem.isEmpty() &&
                          !m_key->text().trimmed().isEmpty());
    m_tenant->setReadOnly(busy);
    m_key->setReadOnly(busy);
}

void WelcomeDialog::connectToTenant()
{
    updateState();
    if (!m_connect->isEnabled())
        return;
    ConfigValues values;
    const QString text = m_tenant->text().trimmed();
    if (isBaseUrl())
        values.baseUrl = text;
    else
        values.subdomain = text;
    values.apiKey = m_key->text().trimmed();
    // Typed values are explicit: they win over anything, and the environment is empty here.
    const ConfigResult resolved = ClientConfig::resolve(values, QProcessEnvironment(), {});
    if (!resolved.ok()) {
        m_status->setText(resolved.error.message());
        return;
    }
    m_status->setText(tr("Testing the connection…"));
    m_tester->test(*resolved.config);
    updateState();
}

void WelcomeDialog::onTested(ConnectionTester::Result result, const QString &message)
{
    m_status->setText(message);
    if (result != ConnectionTester::Result::Connected) {
        updateState();
        return;
    }
    // Tested: store the key first, and the profile once the key is safe (or kept for the run).
    m_saving = profileName();
    m_status->setText(tr("Connected. Storing the key in the keychain…"));
    m_keys->writeKey(m_saving, m_key->text().trimmed());
    updateState();
}

void WelcomeDialog::onKeyWritten(const QString &profile, const QString &error)
{
    if (m_saving.isEmpty() || profile != m_saving)
        return;
    m_saving.clear();
    if (!error.isEmpty() && m_keys->isAvailable()) {
        m_status->setText(
            tr("Connected, but the key could not be stored in the keychain: %1").arg(error));
        updateState();
        return;
    }
    Profile created;
    created.name = profile;
    if (isBaseUrl())
        created.baseUrl = m_tenant->text().trimmed();
    else
        created.subdomain = m_tenant->text().trimmed().toLower();
    if (!m_profiles->save(created) || !m_profiles->setDefaultProfile(created.name)) {
        // The settings file's problem, with its path; the dialog stays so that nothing typed is
        // lost.
        m_status->setText(m_profiles->error());
        updateState();
        return;
    }
    Q_EMIT profileCreated(created.name);
    accept();
}

void WelcomeDialog::chooseDemo()
{
    m_tester->cancel();
    Q_EMIT demoChosen();
    accept();
}

} // namespace signtraker::ui
