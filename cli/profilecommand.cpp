// SPDX-License-Identifier: Apache-2.0
#include "profilecommand.h"

#include "clientconfig.h"
#include "exitcode.h"
#include "keystore.h"
#include "localcopy.h"
#include "profilestore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace signtraker::cli {

ProfileCommand::ProfileCommand(const Invocation &invocation, Console *console,
                               ProfileStore *profiles, KeyStore *keys, QObject *parent)
    : Command(invocation, console, parent)
    , m_profiles(profiles)
    , m_keys(keys)
{}

void ProfileCommand::start()
{
    if (m_invocation.command == QLatin1String("add"))
        add();
    else if (m_invocation.command == QLatin1String("list"))
        list();
    else if (m_invocation.command == QLatin1String("remove"))
        remove();
    else
        makeDefault();
}

Profile ProfileCommand::profileFor(const Invocation &invocation, QString *problem)
{
    Profile profile;
    profile.name = invocation.arguments.value(0).trimmed();
    if (profile.name.isEmpty() || profile.name.contains(u'/') || profile.name.contains(u'\\')) {
        *problem = QStringLiteral("a profile name is not empty and has no '/' or '\\'");
        return profile;
    }
    if (invocation.has(QStringLiteral("subdomain"))) {
        profile.subdomain = invocation.value(QStringLiteral("subdomain")).trimmed().toLower();
        *problem = ClientConfig::subdomainProblem(profile.subdomain);
    } else {
        profile.baseUrl = invocation.value(QStringLiteral("base-url")).trimmed();
        while (profile.baseUrl.endsWith(u'/'))
            profile.baseUrl.chop(1);
        *problem = ClientConfig::baseUrlProblem(profile.baseUrl);
    }
    if (!problem->isEmpty())
        return profile;
    if (invocation.has(QStringLiteral("timeout"))) {
        profile.timeoutSeconds = invocation.value(QStringLiteral("timeout")).toDouble();
        if (*profile.timeoutSeconds <= 0)
            *problem = QStringLiteral("--timeout must be more than 0 seconds");
    }
    if (invocation.has(QStringLiteral("retries")))
        profile.maxRetries = invocation.value(QStringLiteral("retries")).toInt();
    if (invocation.has(QStringLiteral("backoff"))) {
        profile.retryBackoffSeconds = invocation.value(QStringLiteral("backoff")).toDouble();
        if (*profile.retryBackoffSeconds < 0)
            *problem = QStringLiteral("--backoff must not be negative");
    }
    if (invocation.has(QStringLiteral("parallel-requests"))) {
        profile.parallelRequests = invocation.value(QStringLiteral("parallel-requests")).toInt();
        if (*profile.parallelRequests > ClientConfig::MaxParallelRequests)
            *problem = QStringLiteral("--parallel-requests is at most %1: Qt opens at most %1 "
                                      "connections to one host")
                           .arg(ClientConfig::MaxParallelRequests);
    }
    return profile;
}

bool ProfileCommand::settingsFailed()
{
    const QString problem = m_profiles->error();
    if (problem.isEmpty())
        return false;
    m_console->error(QStringLiteral("configuration"), problem);
    finish(UsageOrConfiguration);
    return true;
}

void ProfileCommand::add()
{
    QString problem;
    const Profile profile = profileFor(m_invocation, &problem);
    if (!problem.isEmpty()) {
        m_console->error(QStringLiteral("configuration"), problem);
        finish(UsageOrConfiguration);
        return;
    }
    // Before the key goes to the keychain: a settings file that cannot take the profile would
    // leave a key behind for nothing.
    if (!m_profiles->checkWritable() && settingsFailed())
        return;
    const auto key = m_console->readLine(&problem);
    if (!key) {
        m_console->error(QStringLiteral("configuration"), problem);
        finish(UsageOrConfiguration);
        return;
    }
    const QString trimmedKey = key->trimmed();
    if (trimmedKey.isEmpty()) {
        m_console->error(QStringLiteral("configuration"),
                         QStringLiteral("--api-key-stdin: standard input held no key"));
        finish(UsageOrConfiguration);
        return;
    }

    // The key first: a profile without its key would only fail later, with less to go on.
    connect(m_keys, &KeyStore::keyWritten, this,
            [this, profile](const QString &name, const QString &error) {
                if (name != profile.name || isFinished())
                    return;
                if (!error.isEmpty()) {
                    m_console->error(QStringLiteral("keychain"),
                                     QStringLiteral("the key of profile '%1' was not stored, so "
                                                    "neither was the profile: %2")
                                         .arg(profile.name, error));
                    finish(UsageOrConfiguration);
                    return;
                }
                const bool first = m_profiles->defaultProfile().isEmpty();
                if ((!m_profiles->save(profile) ||
                     (first && !m_profiles->setDefaultProfile(profile.name))) &&
                    settingsFailed())
                    return;
                m_console->print(
                    QStringLiteral("Profile '%1' saved%2.\n")
                        .arg(profile.name, first ? QStringLiteral(" as the default") : QString()));
                finish(Success);
            });
    m_keys->writeKey(profile.name, trimmedKey);
}

