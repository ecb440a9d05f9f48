#include "retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace signtraker {

using std::chrono::milliseconds;

namespace {

// An HTTP date (RFC 9110 IMF-fixdate, "Wed, 21 Oct 2015 07:28:00 GMT"). Qt's own parser for it
// is private API, and Qt::RFC2822Date does not read the "GMT" zone name, so it is read here.
QDateTime parseHttpDate(const QByteArray &value)
{
    QString text = QString::fromLatin1(value).simplified();
    if (text.endsWith(QLatin1String(" GMT")) || text.endsWith(QLatin1String(" UTC")))
        text.chop(4);
    QDateTime date = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"));
    if (!date.isValid())
        return QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    date.setTimeZone(QTimeZone::utc());
    return date;
}

} // namespace

RetryPolicy::RetryPolicy(int maxRetries, double backoffSeconds, std::function<double()> random)
    : m_maxRetries(std::max(0, maxRetries))
    , m_backoffSeconds(std::max(0.0, backoffSeconds))
    , m_random(random ? std::move(random)
                      : [] { return QRandomGenerator::global()->generateDouble(); })
{}

bool RetryPolicy::isTransient(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::RateLimited:
        return true;
    case ApiError::Kind::Server: {
        const int status = error.httpStatus();
        return status == 500 || status == 502 || status == 503 || status == 504;
    }
    case ApiError::Kind::Network:
        // A certificate problem does not go away by asking again.
        return error.networkKind() != ApiError::NetworkKind::Tls;
    default:
        return false;
    }
}

bool RetryPolicy::certainlyNotSent(const ApiError &error)
{
    return error.kind() == ApiError::Kind::Network &&
           (error.networkKind() == ApiError::NetworkKind::ConnectionRefused ||
            error.networkKind() == ApiError::NetworkKind::HostNotFound);
}

bool RetryPolicy::shouldRetry(const ApiRequest &request, const ApiError &error,
                              int retriesDone) const
{
    if (retriesDone >= m_maxRetries || !isTransient(error))
        return false;
    if (request.repeat == ApiRequest::Repeat::OnlyIfNotSent)
        return certainlyNotSent(error);
    return true;
}

milliseconds RetryPolicy::delayBefore(int retryNumber, const ApiError &error) const
{
    if (const auto retryAfter = error.retryAfter())
        return std::min(*retryAfter, MaxRetryAfter);
    // Exponential backoff with "equal jitter": half fixed, half random, so that many clients
    // failing together do not come back together.
    const double exponential = m_backoffSeconds * std::pow(2.0, std::max(0, retryNumber));
    const double capped = std::min(exponential * 1000.0, double(MaxBackoff.count()));
    const double jittered = capped / 2.0 + capped / 2.0 * std::clamp(m_random(), 0.0, 1.0);
    return milliseconds(qint64(std::llround(jittered)));
}

std::optional<milliseconds> RetryPolicy::parseRetryAfter(const QByteArray &value,
                                                         const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const double seconds = QLocale::c().toDouble(QString::fromLatin1(trimmed), &isNumber);
    if (isNumber) {
        if (seconds < 0 || !std::isfinite(seconds))
            return std::nullopt;
        return std::min(milliseconds(qint64(seconds * 1000.0)), MaxRetryAfter);
    }
    const QDateTime date = parseHttpDate(trimmed);
    if (!date.isValid())
        return std::nullopt;
    const qint64 delta = std::max<qint64>(0, now.msecsTo(date));
    return std::min(milliseconds(delta), MaxRetryAfter);
}

} // namespace signtraker
