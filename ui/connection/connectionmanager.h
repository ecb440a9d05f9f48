// SPDX-License-Identifier: Apache-2.0
// The window's connection: the active profile (or the environment alone) turned into a
// ClientConfig by ConnectionResolver, at start and whenever the window switches profiles, with
// the window's words for what went wrong. Latest wins: only the last resolve() is answered.
#pragma once

#include "apierror.h"
#include "clientconfig.h"
#include "connectionresolver.h"

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
    // Command-line values (--base-url, --subdomain) win over the environment's, and those over
    // the profile's (ConnectionResolver).
    void resolve(const QString &profileName = {}, const ConfigValues &commandLine = {});

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
    void onResolved(const ConnectionOutcome &outcome);

    ProfileStore *m_profiles;
    KeyStore *m_keys;
    QProcessEnvironment m_environment;
    ConnectionResolver *m_resolver;
    QString m_activeProfile;
};

} // namespace signtraker::ui
