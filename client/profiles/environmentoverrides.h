// SPDX-License-Identifier: Apache-2.0
// Which connection settings the environment provides, and through which variable, so that a
// settings dialog can show them as read-only "from the environment: SIGNTRAKER_BASE_URL". Follows
// ClientConfig::resolve(): SIGNTRAKER_* first, then the SIGNTRACKER_* spelling; blank values and
// numbers that do not parse do not count.
#pragma once

#include <QProcessEnvironment>
#include <QString>

namespace signtraker {

class EnvironmentOverrides
{
public:
    explicit EnvironmentOverrides(const QProcessEnvironment &environment);

    // The variable that provides the setting, or empty.
    QString apiKeyVariable() const { return m_apiKey; }
    QString baseUrlVariable() const { return m_baseUrl; }     // a base URL
    QString subdomainVariable() const { return m_subdomain; } // only when no base URL variable
    QString timeoutVariable() const { return m_timeout; }
    QString maxRetriesVariable() const { return m_maxRetries; }
    QString retryBackoffVariable() const { return m_retryBackoff; }
    QString parallelRequestsVariable() const { return m_parallelRequests; }

    // The variable's value (trimmed); empty when not set.
    QString value(const QString &variable) const;

    bool providesTenant() const { return !m_baseUrl.isEmpty() || !m_subdomain.isEmpty(); }
    // Key and tenant: enough to connect without any profile.
    bool isComplete() const { return !m_apiKey.isEmpty() && providesTenant(); }
    bool isEmpty() const;

private:
    QProcessEnvironment m_environment;
    QString m_apiKey;
    QString m_baseUrl;
    QString m_subdomain;
    QString m_timeout;
    QString m_maxRetries;
    QString m_retryBackoff;
    QString m_parallelRequests;
};

} // namespace signtraker
