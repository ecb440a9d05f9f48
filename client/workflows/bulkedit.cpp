// SPDX-License-Identifier: Apache-2.0
#include "bulkedit.h"

#include "agent.h"
#include "mergepatch.h"

namespace signtraker {

namespace {

QJsonObject overlay(QJsonObject under, const QJsonObject &over)
{
    for (auto it = over.constBegin(); it != over.constEnd(); ++it) {
        const QJsonValue below = under.value(it.key());
        // A reference is one value; a plain object (Address) holds members of its own.
        if (it.value().isObject() && below.isObject() &&
            !it.value().toObject().contains(QStringLiteral("Id")))
            under.insert(it.key(), overlay(below.toObject(), it.value().toObject()));
        else
            under.insert(it.key(), it.value());
    }
    return under;
}

} // namespace

BulkEdit::BulkEdit(SignTrakerClient *client, const QList<QJsonObject> &selected, int maxInFlight,
                   QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_selected(selected)
    , m_maxInFlight(maxInFlight)
{}

void BulkEdit::read()
{
    if (m_reader)
        return;
    QList<BulkRunner::Item> items;
    for (const QJsonObject &record : std::as_const(m_selected)) {
        const Agent agent(record);
        items.append(BulkRunner::Item::read(agent.id(), agent.displayName()));
    }
    m_reader = new BulkRunner(m_client, items, m_maxInFlight, this);
    connect(m_reader, &BulkRunner::finished, this, &BulkEdit::readFinished);
    m_reader->start();
}

QList<QJsonObject> BulkEdit::baselines() const
{
    QList<QJsonObject> result;
    if (!m_reader)
        return result;
    for (int index = 0; index < m_reader->total(); ++index) {
        const BulkRunner::Result &read = m_reader->results().at(index);
        if (read.outcome == BulkRunner::Outcome::Done)
            result.append(baseline(m_selected.at(index), read.payload.toObject()));
    }
    return result;
}

QJsonObject BulkEdit::baseline(const QJsonObject &selected, const QJsonObject &read)
{
    return overlay(read, selected);
}

QList<BulkRunner::Item> BulkEdit::patchItems(const QList<QJsonObject> &baselines,
                                             const QJsonObject &patch)
{
    QList<BulkRunner::Item> items;
    if (patch.isEmpty())
        return items;
    for (const QJsonObject &record : baselines) {
        const Agent agent(record);
        items.append(
            BulkRunner::Item::checkedPatch(agent.id(), patch, record, agent.displayName()));
    }
    return items;
}

BulkRunner *BulkEdit::apply(const QJsonObject &patch)
{
    if (m_writer)
        return m_writer;
    m_writer = new BulkRunner(m_client, patchItems(baselines(), patch), m_maxInFlight, this);
    m_writer->setBatchedChecks(true); // one list read per batch instead of a GET per agent
    return m_writer;
}

QList<ChangeSet::AgentEdit> BulkEdit::editsOf(const BulkRunner *writer)
{
    QList<ChangeSet::AgentEdit> edits;
    if (!writer)
        return edits;
    for (int index = 0; index < writer->total(); ++index) {
        const BulkRunner::Result &result = writer->results().at(index);
        if (result.outcome != BulkRunner::Outcome::Done)
            continue;
        const QJsonObject &patch = writer->items().at(index).body;
        // A service that answers {} still applied the patch: the record is what it implies.
        const QJsonObject answered = result.payload.toObject();
        const QJsonObject after = answered.isEmpty() || Agent(answered).id() == 0
                                      ? MergePatch::apply(result.before, patch)
                                      : answered;
        edits.append({result.before, patch, after});
    }
    return edits;
}

ChangeSet BulkEdit::change() const
{
    return ChangeSet::bulkEdit(editsOf(m_writer));
}

} // namespace signtraker
