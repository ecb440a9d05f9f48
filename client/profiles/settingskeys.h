// SPDX-License-Identifier: Apache-2.0
// Every key of the settings file that profiles use, with its default: the one place that names
// them. The API key is deliberately not among them: it lives in the system keychain only.
#pragma once

#include "settingskey.h"

namespace signtraker::SettingsKeys {

// The profile used when none is named; empty when there is none.
inline const SettingsKey DefaultProfile{QStringLiteral("connection/defaultProfile"), QString()};

// One group per profile: ProfilesGroup/<name>/<key>.
inline const QString ProfilesGroup = QStringLiteral("profiles");

// Relative to the profile's group. Numbers without a default are optional: when absent the
// environment or the client's default applies.
inline const SettingsKey ProfileSubdomain{QStringLiteral("subdomain"), QString()};
inline const SettingsKey ProfileBaseUrl{QStringLiteral("baseUrl"), QString()};
inline const SettingsKey ProfileTimeoutSeconds{QStringLiteral("timeoutSeconds"), QVariant()};
inline const SettingsKey ProfileMaxRetries{QStringLiteral("maxRetries"), QVariant()};
inline const SettingsKey ProfileRetryBackoffSeconds{QStringLiteral("retryBackoffSeconds"),
                                                    QVariant()};
inline const SettingsKey ProfileMaxResponseMegabytes{QStringLiteral("maxResponseMegabytes"),
                                                     QVariant()};
inline const SettingsKey ProfileParallelRequests{QStringLiteral("parallelRequests"), QVariant()};

} // namespace signtraker::SettingsKeys
