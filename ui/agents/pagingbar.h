// SPDX-License-Identifier: Apache-2.0
// Under the table: first, previous and next page, "Rows 51-100 of more than 100" and the page
// size. It follows the controller (page shown, busy, total known) and enables the page actions;
// a page size chosen is kept in the settings and handed back as pageSizeChosen().
#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QSettings;

namespace signtraker::ui {

class AgentsController;
class AgentQuery;

class PagingBar : public QWidget
{
    Q_OBJECT

public:
    // The actions are the window's (menus and shortcuts); settings may be null.
    PagingBar(AgentsController *controller, QAction *first, QAction *previous, QAction *next,
              QSettings *settings, QWidget *parent = nullptr);

    // The size pages are read in: the one kept in the settings, or the one chosen since.
    int pageSize() const;
    void showQuery(const AgentQuery &query);
    QString rowsText() const;
    // The rows label and the page actions follow the controller.
    void updateControls();

Q_SIGNALS:
    void pageSizeChosen(int size);

private:
    AgentsController *m_controller;
    QAction *m_first;
    QAction *m_previous;
    QAction *m_next;
    QSettings *m_settings;
    QLabel *m_rowsLabel = nullptr;
    QComboBox *m_pageSize = nullptr;
};

} // namespace signtraker::ui
