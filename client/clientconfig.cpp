// SPDX-License-Identifier: Apache-2.0
#include "clientconfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace signtraker {

namespace {

// The reference client's names first, then the misspelling it also accepts.
const QStringList ApiKeyVariables{QStringLiteral("SIGNTRAKER_API_KEY"),
                                  QStringLiteral("SIGNTRACKER_API_KEY")};
const QStringList BaseUrlVariables{QStringLiteral("SIGNTRAKER_BASE_URL"),
                                   QStringLiteral("SIGNTRACKER_BASE_URL")};
const QStringList SubdomainVariables{QStringLiteral("SIGNTRAKER_SUBDOMAIN"),
                                     QStringLiteral("SIGNTRACKER_SUBDOMAIN")};
const QString TimeoutVariable = QStringLiteral("SIGNTRAKER_TIMEOUT_SECONDS");
const QString RetriesVariable = QStringLiteral("SIGNTRAKER_MAX_RETRIES");
const QString BackoffVariable = QStringLiteral("SIGNTRAKER_RETRY_BACKOFF_SECONDS");
const QString CaFileVariable = QStringLiteral("SIGNTRAKER_CA_FILE");
const QString MaxResponseVariable = QStringLiteral("SIGNTRAKER_MAX_RESPONSE_MB");
const QString ParallelVariable = QStringLiteral("SIGNTRAKER_PARALLEL_REQUESTS");

// Beyond these a value is a typo (3600 meant as milliseconds, 100 retries) that would make the
// application look hung; the transport's own caps are not a reason to accept them silently.
constexpr double MaxTimeoutSeconds = 3600.0;
constexpr int MaxRetries = 10;
constexpr double MaxBackoffSeconds = 60.0;

constexpr qsizetype MaxLabelLength = 63;

// Where a value came from, for the error message: the user must know what to fix. A sentence
// of its own after the problem's, so that each is translated whole.
struct Origin
{
    enum Kind { Explicit, Environment, Profile } kind = Explicit;
    QString variable; // for Environment

