// SPDX-License-Identifier: Apache-2.0
// The same merge patch applied to many agents, for the window's "Edit Selected…" and
// `signtraker-cli agents update ID...`, through the one BulkRunner:
// 1. read(): every agent is read (Read items), so that the values "as selected" are known for
//    members the caller's rows do not hold (a table row holds only its visible columns);
// 2. apply(patch): one checked patch per agent read, whose expected values are the caller's
//    rows laid over what was read: an agent whose changed members differ on the service from
//    those values is a Conflict and is not written (never overwritten);
// 3. change(): the edits done, as one ChangeSet for the change log and undo.
// Only the members of the patch are sent: the patch is the caller's, never a whole record.
#pragma once

#include "bulkrunner.h"
#include "changes.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

namespace signtraker {

class SignTrakerClient;

class BulkEdit : public QObject
{
    Q_OBJECT

public:
    // selected: the agents as the caller holds them (Id at least); their members are the values
    // "as selected". The runners are children of this object.
    BulkEdit(SignTrakerClient *client, const QList<QJsonObject> &selected,
             int maxInFlight = BulkRunner::DefaultMaxInFlight, QObject *parent = nullptr);

    const QList<QJsonObject> &selected() const { return m_selected; }
    // Starts reading; readFinished() once every agent was read or the read stopped.
    void read();
    BulkRunner *reader() const { return m_reader; }
    // The agents read, each the record read with the members of its selected row laid over it.
    QList<QJsonObject> baselines() const;

    // The writer of patch for every agent read (not started: the caller connects, then starts).
    // Empty patch or nothing read: a runner with no items.
    BulkRunner *apply(const QJsonObject &patch);
    BulkRunner *writer() const { return m_writer; }

    // The agents patched so far, as one change (empty edits when none was).
    ChangeSet change() const;

    // The checked patches of patch for these baselines (for callers with their own runner).
    static QList<BulkRunner::Item> patchItems(const QList<QJsonObject> &baselines,
                                              const QJsonObject &patch);
    // read laid under selected: the members selected holds win (objects merged member by member).
    static QJsonObject baseline(const QJsonObject &selected, const QJsonObject &read);
    // The edits a finished (or running) writer made, in item order.
    static QList<ChangeSet::AgentEdit> editsOf(const BulkRunner *writer);

Q_SIGNALS:
    void readFinished();

private:
    SignTrakerClient *m_client;
    QList<QJsonObject> m_selected;
    int m_maxInFlight;
    QPointer<BulkRunner> m_reader;
    QPointer<BulkRunner> m_writer;
};

} // namespace signtraker
