// SPDX-License-Identifier: Apache-2.0
#include "connectionresolver.h"

#include "keystore.h"
#include "profilestore.h"

#include <QTimer>

namespace signtraker {

ConnectionResolver::ConnectionResolver(ProfileStore *profiles, KeyStore *keys,
                                       const QProcessEnvironment &environment, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_keys(keys)
    , m_environment(environment)
{
    if (m_keys)
        connect(m_keys, &KeyStore::keyRead, this, &ConnectionResolver::onKeyRead);
}

// The configuration's rule, so that a blank variable is no key here either and the keychain is
// asked as it would be with no variable at all.
QString ConnectionResolver::environmentKey(const QProcessEnvironment &environment)
{
    const QString variable = ClientConfig::apiKeyVariable(environment);
    return variable.isEmpty() ? QString() : environment.value(variable).trimmed();
}

void ConnectionResolver::cancel()
{
    ++m_pending.generation;
    m_pending.profileName.clear();
    m_running = false;
}

void ConnectionResolver::resolve(const QString &profileName, const ConfigValues &commandLine)
{
    cancel();
    m_running = true;
    m_pending.requested = profileName;
    m_pending.commandLine = commandLine;
    m_pending.commandLine.apiKey.reset();

    const QString name = profileName.isEmpty() ? m_profiles->defaultProfile() : profileName;
    const std::optional<Profile> profile =
        name.isEmpty() ? std::nullopt : m_profiles->profile(name);
    if (!profile && !profileName.isEmpty()) {
        ConnectionOutcome outcome;
        outcome.failure = ConnectionOutcome::Failure::UnknownProfile;
        outcome.profileName = profileName;
        outcome.error =
            ApiError::configuration(tr("There is no profile named \"%1\".").arg(profileName));
        finishLater(std::move(outcome));
        return;
    }
    // The keychain only when nothing above the profile gives a key: it would lose anyway.
    if (profile && m_keys && environmentKey(m_environment).isEmpty()) {
        m_pending.profileName = profile->name;
        m_keys->readKey(profile->name);
        return;
    }
    finishLater(outcomeFor(profile, {}, {}));
}

void ConnectionResolver::finishLater(ConnectionOutcome outcome)
{
    const quint64 generation = m_pending.generation;
    QTimer::singleShot(0, this, [this, generation, outcome = std::move(outcome)] {
        if (generation != m_pending.generation || !m_running)
            return;
        m_running = false;
        Q_EMIT finished(outcome);
    });
}

void ConnectionResolver::onKeyRead(const QString &profile, const QString &key, const QString &error)
{
    if (m_pending.profileName.isEmpty() || profile != m_pending.profileName)
        return;
    m_pending.profileName.clear();
    // Read again: the profile may have changed while the keychain was answering.
    const std::optional<Profile> now = m_profiles->profile(profile);
    if (!now) {
        ConnectionOutcome outcome;
        outcome.failure = ConnectionOutcome::Failure::UnknownProfile;
        outcome.profileName = profile;
        outcome.error =
            ApiError::configuration(tr("There is no profile named \"%1\".").arg(profile));
        m_running = false;
        Q_EMIT finished(outcome);
        return;
    }
    m_running = false;
    Q_EMIT finished(outcomeFor(now, key, error));
}

ConnectionOutcome ConnectionResolver::outcomeFor(const std::optional<Profile> &profile,
                                                 const QString &key,
                                                 const QString &keychainError) const
{
    ConnectionOutcome outcome;
    ConfigValues profileValues;
    if (profile) {
        outcome.profileName = profile->name;
        profileValues = profile->toConfigValues();
        if (!key.trimmed().isEmpty())
            profileValues.apiKey = key;
        else
            outcome.keychainError = keychainError;
    }
    const ConfigResult result =
        ClientConfig::resolve(m_pending.commandLine, m_environment, profileValues);
    if (result.ok()) {
        outcome.config = result.config;
        return outcome;
    }
    outcome.error = result.error;
    if (result.error.kind() != ApiError::Kind::Authentication) {
        outcome.failure = ConnectionOutcome::Failure::Invalid;
        return outcome;
    }
    outcome.failure = ConnectionOutcome::Failure::NoKey;
    if (profile)
        outcome.error = ApiError::authentication(
            keychainError.isEmpty()
                ? tr("The profile \"%1\" has no API key. Set SIGNTRAKER_API_KEY or store the "
                     "key with the profile.")
                      .arg(profile->name)
                : tr("The profile \"%1\" has no API key (%2). Set SIGNTRAKER_API_KEY or store "
                     "the key with the profile.")
                      .arg(profile->name, keychainError));
    return outcome;
}

} // namespace signtraker