    QString after(const QString &problem) const
    {
        switch (kind) {
        case Environment:
            return problem + QLatin1Char(' ') +
                   QCoreApplication::translate("signtraker::ClientConfig",
                                               "It comes from the environment variable %1.")
                       .arg(variable);
        case Profile:
            return problem + QLatin1Char(' ') +
                   QCoreApplication::translate("signtraker::ClientConfig",
                                               "It comes from the profile.");
        case Explicit:
            break;
        }
        return problem;
    }
};

// Empty and blank values count as unset, as the reference client's `value or fallback` does.
std::optional<QString> present(const std::optional<QString> &value)
{
    if (!value || value->trimmed().isEmpty())
        return std::nullopt;
    return value;
}

struct Found
{
    QString value;
    Origin origin;
};

std::optional<Found> firstInEnvironment(const QProcessEnvironment &environment,
                                        const QStringList &names)
{
    for (const QString &name : names) {
        const QString value = environment.value(name);
        if (!value.trimmed().isEmpty())
            return Found{value, {Origin::Environment, name}};
    }
    return std::nullopt;
}

template <typename T> struct Number
{
    T value;
    Origin origin;
};

std::optional<double> parseDouble(const QString &text)
{
    bool ok = false;
    const double value = QLocale::c().toDouble(text.trimmed(), &ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

std::optional<int> parseInt(const QString &text)
{
    bool ok = false;
    const int value = QLocale::c().toInt(text.trimmed(), &ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

// explicit, then the environment when it parses, then the profile, then the default.
template <typename T, typename Parse>
Number<T> resolveNumber(const std::optional<T> &explicitValue,
                        const QProcessEnvironment &environment, const QString &variable,
                        const std::optional<T> &profileValue, T defaultValue, Parse parse)
{
    if (explicitValue)
        return {*explicitValue, {Origin::Explicit, {}}};
    const QString text = environment.value(variable);
    if (!text.trimmed().isEmpty()) {
        if (const std::optional<T> parsed = parse(text))
            return {*parsed, {Origin::Environment, variable}};
    }
    if (profileValue)
        return {*profileValue, {Origin::Profile, {}}};
    return {defaultValue, {Origin::Explicit, {}}};
}

QString numberText(double value)
{
    return QLocale::c().toString(value, 'g', QLocale::FloatingPointShortest);
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QUrl withoutTrailingSlash(QUrl url)
{
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url;
}

// A file that names no usable authority is a mistake to report, not a reason to fall back to
// the system's authorities alone: the user expects the proxy's certificate to be trusted.
std::optional<ApiError> loadCaCertificates(const Found &file, QList<QSslCertificate> *certificates)
{
    QFile in(file.value);
    if (!in.open(QIODevice::ReadOnly))
        return ApiError::configuration(file.origin.after(
            QCoreApplication::translate("signtraker::ClientConfig",
                                        "The CA certificates file %1 cannot be read: %2.")
                .arg(file.value, in.errorString())));
    *certificates = QSslCertificate::fromData(in.readAll(), QSsl::Pem);
    if (certificates->isEmpty())
        return ApiError::configuration(file.origin.after(
            QCoreApplication::translate("signtraker::ClientConfig",
                                        "The CA certificates file %1 holds no PEM certificate.")
                .arg(file.value)));
    return std::nullopt;
}

ConfigResult failure(ApiError error)
{
    ConfigResult result;
    result.error = std::move(error);
    return result;
}

} // namespace

QUrl ClientConfig::urlForSubdomain(const QString &subdomain)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(subdomain.toLower() % QLatin1String(".signtraker.com"));
    return url;
}

// DNS is case-insensitive, so "Acme" is the same tenant as "acme": upper case is accepted here
// and lowered by urlForSubdomain().
QString ClientConfig::subdomainProblem(const QString &subdomain)
{
    if (subdomain.isEmpty())
        return QCoreApplication::translate("signtraker::ClientConfig", "The subdomain is empty.");
    const QString shown = subdomain.simplified();
    if (subdomain.contains(QLatin1Char('.')))
        return QCoreApplication::translate("signtraker::ClientConfig",
                                           "The subdomain \"%1\" must be one name without dots "
                                           "(\"acme\", not \"acme.signtraker.com\").")
            .arg(shown);
    for (const QChar c : subdomain) {
        const bool allowed = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                             (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                             (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                             c == QLatin1Char('-');
        if (allowed)
            continue;
        if (c.isSpace())
            return QCoreApplication::translate(
                       "signtraker::ClientConfig",
                       "The subdomain \"%1\" contains a space; only letters "
                       "a-z, digits and '-' are allowed.")
                .arg(shown);
        return QCoreApplication::translate("signtraker::ClientConfig",
                                           "The subdomain \"%1\" contains '%2'; only letters a-z, "
                                           "digits and '-' are allowed.")
            .arg(shown, QString(c));
    }
    if (subdomain.size() > MaxLabelLength)
        return QCoreApplication::translate("signtraker::ClientConfig",
                                           "The subdomain is %1 characters long; at most %2 are "
                                           "allowed.")
            .arg(subdomain.size())
            .arg(MaxLabelLength);
    if (subdomain.startsWith(QLatin1Char('-')) || subdomain.endsWith(QLatin1Char('-')))
        return QCoreApplication::translate("signtraker::ClientConfig",
                                           "The subdomain \"%1\" must not start or end with '-'.")
            .arg(shown);
    return {};
}

QString ClientConfig::apiKeyVariable(const QProcessEnvironment &environment)
{
    const std::optional<Found> found = firstInEnvironment(environment, ApiKeyVariables);
    return found ? found->origin.variable : QString();
}

// The URL itself is not repeated: it may hold a password.
QString ClientConfig::baseUrlProblem(const QString &baseUrl)
{
    if (baseUrl.trimmed().isEmpty())
        return QCoreApplication::translate("signtraker::ClientConfig", "The base URL is empty.");
    const QUrl url(baseUrl, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative())
        return QCoreApplication::translate(
            "signtraker::ClientConfig", "The base URL is not a valid URL (expected https://host).");
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return QCoreApplication::translate("signtraker::ClientConfig",
                                           "The base URL must start with https://.");
    if (url.host().isEmpty())
        return QCoreApplication::translate("signtraker::ClientConfig",
                                           "The base URL has no host name.");
    // A password there would travel to the server in clear in every log of the URL.
    if (!url.userInfo().isEmpty())
        return QCoreApplication::translate(
            "signtraker::ClientConfig", "The base URL must not contain a user name or password.");
    if (url.hasQuery() || url.hasFragment())
        return QCoreApplication::translate("signtraker::ClientConfig",
                                           "The base URL must not contain a query (?...) or a "
                                           "fragment (#...).");
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host()))
        return QCoreApplication::translate(
            "signtraker::ClientConfig", "The base URL must use https; http is accepted only for a "
                                        "loopback host (127.0.0.0/8, ::1, localhost).");
    return {};
}

ConfigResult ClientConfig::resolve(const ConfigValues &explicitValues,
                                   const QProcessEnvironment &environment,
                                   const ConfigValues &profileValues)
{
    ClientConfig config;

    // The key first, as the reference client does: without one nothing else matters.
    std::optional<Found> key;
    if (const auto value = present(explicitValues.apiKey))
        key = Found{*value, {Origin::Explicit, {}}};
    else if (const auto value = firstInEnvironment(environment, ApiKeyVariables))
        key = value;
    else if (const auto value = present(profileValues.apiKey))
        key = Found{*value, {Origin::Profile, {}}};
    if (!key)
        return failure(ApiError::authentication(QCoreApplication::translate(
            "signtraker::ClientConfig",
            "API key is required. Set SIGNTRAKER_API_KEY or store it in "
            "a profile.")));
    // Surrounding whitespace is never part of a key; a pasted key often carries a newline.
    config.m_apiKey = key->value.trimmed();
    if (key->origin.kind == Origin::Environment)
        config.m_fromEnvironment.insert(int(Setting::ApiKey));

    // Base URL: explicit base URL, explicit subdomain, environment base URL, environment
    // subdomain, profile base URL, profile subdomain.
    std::optional<Found> base;
    std::optional<Found> subdomain;
    if (const auto value = present(explicitValues.baseUrl))
        base = Found{*value, {Origin::Explicit, {}}};
    else if (const auto value = present(explicitValues.subdomain))
        subdomain = Found{*value, {Origin::Explicit, {}}};
    else if (const auto value = firstInEnvironment(environment, BaseUrlVariables))
        base = value;
    else if (const auto value = firstInEnvironment(environment, SubdomainVariables))
        subdomain = value;
    else if (const auto value = present(profileValues.baseUrl))
        base = Found{*value, {Origin::Profile, {}}};
    else if (const auto value = present(profileValues.subdomain))
        subdomain = Found{*value, {Origin::Profile, {}}};

    Origin urlOrigin;
    if (base) {
        const QString problem = baseUrlProblem(base->value);
        if (!problem.isEmpty())
            return failure(ApiError::configuration(base->origin.after(problem)));
        config.m_baseUrl = withoutTrailingSlash(QUrl(base->value, QUrl::StrictMode));
        urlOrigin = base->origin;
    } else if (subdomain) {
        const QString problem = subdomainProblem(subdomain->value);
        if (!problem.isEmpty())
            return failure(ApiError::configuration(subdomain->origin.after(problem)));
        config.m_baseUrl = urlForSubdomain(subdomain->value);
        urlOrigin = subdomain->origin;
    } else {
        return failure(ApiError::configuration(QCoreApplication::translate(
            "signtraker::ClientConfig", "A base URL or a subdomain is required. Set "
                                        "SIGNTRAKER_BASE_URL or SIGNTRAKER_SUBDOMAIN, or store "
                                        "one in a profile.")));
    }
    if (urlOrigin.kind == Origin::Environment)
        config.m_fromEnvironment.insert(int(Setting::BaseUrl));

    const Number<double> timeout =
        resolveNumber(explicitValues.timeoutSeconds, environment, TimeoutVariable,
                      profileValues.timeoutSeconds, DefaultTimeoutSeconds, parseDouble);
    if (!std::isfinite(timeout.value) || timeout.value <= 0 || timeout.value > MaxTimeoutSeconds)
        return failure(ApiError::configuration(timeout.origin.after(
            QCoreApplication::translate("signtraker::ClientConfig",
                                        "The timeout is %1 s; it must be more than 0 and at most "
                                        "%2 s.")
                .arg(numberText(timeout.value), numberText(MaxTimeoutSeconds)))));
    config.m_timeoutSeconds = timeout.value;
    if (timeout.origin.kind == Origin::Environment)
        config.m_fromEnvironment.insert(int(Setting::TimeoutSeconds));

    const Number<int> retries =
        resolveNumber(explicitValues.maxRetries, environment, RetriesVariable,
                      profileValues.maxRetries, DefaultMaxRetries, parseInt);
    if (retries.value < 0 || retries.value > MaxRetries)
        return failure(ApiError::configuration(retries.origin.after(
            QCoreApplication::translate("signtraker::ClientConfig",
                                        "The number of retries is %1; it must be from 0 to %2.")
                .arg(retries.value)
                .arg(MaxRetries))));
    config.m_maxRetries = retries.value;
    if (retries.origin.kind == Origin::Environment)
        config.m_fromEnvironment.insert(int(Setting::MaxRetries));

    const Number<double> backoff =
        resolveNumber(explicitValues.retryBackoffSeconds, environment, BackoffVariable,
                      profileValues.retryBackoffSeconds, DefaultRetryBackoffSeconds, parseDouble);
    if (!std::isfinite(backoff.value) || backoff.value < 0 || backoff.value > MaxBackoffSeconds)
        return failure(ApiError::configuration(backoff.origin.after(
            QCoreApplication::translate("signtraker::ClientConfig",
                                        "The retry backoff is %1 s; it must be from 0 to %2 s.")
                .arg(numberText(backoff.value), numberText(MaxBackoffSeconds)))));
    config.m_retryBackoffSeconds = backoff.value;
    if (backoff.origin.kind == Origin::Environment)
        config.m_fromEnvironment.insert(int(Setting::RetryBackoffSeconds));

    std::optional<Found> caFile;
    if (const auto value = present(explicitValues.caCertificatesFile))
        caFile = Found{*value, {Origin::Explicit, {}}};
    else if (const auto value = firstInEnvironment(environment, {CaFileVariable}))
        caFile = value;
    else if (const auto value = present(profileValues.caCertificatesFile))
        caFile = Found{*value, {Origin::Profile, {}}};
    if (caFile) {
        if (auto error = loadCaCertificates(*caFile, &config.m_extraCaCertificates))
            return failure(std::move(*error));
        config.m_caCertificatesFile = caFile->value;
        if (caFile->origin.kind == Origin::Environment)
            config.m_fromEnvironment.insert(int(Setting::CaCertificatesFile));
    }
    const Number<int> maxResponse =
        resolveNumber(explicitValues.maxResponseMegabytes, environment, MaxResponseVariable,
                      profileValues.maxResponseMegabytes, DefaultMaxResponseMegabytes, parseInt);
    if (maxResponse.value < 1 || maxResponse.value > MaxResponseMegabytesLimit)
        return failure(ApiError::configuration(maxResponse.origin.after(
            QCoreApplication::translate("signtraker::ClientConfig",
                                        "The largest answer is %1 MiB; it must be from 1 to %2 "
                                        "MiB.")
                .arg(maxResponse.value)
                .arg(MaxResponseMegabytesLimit))));
    config.m_maxResponseBytes = qint64(maxResponse.value) * 1024 * 1024;
    if (maxResponse.origin.kind == Origin::Environment)
        config.m_fromEnvironment.insert(int(Setting::MaxResponseMegabytes));

    const Number<int> parallel =
        resolveNumber(explicitValues.parallelRequests, environment, ParallelVariable,
                      profileValues.parallelRequests, DefaultParallelRequests, parseInt);
    if (parallel.value < 1 || parallel.value > MaxParallelRequests)
        return failure(ApiError::configuration(parallel.origin.after(
            QCoreApplication::translate("signtraker::ClientConfig",
                                        "The number of parallel requests is %1; it must be from 1 "
                                        "to %2.")
                .arg(parallel.value)
                .arg(MaxParallelRequests))));
    config.m_parallelRequests = parallel.value;
    if (parallel.origin.kind == Origin::Environment)
        config.m_fromEnvironment.insert(int(Setting::ParallelRequests));

    ConfigResult result;
    result.config = std::move(config);
    return result;
}

ClientConfig ClientConfig::make(const QUrl &baseUrl, const QString &apiKey, double timeoutSeconds,
                                int maxRetries, double retryBackoffSeconds)
{
    ClientConfig config;
    config.m_baseUrl = withoutTrailingSlash(baseUrl);
    config.m_apiKey = apiKey;
    config.m_timeoutSeconds = timeoutSeconds;
    config.m_maxRetries = maxRetries;
    config.m_retryBackoffSeconds = retryBackoffSeconds;
    return config;
}

ClientConfig ClientConfig::withMaxResponseBytes(qint64 bytes) const
{
    ClientConfig copy = *this;
    copy.m_maxResponseBytes = std::max<qint64>(1, bytes);
    return copy;
}

ClientConfig ClientConfig::withParallelRequests(int requests) const
{
    ClientConfig copy = *this;
    copy.m_parallelRequests = std::clamp(requests, 1, MaxParallelRequests);
    return copy;
}

} // namespace signtraker
