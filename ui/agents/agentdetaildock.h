// SPDX-License-Identifier: Apache-2.0
// The dock beside the table that holds the detail pane: one agent selected shows it in full,
// none clears it, several leave the last one shown.
#pragma once

#include <QDockWidget>
#include <QJsonObject>
#include <QList>

namespace signtraker {
class SignTrakerClient;
}

namespace signtraker::ui {

class AgentDetailPane;

class AgentDetailDock : public QDockWidget
{
    Q_OBJECT

public:
    AgentDetailDock(SignTrakerClient *client, QWidget *parent = nullptr);

    AgentDetailPane *pane() const { return m_pane; }
    void showSelection(const QList<QJsonObject> &records);

private:
    AgentDetailPane *m_pane;
};

} // namespace signtraker::ui
