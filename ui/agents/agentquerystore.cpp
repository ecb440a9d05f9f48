#include "agentquerystore.h"

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

void AgentQueryStore::save(const QString &profileName, const AgentQuery &query)
{
    if (!m_settings)
        return;
    m_settings->setValue(
        keyFor(profileName),
        QString::fromUtf8(QJsonDocument(query.toJson()).toJson(QJsonDocument::Compact)));
}

void AgentQueryStore::remove(const QString &profileName)
{
    if (m_settings)
        m_settings->remove(keyFor(profileName));
}

} // namespace signtraker::ui
