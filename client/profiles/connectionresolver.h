// SPDX-License-Identifier: Apache-2.0
// Turns a profile, its key in the keychain, the environment and the command line into one
// ClientConfig: the one place that does it, for the window, signtraker-cli and app/main.cpp.
// Precedence, setting by setting: the command line, then the environment (SIGNTRAKER_*), then
// the profile, then the defaults (ClientConfig::resolve()). The keychain is asked only when
// nothing above the profile gives a key, and asynchronously: every resolve() ends in exactly one
// finished(), from the event loop, never inside the call. Latest wins.
#pragma once

#include "clientconfig.h"
#include "connectionoutcome.h"
#include "profile.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QString>

#include <optional>

namespace signtraker {

class KeyStore;
class ProfileStore;

class ConnectionResolver : public QObject
{
    Q_OBJECT

public:
    // keys may be null: then the keychain is never asked (a key must come from elsewhere).
    ConnectionResolver(ProfileStore *profiles, KeyStore *keys,
                       const QProcessEnvironment &environment, QObject *parent = nullptr);

    // profileName empty: the default profile, or none when there is no default (or the default
    // was removed). commandLine: --base-url, --subdomain, --timeout and the like; its apiKey is
    // ignored, since a key never travels on a command line.
    void resolve(const QString &profileName = {}, const ConfigValues &commandLine = {});
    // The pending resolve() ends without finished().
    void cancel();
    bool isRunning() const { return m_running; }

    // The environment's key (SIGNTRAKER_API_KEY first), trimmed; empty when none or blank.
    static QString environmentKey(const QProcessEnvironment &environment);

Q_SIGNALS:
    void finished(const signtraker::ConnectionOutcome &outcome);

private:
    struct Pending
    {
        quint64 generation = 0;
        QString requested;
        ConfigValues commandLine;
        QString profileName; // whose key is being read; empty when none is
    };

    void onKeyRead(const QString &profile, const QString &key, const QString &error);
    void finishLater(ConnectionOutcome outcome);
    ConnectionOutcome outcomeFor(const std::optional<Profile> &profile, const QString &key,
                                 const QString &keychainError) const;

    ProfileStore *m_profiles;
    KeyStore *m_keys;
    QProcessEnvironment m_environment;
    Pending m_pending;
    bool m_running = false;
};

} // namespace signtraker
