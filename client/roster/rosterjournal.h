// SPDX-License-Identifier: Apache-2.0
// The journal of a roster sync: one JSON line per event, written through as it happens, so that a
// run that dies half-way (a crash, a kill, a cancel) can be resumed without sending anything
// twice. Before a write is sent its item's "intent" line is on disk; when it settles, its
// "outcome" line. A "run" line starts a run, "resume" continues it, "end" closes it: reading the
// file back gives, for the last run, the keys done and the intents without an outcome (writes that
// may or may not have reached the service, to be reconciled by re-reading it).
//
// Each line is flushed to the kernel (QFile::flush), not synced to the disk (no fsync): the fault
// this guards against is the process dying, and what the kernel holds survives that. Only a power
// cut could lose a line, and even then nothing is sent twice: a resume plans the roster again
// against the service (an applied update plans as unchanged, a created agent is matched by its
// e-mail), and creates look the e-mail up before they are sent. A sync per line would cost a disk
// flush per agent for no gain in that case.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace signtraker {

class RosterJournal
{
public:
    struct Entry
    {
        enum class Event { Intent, Outcome };

        Event event = Event::Intent;
        QString key;    // RosterItem::key()
        int row = 0;    // the roster's line; 0 for an agent not in the roster
        QString action; // RosterItem::actionName()
        qint64 id = 0;  // the agent (Outcome of a create: the new agent)
        QString email;
        QString status; // Outcome: RosterItem::statusName()
        QString reason; // Outcome: why it was skipped, a conflict or a failure
        QDateTime time; // set by append() when empty

        QJsonObject toJson() const;
        static Entry fromJson(const QJsonObject &object);
    };

    RosterJournal() = default;
    RosterJournal(const RosterJournal &) = delete;
    RosterJournal &operator=(const RosterJournal &) = delete;

    // In $XDG_DATA_HOME/signtraker-admin/journals/: one file per roster and profile, named from
    // a hash of both, so that the same roster finds its journal again, from the window or the
    // CLI alike (AppDataLocation would hold each application's name: two folders).
    static QString defaultPathFor(const QByteArray &rosterBytes, const QString &profile);

    // Reads what the file holds (it may not exist yet) and opens it for appending; the folder is
    // made when missing. False, with *error in plain words naming the file, when it cannot be.
    bool open(const QString &path, QString *error = nullptr);
    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_file.fileName(); }

    // A new run: what earlier runs did no longer counts as done.
    bool startRun(int items, QString *error = nullptr);
    // Continues the last run (after a crash or a cancel).
    bool resumeRun(QString *error = nullptr);
    // The run ended (every item settled, or stopped): nothing is left unfinished.
    bool endRun(QString *error = nullptr);
    bool append(const Entry &entry, QString *error = nullptr);

    // Of the last run.
    bool hasRun() const { return m_hasRun; }
    // A run was started and never ended: a crash, a kill, or a cancel before the end.
    bool isUnfinished() const { return m_hasRun && !m_ended; }
    QSet<QString> doneKeys() const;
    // Intents without an outcome: writes that may have reached the service.
    QSet<QString> pendingKeys() const;
    // The last event of each key, in the order the keys first appeared.
    QList<Entry> lastEntries() const;
    int runItems() const { return m_runItems; }

    // One row per item of the last run (row, action, id, e-mail, status, reason, time), for the
    // brokerage; an intent without an outcome says "unknown". All or nothing (QSaveFile).
    bool exportCsv(const QString &path, QString *error = nullptr) const;

private:
    bool writeLine(const QJsonObject &line, QString *error);
    void read(const QByteArray &bytes);
    void record(const Entry &entry);
    void clearRun();

    QFile m_file;
    bool m_hasRun = false;
    bool m_ended = false;
    int m_runItems = 0;
    QHash<QString, Entry> m_last;
    QStringList m_order;
};

} // namespace signtraker
