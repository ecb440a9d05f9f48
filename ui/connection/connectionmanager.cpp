#include "connectionmanager.h"

#include "environmentoverrides.h"
#include "keystore.h"
#include "profilestore.h"

#include <QTimer>

namespace signtraker::ui {

ConnectionManager::ConnectionManager(ProfileStore *profiles, KeyStore *keys,
                                     const QProcessEnvironment &environment, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_keys(keys)
    , m_environment(environment)
{
    connect(m_keys, &KeyStore::keyRead, this, &ConnectionManager::onKeyRead);
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

void ConnectionManager::resolve(const QString &profileName)
{
    const quint64 generation = ++m_generation;
    m_pendingProfile.clear();
    const QString name = profileName.isEmpty() ? m_profiles->defaultProfile() : profileName;
    std::optional<Profile> profile;
    if (!name.isEmpty()) {
        profile = m_profiles->profile(name);
        if (!profile && !profileName.isEmpty()) {
            const ApiError error =
                ApiError::configuration(tr("There is no profile named \"%1\".").arg(profileName));
            QTimer::singleShot(0, this, [this, generation, error, profileName] {
                if (generation == m_generation)
                    Q_EMIT failed(error, profileName);
            });
            return;
        }
    }
    // The keychain only when the environment has no key: it would win anyway.
    if (profile && EnvironmentOverrides(m_environment).apiKeyVariable().isEmpty()) {
        m_pendingProfile = profile->name;
        m_keys->readKey(profile->name);
        return;
    }
    QTimer::singleShot(0, this,
                       [this, generation, profile] { finish(generation, profile, {}, {}); });
}

void ConnectionManager::onKeyRead(const QString &profileName, const QString &key,
                                  const QString &error)
{
    if (m_pendingProfile.isEmpty() || profileName != m_pendingProfile)
        return;
    m_pendingProfile.clear();
    // Read again: the profile may have changed while the keychain was answering.
    finish(m_generation, m_profiles->profile(profileName), key, error);
}

void ConnectionManager::finish(quint64 generation, const std::optional<Profile> &profile,
                               const QString &key, const QString &keychainError)
{
    if (generation != m_generation)
        return;
    ConfigValues profileValues;
    if (profile) {
        profileValues = profile->toConfigValues();
        if (!key.isEmpty())
            profileValues.apiKey = key;
    }
    const QString name = profile ? profile->name : QString();
    const ConfigResult result = ClientConfig::resolve({}, m_environment, profileValues);
    if (!result.ok()) {
        ApiError error = result.error;
        if (error.kind() == ApiError::Kind::Authentication && profile)
            error = ApiError::authentication(
                keychainError.isEmpty()
                    ? tr("Profile \"%1\" has no API key. Enter it in Settings.").arg(name)
                    : tr("Profile \"%1\" has no API key (%2). Enter it in Settings.")
                          .arg(name, keychainError));
        Q_EMIT failed(error, name);
        return;
    }
    m_activeProfile = name;
    Q_EMIT configReady(*result.config, name);
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
