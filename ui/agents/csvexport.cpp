// SPDX-License-Identifier: Apache-2.0
#include "csvexport.h"

#include "agent.h"
#include "agentfields.h"
#include "agentstablemodel.h"
#include "celltext.h"
#include "csvwriter.h"
#include "pager.h"
#include "signtrakerclient.h"

#include <QJsonArray>

namespace signtraker::ui {

namespace {

void flatten(const QJsonObject &object, const QString &prefix, QStringList &paths)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + u'/' + it.key();
        if (it.value().isObject())
            flatten(it.value().toObject(), path, paths);
        else if (!paths.contains(path))
            paths.append(path);
    }
}

} // namespace

CsvExport::CsvExport(QObject *parent)
    : QObject(parent)
{}

CsvExport::~CsvExport()
{
    cancel();
}

QStringList CsvExport::memberPaths(const QList<QJsonObject> &records)
{
    QStringList found;
    for (const QJsonObject &record : records)
        flatten(record, {}, found);
    QStringList ordered;
    for (const QString &path : AgentFields::allPaths()) {
        if (found.contains(path))
            ordered.append(path);
    }
    for (const QString &path : std::as_const(found)) {
        if (!ordered.contains(path))
            ordered.append(path);
    }
    return ordered;
}

QByteArray CsvExport::toCsv(const QList<QJsonObject> &records) const
{
    CsvWriter writer({m_rawValues ? CsvWriter::Values::Raw : CsvWriter::Values::Neutralised});
    if (!m_columns.isEmpty()) {
        QStringList header;
        for (AgentColumn c : m_columns)
            header.append(AgentColumns::title(c));
        writer.addRow(header);
        for (const QJsonObject &record : records) {
            QStringList fields;
            for (AgentColumn c : m_columns)
                fields.append(AgentsTableModel::displayText(record, c));
            writer.addRow(fields);
        }
    } else {
        const QStringList paths = memberPaths(records);
        writer.addRow(paths);
        for (const QJsonObject &record : records) {
            const Agent agent(record);
            QStringList fields;
            for (const QString &path : paths)
                fields.append(CellText::of(agent.value(path)));
            writer.addRow(fields);
        }
    }
    return writer.data();
}

void CsvExport::write(const QList<QJsonObject> &records, const QString &fileName)
{
    QString problem;
    if (!CsvWriter::save(fileName, toCsv(records), &problem)) {
        Q_EMIT finished(ApiError(ApiError::Kind::Configuration, problem), 0, fileName);
        return;
    }
    Q_EMIT finished(ApiError(), int(records.size()), fileName);
}

void CsvExport::exportRecords(const QList<QJsonObject> &records, const QString &fileName)
{
    Q_EMIT progress(int(records.size()));
    write(records, fileName);
}

void CsvExport::exportQuery(SignTrakerClient *client, const ListQuery &query,
                            const QString &fileName)
{
    cancel();
    m_collected.clear();
    m_duplicatesDropped = 0;
    m_estimatedTotal.reset();
    auto *walker = AllPagesWalker::over(client, SignTrakerClient::List::Agents, query, 500, this);
    walker->setExpectManyPages(true);
    m_walker = walker;
    connect(walker, &AllPagesWalker::pageLoaded, this,
            [this, walker](const QJsonArray &rows, int rowsSoFar) {
                for (const QJsonValue &row : rows)
                    m_collected.append(row.toObject());
                m_estimatedTotal = walker->estimatedTotal();
                Q_EMIT progress(rowsSoFar);
            });
    connect(walker, &AllPagesWalker::finished, this,
            [this, walker, fileName](const ApiError &error, int rows) {
                walker->deleteLater();
                m_walker = nullptr;
                m_duplicatesDropped = walker->duplicatesDropped();
                m_estimatedTotal = rows;
                const QList<QJsonObject> records = std::exchange(m_collected, {});
                // Nothing is written for a failed walk: the file must never look complete.
                if (error.isError()) {
                    Q_EMIT finished(error, rows, fileName);
                    return;
                }
                write(records, fileName);
            });
    walker->start();
}

std::optional<int> CsvExport::estimatedTotal() const
{
    return m_estimatedTotal;
}

QString CsvExport::progressText(int rowsSoFar) const
{
    if (m_estimatedTotal && *m_estimatedTotal >= rowsSoFar)
        return tr("Exporting agents… %1 of about %n rows read", nullptr, *m_estimatedTotal)
            .arg(rowsSoFar);
    return tr("Exporting agents… %n rows read", nullptr, rowsSoFar);
}

QString CsvExport::completionMessage(int rows, const QString &fileName) const
{
    if (m_duplicatesDropped > 0)
        return tr("Exported %n rows to %1. The service sent %2 of them twice, most likely because "
                  "agents were edited during the export: each was written once, and an agent that "
                  "moved between pages meanwhile may be missing.",
                  nullptr, rows)
            .arg(fileName)
            .arg(m_duplicatesDropped);
    return tr("Exported %n rows to %1. The rows were read page by page: if agents were edited "
              "during the export, an agent that moved between pages may be missing, and one read "
              "twice was written once.",
              nullptr, rows)
        .arg(fileName);
}

void CsvExport::cancel()
{
    if (AllPagesWalker *walker = m_walker.data()) {
        m_walker = nullptr;
        walker->cancel();
        walker->deleteLater();
    }
    m_collected.clear();
}

bool CsvExport::isRunning() const
{
    return m_walker && m_walker->isRunning();
}

} // namespace signtraker::ui
