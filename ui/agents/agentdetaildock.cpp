// SPDX-License-Identifier: Apache-2.0
#include "agentdetaildock.h"

#include "agentdetailpane.h"

namespace signtraker::ui {

AgentDetailDock::AgentDetailDock(SignTrakerClient *client, QWidget *parent)
    : QDockWidget(tr("Agent details"), parent)
    , m_pane(new AgentDetailPane(client, this))
{
    setObjectName(QStringLiteral("detailDock"));
    setWidget(m_pane);
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable |
                QDockWidget::DockWidgetFloatable);
    setMinimumWidth(fontMetrics().horizontalAdvance(u'x') * 40);
}

void AgentDetailDock::showSelection(const QList<QJsonObject> &records)
{
    if (records.size() == 1)
        m_pane->showAgent(records.first());
    else if (records.isEmpty())
        m_pane->clear();
}

} // namespace signtraker::ui
