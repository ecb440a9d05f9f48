// SPDX-License-Identifier: Apache-2.0
// The connection settings of a client, resolved as the reference client does: explicit values,
// then the environment (SIGNTRAKER_* first, then the SIGNTRACKER_* spelling), then a stored
// profile, then defaults. Stricter than the reference: bad values are a configuration error.
#pragma once

#include "apierror.h"

#include <QList>
#include <QProcessEnvironment>
#include <QSet>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <optional>

namespace signtraker {

// Values that a caller may give; unset members fall through to the next source.
struct ConfigValues
{
    std::optional<QString> apiKey;
    std::optional<QString> baseUrl;
    std::optional<QString> subdomain;
    std::optional<double> timeoutSeconds;
    std::optional<int> maxRetries;
    std::optional<double> retryBackoffSeconds;
    // A PEM file of certificate authorities trusted besides the system's (SIGNTRAKER_CA_FILE).
    std::optional<QString> caCertificatesFile;
    std::optional<int> maxResponseMegabytes; // MiB
    std::optional<int> parallelRequests;     // requests in flight of one long read
};

struct ConfigResult;

class ClientConfig
{
public:
    static constexpr double DefaultTimeoutSeconds = 30.0;
    static constexpr int DefaultMaxRetries = 0;
    static constexpr double DefaultRetryBackoffSeconds = 0.5;
    // Far above any page of agents; a runaway answer stops here instead of filling memory.
    static constexpr int DefaultMaxResponseMegabytes = 64;
    static constexpr int MaxResponseMegabytesLimit = 1024;
    // Requests in flight of a walk over every page. Qt opens at most six connections per host:
    // more would only queue inside Qt.
    static constexpr int DefaultParallelRequests = 4;
    static constexpr int MaxParallelRequests = 6;

    // Names of settings, as used in fromEnvironment() and error messages.
    enum class Setting {
        ApiKey,
        BaseUrl,
        TimeoutSeconds,
        MaxRetries,
        RetryBackoffSeconds,
        CaCertificatesFile,
        MaxResponseMegabytes,
        ParallelRequests
    };

    // explicitValues win over the environment, the environment over profileValues. The base URL
    // is: explicit base URL, explicit subdomain, SIGNTRAKER_BASE_URL, SIGNTRAKER_SUBDOMAIN,
    // profile base URL, profile subdomain. Unparsable numbers in the environment fall back.
    static ConfigResult
    resolve(const ConfigValues &explicitValues,
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
            const ConfigValues &profileValues = {});

    // https://{subdomain}.signtraker.com
    static QUrl urlForSubdomain(const QString &subdomain);
    // Problems are whole translated sentences (context "signtraker::ClientConfig"); empty when
    // the value is valid. One DNS label: a-z, 0-9, '-', 1 to 63 characters, no '-' at either end.
    static QString subdomainProblem(const QString &subdomain);
    // https, or http only on a loopback host (127.0.0.0/8, ::1, localhost). Empty when valid.
    static QString baseUrlProblem(const QString &baseUrl);
    // The variable that gives the API key (SIGNTRAKER_API_KEY, then SIGNTRACKER_API_KEY), or
    // empty. A blank value is no key: the one rule for the window, the CLI and resolve().
    static QString apiKeyVariable(const QProcessEnvironment &environment);

    QString apiKey() const { return m_apiKey; }
    QUrl baseUrl() const { return m_baseUrl; } // no trailing '/'
    double timeoutSeconds() const { return m_timeoutSeconds; }
    int maxRetries() const { return m_maxRetries; }
    double retryBackoffSeconds() const { return m_retryBackoffSeconds; }
    // Trusted besides the system's authorities: a TLS-inspecting proxy's, or a test's.
    QString caCertificatesFile() const { return m_caCertificatesFile; }
    QList<QSslCertificate> extraCaCertificates() const { return m_extraCaCertificates; }
    // The largest answer read, headers excluded; a larger one is abandoned while it arrives.
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }
    // How many requests a walk over every page keeps in flight (1 to MaxParallelRequests).
    int parallelRequests() const { return m_parallelRequests; }
    // Which settings came from the environment (the settings dialog shows them as such).
    bool fromEnvironment(Setting setting) const { return m_fromEnvironment.contains(int(setting)); }

    // For tests and the demo mode, where the values are known to be valid.
    static ClientConfig make(const QUrl &baseUrl, const QString &apiKey,
                             double timeoutSeconds = DefaultTimeoutSeconds, int maxRetries = 0,
                             double retryBackoffSeconds = DefaultRetryBackoffSeconds);
    // A copy with another answer size cap, in bytes (tests use caps below one MiB).
    ClientConfig withMaxResponseBytes(qint64 bytes) const;
    // A copy with another number of parallel requests, clamped to 1..MaxParallelRequests.
    ClientConfig withParallelRequests(int requests) const;

private:
    QString m_apiKey;
    QUrl m_baseUrl;
    double m_timeoutSeconds = DefaultTimeoutSeconds;
    int m_maxRetries = DefaultMaxRetries;
    double m_retryBackoffSeconds = DefaultRetryBackoffSeconds;
    qint64 m_maxResponseBytes = qint64(DefaultMaxResponseMegabytes) * 1024 * 1024;
    int m_parallelRequests = DefaultParallelRequests;
    QSet<int> m_fromEnvironment;
    QString m_caCertificatesFile;
    QList<QSslCertificate> m_extraCaCertificates;
};

struct ConfigResult
{
    std::optional<ClientConfig> config;
    ApiError error; // Configuration or Authentication when config is empty
    bool ok() const { return config.has_value(); }
};

} // namespace signtraker
