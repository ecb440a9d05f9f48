// SPDX-License-Identifier: Apache-2.0
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
    // Synced at once: false when the settings file could not be written (a read-only file or
    // folder, a full disk) or was not readable; problem() then says so, naming the file.
    bool save(const QString &profileName, const AgentQuery &query);
    QString problem() const;
    void remove(const QString &profileName);

private:
    QSettings *m_settings;
};

} // namespace signtraker::ui
