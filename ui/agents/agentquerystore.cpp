// SPDX-License-Identifier: Apache-2.0
#include "agentquerystore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSettings>
#include <QUrl>

namespace signtraker::ui {

AgentQueryStore::AgentQueryStore(QSettings *settings)
    : m_settings(settings)
{}

QString AgentQueryStore::keyFor(const QString &profileName)
{
    const QString name = profileName.isEmpty() ? QStringLiteral("(default)") : profileName;
    return QStringLiteral("agents/lastQuery/") +
           QString::fromLatin1(QUrl::toPercentEncoding(name, {}, "/\\"));
}

AgentQuery AgentQueryStore::load(const QString &profileName) const
{
    if (!m_settings)
        return {};
    const QByteArray bytes = m_settings->value(keyFor(profileName)).toString().toUtf8();
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    return document.isObject() ? AgentQuery::fromJson(document.object()) : AgentQuery();
}

bool AgentQueryStore::contains(const QString &profileName) const
{
    return m_settings && m_settings->contains(keyFor(profileName));
}

bool AgentQueryStore::save(const QString &profileName, const AgentQuery &query)
{
    if (!m_settings)
        return true;
    // A file QSettings could not read is not written over: it may hold what the user wants back.
    if (m_settings->status() == QSettings::FormatError)
        return false;
    m_settings->setValue(
        keyFor(profileName),
        QString::fromUtf8(QJsonDocument(query.toJson()).toJson(QJsonDocument::Compact)));
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

QString AgentQueryStore::problem() const
{
    if (!m_settings || m_settings->status() == QSettings::NoError)
        return {};
    if (m_settings->status() == QSettings::FormatError)
        return QCoreApplication::translate("signtraker::ui::AgentQueryStore",
                                           "The window's settings file %1 could not be read: it "
                                           "is not in the expected format.")
            .arg(m_settings->fileName());
    return QCoreApplication::translate(
               "signtraker::ui::AgentQueryStore",
               "The window's settings could not be saved to %1. Check that the file and its "
               "folder can be written and that the disk is not full.")
        .arg(m_settings->fileName());
}

void AgentQueryStore::remove(const QString &profileName)
{
    if (m_settings)
        m_settings->remove(keyFor(profileName));
}

} // namespace signtraker::ui
