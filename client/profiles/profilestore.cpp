// SPDX-License-Identifier: Apache-2.0
#include "profilestore.h"

#include "settingskeys.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace signtraker {

namespace {

QVariant valueOf(const QSettings &settings, const QString &group, const SettingsKey &key)
{
    return settings.value(group % QLatin1Char('/') % key.path, key.defaultValue);
}

template <typename T> std::optional<T> optionalOf(const QVariant &value)
{
    if (!value.isValid() || value.toString().trimmed().isEmpty())
        return std::nullopt;
    // The INI format stores numbers as text: a hand-edited value that does not parse is unset.
    if (!value.canConvert<T>())
        return std::nullopt;
    bool ok = false;
    T result{};
    if constexpr (std::is_same_v<T, int>)
        result = value.toInt(&ok);
    else
        result = value.toDouble(&ok);
    return ok ? std::optional<T>(result) : std::nullopt;
}

std::unique_ptr<QSettings> openSettings(const QString &settingsFile)
{
    return settingsFile.isEmpty()
               ? std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                             QStringLiteral("SignTraker"),
                                             QStringLiteral("signtraker-admin"))
               : std::make_unique<QSettings>(settingsFile, QSettings::IniFormat);
}

} // namespace

ProfileStore::ProfileStore(const QString &settingsFile)
    : m_fileName(settingsFile)
    , m_settings(openSettings(settingsFile))
{
    noteStatus();
}

QString ProfileStore::error() const
{
    if (m_unreadable || m_settings->status() == QSettings::FormatError)
        return QCoreApplication::translate(
                   "signtraker::ProfileStore",
                   "The settings file %1 could not be read: it is not in the expected format. "
                   "It was left as it is, so that the profiles it holds are not lost; repair it "
                   "or move it away, then try again.")
            .arg(settingsFile());
    if (m_settings->status() == QSettings::NoError)
        return {};
    return QCoreApplication::translate(
               "signtraker::ProfileStore",
               "The settings file %1 could not be read or written. Check that the file and its "
               "folder can be written and that the disk is not full; the change was not saved.")
        .arg(settingsFile());
}

bool ProfileStore::beginChange()
{
    if (m_unreadable && fileStamp() == m_unreadableStamp)
        return false; // not repaired: QSettings would not even read it again (it caches files)
    // QSettings keeps the first error it met: a fresh object reads the file as it is now.
    if (m_unreadable || m_settings->status() != QSettings::NoError)
        m_settings = openSettings(m_fileName);
    m_settings->sync();
    return noteStatus();
}

bool ProfileStore::noteStatus()
{
    m_unreadable = m_settings->status() == QSettings::FormatError || holdsNothingReadable();
    if (m_unreadable)
        m_unreadableStamp = fileStamp();
    return !m_unreadable && m_settings->status() == QSettings::NoError;
}

bool ProfileStore::holdsNothingReadable() const
{
    // QSettings skips lines it cannot read without saying so (only an unterminated [section] is
    // a FormatError): a file with content but not one key is not ours to write over.
    if (!m_settings->allKeys().isEmpty())
        return false;
    QFile file(m_settings->fileName());
    return file.open(QIODevice::ReadOnly) && !file.read(64 * 1024).trimmed().isEmpty();
}

QString ProfileStore::fileStamp() const
{
    const QFileInfo info(m_settings->fileName());
    return QString::number(info.size()) + u'@' + info.lastModified().toString(Qt::ISODateWithMs);
}

bool ProfileStore::checkWritable()
{
    return beginChange();
}

bool ProfileStore::commit()
{
    m_settings->sync();
    return noteStatus();
}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::groupOf(const QString &name)
{
    return SettingsKeys::ProfilesGroup % QLatin1Char('/') % name;
}

QStringList ProfileStore::names() const
{
    m_settings->sync();
    m_settings->beginGroup(SettingsKeys::ProfilesGroup);
    QStringList names = m_settings->childGroups();
    m_settings->endGroup();
    names.sort(Qt::CaseInsensitive);
    return names;
}

