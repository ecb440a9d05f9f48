// SPDX-License-Identifier: Apache-2.0
#include "rosterfile.h"

namespace signtraker {

RosterFile RosterFile::parse(const QByteArray &bytes, const Options &overrides)
{
    RosterFile file;
    Q_UNUSED(bytes);
    Q_UNUSED(overrides);
    return file;
}

QString RosterFile::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf8WithBom:
        return QStringLiteral("UTF-8 with BOM");
    case Encoding::Windows1252:
        break;
    }
    return QStringLiteral("Windows-1252");
}

std::optional<RosterFile::Encoding> RosterFile::encodingFromName(const QString &name)
{
    Q_UNUSED(name);
    return {};
}

} // namespace signtraker
