// SPDX-License-Identifier: Apache-2.0
#include "localagentssource.h"

#include "localcopy.h"
#include "odatafilter.h"

#include <QCoreApplication>

namespace signtraker::ui {

LocalAgentsSource::LocalAgentsSource()
    : m_now([] { return QDateTime::currentDateTimeUtc(); })
{}

bool LocalAgentsSource::answers() const
{
    return m_useLocal && m_copy && m_copy->exists();
}

LocalQuery LocalAgentsSource::toLocalQuery(const AgentQuery &query, bool paged)
{
    // The search box is read as the service reads it: an e-mail is one exact address, digits an
    // Id, anything else words; the rest of the filters are the same $filter text.
    AgentQuery rest = query;
    rest.searchText.clear();
    rest.ids.clear();
    QList<odata::Filter> parts{rest.filter()};
    LocalQuery local;
    const QString text = query.searchText.trimmed();
    switch (AgentQuery::searchKind(text)) {
    case AgentQuery::SearchKind::Email:
        parts << odata::Filter::raw(
            QStringLiteral("tolower(Email) eq %1").arg(odata::quote(text.toLower())));
        break;
    case AgentQuery::SearchKind::Id:
        parts << odata::Field(QStringLiteral("Id")).eq(text.toLongLong());
        break;
    case AgentQuery::SearchKind::Text:
        local.search = text;
        break;
    case AgentQuery::SearchKind::None:
        break;
    }
    local.filter = odata::Filter::allOf(parts).toString();
    local.orderBy = query.orderBy().join(u',');
    local.ids = query.ids;
    if (paged) {
        const int size = query.effectivePageSize();
        local.top = size + 1;
        local.skip = std::clamp(query.pageIndex, 0, AgentQuery::maxPageIndex(size)) * size;
    }
    return local;
}

AgentsLocalSource::Answer LocalAgentsSource::page(const AgentQuery &query) const
{
    Answer answer;
    if (!m_copy) {
        answer.error = QCoreApplication::translate("LocalAgentsSource", "There is no local copy.");
        return answer;
    }
    if (const QString problem = query.filterError(); !problem.isEmpty()) {
        answer.error = problem;
        return answer;
    }
    const LocalQuery local = toLocalQuery(query, true);
    const QList<QJsonObject> rows = m_copy->agents(local, &answer.error);
    if (!answer.error.isEmpty())
        return answer;
    answer.total = m_copy->count(local, &answer.error);
    for (const QJsonObject &row : rows)
        answer.rows.append(row);
    return answer;
}

QHash<qint64, qint64> LocalAgentsSource::countsByOffice(const AgentQuery &query) const
{
    QHash<qint64, qint64> counts;
    if (!answers())
        return counts;
    AgentQuery q = query;
    q.officeId.reset();
    for (const auto &[office, count] : m_copy->countsByOffice(toLocalQuery(q, false)))
        counts.insert(office, count);
    return counts;
}

QHash<bool, qint64> LocalAgentsSource::countsByInactive(const AgentQuery &query) const
{
    if (!answers())
        return {};
    AgentQuery q = query;
    q.status = AgentQuery::Status::All;
    // The copy's key is "active"; the filter bar's is IsInactive. Both keys, so that an empty
    // answer is told from no answer.
    const QHash<bool, qint64> byActive = m_copy->countsByActive(toLocalQuery(q, false));
    return {{false, byActive.value(true)}, {true, byActive.value(false)}};
}

QString LocalAgentsSource::ageText() const
{
    if (!m_copy || !m_copy->asOf().isValid())
        return {};
    return ageText(std::max<qint64>(0, m_copy->asOf().secsTo(now())));
}

QString LocalAgentsSource::ageText(qint64 seconds)
{
    // The counts are worked out before each call: lupdate (Qt 6.4) hangs on a division inside
    // translate()'s arguments.
    const int minutes = int(seconds / 60);
    const int hours = int(seconds / 3600);
    const int days = int(seconds / 86400);
    if (seconds < 60)
        return QCoreApplication::translate("LocalAgentsSource", "less than a minute");
    if (seconds < 3600)
        return QCoreApplication::translate("LocalAgentsSource", "%n min", nullptr, minutes);
    if (seconds < 2 * 86400)
        return QCoreApplication::translate("LocalAgentsSource", "%n h", nullptr, hours);
    return QCoreApplication::translate("LocalAgentsSource", "%n days", nullptr, days);
}

} // namespace signtraker::ui
