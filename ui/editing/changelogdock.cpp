// SPDX-License-Identifier: Apache-2.0
#include "changelogdock.h"

#include "changelog.h"
#include "dialogs.h"
#include "icons.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace signtraker::ui {

ChangeLogDock::ChangeLogDock(ChangeLog *log, Dialogs *dialogs, QWidget *parent)
    : QDockWidget(tr("Change log"), parent)
    , m_log(log)
    , m_dialogs(dialogs)
    , m_view(new QTableView)
    , m_export(
          new QPushButton(Icons::fromTheme(QStringLiteral("document-export")), tr("Export CSV…")))
{
    setObjectName(QStringLiteral("changeLogDock"));
    m_view->setObjectName(QStringLiteral("changeLogView"));
    m_view->setAccessibleName(tr("Change log"));
    m_view->setModel(log);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    connect(log, &QAbstractItemModel::rowsInserted, m_view, &QTableView::scrollToBottom);

    m_export->setObjectName(QStringLiteral("exportChangeLog"));
    m_export->setEnabled(log->rowCount() > 0);
    connect(log, &QAbstractItemModel::rowsInserted, m_export,
            [this] { m_export->setEnabled(true); });
    connect(m_export, &QPushButton::clicked, this, &ChangeLogDock::exportCsv);

    auto *content = new QWidget;
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_export);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    setWidget(content);
}

void ChangeLogDock::exportCsv()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("signtraker-changes.csv"));
    QPointer<ChangeLogDock> self(this);
    m_dialogs->saveFileName(this, tr("Export the change log"), suggested, tr("CSV files (*.csv)"),
                            [self](const QString &fileName) {
                                if (!self || fileName.isEmpty())
                                    return;
                                QString problem;
                                if (!self->m_log->saveCsv(fileName, &problem)) {
                                    self->m_dialogs->warning(self, tr("Export failed"), problem);
                                    Q_EMIT self->exportFailed(problem);
                                    return;
                                }
                                Q_EMIT self->exported(fileName);
                            });
}

} // namespace signtraker::ui
