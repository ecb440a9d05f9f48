// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include "agent.h"
#include "agentdetaildock.h"
#include "agentdetailpane.h"
#include "agentfilterbar.h"
#include "agentquerystore.h"
#include "agentscontroller.h"
#include "agentstablemodel.h"
#include "agentstableview.h"
#include "columnchooser.h"
#include "dialogs.h"
#include "errorbanner.h"
#include "exportflow.h"
#include "icons.h"
#include "loadstatus.h"
#include "pagingbar.h"
#include "retrypolicy.h"
#include "signtrakerclient.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace signtraker::ui {

namespace {

// The window's own settings keys (the header, the page size, the export choice and the last
// query per profile are kept by their parts). Never the API key.
namespace Keys {
const QString Geometry = QStringLiteral("mainWindow/geometry");
const QString State = QStringLiteral("mainWindow/state");
} // namespace Keys

} // namespace

MainWindow::MainWindow(SignTrakerClient *client, const QString &profileName, QSettings *settings,
                       Dialogs *dialogs, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_profileName(profileName)
    , m_settings(settings)
    , m_dialogs(dialogs ? dialogs : new Dialogs(this))
    , m_controller(new AgentsController(client, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    buildActions();
    buildCentral();
    auto *status = new LoadStatus(m_controller, m_countAction, statusBar());
    connect(status, &LoadStatus::countFailed, this,
            [this](const ApiError &error) { m_banner->showError(error, tr("Counting agents")); });
    buildMenus();
    connectController();
    restoreUiState();
    updateTitle();
    loadSavedQuery(m_profileName);
    updateEnabledActions();
}

MainWindow::~MainWindow()
{
    saveUiState();
}

SignTrakerClient *MainWindow::client() const
{
    return m_client;
}

AgentsTableModel *MainWindow::model() const
{
    return m_controller->model();
}

QTableView *MainWindow::tableView() const
{
    return m_table;
}

AgentDetailPane *MainWindow::detailPane() const
{
    return m_detail->pane();
}

void MainWindow::connectController()
{
    connect(m_controller, &AgentsController::pageLoaded, this, &MainWindow::onPageLoaded);
    connect(m_controller, &AgentsController::loadFailed, this, &MainWindow::onLoadFailed);
    connect(m_controller, &AgentsController::loadRetrying, this,
            [this](const ApiError &error, int delayMs) {
                // The real wait, so that a slow answer does not look like a hang; why is in
                // the details.
                m_banner->showMessage(
                    tr("Loading agents: retrying in %1…")
                        .arg(RetryPolicy::waitText(std::chrono::milliseconds(delayMs))),
                    ErrorBanner::detailsOf(error), ErrorBanner::Severity::Warning);
            });
    connect(m_controller, &AgentsController::queryChanged, this, &MainWindow::onQueryChanged);
}

void MainWindow::buildActions()
{
    auto make = [this](const QString &text, const QString &icon, const QKeySequence &shortcut,
                       const QString &name) {
        auto *action = new QAction(Icons::fromTheme(icon), text, this);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        action->setObjectName(name);
        addAction(action);
        return action;
    };
    m_refreshAction = make(tr("&Refresh"), QStringLiteral("view-refresh"), QKeySequence::Refresh,
                           QStringLiteral("refreshAction"));
    m_refreshAction->setShortcuts({QKeySequence(Qt::Key_F5)});
    m_editAction =
        make(tr("&Edit…"), QStringLiteral("document-edit"), {}, QStringLiteral("editAction"));
    m_editAction->setToolTip(tr("Edit the selected agent (Enter)"));
    m_editAction->setEnabled(false);
    m_copyAction = make(tr("&Copy rows"), QStringLiteral("edit-copy"), QKeySequence::Copy,
                        QStringLiteral("copyAction"));
    m_copyWithHeaderAction = make(tr("Copy rows with &header"), QStringLiteral("edit-copy"),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                                  QStringLiteral("copyWithHeaderAction"));
    m_exportAction = make(tr("E&xport CSV…"), QStringLiteral("document-export"),
                          QKeySequence(Qt::CTRL | Qt::Key_E), QStringLiteral("exportAction"));
    m_countAction = make(tr("Count &all"), QString(), {}, QStringLiteral("countAllAction"));
    m_countAction->setToolTip(tr("Count every agent that matches the search and filters"));
    m_firstAction =
        make(tr("&First page"), QStringLiteral("go-first"), {}, QStringLiteral("firstPageAction"));
    m_previousAction =
        make(tr("&Previous page"), QStringLiteral("go-previous"),
             QKeySequence(Qt::CTRL | Qt::Key_PageUp), QStringLiteral("previousPageAction"));
    m_nextAction =
        make(tr("&Next page"), QStringLiteral("go-next"), QKeySequence(Qt::CTRL | Qt::Key_PageDown),
             QStringLiteral("nextPageAction"));
    m_findAction = make(tr("&Find"), QStringLiteral("edit-find"), QKeySequence::Find,
                        QStringLiteral("findAction"));
    m_clearFiltersAction = make(tr("C&lear all filters"), QStringLiteral("edit-clear"), {},
                                QStringLiteral("clearFiltersAction"));
    m_quitAction = make(tr("&Quit"), QStringLiteral("application-exit"), QKeySequence::Quit,
                        QStringLiteral("quitAction"));

    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_copyAction, &QAction::triggered, this, [this] { copySelection(false); });
    connect(m_copyWithHeaderAction, &QAction::triggered, this, [this] { copySelection(true); });
    connect(m_firstAction, &QAction::triggered, m_controller, &AgentsController::firstPage);
    connect(m_previousAction, &QAction::triggered, m_controller, &AgentsController::previousPage);
    connect(m_nextAction, &QAction::triggered, m_controller, &AgentsController::nextPage);
    connect(m_clearFiltersAction, &QAction::triggered, this,
            [this] { setQuery(query().withoutFilters()); });
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_agentsMenu = menuBar()->addMenu(tr("&Agents"));
    m_agentsMenu->addAction(m_editAction);
    m_agentsMenu->addSeparator();
    m_agentsMenu->addAction(m_copyAction);
    m_agentsMenu->addAction(m_copyWithHeaderAction);
    m_agentsMenu->addAction(m_countAction);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(m_refreshAction);
    m_viewMenu->addAction(m_findAction);
    m_viewMenu->addAction(m_clearFiltersAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_firstAction);
    m_viewMenu->addAction(m_previousAction);
    m_viewMenu->addAction(m_nextAction);
    m_viewMenu->addSeparator();

    m_helpMenu = menuBar()->addMenu(tr("&Help"));

    m_toolBar = addToolBar(tr("Main toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_refreshAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_editAction);
    m_agentActionsEnd = m_toolBar->addSeparator();
    m_toolBar->addAction(m_exportAction);
    m_toolBar->addAction(m_countAction);

    m_contextMenu = new QMenu(this);
    m_contextMenu->setObjectName(QStringLiteral("agentContextMenu"));
    m_contextMenu->addAction(m_editAction);
    m_contextMenu->addSeparator();
    m_contextMenu->addAction(m_copyAction);
    m_contextMenu->addAction(m_copyWithHeaderAction);
    m_contextMenu->addAction(m_exportAction);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        m_contextMenu->popup(m_table->viewport()->mapToGlobal(pos));
    });

    m_viewMenu->addAction(m_detail->toggleViewAction());
}

void MainWindow::addAgentActions(const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        m_toolBar->insertAction(m_agentActionsEnd, action);
        m_agentsMenu->insertAction(m_agentsMenu->actions().value(1), action);
        m_contextMenu->insertAction(m_contextMenu->actions().value(1), action);
        if (!this->actions().contains(action))
            addAction(action); // shortcuts work wherever the focus is in the window
    }
}