void ProfileCommand::list()
{
    // A file that could not be read would list only some of the profiles, as if that were all.
    if (!m_profiles->checkWritable() && settingsFailed())
        return;
    const QString defaultName = m_profiles->defaultProfile();
    QJsonArray rows;
    for (const QString &name : m_profiles->names()) {
        const auto profile = m_profiles->profile(name);
        if (!profile)
            continue;
        QJsonObject row{{QStringLiteral("Name"), profile->name},
                        {QStringLiteral("Default"), profile->name == defaultName}};
        row.insert(QStringLiteral("Subdomain"), profile->subdomain);
        row.insert(QStringLiteral("BaseUrl"), profile->baseUrl);
        row.insert(QStringLiteral("TimeoutSeconds"),
                   profile->timeoutSeconds ? QJsonValue(*profile->timeoutSeconds) : QJsonValue());
        row.insert(QStringLiteral("MaxRetries"),
                   profile->maxRetries ? QJsonValue(*profile->maxRetries) : QJsonValue());
        row.insert(QStringLiteral("RetryBackoffSeconds"),
                   profile->retryBackoffSeconds ? QJsonValue(*profile->retryBackoffSeconds)
                                                : QJsonValue());
        rows.append(row);
    }
    if (rows.isEmpty() && m_invocation.global.format == OutputFormat::Table)
        m_console->print(QStringLiteral("No profiles. Add one with 'signtraker-cli profile add "
                                        "NAME --subdomain S --api-key-stdin'.\n"));
    else
        m_console->printValue(rows, m_invocation.global.format);
    finish(Success);
}

void ProfileCommand::remove()
{
    const QString name = m_invocation.arguments.value(0);
    if (!m_profiles->profile(name)) {
        m_console->error(QStringLiteral("not found"),
                         QStringLiteral("There is no profile named '%1'.").arg(name));
        finish(NotFound);
        return;
    }
    const bool wasDefault = m_profiles->defaultProfile() == name;
    if ((!m_profiles->remove(name) || (wasDefault && !m_profiles->setDefaultProfile(QString()))) &&
        settingsFailed())
        return;
    // The profile's local copy holds the tenant's personal data: it goes with the profile.
    if (!LocalCopy::removeForProfile(name))
        m_console->error(QStringLiteral("local"),
                         tr("The local copy of profile '%1' could not be deleted: %2")
                             .arg(name, LocalCopy::pathForProfile(name)));
    connect(m_keys, &KeyStore::keyRemoved, this,
            [this, name](const QString &removed, const QString &error) {
                if (removed != name || isFinished())
                    return;
                // The profile is gone either way; a key left behind is worth saying.
                if (!error.isEmpty())
                    m_console->error(QStringLiteral("keychain"),
                                     QStringLiteral("the key of profile '%1' may still be in the "
                                                    "keychain: %2")
                                         .arg(name, error));
                m_console->print(QStringLiteral("Profile '%1' removed.\n").arg(name));
                finish(Success);
            });
    m_keys->removeKey(name);
}

void ProfileCommand::makeDefault()
{
    const QString name = m_invocation.arguments.value(0);
    if (!m_profiles->profile(name)) {
        m_console->error(QStringLiteral("not found"),
                         QStringLiteral("There is no profile named '%1'.").arg(name));
        finish(NotFound);
        return;
    }
    if (!m_profiles->setDefaultProfile(name) && settingsFailed())
        return;
    m_console->print(QStringLiteral("Profile '%1' is the default.\n").arg(name));
    finish(Success);
}

} // namespace signtraker::cli
