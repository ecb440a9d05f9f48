// SPDX-License-Identifier: Apache-2.0
#include "rostermapping.h"

namespace signtraker {

RosterMapping RosterMapping::fromHeaders(const QStringList &headers)
{
    RosterMapping mapping;
    mapping.m_headers = headers;
    for (qsizetype i = 0; i < headers.size(); ++i)
        mapping.m_paths.append(QString());
    return mapping;
}

RosterMapping RosterMapping::fromJson(const QJsonObject &columnToPath, const QStringList &headers,
                                      QString *error)
{
    Q_UNUSED(columnToPath);
    Q_UNUSED(error);
    return fromHeaders(headers);
}

QJsonObject RosterMapping::toJson() const
{
    return {};
}

QString RosterMapping::pathFor(int column) const
{
    return m_paths.value(column);
}

void RosterMapping::setPath(int column, const QString &path)
{
    if (column >= 0 && column < m_paths.size())
        m_paths[column] = path;
}

int RosterMapping::columnOf(const QString &path) const
{
    return int(m_paths.indexOf(path));
}

QStringList RosterMapping::unknownColumns() const
{
    return {};
}

QStringList RosterMapping::knownPaths()
{
    return {};
}

QString RosterMapping::pathForHeader(const QString &header)
{
    Q_UNUSED(header);
    return {};
}

} // namespace signtraker
