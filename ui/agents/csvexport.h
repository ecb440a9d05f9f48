// SPDX-License-Identifier: Apache-2.0
// Writes agents to a CSV file through CsvWriter (RFC 4180, UTF-8, CRLF, formulas neutralised): the
// given records, or every row of a query walked page by page, with progress and cancel. Columns are
// the table's columns or every member (nested members flattened to "Address/City", unknown members
// after the known ones).
#pragma once

#include "agentcolumns.h"
#include "apierror.h"
#include "listquery.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace signtraker {
class SignTrakerClient;
class AllPagesWalker;
} // namespace signtraker

namespace signtraker::ui {

class CsvExport : public QObject
{
    Q_OBJECT

public:
    explicit CsvExport(QObject *parent = nullptr);
    ~CsvExport() override;

    // Columns: the given table columns (titles as header), or, when empty, every member.
    void setColumns(const QList<AgentColumn> &columns) { m_columns = columns; }
    // Raw values are for other programs: cells a spreadsheet would run as formulas are written
    // as they are instead of behind a single quote.
    void setRawValues(bool raw) { m_rawValues = raw; }

    // Writes records at once (a selection): finished() is emitted before this returns.
    void exportRecords(const QList<QJsonObject> &records, const QString &fileName);
    // Walks every page of query, with the client's parallel requests, and writes the rows when
    // the walk is complete (the file is written atomically: a cancelled or failed export leaves
    // no partial file).
    void exportQuery(SignTrakerClient *client, const ListQuery &query, const QString &fileName);
    void cancel();
    bool isRunning() const;
    // Rows the service sent twice during the last exportQuery(), written once.
    int duplicatesDropped() const { return m_duplicatesDropped; }
    // About how many rows the running export will write in all, once the walk has seen where the
    // list ends; empty before.
    std::optional<int> estimatedTotal() const;

    // For the progress dialog: the rows read, and the estimate once there is one.
    QString progressText(int rowsSoFar) const;
    // For the end of an export of rows walked page by page: how many were written, and what a
    // concurrent edit can have done to them (offset paging may miss or repeat an agent that
    // moved between pages; repeats are dropped by Id and counted).
    QString completionMessage(int rows, const QString &fileName) const;

    // The CSV text of records (for tests and the clipboard).
    QByteArray toCsv(const QList<QJsonObject> &records) const;
    // Every member path of the records, flattened; the documented ones in their order first.
    static QStringList memberPaths(const QList<QJsonObject> &records);

Q_SIGNALS:
    void progress(int rowsSoFar);
    // error.isError() is false on success; cancelled exports emit nothing.
    void finished(const signtraker::ApiError &error, int rows, const QString &fileName);

private:
    void write(const QList<QJsonObject> &records, const QString &fileName);

    QList<AgentColumn> m_columns;
    bool m_rawValues = false;
    QPointer<AllPagesWalker> m_walker;
    QList<QJsonObject> m_collected;
    int m_duplicatesDropped = 0;
    std::optional<int> m_estimatedTotal;
};

} // namespace signtraker::ui
