// SPDX-License-Identifier: Apache-2.0
// The exit status of signtraker-cli, and which one an error of the client maps to.
#pragma once

#include "apierror.h"

namespace signtraker::cli {

enum ExitCode : int {
    Success = 0,
    PartialFailure = 1, // some items of a multi-id command failed
    UsageOrConfiguration = 2,
    AuthenticationFailed = 3, // also: no key
    NotFound = 4,
    ValidationFailed = 5,
    RateLimited = 6,
    ServerFailed = 7,  // 5xx, unreadable response, redirect
    NetworkFailed = 8, // connection, DNS, TLS, timeout
    // agents create: no answer, and the look-up by e-mail could not tell whether it was created
    OutcomeUnknown = 9,
};

inline int exitCodeFor(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::None:
        return Success;
    case ApiError::Kind::Configuration:
        return UsageOrConfiguration;
    case ApiError::Kind::Authentication:
        return AuthenticationFailed;
    case ApiError::Kind::NotFound:
        return NotFound;
    case ApiError::Kind::Validation:
        return ValidationFailed;
    case ApiError::Kind::RateLimited:
        return RateLimited;
    case ApiError::Kind::Server:
    case ApiError::Kind::UnreadableResponse:
    case ApiError::Kind::Redirected:
        return ServerFailed;
    case ApiError::Kind::Network:
        return NetworkFailed;
    }
    return ServerFailed;
}

} // namespace signtraker::cli
