// The profiles in the settings file, shared by the window and signtraker-cli. Every write is
// synced at once and every read sees what another process wrote. Never holds an API key.
#pragma once

#include "profile.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QSettings;

namespace signtraker {

class ProfileStore
{
public:
    // settingsFile empty: the application's file, QSettings(IniFormat, UserScope, "SignTraker",
    // "signtraker-admin"); tests and scripts pass a file of their own.
    explicit ProfileStore(const QString &settingsFile = {});
    ~ProfileStore();
    ProfileStore(const ProfileStore &) = delete;
    ProfileStore &operator=(const ProfileStore &) = delete;

    QStringList names() const; // sorted
    std::optional<Profile> profile(const QString &name) const;
    // Creates or replaces the profile of that name (all its values).
    void save(const Profile &profile);
    // False when there was no such profile. The default is cleared when it was this one.
    bool remove(const QString &name);
    // False when from does not exist, to exists or is not a valid name. The default follows.
    // The keychain entry is moved separately: KeyStore::renameKey().
    bool rename(const QString &from, const QString &to);

    QString defaultProfile() const;              // empty when none
    void setDefaultProfile(const QString &name); // empty: none

    QString settingsFile() const;

private:
    static QString groupOf(const QString &name);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace signtraker
