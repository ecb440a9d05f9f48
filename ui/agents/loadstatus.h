// SPDX-License-Identifier: Apache-2.0
// The status bar's view of the controller: a busy indicator while a page loads, and Count all
// (its action toggles between counting and stopping; the label says the rows so far, then the
// total). A failed count is handed on as countFailed() for the window's banner.
#pragma once

#include <QObject>

class QAction;
class QLabel;
class QProgressBar;
class QStatusBar;

namespace signtraker {
class ApiError;
}

namespace signtraker::ui {

class AgentsController;

class LoadStatus : public QObject
{
    Q_OBJECT

public:
    LoadStatus(AgentsController *controller, QAction *countAction, QStatusBar *statusBar);

Q_SIGNALS:
    void countFailed(const signtraker::ApiError &error);

private:
    void toggleCount();

    AgentsController *m_controller;
    QAction *m_countAction;
    QProgressBar *m_busy;
    QLabel *m_countLabel;
};

} // namespace signtraker::ui