std::optional<Profile> ProfileStore::profile(const QString &name) const
{
    if (!Profile::nameProblem(name).isEmpty() || !names().contains(name))
        return std::nullopt;
    const QString group = groupOf(name);
    Profile profile;
    profile.name = name;
    profile.subdomain = valueOf(*m_settings, group, SettingsKeys::ProfileSubdomain).toString();
    profile.baseUrl = valueOf(*m_settings, group, SettingsKeys::ProfileBaseUrl).toString();
    profile.timeoutSeconds =
        optionalOf<double>(valueOf(*m_settings, group, SettingsKeys::ProfileTimeoutSeconds));
    profile.maxRetries =
        optionalOf<int>(valueOf(*m_settings, group, SettingsKeys::ProfileMaxRetries));
    profile.retryBackoffSeconds =
        optionalOf<double>(valueOf(*m_settings, group, SettingsKeys::ProfileRetryBackoffSeconds));
    profile.maxResponseMegabytes =
        optionalOf<int>(valueOf(*m_settings, group, SettingsKeys::ProfileMaxResponseMegabytes));
    profile.parallelRequests =
        optionalOf<int>(valueOf(*m_settings, group, SettingsKeys::ProfileParallelRequests));
    return profile;
}

bool ProfileStore::save(const Profile &profile)
{
    if (!Profile::nameProblem(profile.name).isEmpty() || !beginChange())
        return false;
    const QString group = groupOf(profile.name);
    m_settings->remove(group);
    m_settings->beginGroup(group);
    // An empty group is not written by QSettings: the subdomain is always there, even empty, so
    // that a profile exists once saved.
    m_settings->setValue(SettingsKeys::ProfileSubdomain.path, profile.subdomain.trimmed());
    if (!profile.baseUrl.trimmed().isEmpty())
        m_settings->setValue(SettingsKeys::ProfileBaseUrl.path, profile.baseUrl.trimmed());
    if (profile.timeoutSeconds)
        m_settings->setValue(SettingsKeys::ProfileTimeoutSeconds.path, *profile.timeoutSeconds);
    if (profile.maxRetries)
        m_settings->setValue(SettingsKeys::ProfileMaxRetries.path, *profile.maxRetries);
    if (profile.retryBackoffSeconds)
        m_settings->setValue(SettingsKeys::ProfileRetryBackoffSeconds.path,
                             *profile.retryBackoffSeconds);
    if (profile.maxResponseMegabytes)
        m_settings->setValue(SettingsKeys::ProfileMaxResponseMegabytes.path,
                             *profile.maxResponseMegabytes);
    if (profile.parallelRequests)
        m_settings->setValue(SettingsKeys::ProfileParallelRequests.path, *profile.parallelRequests);
    m_settings->endGroup();
    return commit();
}

bool ProfileStore::remove(const QString &name)
{
    if (!beginChange() || !profile(name))
        return false;
    const bool wasDefault = defaultProfile() == name;
    m_settings->remove(groupOf(name));
    if (wasDefault)
        m_settings->remove(SettingsKeys::DefaultProfile.path);
    return commit();
}

bool ProfileStore::rename(const QString &from, const QString &to)
{
    if (!beginChange())
        return false;
    std::optional<Profile> moved = profile(from);
    if (!moved || !Profile::nameProblem(to).isEmpty() || names().contains(to))
        return false;
    const bool wasDefault = defaultProfile() == from;
    moved->name = to;
    if (!save(*moved))
        return false;
    m_settings->remove(groupOf(from));
    if (wasDefault)
        m_settings->setValue(SettingsKeys::DefaultProfile.path, to);
    return commit();
}

QString ProfileStore::defaultProfile() const
{
    m_settings->sync();
    return m_settings
        ->value(SettingsKeys::DefaultProfile.path, SettingsKeys::DefaultProfile.defaultValue)
        .toString();
}

bool ProfileStore::setDefaultProfile(const QString &name)
{
    if (!beginChange())
        return false;
    if (name.isEmpty())
        m_settings->remove(SettingsKeys::DefaultProfile.path);
    else
        m_settings->setValue(SettingsKeys::DefaultProfile.path, name);
    return commit();
}

QString ProfileStore::settingsFile() const
{
    return m_settings->fileName();
}

} // namespace signtraker
