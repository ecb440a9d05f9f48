// SPDX-License-Identifier: Apache-2.0
// Export CSV from the window: asks which rows and columns (and raw values, kept in the
// settings), then a file name, then writes the selection or walks the whole query with a
// progress dialog that cancels. What to export comes from the window through a Source.
#pragma once

#include "agentcolumns.h"
#include "agentquery.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QProgressDialog;
class QSettings;
class QWidget;

namespace signtraker {
class ApiError;
class SignTrakerClient;
} // namespace signtraker

namespace signtraker::ui {

class CsvExport;
class Dialogs;

class ExportFlow : public QObject
{
    Q_OBJECT

public:
    struct Source
    {
        QList<QJsonObject> selected; // in row order, $select members only
        QList<AgentColumn> columns;  // visible, in their on-screen order
        AgentQuery query;
    };

    // window parents the dialogs; settings may be null.
    ExportFlow(Dialogs *dialogs, QSettings *settings, QWidget *window);
    ~ExportFlow() override;

    // An export walking the previous tenant stops with it (the shell deletes that client).
    void setClient(SignTrakerClient *client);
    void setSource(std::function<Source()> source) { m_source = std::move(source); }

    // Ctrl+E: the options, then the file name, then the export.
    void start();
    // Starts exporting without asking.
    void exportCsv(bool selectionOnly, bool allMembers, const QString &fileName);

Q_SIGNALS:
    // message says what was written, for the status bar.
    void finished(const QString &fileName, int rows, const QString &message);
    void failed(const signtraker::ApiError &error);
    void cancelled(const QString &message);

private:
    void onFinished(CsvExport *exporter, const ApiError &error, int rows, const QString &name);
    void showProgress(CsvExport *exporter);

    QPointer<SignTrakerClient> m_client;
    Dialogs *m_dialogs;
    QSettings *m_settings;
    QWidget *m_window;
    std::function<Source()> m_source;
    QPointer<CsvExport> m_export;
    QPointer<QProgressDialog> m_progress;
    bool m_rawValues = false;
};

} // namespace signtraker::ui
