// SPDX-License-Identifier: Apache-2.0
#include "icons.h"

#include <QFile>

namespace signtraker::ui {

QIcon Icons::fromTheme(const QString &name)
{
    const QString bundled = QStringLiteral(":/icons/") + name + QStringLiteral(".svg");
    if (QFile::exists(bundled))
        return QIcon::fromTheme(name, QIcon(bundled));
    return QIcon::fromTheme(name);
}

bool Icons::isBundled(const QString &name)
{
    return QFile::exists(QStringLiteral(":/icons/") + name + QStringLiteral(".svg"));
}

} // namespace signtraker::ui