void MainWindow::addFileAction(QAction *action)
{
    m_fileMenu->insertAction(m_quitAction, action);
    if (!actions().contains(action))
        addAction(action);
}

void MainWindow::buildCentral()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);

    m_banner = new ErrorBanner(central);
    connect(m_banner, &ErrorBanner::retryRequested, this, [this] {
        if (!m_filters->hasOffices())
            m_filters->loadOffices();
        refresh();
    });
    layout->addWidget(m_banner);

    m_filters = new AgentFilterBar(central);
    m_filters->setClient(m_client);
    connect(m_filters, &AgentFilterBar::queryEdited, m_controller, &AgentsController::setQuery);
    connect(m_findAction, &QAction::triggered, m_filters, &AgentFilterBar::focusSearch);
    layout->addWidget(m_filters);

    m_table = new AgentsTableView(m_controller->model(), central);
    m_columns = new ColumnChooser(m_table, m_settings, this);
    connect(m_columns, &ColumnChooser::sortRequested, this, &MainWindow::onSortRequested);
    connect(m_columns, &ColumnChooser::columnsChanged, this, &MainWindow::onColumnsChanged);
    connect(m_table, &QAbstractItemView::activated, this, [this] {
        if (m_editAction->isEnabled())
            m_editAction->trigger();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onSelectionChanged);
    connect(m_controller->model(), &QAbstractItemModel::modelReset, this,
            &MainWindow::onSelectionChanged);
    layout->addWidget(m_table, 1);

    m_paging = new PagingBar(m_controller, m_firstAction, m_previousAction, m_nextAction,
                             m_settings, central);
    connect(m_paging, &PagingBar::pageSizeChosen, this, [this](int size) {
        AgentQuery q = query();
        q.pageSize = size;
        q.pageIndex = 0;
        m_controller->setQuery(q);
    });
    layout->addWidget(m_paging);
    setCentralWidget(central);

    m_detail = new AgentDetailDock(m_client, this);
    addDockWidget(Qt::RightDockWidgetArea, m_detail);
    resizeDocks({m_detail}, {fontMetrics().horizontalAdvance(u'x') * 52}, Qt::Horizontal);

    m_export = new ExportFlow(m_dialogs, m_settings, this);
    m_export->setClient(m_client);
    m_export->setSource([this] {
        return ExportFlow::Source{selectedRecords(), m_columns->visibleColumns(), query()};
    });
    connect(m_exportAction, &QAction::triggered, m_export, &ExportFlow::start);
    connect(m_export, &ExportFlow::finished, this,
            [this](const QString &name, int rows, const QString &message) {
                statusBar()->showMessage(message, 5000);
                Q_EMIT exportFinished(name, rows);
            });
    connect(m_export, &ExportFlow::cancelled, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_export, &ExportFlow::failed, this, [this](const ApiError &error) {
        m_banner->showError(error, tr("Exporting CSV"));
        Q_EMIT exportFailed(error.userMessage());
    });
}

