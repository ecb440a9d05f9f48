// SPDX-License-Identifier: Apache-2.0
#include "loadstatus.h"

#include "agentscontroller.h"

#include <QAction>
#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>

namespace signtraker::ui {

LoadStatus::LoadStatus(AgentsController *controller, QAction *countAction, QStatusBar *statusBar)
    : QObject(statusBar)
    , m_controller(controller)
    , m_countAction(countAction)
    , m_busy(new QProgressBar(statusBar))
    , m_countLabel(new QLabel(statusBar))
{
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(statusBar->fontMetrics().height());
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Loading"));
    m_busy->setVisible(false);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_countLabel->setTextFormat(Qt::PlainText);
    statusBar->addWidget(m_countLabel, 1);
    statusBar->addPermanentWidget(m_busy);

    connect(controller, &AgentsController::busyChanged, m_busy, &QWidget::setVisible);
    connect(countAction, &QAction::triggered, this, &LoadStatus::toggleCount);
    connect(controller, &AgentsController::countProgress, this, [this](int rows) {
        m_countLabel->setText(tr("Counting… %n rows so far", nullptr, rows));
    });
    connect(controller, &AgentsController::countFinished, this, [this](int total) {
        m_countLabel->setText(tr("%n agents match", nullptr, total));
        m_countAction->setText(tr("Count &all"));
    });
    connect(controller, &AgentsController::countFailed, this, [this](const ApiError &error) {
        m_countLabel->clear();
        m_countAction->setText(tr("Count &all"));
        Q_EMIT countFailed(error);
    });
}

void LoadStatus::toggleCount()
{
    if (m_controller->isCounting()) {
        m_controller->cancelCount();
        m_countLabel->setText(tr("Count cancelled"));
        m_countAction->setText(tr("Count &all"));
        return;
    }
    m_countAction->setText(tr("Stop counting"));
    m_countLabel->setText(tr("Counting…"));
    m_controller->countAll();
}

} // namespace signtraker::ui
