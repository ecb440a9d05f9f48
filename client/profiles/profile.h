// SPDX-License-Identifier: Apache-2.0
// A named connection: tenant (subdomain or base URL) and the optional network settings. The API
// key is not part of it: KeyStore keeps it in the system keychain under the profile's name.
#pragma once

#include "clientconfig.h"

#include <QString>

#include <optional>

namespace signtraker {

struct Profile
{
    // The limits ClientConfig::resolve() applies (tests/profiles checks that they agree), for
    // spin boxes and command-line checks.
    static constexpr double MinTimeoutSeconds = 0.1;
    static constexpr double MaxTimeoutSeconds = 3600.0;
    static constexpr int MaxRetries = 10;
    static constexpr double MaxRetryBackoffSeconds = 60.0;

    QString name;
    QString subdomain; // one of subdomain and baseUrl; baseUrl wins when both are set
    QString baseUrl;
    std::optional<double> timeoutSeconds;
    std::optional<int> maxRetries;
    std::optional<double> retryBackoffSeconds;
    std::optional<int> maxResponseMegabytes;
    std::optional<int> parallelRequests; // requests in flight of a walk over every page

    // The profile's values for ClientConfig::resolve(); the key is left unset.
    ConfigValues toConfigValues() const;

    // What is wrong with the tenant and numbers, as ClientConfig::resolve() would say it; empty
    // when the profile is usable (given a key).
    QString problem() const;

    // Names are settings groups and keychain accounts: not empty, no '/' or '\', no surrounding
    // spaces. Empty when valid.
    static QString nameProblem(const QString &name);

    bool operator==(const Profile &other) const = default;
};

} // namespace signtraker
