// SPDX-License-Identifier: Apache-2.0
// The screen an office administrator lives in: the agents of one tenant in a paged table, with
// search, filters, sort and paging turned into OData by AgentQuery, a detail pane, copy and CSV
// export. It composes and wires the parts: AgentFilterBar, ColumnChooser, PagingBar,
// AgentDetailDock and ExportFlow over an AgentsController. Other areas plug in through the hooks
// below (editAction(), agentContextMenu(), addAgentActions(), model(), selectedRecords(),
// setClient()).
#pragma once

#include "agentquery.h"
#include "signtrakerclient.h"

#include <QJsonObject>
#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <optional>

class QAction;
class QMenu;
class QSettings;
class QTableView;
class QToolBar;

namespace signtraker {
class ApiError;
class SignTrakerClient;
struct Page;
} // namespace signtraker

namespace signtraker::ui {

class AgentDetailDock;
class AgentDetailPane;
class AgentFilterBar;
class AgentsController;
class AgentsTableModel;
class AgentsTableView;
class ColumnChooser;
class Dialogs;
class ErrorBanner;
class ExportFlow;
class PagingBar;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // client may be null (not connected yet: the connection area calls setClient() later).
    // settings holds UI state and the last query per profile; it may be null (nothing kept).
    // dialogs may be null: the window then makes its own.
    MainWindow(SignTrakerClient *client, const QString &profileName, QSettings *settings,
               Dialogs *dialogs = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Another tenant or profile: saves this profile's query, restores that one's, reloads the
    // offices and the table; the window title names the profile and the tenant.
    void setClient(SignTrakerClient *client, const QString &profileName);
    SignTrakerClient *client() const;
    QString profileName() const { return m_profileName; }

    AgentsController *controller() const { return m_controller; }
    AgentsTableModel *model() const;
    QTableView *tableView() const;
    ErrorBanner *errorBanner() const { return m_banner; }
    AgentFilterBar *filterBar() const { return m_filters; }
    PagingBar *pagingBar() const { return m_paging; }
    AgentDetailPane *detailPane() const;
    Dialogs *dialogs() const { return m_dialogs; }
    // The UI settings the window was given (may be null), for the areas' own state.
    QSettings *settings() const { return m_settings; }

    AgentQuery query() const;
    // Replaces the whole query (controls follow) and loads it.
    void setQuery(const AgentQuery &query);
    void refresh();

    // The selected rows' records in row order, as the table has them ($select members only;
    // GET /api/agents/{id} for the full record).
    QList<QJsonObject> selectedRecords() const;
    QList<qint64> selectedIds() const;
    // Selects and shows the agent when it is on the current page.
    bool selectAgent(qint64 id);

    // Hooks for the editing area. editAction() is enabled with exactly one agent selected and
    // triggered by Enter and double-click; connect to its triggered() signal.
    QAction *editAction() const { return m_editAction; }
    QMenu *agentContextMenu() const { return m_contextMenu; }
    QToolBar *mainToolBar() const { return m_toolBar; }
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *agentsMenu() const { return m_agentsMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *helpMenu() const { return m_helpMenu; }
    // Adds actions after Edit on the toolbar, in the Agents menu and in the context menu.
    void addAgentActions(const QList<QAction *> &actions);
    // Adds an action to the File menu before Quit (Settings…, Connect…).
    void addFileAction(QAction *action);

    QAction *refreshAction() const { return m_refreshAction; }
    QAction *copyAction() const { return m_copyAction; }
    QAction *copyWithHeaderAction() const { return m_copyWithHeaderAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *countAllAction() const { return m_countAction; }
    QAction *nextPageAction() const { return m_nextAction; }
    QAction *previousPageAction() const { return m_previousAction; }
    QAction *firstPageAction() const { return m_firstAction; }
    QAction *findAction() const { return m_findAction; }

    // The TSV text of the selected rows, visible columns in their on-screen order.
    QString selectionAsTsv(bool withHeader) const;
    // "Rows 51-100 of more than 100"
    QString rowsLabelText() const;
    // The message next to the advanced filter (the service's 400 Message).
    QString advancedFilterError() const;

    // Starts exporting without asking (the Ctrl+E flow asks for these and the file name).
    void exportCsv(bool selectionOnly, bool allMembers, const QString &fileName);

Q_SIGNALS:
    void selectedAgentsChanged();
    void clientChanged(signtraker::SignTrakerClient *client, const QString &profileName);
    // In setClient(), before the profile's saved query is loaded: what serves that profile's
    // pages (its local copy) switches here, so that no page of the previous one is shown.
    void profileSwitching(signtraker::SignTrakerClient *client, const QString &profileName);
    void exportFinished(const QString &fileName, int rows);
    void exportFailed(const QString &message);
    // The window's settings file could not be written (said once a run, in the status bar).
    void settingsProblem(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildMenus();
    void buildCentral();
    void connectController();
    void restoreUiState();
    void saveUiState();
    void saveQuery(const AgentQuery &query);
    // Restores profile's last query (first page, the page size and columns on screen) and loads
    // it first, the offices once it is in.
    void loadSavedQuery(const QString &profile);
    void loadOfficesOnce();
    void updateTitle();
    void onQueryChanged(const AgentQuery &query);
    void onPageLoaded();
    void onLoadFailed(const signtraker::ApiError &error);
    void onSortRequested(std::optional<AgentColumn> column, Qt::SortOrder order);
    void onColumnsChanged();
    void onSelectionChanged();
    void updateEnabledActions();
    void copySelection(bool withHeader);

    QPointer<SignTrakerClient> m_client;
    QString m_profileName;
    QSettings *m_settings;
    Dialogs *m_dialogs;
    AgentsController *m_controller;

    QToolBar *m_toolBar = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_agentsMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_contextMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_agentActionsEnd = nullptr; // toolbar separator after the agent actions
    QAction *m_refreshAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_copyWithHeaderAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_countAction = nullptr;
    QAction *m_firstAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_clearFiltersAction = nullptr;

    ErrorBanner *m_banner = nullptr;
    AgentFilterBar *m_filters = nullptr;
    AgentsTableView *m_table = nullptr;
    ColumnChooser *m_columns = nullptr;
    PagingBar *m_paging = nullptr;
    AgentDetailDock *m_detail = nullptr;
    ExportFlow *m_export = nullptr;
    bool m_settingsProblemShown = false;
    bool m_officesAfterFirstPage = false;
    std::optional<AgentQuery> m_savedQuery; // as last saved, on the first page
};

} // namespace signtraker::ui
