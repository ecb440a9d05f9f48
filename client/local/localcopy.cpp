// SPDX-License-Identifier: Apache-2.0
#include "localcopy.h"

#include "pager.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace signtraker {

QString LocalCopy::pathForProfile(const QString &profile)
{
    QString safe;
    for (const QChar c : profile)
        safe += (c.isLetterOrNumber() || c == u'-' || c == u'_') ? c : QChar(u'_');
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/local/"_qs + safe +
           u".sqlite"_qs;
}

bool LocalCopy::removeForProfile(const QString &profile)
{
    const QString path = pathForProfile(profile);
    bool ok = true;
    for (const QString &suffix : {QString(), u"-wal"_qs, u"-shm"_qs, u"-journal"_qs})
        if (QFile::exists(path + suffix))
            ok = QFile::remove(path + suffix) && ok;
    return ok;
}

LocalCopy::LocalCopy(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{}
LocalCopy::~LocalCopy() = default;
bool LocalCopy::exists() const
{
    return false;
}
qint64 LocalCopy::rowCount() const
{
    return 0;
}
QDateTime LocalCopy::asOf() const
{
    return {};
}
void LocalCopy::refresh(SignTrakerClient *)
{
    Q_EMIT refreshFailed(tr("Not yet available."));
}
void LocalCopy::cancelRefresh() {}
bool LocalCopy::isRefreshing() const
{
    return false;
}
bool LocalCopy::clear()
{
    return true;
}
void LocalCopy::updateRecord(const QJsonObject &) {}
QList<QJsonObject> LocalCopy::agents(const LocalQuery &, QString *error) const
{
    if (error)
        *error = tr("There is no local copy.");
    return {};
}
qint64 LocalCopy::count(const LocalQuery &, QString *error) const
{
    if (error)
        *error = tr("There is no local copy.");
    return -1;
}
QList<QPair<qint64, qint64>> LocalCopy::countsByOffice(const LocalQuery &) const
{
    return {};
}
QList<QPair<QString, QString>> LocalCopy::offices() const
{
    return {};
}
QHash<bool, qint64> LocalCopy::countsByActive(const LocalQuery &) const
{
    return {};
}
QList<QJsonObject> LocalCopy::allAgents() const
{
    return {};
}
bool LocalCopy::open() const
{
    return false;
}
void LocalCopy::finishRefresh(bool, const QString &) {}

} // namespace signtraker
