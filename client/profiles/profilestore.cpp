#include "profilestore.h"

#include "settingskeys.h"

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

} // namespace

ProfileStore::ProfileStore(const QString &settingsFile)
    : m_settings(settingsFile.isEmpty()
                     ? std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                                   QStringLiteral("SignTraker"),
                                                   QStringLiteral("signtraker-admin"))
                     : std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{}

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
    return profile;
}

void ProfileStore::save(const Profile &profile)
{
    if (!Profile::nameProblem(profile.name).isEmpty())
        return;
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
    m_settings->endGroup();
    m_settings->sync();
}

bool ProfileStore::remove(const QString &name)
{
    if (!profile(name))
        return false;
    m_settings->remove(groupOf(name));
    if (defaultProfile() == name)
        m_settings->remove(SettingsKeys::DefaultProfile.path);
    m_settings->sync();
    return true;
}

bool ProfileStore::rename(const QString &from, const QString &to)
{
    std::optional<Profile> moved = profile(from);
    if (!moved || !Profile::nameProblem(to).isEmpty() || names().contains(to))
        return false;
    const bool wasDefault = defaultProfile() == from;
    moved->name = to;
    save(*moved);
    m_settings->remove(groupOf(from));
    if (wasDefault)
        m_settings->setValue(SettingsKeys::DefaultProfile.path, to);
    m_settings->sync();
    return true;
}

QString ProfileStore::defaultProfile() const
{
    m_settings->sync();
    return m_settings
        ->value(SettingsKeys::DefaultProfile.path, SettingsKeys::DefaultProfile.defaultValue)
        .toString();
}

void ProfileStore::setDefaultProfile(const QString &name)
{
    if (name.isEmpty())
        m_settings->remove(SettingsKeys::DefaultProfile.path);
    else
        m_settings->setValue(SettingsKeys::DefaultProfile.path, name);
    m_settings->sync();
}

QString ProfileStore::settingsFile() const
{
    return m_settings->fileName();
}

} // namespace signtraker
