// SPDX-License-Identifier: Apache-2.0
#include "retrypolicy.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
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

QString tr(const char *text)
{
    return QCoreApplication::translate("signtraker::RetryPolicy", text);
}

// Delay-seconds as RFC 9110 has it (digits), also with a fraction or an exponent as some
// servers send; never a sign, NaN or inf.
std::optional<milliseconds> parseSeconds(const QString &text)
{
    static const QRegularExpression number(QStringLiteral(R"(^\d+(\.\d*)?([eE][+-]?\d+)?$)"));
    if (!number.match(text).hasMatch())
        return std::nullopt;
    bool ok = false;
    // An exponent too large for a double fails to convert: it is a huge wait all the same.
    const double seconds = QLocale::c().toDouble(text, &ok);
    constexpr double ceilingSeconds = double(RetryPolicy::RetryAfterCeiling.count()) / 1000.0;
    if (!ok || !(seconds < ceilingSeconds))
        return RetryPolicy::RetryAfterCeiling;
    return milliseconds(std::llround(seconds * 1000.0));
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
    if (error.retryAfter() && *error.retryAfter() > MaxRetryAfter)
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
    const QString text = QString::fromLatin1(value.trimmed());
    if (text.isEmpty())
        return std::nullopt;
    if (text.front().isDigit())
        return parseSeconds(text);
    const QDateTime date = parseHttpDate(value.trimmed());
    if (!date.isValid() || !now.isValid())
        return std::nullopt;
    // msecsTo cannot overflow between valid QDateTimes; the clamp keeps what follows small.
    return std::clamp(milliseconds(now.msecsTo(date)), milliseconds(0), RetryAfterCeiling);
}

ApiError RetryPolicy::withRetryAfter(ApiError error, std::optional<milliseconds> wait)
{
    error.setRetryAfter(wait);
    if (!wait || *wait <= MaxRetryAfter || !isTransient(error))
        return error;
    ApiError limited(ApiError::Kind::RateLimited,
                     tr("The service asks to wait %1; try again later.").arg(waitText(*wait)));
    limited.setHttpStatus(error.httpStatus());
    limited.setRetryAfter(wait);
    return limited;
}

QString RetryPolicy::waitText(milliseconds wait)
{
    if (wait >= RetryAfterCeiling)
        return tr("%1 days or more").arg(RetryAfterCeiling.count() / (24 * 3600 * 1000));
    // Short waits with a tenth of a second: "retrying in 0.3 s" is the truth, "1 s" is not.
    if (wait < std::chrono::seconds(10) && wait.count() % 1000 != 0)
        return tr("%1 s").arg(QLocale().toString(double(wait.count()) / 1000.0, 'f', 1));
    const qint64 seconds = (wait.count() + 999) / 1000;
    if (seconds < 120)
        return tr("%1 s").arg(seconds);
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 120)
        return tr("%1 minutes").arg(minutes);
    const qint64 hours = (minutes + 30) / 60;
    if (hours < 48)
        return tr("%1 hours").arg(hours);
    return tr("%1 days").arg((hours + 12) / 24);
}

} // namespace signtraker
