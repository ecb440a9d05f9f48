// SPDX-License-Identifier: Apache-2.0
#include "environmentoverrides.h"

#include "clientconfig.h"

#include <QLocale>

namespace signtraker {

namespace {

QString firstSet(const QProcessEnvironment &environment, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const QString variable = QString::fromLatin1(name);
        if (!environment.value(variable).trimmed().isEmpty())
            return variable;
    }
    return {};
}

QString ifNumber(const QProcessEnvironment &environment, const char *name, bool integer)
{
    const QString variable = QString::fromLatin1(name);
    const QString text = environment.value(variable).trimmed();
    bool ok = false;
    if (integer)
        QLocale::c().toInt(text, &ok);
    else
        QLocale::c().toDouble(text, &ok);
    return ok ? variable : QString();
}

} // namespace

EnvironmentOverrides::EnvironmentOverrides(const QProcessEnvironment &environment)
    : m_environment(environment)
    , m_apiKey(ClientConfig::apiKeyVariable(environment))
    , m_baseUrl(firstSet(environment, {"SIGNTRAKER_BASE_URL", "SIGNTRACKER_BASE_URL"}))
    , m_timeout(ifNumber(environment, "SIGNTRAKER_TIMEOUT_SECONDS", false))
    , m_maxRetries(ifNumber(environment, "SIGNTRAKER_MAX_RETRIES", true))
    , m_retryBackoff(ifNumber(environment, "SIGNTRAKER_RETRY_BACKOFF_SECONDS", false))
    , m_parallelRequests(ifNumber(environment, "SIGNTRAKER_PARALLEL_REQUESTS", true))
{
    if (m_baseUrl.isEmpty())
        m_subdomain = firstSet(environment, {"SIGNTRAKER_SUBDOMAIN", "SIGNTRACKER_SUBDOMAIN"});
}

QString EnvironmentOverrides::value(const QString &variable) const
{
    return variable.isEmpty() ? QString() : m_environment.value(variable).trimmed();
}

bool EnvironmentOverrides::isEmpty() const
{
    return m_apiKey.isEmpty() && !providesTenant() && m_timeout.isEmpty() &&
           m_maxRetries.isEmpty() && m_retryBackoff.isEmpty() && m_parallelRequests.isEmpty();
}

} // namespace signtraker
