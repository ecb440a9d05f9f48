// The last query of each profile, kept in the settings the window was given (never the API key:
// a query holds only search text, filters, sort, page size and columns).
#pragma once

#include "agentquery.h"

#include <QString>

class QSettings;

namespace signtraker::ui {

class AgentQueryStore
{
public:
    // settings may be null: nothing is stored then.
    explicit AgentQueryStore(QSettings *settings);

    // "agents/lastQuery/<profile>", the profile name percent-encoded so that '/' and '\' in a
    // name cannot make a settings group.
    static QString keyFor(const QString &profileName);

    AgentQuery load(const QString &profileName) const;
    bool contains(const QString &profileName) const;
    void save(const QString &profileName, const AgentQuery &query);
    void remove(const QString &profileName);

private:
    QSettings *m_settings;
};

} // namespace signtraker::ui
