// SPDX-License-Identifier: Apache-2.0
#include "connectionmanager.h"

#include "environmentoverrides.h"
#include "keystore.h"
#include "profilestore.h"

namespace signtraker::ui {

ConnectionManager::ConnectionManager(ProfileStore *profiles, KeyStore *keys,
                                     const QProcessEnvironment &environment, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_keys(keys)
    , m_environment(environment)
    , m_resolver(new ConnectionResolver(profiles, keys, environment, this))
{
    connect(m_resolver, &ConnectionResolver::finished, this, &ConnectionManager::onResolved);
    connect(m_keys, &KeyStore::availabilityChanged, this, [this](bool available) {
        if (!available)
            Q_EMIT keychainUnavailable(KeyStore::unavailableWarning());
    });
}

bool ConnectionManager::needsWelcome() const
{
    return m_profiles->names().isEmpty() && !EnvironmentOverrides(m_environment).isComplete();
}

bool ConnectionManager::isKeychainAvailable() const
{
    return m_keys->isAvailable();
}

void ConnectionManager::resolve(const QString &profileName, const ConfigValues &commandLine)
{
    m_resolver->resolve(profileName, commandLine);
}

void ConnectionManager::onResolved(const ConnectionOutcome &outcome)
{
    if (outcome.ok()) {
        m_activeProfile = outcome.profileName;
        Q_EMIT configReady(*outcome.config, outcome.profileName);
        return;
    }
    ApiError error = outcome.error;
    // The banner beside this message offers Settings, where the key is entered.
    if (outcome.failure == ConnectionOutcome::Failure::NoKey && !outcome.profileName.isEmpty())
        error = ApiError::authentication(
            outcome.keychainError.isEmpty()
                ? tr("Profile \"%1\" has no API key. Enter it in Settings.")
                      .arg(outcome.profileName)
                : tr("Profile \"%1\" has no API key (%2). Enter it in Settings.")
                      .arg(outcome.profileName, outcome.keychainError));
    Q_EMIT failed(error, outcome.profileName);
}

QString ConnectionManager::describe(const ClientConfig &config, const QString &profileName)
{
    const QString host = config.baseUrl().host();
    const int port = config.baseUrl().port();
    const QString tenant = port > 0 ? host % QLatin1Char(':') % QString::number(port) : host;
    if (profileName.isEmpty())
        return tenant;
    return tr("%1 — %2").arg(profileName, tenant);
}

} // namespace signtraker::ui
