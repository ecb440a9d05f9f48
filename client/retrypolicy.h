// SPDX-License-Identifier: Apache-2.0
// When a failed call may be tried again, and after how long. Pure: the transport asks it, tests
// ask it directly with their own clock and random source.
#pragma once

#include "apierror.h"
#include "apirequest.h"

#include <QDateTime>

#include <chrono>
#include <functional>
#include <optional>

namespace signtraker {

class RetryPolicy
{
public:
    static constexpr std::chrono::milliseconds MaxBackoff{30'000};
    // The longest Retry-After waited for; a longer one is reported as rate limited instead.
    static constexpr std::chrono::milliseconds MaxRetryAfter{60'000};
    // Retry-After values are clamped to this before any arithmetic ("1e300", far dates).
    static constexpr std::chrono::milliseconds RetryAfterCeiling{7LL * 24 * 3600 * 1000};

    // random() returns a value in [0, 1) for the jitter; by default QRandomGenerator.
    RetryPolicy(int maxRetries, double backoffSeconds, std::function<double()> random = {});

    int maxRetries() const { return m_maxRetries; }
    // Whether a request that failed with error, after retriesDone retries, is tried again.
    bool shouldRetry(const ApiRequest &request, const ApiError &error, int retriesDone) const;
    // Retry-After when the service sent one (capped), else exponential backoff with jitter. A
    // Retry-After over MaxRetryAfter is never retried (shouldRetry() says no).
    std::chrono::milliseconds delayBefore(int retryNumber, const ApiError &error) const;

    // Retry-After as seconds or an HTTP date, relative to now, from 0 to RetryAfterCeiling;
    // nullopt for what is neither (negative, NaN, inf, text).
    static std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value,
                                                                    const QDateTime &now);
    // The error to report for an answer that asks to wait longer than MaxRetryAfter: rate
    // limited, with the wait in plain words; other errors unchanged.
    static ApiError withRetryAfter(ApiError error, std::optional<std::chrono::milliseconds> wait);
    // A wait in plain words: "12 s", "5 minutes", "3 hours", "7 days or more".
    static QString waitText(std::chrono::milliseconds wait);
    // Transient failures: 429, 500, 502, 503, 504, and network errors other than TLS.
    static bool isTransient(const ApiError &error);
    // Whether the request certainly never reached the service.
    static bool certainlyNotSent(const ApiError &error);

private:
    int m_maxRetries;
    double m_backoffSeconds;
    std::function<double()> m_random;
};

} // namespace signtraker
