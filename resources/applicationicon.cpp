// SPDX-License-Identifier: Apache-2.0
#include "applicationicon.h"

namespace signtraker {

QString applicationId()
{
    return QStringLiteral("com.signtraker.AgentsAdmin");
}

QIcon applicationIcon()
{
    const QString id = applicationId();
    return QIcon::fromTheme(id, QIcon(QStringLiteral(":/icons/") + id + QStringLiteral(".svg")));
}

} // namespace signtraker