void MainWindow::onColumnsChanged()
{
    AgentQuery q = query();
    m_columns->visibleColumnsInto(q);
    if (q.selectMembers() != query().selectMembers())
        m_controller->setQuery(q);
}

void MainWindow::onSortRequested(std::optional<AgentColumn> column, Qt::SortOrder order)
{
    AgentQuery q = query();
    q.sortColumn = column;
    q.sortOrder = order;
    q.pageIndex = 0;
    m_controller->setQuery(q);
}

void MainWindow::onQueryChanged(const AgentQuery &q)
{
    m_filters->showQuery(q);
    m_paging->showQuery(q);
    m_columns->showSort(q);
    m_clearFiltersAction->setEnabled(q.hasFilters());
    // A page turn is not worth a write to disk in the way of its paint: a restored query starts
    // on the first page anyway.
    AgentQuery unpaged = q;
    unpaged.pageIndex = 0;
    if (m_savedQuery != unpaged) {
        m_savedQuery = unpaged;
        saveQuery(q);
    }
}

void MainWindow::onPageLoaded()
{
    m_banner->clear();
    m_filters->showFilterError({});
    m_table->selectFirstIfNone();
    updateEnabledActions();
    loadOfficesOnce();
}

void MainWindow::onLoadFailed(const ApiError &error)
{
    if (error.kind() == ApiError::Kind::Validation && !query().advancedFilter.trimmed().isEmpty())
        m_filters->showFilterError(error.message().isEmpty() ? error.userMessage()
                                                             : error.message());
    m_banner->showError(error, tr("Loading agents"));
    loadOfficesOnce();
}

QString MainWindow::rowsLabelText() const
{
    return m_paging->rowsText();
}

QString MainWindow::advancedFilterError() const
{
    return m_filters->filterError();
}

void MainWindow::onSelectionChanged()
{
    m_detail->showSelection(selectedRecords());
    updateEnabledActions();
    Q_EMIT selectedAgentsChanged();
}

void MainWindow::updateEnabledActions()
{
    const int selected = m_table->selectedCount();
    m_editAction->setEnabled(selected == 1 && m_client);
    m_copyAction->setEnabled(selected > 0);
    m_copyWithHeaderAction->setEnabled(selected > 0);
    m_exportAction->setEnabled(m_client != nullptr);
    m_countAction->setEnabled(m_client != nullptr);
}

