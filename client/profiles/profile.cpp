// SPDX-License-Identifier: Apache-2.0
#include "profile.h"

#include <QCoreApplication>

namespace signtraker {

ConfigValues Profile::toConfigValues() const
{
    ConfigValues values;
    if (!subdomain.trimmed().isEmpty())
        values.subdomain = subdomain.trimmed();
    if (!baseUrl.trimmed().isEmpty())
        values.baseUrl = baseUrl.trimmed();
    values.timeoutSeconds = timeoutSeconds;
    values.maxRetries = maxRetries;
    values.retryBackoffSeconds = retryBackoffSeconds;
    values.maxResponseMegabytes = maxResponseMegabytes;
    values.parallelRequests = parallelRequests;
    return values;
}

QString Profile::problem() const
{
    // The client's own checks, with a stand-in key and no environment, so that the words and the
    // limits are the same everywhere.
    ConfigValues withKey;
    withKey.apiKey = QStringLiteral("placeholder");
    const ConfigResult result =
        ClientConfig::resolve(withKey, QProcessEnvironment(), toConfigValues());
    return result.ok() ? QString() : result.error.message();
}

QString Profile::nameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("signtraker::Profile",
                                           "A profile name must not be empty.");
    if (name != name.trimmed())
        return QCoreApplication::translate("signtraker::Profile",
                                           "A profile name must not start or end with a space.");
    if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')))
        return QCoreApplication::translate("signtraker::Profile",
                                           "A profile name must not contain '/' or '\\'.");
    return {};
}

} // namespace signtraker
