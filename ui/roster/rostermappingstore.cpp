// SPDX-License-Identifier: Apache-2.0
#include "rostermappingstore.h"

#include <QJsonDocument>
#include <QSettings>
#include <QUrl>

namespace signtraker::ui {

RosterMappingStore::RosterMappingStore(QSettings *settings)
    : m_settings(settings)
{}

QString RosterMappingStore::keyFor(const QString &profileName)
{
    const QString name = profileName.isEmpty() ? QStringLiteral("(default)") : profileName;
    return QStringLiteral("roster/mapping/") +
           QString::fromLatin1(QUrl::toPercentEncoding(name, {}, "/\\"));
}

QJsonObject RosterMappingStore::load(const QString &profileName) const
{
    if (!m_settings)
        return {};
    const QByteArray bytes = m_settings->value(keyFor(profileName)).toString().toUtf8();
    return QJsonDocument::fromJson(bytes).object();
}

bool RosterMappingStore::save(const QString &profileName, const QJsonObject &columnToPath)
{
    // A file QSettings could not read is not written over: it may hold what the user wants back.
    if (!m_settings || m_settings->status() == QSettings::FormatError)
        return false;
    m_settings->setValue(
        keyFor(profileName),
        QString::fromUtf8(QJsonDocument(columnToPath).toJson(QJsonDocument::Compact)));
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

} // namespace signtraker::ui
