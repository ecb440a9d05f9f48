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
    static constexpr std::chrono::milliseconds MaxRetryAfter{60'000};

    // random() returns a value in [0, 1) for the jitter; by default QRandomGenerator.
    RetryPolicy(int maxRetries, double backoffSeconds, std::function<double()> random = {});

    // Whether a request that failed with error, after retriesDone retries, is tried again.
    bool shouldRetry(const ApiRequest &request, const ApiError &error, int retriesDone) const;
    // Retry-After when the service sent one (capped), else exponential backoff with jitter.
    std::chrono::milliseconds delayBefore(int retryNumber, const ApiError &error) const;

    // Retry-After as seconds or an HTTP date, relative to now; capped at MaxRetryAfter.
    static std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value,
                                                                    const QDateTime &now);
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
