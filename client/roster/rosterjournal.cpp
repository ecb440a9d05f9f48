// SPDX-License-Identifier: Apache-2.0
#include "rosterjournal.h"

#include "csvwriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

namespace signtraker {

namespace {

const QString EventKey = QStringLiteral("event");

QString eventName(RosterJournal::Entry::Event event)
{
    return event == RosterJournal::Entry::Event::Intent ? QStringLiteral("intent")
                                                        : QStringLiteral("outcome");
}

QString tr(const char *text)
{
    return QCoreApplication::translate("signtraker::RosterJournal", text);
}

} // namespace

QJsonObject RosterJournal::Entry::toJson() const
{
    QJsonObject object{
        {EventKey, eventName(event)},
        {QStringLiteral("key"), key},
        {QStringLiteral("row"), row},
        {QStringLiteral("action"), action},
        {QStringLiteral("id"), id},
        {QStringLiteral("email"), email},
        {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
    };
    if (event == Event::Outcome) {
        object.insert(QStringLiteral("status"), status);
        object.insert(QStringLiteral("reason"), reason);
    }
    return object;
}

RosterJournal::Entry RosterJournal::Entry::fromJson(const QJsonObject &object)
{
    Entry entry;
    entry.event = object.value(EventKey).toString() == QLatin1String("outcome") ? Event::Outcome
                                                                                : Event::Intent;
    entry.key = object.value(QStringLiteral("key")).toString();
    entry.row = object.value(QStringLiteral("row")).toInt();
    entry.action = object.value(QStringLiteral("action")).toString();
    entry.id = object.value(QStringLiteral("id")).toInteger();
    entry.email = object.value(QStringLiteral("email")).toString();
    entry.status = object.value(QStringLiteral("status")).toString();
    entry.reason = object.value(QStringLiteral("reason")).toString();
    entry.time =
        QDateTime::fromString(object.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    return entry;
}

QString RosterJournal::defaultPathFor(const QByteArray &rosterBytes, const QString &profile)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(profile.toUtf8());
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(rosterBytes);
    const QString name = QString::fromLatin1(hash.result().toHex().left(24)) + u".jsonl";
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/signtraker-admin/journals/") + name;
}

bool RosterJournal::open(const QString &path, QString *error)
{
    m_file.close();
    clearRun();
    m_hasRun = false;
    m_ended = false;
    QFile existing(path);
    bool cutLine = false;
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly)) {
            if (error)
                *error = tr("Cannot read the journal %1: %2").arg(path, existing.errorString());
            return false;
        }
        const QByteArray bytes = existing.readAll();
        cutLine = !bytes.isEmpty() && !bytes.endsWith('\n');
        read(bytes);
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = tr("Cannot write the journal %1: %2").arg(path, m_file.errorString());
        return false;
    }
    // A line cut by a crash is ended, so that the next line stands on its own.
    if (cutLine && (m_file.write("\n", 1) != 1 || !m_file.flush())) {
        if (error)
            *error = tr("Cannot write the journal %1: %2").arg(path, m_file.errorString());
        return false;
    }
    return true;
}

void RosterJournal::read(const QByteArray &bytes)
{
    for (const QByteArray &line : bytes.split('\n')) {
        // A line cut short by a crash is not JSON: it is skipped, its item then pending or
        // not begun, which a resume reconciles against the service either way.
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        const QString event = object.value(EventKey).toString();
        if (event == QLatin1String("run")) {
            clearRun();
            m_hasRun = true;
            m_ended = false;
            m_runItems = object.value(QStringLiteral("items")).toInt();
        } else if (event == QLatin1String("resume")) {
            m_ended = false;
        } else if (event == QLatin1String("end")) {
            m_ended = true;
        } else if (event == QLatin1String("intent") || event == QLatin1String("outcome")) {
            record(Entry::fromJson(object));
        }
    }
}

void RosterJournal::clearRun()
{
    m_last.clear();
    m_order.clear();
    m_runItems = 0;
}

void RosterJournal::record(const Entry &entry)
{
    if (!m_last.contains(entry.key))
        m_order.append(entry.key);
    m_last.insert(entry.key, entry);
}

bool RosterJournal::writeLine(const QJsonObject &line, QString *error)
{
    QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact);
    bytes.append('\n');
    // One write and a flush per line: the line is in the kernel before the request goes out.
    if (!m_file.isOpen() || m_file.write(bytes) != bytes.size() || !m_file.flush()) {
        if (error)
            *error =
                tr("Cannot write the journal %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    return true;
}

bool RosterJournal::startRun(int items, QString *error)
{
    clearRun();
    m_hasRun = true;
    m_ended = false;
    m_runItems = items;
    return writeLine(
        {{EventKey, QStringLiteral("run")},
         {QStringLiteral("items"), items},
         {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}},
        error);
}

bool RosterJournal::resumeRun(QString *error)
{
    m_ended = false;
    return writeLine(
        {{EventKey, QStringLiteral("resume")},
         {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}},
        error);
}

bool RosterJournal::endRun(QString *error)
{
    m_ended = true;
    return writeLine(
        {{EventKey, QStringLiteral("end")},
         {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}},
        error);
}

bool RosterJournal::append(const Entry &entry, QString *error)
{
    Entry stamped = entry;
    if (!stamped.time.isValid())
        stamped.time = QDateTime::currentDateTimeUtc();
    record(stamped);
    return writeLine(stamped.toJson(), error);
}

QSet<QString> RosterJournal::doneKeys() const
{
    QSet<QString> keys;
    for (auto it = m_last.cbegin(); it != m_last.cend(); ++it) {
        if (it->event == Entry::Event::Outcome && it->status == QLatin1String("done"))
            keys.insert(it.key());
    }
    return keys;
}

QSet<QString> RosterJournal::pendingKeys() const
{
    QSet<QString> keys;
    for (auto it = m_last.cbegin(); it != m_last.cend(); ++it) {
        if (it->event == Entry::Event::Intent)
            keys.insert(it.key());
    }
    return keys;
}

QList<RosterJournal::Entry> RosterJournal::lastEntries() const
{
    QList<Entry> entries;
    for (const QString &key : m_order)
        entries.append(m_last.value(key));
    return entries;
}

bool RosterJournal::exportCsv(const QString &path, QString *error) const
{
    CsvWriter csv;
    csv.addRow({QStringLiteral("row"), QStringLiteral("action"), QStringLiteral("id"),
                QStringLiteral("email"), QStringLiteral("status"), QStringLiteral("reason"),
                QStringLiteral("time")});
    for (const Entry &entry : lastEntries()) {
        const bool pending = entry.event == Entry::Event::Intent;
        csv.addRow({entry.row > 0 ? QString::number(entry.row) : QString(), entry.action,
                    entry.id > 0 ? QString::number(entry.id) : QString(), entry.email,
                    pending ? QStringLiteral("unknown") : entry.status,
                    pending ? tr("Sent; the run stopped before the answer came.") : entry.reason,
                    entry.time.toUTC().toString(Qt::ISODate)});
    }
    return csv.save(path, error);
}

} // namespace signtraker
