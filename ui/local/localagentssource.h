// SPDX-License-Identifier: Apache-2.0
// The local copy as a source of the agents table's pages: the table's AgentQuery becomes a
// LocalQuery with the same filters, search words, order and page, answered in SQL on the UI
// thread (LocalCopy is sized for it). Also the counts of the filter lists, each over the query
// without its own filter, so that "Keystone Seattle (412)" says what choosing it would show.
#pragma once

#include "agentquery.h"
#include "agentslocalsource.h"
#include "localcopy.h"
#include "localquery.h"

#include <QDateTime>
#include <QHash>
#include <QPointer>

#include <functional>

namespace signtraker::ui {

class LocalAgentsSource : public AgentsLocalSource
{
public:
    using Clock = std::function<QDateTime()>;

    LocalAgentsSource();

    void setCopy(LocalCopy *copy) { m_copy = copy; }
    LocalCopy *copy() const { return m_copy; }
    // Local chosen (the default) or Live.
    void setUseLocal(bool on) { m_useLocal = on; }
    bool useLocal() const { return m_useLocal; }
    // UTC now; tests move it.
    void setClock(Clock clock) { m_now = std::move(clock); }
    QDateTime now() const { return m_now(); }

    bool answers() const override;
    Answer page(const AgentQuery &query) const override;
    QString ageText() const override;

    // Agents per office (the query without its office) and per status (without its status).
    QHash<qint64, qint64> countsByOffice(const AgentQuery &query) const;
    QHash<bool, qint64> countsByInactive(const AgentQuery &query) const;

    // Every row of query, unpaged, in its order; the page's when paged (one more row, to
    // know whether a next page exists).
    static LocalQuery toLocalQuery(const AgentQuery &query, bool paged);
    // "3 min", "2 h", "5 days"; under a minute "less than a minute".
    static QString ageText(qint64 seconds);

private:
    QPointer<LocalCopy> m_copy;
    bool m_useLocal = true;
    Clock m_now;
};

} // namespace signtraker::ui
