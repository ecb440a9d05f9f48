// SPDX-License-Identifier: Apache-2.0
// What ConnectionResolver ended with: a configuration, or why there is none, in words that never
// hold the API key.
#pragma once

#include "apierror.h"
#include "clientconfig.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace signtraker {

struct ConnectionOutcome
{
    enum class Failure {
        None,
        UnknownProfile, // a profile was named and there is none of that name
        NoKey,          // no key anywhere: command line, environment, keychain
        Invalid         // a value is wrong (URL, subdomain, numbers, CA file)
    };

    std::optional<ClientConfig> config;
    ApiError error; // Configuration or Authentication; its message never holds the key
    Failure failure = Failure::None;
    QString profileName;   // the profile used (the one named, else the default); empty: none
    QString keychainError; // why the keychain gave no key, when it was asked and had none

    bool ok() const { return config.has_value(); }
};

} // namespace signtraker

Q_DECLARE_METATYPE(signtraker::ConnectionOutcome)
