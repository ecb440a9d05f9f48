// Turns the active profile (or the environment alone) into a ClientConfig, reading the key from
// the keychain asynchronously: at start and whenever the window switches profiles. Latest wins:
// only the last resolve() is answered. No widgets.
#pragma once

#include "apierror.h"
#include "clientconfig.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QString>

#include <optional>

namespace signtraker {
class KeyStore;
class ProfileStore;
struct Profile;
} // namespace signtraker

namespace signtraker::ui {

class ConnectionManager : public QObject
{
    Q_OBJECT

public:
    ConnectionManager(ProfileStore *profiles, KeyStore *keys,
                      const QProcessEnvironment &environment, QObject *parent = nullptr);

    // First run: no profile at all, and the environment does not give a key and a tenant.
    bool needsWelcome() const;

    // profileName empty: the default profile, or none (the environment alone) when there is no
    // default. Ends in configReady() or failed(), from the event loop, never inside the call.
    // Environment values win over the profile's (ClientConfig::resolve()).
    void resolve(const QString &profileName = {});

    // The profile of the last configReady(); empty for the environment alone.
    QString activeProfile() const { return m_activeProfile; }
    bool isKeychainAvailable() const;

    // For the window title: "acme — acme.signtraker.com", or the host alone.
    static QString describe(const ClientConfig &config, const QString &profileName);

Q_SIGNALS:
    void configReady(const signtraker::ClientConfig &config, const QString &profileName);
    void failed(const signtraker::ApiError &error, const QString &profileName);
    // Emitted once when the keychain turns out to be missing; a lasting status-bar message.
    void keychainUnavailable(const QString &warning);

private:
    void finish(quint64 generation, const std::optional<Profile> &profile, const QString &key,
                const QString &keychainError);
    void onKeyRead(const QString &profile, const QString &key, const QString &error);

    ProfileStore *m_profiles;
    KeyStore *m_keys;
    QProcessEnvironment m_environment;
    quint64 m_generation = 0;
    QString m_pendingProfile; // whose key is being read for m_generation
    QString m_activeProfile;
};

} // namespace signtraker::ui