QList<QJsonObject> MainWindow::selectedRecords() const
{
    return m_table->selectedRecords();
}

QList<qint64> MainWindow::selectedIds() const
{
    QList<qint64> ids;
    for (const QJsonObject &record : selectedRecords())
        ids.append(Agent(record).id());
    return ids;
}

bool MainWindow::selectAgent(qint64 id)
{
    return m_table->selectAgent(id);
}

QString MainWindow::selectionAsTsv(bool withHeader) const
{
    return m_table->selectionAsTsv(m_columns->visibleColumns(), withHeader);
}

void MainWindow::copySelection(bool withHeader)
{
    if (m_table->selectedCount() == 0)
        return;
    QApplication::clipboard()->setText(selectionAsTsv(withHeader));
    statusBar()->showMessage(tr("Copied %n rows", nullptr, int(selectedRecords().size())), 3000);
}

void MainWindow::restoreUiState()
{
    resize(1280, 800);
    m_columns->restoreState();
    if (!m_settings)
        return;
    if (!restoreGeometry(m_settings->value(Keys::Geometry).toByteArray()))
        resize(1280, 800);
    restoreState(m_settings->value(Keys::State).toByteArray());
}

void MainWindow::saveUiState()
{
    if (!m_settings || m_settings->status() == QSettings::FormatError)
        return;
    m_settings->setValue(Keys::Geometry, saveGeometry());
    m_settings->setValue(Keys::State, saveState());
    m_columns->saveState();
}

void MainWindow::saveQuery(const AgentQuery &query)
{
    AgentQueryStore store(m_settings);
    if (store.save(m_profileName, query) || m_settingsProblemShown)
        return;
    // Once a run: the settings file will not heal between two clicks.
    m_settingsProblemShown = true;
    statusBar()->showMessage(store.problem());
    Q_EMIT settingsProblem(store.problem());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveUiState();
    saveQuery(query());
    QMainWindow::closeEvent(event);
}

void MainWindow::updateTitle()
{
    const QString app = tr("SignTraker Agents Admin");
    if (!m_client) {
        setWindowTitle(tr("%1 (not connected)").arg(app));
        return;
    }
    const QUrl url = m_client->config().baseUrl();
    QString tenant = url.host();
    if (url.port() > 0)
        tenant += u':' + QString::number(url.port());
    const QString profile = m_profileName.isEmpty() ? tenant : m_profileName;
    if (profile == tenant)
        setWindowTitle(tr("%1 — %2").arg(tenant, app));
    else
        setWindowTitle(tr("%1 (%2) — %3").arg(profile, tenant, app));
}

void MainWindow::setClient(SignTrakerClient *client, const QString &profileName)
{
    saveQuery(query());
    m_savedQuery.reset();
    m_client = client;
    m_profileName = profileName;
    m_banner->clear();
    m_controller->setClient(client);
    m_detail->pane()->setClient(client);
    m_filters->setClient(client);
    m_export->setClient(client);
    updateTitle();
    Q_EMIT profileSwitching(client, profileName);
    loadSavedQuery(profileName);
    Q_EMIT clientChanged(client, profileName);
}

void MainWindow::loadSavedQuery(const QString &profile)
{
    AgentQuery restored = AgentQueryStore(m_settings).load(profile);
    restored.pageIndex = 0;
    restored.pageSize = m_paging->pageSize();
    m_columns->visibleColumnsInto(restored);
    m_controller->setQuery(restored);
    m_officesAfterFirstPage = true;
}

// The offices only once the first page is in (or failed): that page is what the user waits
// for, and nothing shares the connections with it.
void MainWindow::loadOfficesOnce()
{
    if (!std::exchange(m_officesAfterFirstPage, false))
        return;
    m_filters->loadOffices();
}

AgentQuery MainWindow::query() const
{
    return m_controller->query();
}

void MainWindow::setQuery(const AgentQuery &query)
{
    m_filters->cancelPendingSearch();
    m_controller->setQuery(query);
}

void MainWindow::refresh()
{
    m_banner->clear();
    m_controller->refresh();
}

void MainWindow::exportCsv(bool selectionOnly, bool allMembers, const QString &fileName)
{
    m_export->exportCsv(selectionOnly, allMembers, fileName);
}

} // namespace signtraker::ui
