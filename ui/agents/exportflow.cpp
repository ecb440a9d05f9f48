// SPDX-License-Identifier: Apache-2.0
#include "exportflow.h"

#include "agent.h"
#include "csvexport.h"
#include "dialogs.h"
#include "exportoptionsdialog.h"
#include "odatafilter.h"
#include "signtrakerclient.h"

#include <QDir>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>

namespace signtraker::ui {

namespace {
const QString RawValuesKey = QStringLiteral("export/rawValues");
} // namespace

ExportFlow::ExportFlow(Dialogs *dialogs, QSettings *settings, QWidget *window)
    : QObject(window)
    , m_dialogs(dialogs)
    , m_settings(settings)
    , m_window(window)
{}

ExportFlow::~ExportFlow() = default;

void ExportFlow::setClient(SignTrakerClient *client)
{
    if (client != m_client && m_progress)
        Q_EMIT m_progress->canceled();
    m_client = client;
}

void ExportFlow::start()
{
    if (!m_client)
        return;
    auto *options = new ExportOptionsDialog(int(m_source().selected.size()), m_window);
    options->setAttribute(Qt::WA_DeleteOnClose);
    options->setRawValues(m_settings && m_settings->value(RawValuesKey, false).toBool());
    connect(options, &QDialog::accepted, this, [this, options] {
        const bool selectionOnly = options->rows() == ExportOptionsDialog::Rows::Selection;
        const bool allMembers = options->columns() == ExportOptionsDialog::Columns::AllMembers;
        m_rawValues = options->rawValues();
        if (m_settings)
            m_settings->setValue(RawValuesKey, m_rawValues);
        const QString suggested =
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(QStringLiteral("agents.csv"));
        m_dialogs->saveFileName(m_window, tr("Export CSV"), suggested, tr("CSV files (*.csv)"),
                                [this, selectionOnly, allMembers](const QString &fileName) {
                                    if (!fileName.isEmpty())
                                        exportCsv(selectionOnly, allMembers, fileName);
                                });
    });
    options->open();
}

void ExportFlow::exportCsv(bool selectionOnly, bool allMembers, const QString &fileName)
{
    if (m_export)
        m_export->cancel();
    delete m_export.data();
    const Source source = m_source();
    auto *exporter = new CsvExport(this);
    m_export = exporter;
    exporter->setColumns(allMembers ? QList<AgentColumn>() : source.columns);
    exporter->setRawValues(m_rawValues);
    connect(exporter, &CsvExport::finished, this,
            [this, exporter](const ApiError &error, int rows, const QString &name) {
                onFinished(exporter, error, rows, name);
            });
    if (selectionOnly && !allMembers) {
        exporter->exportRecords(source.selected, fileName);
        return;
    }
    ListQuery listQuery;
    if (selectionOnly) {
        // The table holds only the $select members: read the selected agents again in full.
        QList<odata::Filter> ids;
        for (const QJsonObject &record : source.selected)
            ids.append(odata::Field(QStringLiteral("Id")).eq(Agent(record).id()));
        listQuery.filter = odata::Filter::anyOf(ids).toString();
        listQuery.orderBy = {QStringLiteral("Id")};
    } else {
        listQuery = source.query.toUnpagedListQuery(allMembers ? QStringList()
                                                               : source.query.selectMembers());
    }
    showProgress(exporter);
    exporter->exportQuery(m_client, listQuery, fileName);
}

void ExportFlow::showProgress(CsvExport *exporter)
{
    auto *progress = new QProgressDialog(tr("Exporting agents…"), tr("Cancel"), 0, 0, m_window);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowTitle(tr("Export CSV"));
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    m_progress = progress;
    connect(exporter, &CsvExport::progress, progress, [progress, exporter](int rows) {
        progress->setLabelText(exporter->progressText(rows));
    });
    connect(progress, &QProgressDialog::canceled, this, [this, exporter, progress] {
        exporter->cancel();
        exporter->deleteLater();
        progress->deleteLater();
        Q_EMIT cancelled(tr("Export cancelled"));
    });
}

void ExportFlow::onFinished(CsvExport *exporter, const ApiError &error, int rows,
                            const QString &name)
{
    exporter->deleteLater();
    if (m_progress)
        m_progress->deleteLater();
    if (error.isError()) {
        Q_EMIT failed(error);
        return;
    }
    Q_EMIT finished(name, rows, exporter->completionMessage(rows, name));
}

} // namespace signtraker::ui
