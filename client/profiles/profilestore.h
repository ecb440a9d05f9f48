// SPDX-License-Identifier: Apache-2.0
// The profiles in the settings file, shared by the window and signtraker-cli. Every write is
// synced at once and every read sees what another process wrote. Never holds an API key.
//
// A settings file that cannot be read or written is reported, never worked around: a write that
// did not reach the disk returns false, and a file that could not be read (not in the INI
// format) is not written at all, since writing would replace the profiles it holds by the few
// that could be read. error() says what went wrong, with the file's path.
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
    // Creates or replaces the profile of that name (all its values). False when the name is
    // not valid or the file could not be changed (see error()).
    bool save(const Profile &profile);
    // False when there was no such profile or the file could not be changed. The default is
    // cleared when it was this one.
    bool remove(const QString &name);
    // False when from does not exist, to exists or is not a valid name, or the file could not
    // be changed. The default follows. The keychain entry is moved separately:
    // KeyStore::renameKey().
    bool rename(const QString &from, const QString &to);

    QString defaultProfile() const;              // empty when none
    bool setDefaultProfile(const QString &name); // empty: none; false as save()

    QString settingsFile() const;

    // Whether the file can be changed now (it was read without a problem); error() when not.
    bool checkWritable();
    // What is wrong with the settings file, in plain words naming it; empty when nothing is.
    QString error() const;

private:
    static QString groupOf(const QString &name);
    // Before a change; reopens the file first when the last operation met a problem, so that a
    // file repaired in the meantime is used again.
    bool beginChange();
    // After a change: synced, and reported when it did not reach the disk.
    bool commit();
    // True when the file was read and written without a problem; remembers an unreadable file.
    bool noteStatus();
    bool holdsNothingReadable() const;
    QString fileStamp() const; // size and time of the file, to see that it was repaired

    QString m_fileName; // as given; empty for the application's file
    bool m_unreadable = false;
    QString m_unreadableStamp;

    std::unique_ptr<QSettings> m_settings;
};

} // namespace signtraker
