#include "mainwindow.h"

#include "agent.h"
#include "agentdetailpane.h"
#include "agentquerystore.h"
#include "agentscontroller.h"
#include "agentstablemodel.h"
#include "csvexport.h"
#include "dialogs.h"
#include "errorbanner.h"
#include "exportoptionsdialog.h"
#include "filterchipbar.h"
#include "icons.h"
#include "odatafilter.h"
#include "pager.h"
#include "plaintext.h"
#include "retrypolicy.h"
#include "signtrakerclient.h"
#include "statuscolors.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QProgressDialog>
#include <QScopedValueRollback>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace signtraker::ui {

namespace {

// Every settings key of the window, in one place (the last query per profile is in
// AgentQueryStore). Never the API key.
namespace Keys {
const QString Geometry = QStringLiteral("mainWindow/geometry");
const QString State = QStringLiteral("mainWindow/state");
const QString HeaderState = QStringLiteral("agents/headerState");
const QString PageSize = QStringLiteral("agents/pageSize");
const QString ExportRawValues = QStringLiteral("export/rawValues");
} // namespace Keys

constexpr int SearchDebounceMs = 300;

// Widths that fit typical content, so that no column needs measuring (resizeColumnsToContents
// walks every row).
int defaultWidth(AgentColumn column, const QFontMetrics &fm)
{
    const int ch = fm.horizontalAdvance(u'x');
    switch (column) {
    case AgentColumn::Id:
        return ch * 7;
    case AgentColumn::Email:
        return ch * 30;
    case AgentColumn::CellPhone:
        return ch * 17;
    case AgentColumn::Office:
    case AgentColumn::Manager:
        return ch * 18;
    case AgentColumn::Status:
    case AgentColumn::IsManager:
        return ch * 10;
    default:
        return ch * 14;
    }
}

QString tsvField(QString text)
{
    text.replace(u'\t', u' ');
    text.replace(u'\r', u' ');
    text.replace(u'\n', u' ');
    return text;
}

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
    buildMenus();
    buildHeaderMenu();

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
    connect(m_controller, &AgentsController::busyChanged, this, [this](bool busy) {
        m_busy->setVisible(busy);
        updatePagingControls();
    });
    connect(m_controller, &AgentsController::queryChanged, this, [this](const AgentQuery &q) {
        syncControls(q);
        saveQuery(q);
    });
    connect(m_controller, &AgentsController::totalChanged, this, &MainWindow::updatePagingControls);
    connect(m_controller, &AgentsController::countProgress, this, [this](int rows) {
        m_countLabel->setText(tr("Counting… %n rows so far", nullptr, rows));
    });
    connect(m_controller, &AgentsController::countFinished, this, [this](int total) {
        m_countLabel->setText(tr("%n agents match", nullptr, total));
        m_countAction->setText(tr("Count &all"));
    });
    connect(m_controller, &AgentsController::countFailed, this, [this](const ApiError &error) {
        m_countLabel->clear();
        m_countAction->setText(tr("Count &all"));
        m_banner->showError(error, tr("Counting agents"));
    });

    restoreUiState();
    updateTitle();

    AgentQuery initial = AgentQueryStore(m_settings).load(m_profileName);
    initial.pageIndex = 0;
    initial.pageSize = m_pageSize->currentData().toInt();
    visibleColumnsInto(initial);
    loadOffices();
    m_controller->setQuery(initial);
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
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::startExportFlow);
    connect(m_countAction, &QAction::triggered, this, [this] {
        if (m_controller->isCounting()) {
            m_controller->cancelCount();
            m_countLabel->setText(tr("Count cancelled"));
            m_countAction->setText(tr("Count &all"));
            return;
        }
        m_countAction->setText(tr("Stop counting"));
        m_countLabel->setText(tr("Counting…"));
        m_controller->countAll();
    });
    connect(m_firstAction, &QAction::triggered, m_controller, &AgentsController::firstPage);
    connect(m_previousAction, &QAction::triggered, m_controller, &AgentsController::previousPage);
    connect(m_nextAction, &QAction::triggered, m_controller, &AgentsController::nextPage);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_clearFiltersAction, &QAction::triggered, this,
            [this] { applyFilters(query().withoutFilters()); });
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

    auto *dockToggle =
        m_detail->parentWidget() ? qobject_cast<QDockWidget *>(m_detail->parentWidget()) : nullptr;
    if (dockToggle)
        m_viewMenu->addAction(dockToggle->toggleViewAction());
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
        if (m_office->count() <= 1)
            loadOffices();
        refresh();
    });
    layout->addWidget(m_banner);

    // Search and filters.
    auto *filters = new QGridLayout;
    filters->setHorizontalSpacing(6);
    auto label = [central](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, central);
        l->setBuddy(buddy);
        return l;
    };

    m_search = new QLineEdit(central);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setPlaceholderText(tr("Name, e-mail, user name, phone or Id"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(u'x') * 30);
    m_search->addAction(Icons::fromTheme(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDebounceMs);
    connect(m_search, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && !m_syncing) // the clear button does not emit textEdited
            m_searchTimer->start();
    });
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::onSearchEdited);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        onSearchEdited();
    });

    m_office = new QComboBox(central);
    m_office->setObjectName(QStringLiteral("officeCombo"));
    m_office->setAccessibleName(tr("Office"));
    m_office->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_office->setMinimumContentsLength(20);
    m_office->addItem(tr("All offices"));

    m_status = new QComboBox(central);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("All"), int(AgentQuery::Status::All));
    m_status->addItem(tr("Active"), int(AgentQuery::Status::Active));
    m_status->addItem(tr("Inactive"), int(AgentQuery::Status::Inactive));

    m_role = new QComboBox(central);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_role->setAccessibleName(tr("Role"));
    m_role->addItem(tr("All"), int(AgentQuery::Role::All));
    m_role->addItem(tr("Managers"), int(AgentQuery::Role::Managers));
    m_role->addItem(tr("Agents"), int(AgentQuery::Role::Agents));

    m_paymentMode = new QComboBox(central);
    m_paymentMode->setObjectName(QStringLiteral("paymentModeCombo"));
    m_paymentMode->setAccessibleName(tr("Payment mode"));
    m_paymentMode->addItem(tr("All"), QString());
    for (const QString &mode : AgentQuery::paymentModes())
        m_paymentMode->addItem(mode, mode);

    m_advanced = new QLineEdit(central);
    m_advanced->setObjectName(QStringLiteral("advancedFilterEdit"));
    m_advanced->setAccessibleName(tr("Advanced filter"));
    m_advanced->setPlaceholderText(tr("OData $filter, e.g. startswith(LastName,'Mc')"));
    m_advanced->setClearButtonEnabled(true);
    m_advancedError = new QLabel(central);
    m_advancedError->setObjectName(QStringLiteral("advancedFilterError"));
    m_advancedError->setWordWrap(true);
    m_advancedError->setTextFormat(Qt::PlainText);
    m_advancedError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    StatusColors::setText(m_advancedError, StatusColors::Status::Error);
    m_advancedError->setVisible(false);

    // Row 1: the search and the advanced filter; row 2: the pick-lists; row 3: the service's
    // answer to a bad advanced filter.
    filters->addWidget(label(tr("&Search:"), m_search), 0, 0);
    filters->addWidget(m_search, 0, 1);
    filters->addWidget(label(tr("A&dvanced filter:"), m_advanced), 0, 2);
    filters->addWidget(m_advanced, 0, 3);
    auto *pickers = new QHBoxLayout;
    pickers->setSpacing(6);
    pickers->addWidget(m_office, 1);
    pickers->addSpacing(6);
    pickers->addWidget(label(tr("S&tatus:"), m_status));
    pickers->addWidget(m_status);
    pickers->addSpacing(6);
    pickers->addWidget(label(tr("R&ole:"), m_role));
    pickers->addWidget(m_role);
    pickers->addSpacing(6);
    pickers->addWidget(label(tr("Pa&yment mode:"), m_paymentMode));
    pickers->addWidget(m_paymentMode);
    pickers->addStretch(2);
    filters->addWidget(label(tr("O&ffice:"), m_office), 1, 0);
    filters->addLayout(pickers, 1, 1, 1, 3);
    filters->addWidget(m_advancedError, 2, 3);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 1);
    layout->addLayout(filters);

    auto comboChanged = [this] {
        if (m_syncing)
            return;
        AgentQuery q = query();
        // The search box may hold text not applied yet: what the user sees is what is sent.
        q.searchText = m_search->text();
        const QVariant office = m_office->currentData();
        if (office.isValid()) {
            q.officeId = office.toLongLong();
            q.officeName = m_office->currentText();
        } else {
            q.officeId.reset();
            q.officeName.clear();
        }
        q.status = AgentQuery::Status(m_status->currentData().toInt());
        q.role = AgentQuery::Role(m_role->currentData().toInt());
        q.paymentMode = m_paymentMode->currentData().toString();
        applyFilters(q);
    };
    for (QComboBox *combo : {m_office, m_status, m_role, m_paymentMode})
        connect(combo, &QComboBox::activated, this, comboChanged);
    connect(m_advanced, &QLineEdit::returnPressed, this, [this] {
        AgentQuery q = query();
        q.searchText = m_search->text();
        q.advancedFilter = m_advanced->text().trimmed();
        applyFilters(q);
    });

    m_chips = new FilterChipBar(central);
    connect(m_chips, &FilterChipBar::removeRequested, this, [this](FilterChipBar::Chip chip) {
        applyFilters(FilterChipBar::removed(query(), chip));
    });
    connect(m_chips, &FilterChipBar::clearAllRequested, m_clearFiltersAction, &QAction::trigger);
    layout->addWidget(m_chips);

    // The table.
    m_table = new QTableView(central);
    m_table->setObjectName(QStringLiteral("agentsTable"));
    m_table->setAccessibleName(tr("Agents"));
    m_table->setModel(m_controller->model());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setVisible(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    for (AgentColumn column : AgentColumns::all())
        header->resizeSection(int(column), defaultWidth(column, m_table->fontMetrics()));
    connect(header, &QHeaderView::sortIndicatorChanged, this, &MainWindow::onSortIndicatorChanged);
    connect(m_table, &QAbstractItemView::activated, this, [this] {
        if (m_editAction->isEnabled())
            m_editAction->trigger();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onSelectionChanged);
    connect(m_controller->model(), &QAbstractItemModel::modelReset, this,
            &MainWindow::onSelectionChanged);
    layout->addWidget(m_table, 1);

    // Paging.
    auto *paging = new QHBoxLayout;
    auto pageButton = [central](QAction *action) {
        auto *button = new QToolButton(central);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        return button;
    };
    m_firstButton = pageButton(m_firstAction);
    m_previousButton = pageButton(m_previousAction);
    m_nextButton = pageButton(m_nextAction);
    m_rowsLabel = new QLabel(central);
    m_rowsLabel->setObjectName(QStringLiteral("rowsLabel"));
    m_rowsLabel->setTextFormat(Qt::PlainText);
    m_pageSize = new QComboBox(central);
    m_pageSize->setObjectName(QStringLiteral("pageSizeCombo"));
    m_pageSize->setAccessibleName(tr("Page size"));
    for (int size : AgentQuery::pageSizes())
        m_pageSize->addItem(QString::number(size), size);
    m_pageSize->setCurrentIndex(int(AgentQuery::pageSizes().indexOf(AgentQuery::DefaultPageSize)));
    connect(m_pageSize, &QComboBox::activated, this, [this] {
        AgentQuery q = query();
        q.pageSize = m_pageSize->currentData().toInt();
        q.pageIndex = 0;
        if (m_settings)
            m_settings->setValue(Keys::PageSize, q.pageSize);
        m_controller->setQuery(q);
    });
    paging->addWidget(m_firstButton);
    paging->addWidget(m_previousButton);
    paging->addWidget(m_nextButton);
    paging->addSpacing(8);
    paging->addWidget(m_rowsLabel);
    paging->addStretch(1);
    paging->addWidget(label(tr("Pa&ge size:"), m_pageSize));
    paging->addWidget(m_pageSize);
    layout->addLayout(paging);

    setCentralWidget(central);

    // The detail pane.
    m_detail = new AgentDetailPane(m_client, this);
    auto *dock = new QDockWidget(tr("Agent details"), this);
    dock->setObjectName(QStringLiteral("detailDock"));
    dock->setWidget(m_detail);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable |
                      QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    dock->setMinimumWidth(fontMetrics().horizontalAdvance(u'x') * 40);
    resizeDocks({dock}, {fontMetrics().horizontalAdvance(u'x') * 52}, Qt::Horizontal);

    // Status bar: busy indicator and the count.
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(fontMetrics().height());
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Loading"));
    m_busy->setVisible(false);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_countLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_busy);
}

void MainWindow::buildHeaderMenu()
{
    QHeaderView *header = m_table->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &MainWindow::showHeaderMenu);
    connect(header, &QHeaderView::sectionMoved, this, [this] { saveUiState(); });
}

void MainWindow::showHeaderMenu(const QPoint &pos)
{
    QHeaderView *header = m_table->horizontalHeader();
    const int clicked = header->logicalIndexAt(pos);
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setObjectName(QStringLiteral("headerMenu"));
    int visibleCount = 0;
    for (int i = 0; i < header->count(); ++i)
        visibleCount += header->isSectionHidden(i) ? 0 : 1;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        const auto column = AgentColumns::fromIndex(logical);
        if (!column)
            continue;
        QAction *action = menu->addAction(AgentColumns::title(*column));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(logical));
        action->setEnabled(header->isSectionHidden(logical) || visibleCount > 1);
        connect(action, &QAction::toggled, this, [this, logical](bool on) {
            m_table->horizontalHeader()->setSectionHidden(logical, !on);
            onColumnsChanged();
        });
    }
    if (clicked >= 0) {
        menu->addSeparator();
        const int visual = header->visualIndex(clicked);
        QAction *left = menu->addAction(tr("Move column left"));
        left->setEnabled(visual > 0);
        connect(left, &QAction::triggered, this, [this, clicked] {
            QHeaderView *h = m_table->horizontalHeader();
            h->moveSection(h->visualIndex(clicked), h->visualIndex(clicked) - 1);
        });
        QAction *right = menu->addAction(tr("Move column right"));
        right->setEnabled(visual < header->count() - 1);
        connect(right, &QAction::triggered, this, [this, clicked] {
            QHeaderView *h = m_table->horizontalHeader();
            h->moveSection(h->visualIndex(clicked), h->visualIndex(clicked) + 1);
        });
    }
    menu->addSeparator();
    QAction *reset = menu->addAction(tr("Reset columns"));
    connect(reset, &QAction::triggered, this, [this] {
        QHeaderView *h = m_table->horizontalHeader();
        for (int i = 0; i < h->count(); ++i) {
            h->setSectionHidden(i, false);
            h->moveSection(h->visualIndex(i), i);
            if (const auto column = AgentColumns::fromIndex(i))
                h->resizeSection(i, defaultWidth(*column, m_table->fontMetrics()));
        }
        onColumnsChanged();
    });
    menu->popup(header->mapToGlobal(pos));
}

void MainWindow::visibleColumnsInto(AgentQuery &query) const
{
    QHeaderView *header = m_table->horizontalHeader();
    QList<AgentColumn> visible;
    for (AgentColumn column : AgentColumns::all()) {
        if (!header->isSectionHidden(int(column)))
            visible.append(column);
    }
    if (!visible.isEmpty())
        query.visibleColumns = visible;
}

void MainWindow::onColumnsChanged()
{
    saveUiState();
    AgentQuery q = query();
    visibleColumnsInto(q);
    if (q.selectMembers() != query().selectMembers())
        m_controller->setQuery(q);
}

void MainWindow::restoreUiState()
{
    resize(1280, 800);
    if (!m_settings)
        return;
    // restoreState() emits sortIndicatorChanged(): not a user's sort.
    const QScopedValueRollback<bool> syncing(m_syncing, true);
    if (!restoreGeometry(m_settings->value(Keys::Geometry).toByteArray()))
        resize(1280, 800);
    restoreState(m_settings->value(Keys::State).toByteArray());
    m_table->horizontalHeader()->restoreState(m_settings->value(Keys::HeaderState).toByteArray());
    // restoreState() brings the old sort indicator back; the query decides the sort.
    {
        const QSignalBlocker blocker(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    }
    const int size = m_settings->value(Keys::PageSize, AgentQuery::DefaultPageSize).toInt();
    if (const int index = int(AgentQuery::pageSizes().indexOf(size)); index >= 0)
        m_pageSize->setCurrentIndex(index);
}

void MainWindow::saveUiState()
{
    if (!m_settings || m_settings->status() == QSettings::FormatError)
        return;
    m_settings->setValue(Keys::Geometry, saveGeometry());
    m_settings->setValue(Keys::State, saveState());
    m_settings->setValue(Keys::HeaderState, m_table->horizontalHeader()->saveState());
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
    // An export walking the previous tenant stops with it (the shell deletes that client).
    if (m_exportProgress)
        Q_EMIT m_exportProgress->canceled();
    m_client = client;
    m_profileName = profileName;
    if (QObject *loader = m_officeLoader.data()) {
        m_officeLoader = nullptr;
        delete loader;
    }
    m_banner->clear();
    m_controller->setClient(client);
    m_detail->setClient(client);
    {
        const QSignalBlocker blocker(m_office);
        m_office->clear();
        m_office->addItem(tr("All offices"));
    }
    updateTitle();
    AgentQuery restored = AgentQueryStore(m_settings).load(profileName);
    restored.pageIndex = 0;
    restored.pageSize = m_pageSize->currentData().toInt();
    visibleColumnsInto(restored);
    loadOffices();
    m_controller->setQuery(restored);
    Q_EMIT clientChanged(client, profileName);
}

AgentQuery MainWindow::query() const
{
    return m_controller->query();
}

void MainWindow::setQuery(const AgentQuery &query)
{
    m_searchTimer->stop();
    m_controller->setQuery(query);
}

void MainWindow::refresh()
{
    m_banner->clear();
    m_controller->refresh();
}

void MainWindow::applyFilters(AgentQuery query)
{
    query.pageIndex = 0;
    m_searchTimer->stop();
    m_controller->setQuery(query);
}

void MainWindow::onSearchEdited()
{
    AgentQuery q = query();
    if (q.searchText == m_search->text())
        return;
    q.searchText = m_search->text();
    q.pageIndex = 0;
    m_controller->setQuery(q);
}

void MainWindow::syncControls(const AgentQuery &q)
{
    m_syncing = true;
    if (m_search->text() != q.searchText)
        m_search->setText(q.searchText);
    selectOffice(q);
    m_status->setCurrentIndex(m_status->findData(int(q.status)));
    m_role->setCurrentIndex(m_role->findData(int(q.role)));
    m_paymentMode->setCurrentIndex(std::max(0, m_paymentMode->findData(q.paymentMode)));
    if (m_advanced->text() != q.advancedFilter)
        m_advanced->setText(q.advancedFilter);
    if (const int index = m_pageSize->findData(q.pageSize); index >= 0)
        m_pageSize->setCurrentIndex(index);
    {
        QHeaderView *header = m_table->horizontalHeader();
        const QSignalBlocker blocker(header);
        if (q.sortColumn)
            header->setSortIndicator(int(*q.sortColumn), q.sortOrder);
        else
            header->setSortIndicator(-1, Qt::AscendingOrder);
        header->viewport()->update();
    }
    m_chips->setQuery(q);
    m_clearFiltersAction->setEnabled(q.hasFilters());
    m_syncing = false;
}

void MainWindow::selectOffice(const AgentQuery &q)
{
    int officeIndex = 0;
    if (q.officeId) {
        officeIndex = m_office->findData(QVariant::fromValue(*q.officeId));
        if (officeIndex < 0) {
            m_office->addItem(q.officeName.isEmpty() ? tr("Office %1").arg(*q.officeId)
                                                     : q.officeName,
                              QVariant::fromValue(*q.officeId));
            officeIndex = m_office->count() - 1;
        }
    }
    m_office->setCurrentIndex(officeIndex);
}

void MainWindow::onSortIndicatorChanged(int section, Qt::SortOrder order)
{
    if (m_syncing)
        return;
    AgentQuery q = query();
    q.sortColumn = AgentColumns::fromIndex(section);
    q.sortOrder = order;
    q.pageIndex = 0;
    m_controller->setQuery(q);
}

void MainWindow::onPageLoaded(const Page &page)
{
    m_banner->clear();
    m_advancedError->clear();
    m_advancedError->setVisible(false);
    updatePagingControls();
    // A current row from the start: the keyboard works at once and the details show something.
    if (m_table->selectionModel()->selectedRows().isEmpty() && page.rows.size() > 0) {
        const QModelIndex first = m_controller->model()->index(0, 0);
        m_table->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    }
    updateEnabledActions();
}

void MainWindow::onLoadFailed(const ApiError &error)
{
    const AgentQuery q = query();
    if (error.kind() == ApiError::Kind::Validation && !q.advancedFilter.trimmed().isEmpty()) {
        const QString message = error.message().isEmpty() ? error.userMessage() : error.message();
        m_advancedError->setText(message);
        m_advancedError->setToolTip(PlainText::toolTip(message));
        m_advancedError->setVisible(true);
    }
    m_banner->showError(error, tr("Loading agents"));
    updatePagingControls();
}

QString MainWindow::rowsLabelText() const
{
    return m_rowsLabel->text();
}

QString MainWindow::advancedFilterError() const
{
    return m_advancedError->text();
}

void MainWindow::updatePagingControls()
{
    const Page &page = m_controller->page();
    const bool busy = m_controller->isBusy();
    const int rows = m_controller->model()->rowCount();
    const auto total = m_controller->knownTotal();
    QString text;
    if (rows == 0) {
        text = page.index > 0 ? tr("No rows on this page") : tr("No rows");
    } else {
        const int first = page.firstRow();
        const int last = first + rows - 1;
        if (total)
            text = tr("Rows %1-%2 of %3").arg(first).arg(last).arg(*total);
        else if (page.hasNext)
            text = tr("Rows %1-%2 of more than %3").arg(first).arg(last).arg(last);
        else
            text = tr("Rows %1-%2 of %3").arg(first).arg(last).arg(last);
    }
    m_rowsLabel->setText(text);
    m_firstAction->setEnabled(m_controller->query().pageIndex > 0);
    m_previousAction->setEnabled(m_controller->query().pageIndex > 0);
    m_nextAction->setEnabled(page.hasNext && !busy);
}

void MainWindow::onSelectionChanged()
{
    const QList<QJsonObject> records = selectedRecords();
    if (records.size() == 1)
        m_detail->showAgent(records.first());
    else if (records.isEmpty())
        m_detail->clear();
    updateEnabledActions();
    Q_EMIT selectedAgentsChanged();
}

void MainWindow::updateEnabledActions()
{
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    m_editAction->setEnabled(selected == 1 && m_client);
    m_copyAction->setEnabled(selected > 0);
    m_copyWithHeaderAction->setEnabled(selected > 0);
    m_exportAction->setEnabled(m_client != nullptr);
    m_countAction->setEnabled(m_client != nullptr);
}

QList<QJsonObject> MainWindow::selectedRecords() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<QJsonObject> records;
    for (int row : std::as_const(rows))
        records.append(m_controller->model()->recordAt(row));
    return records;
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
    const int row = m_controller->model()->rowOfId(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_controller->model()->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

QString MainWindow::selectionAsTsv(bool withHeader) const
{
    QHeaderView *header = m_table->horizontalHeader();
    QList<AgentColumn> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            if (const auto column = AgentColumns::fromIndex(logical))
                columns.append(*column);
    }
    QStringList lines;
    if (withHeader) {
        QStringList titles;
        for (AgentColumn column : columns)
            titles.append(tsvField(AgentColumns::title(column)));
        lines.append(titles.join(u'\t'));
    }
    for (const QJsonObject &record : selectedRecords()) {
        QStringList fields;
        for (AgentColumn column : columns)
            fields.append(tsvField(AgentsTableModel::displayText(record, column)));
        lines.append(fields.join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}

void MainWindow::copySelection(bool withHeader)
{
    if (m_table->selectionModel()->selectedRows().isEmpty())
        return;
    QApplication::clipboard()->setText(selectionAsTsv(withHeader));
    statusBar()->showMessage(tr("Copied %n rows", nullptr, int(selectedRecords().size())), 3000);
}

void MainWindow::loadOffices()
{
    if (!m_client)
        return;
    if (QObject *old = m_officeLoader.data()) {
        m_officeLoader = nullptr;
        delete old;
    }
    ListQuery offices;
    offices.orderBy = {QStringLiteral("Name")};
    auto *walker =
        AllPagesWalker::over(m_client, SignTrakerClient::List::Offices, offices, 500, this);
    m_officeLoader = walker;
    auto collected = std::make_shared<QList<std::pair<QString, qint64>>>();
    connect(walker, &AllPagesWalker::pageLoaded, this, [collected](const QJsonArray &rows, int) {
        for (const QJsonValue &row : rows) {
            const QJsonObject office = row.toObject();
            const qint64 id = Agent(office).id();
            if (id != 0)
                collected->append({office.value(QStringLiteral("Name")).toString(), id});
        }
    });
    connect(walker, &AllPagesWalker::finished, this,
            [this, walker, collected](const ApiError &error, int) {
                walker->deleteLater();
                if (m_officeLoader == walker)
                    m_officeLoader = nullptr;
                if (error.isError()) {
                    m_office->setToolTip(PlainText::toolTip(
                        tr("The offices could not be loaded: %1").arg(error.userMessage())));
                    return;
                }
                m_office->setToolTip({});
                m_syncing = true;
                m_office->clear();
                m_office->addItem(tr("All offices"));
                for (const auto &[name, id] : std::as_const(*collected))
                    m_office->addItem(name.isEmpty() ? tr("Office %1").arg(id) : name,
                                      QVariant::fromValue(id));
                // Only the office picker: the offices may arrive while the user types a search,
                // which a full syncControls() would put back to the query's text.
                selectOffice(query());
                m_syncing = false;
            });
    walker->start();
}

void MainWindow::startExportFlow()
{
    if (!m_client)
        return;
    auto *options = new ExportOptionsDialog(int(selectedRecords().size()), this);
    options->setAttribute(Qt::WA_DeleteOnClose);
    options->setRawValues(m_settings && m_settings->value(Keys::ExportRawValues, false).toBool());
    connect(options, &QDialog::accepted, this, [this, options] {
        const bool selectionOnly = options->rows() == ExportOptionsDialog::Rows::Selection;
        const bool allMembers = options->columns() == ExportOptionsDialog::Columns::AllMembers;
        m_exportRawValues = options->rawValues();
        if (m_settings)
            m_settings->setValue(Keys::ExportRawValues, m_exportRawValues);
        const QString suggested =
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(QStringLiteral("agents.csv"));
        m_dialogs->saveFileName(this, tr("Export CSV"), suggested, tr("CSV files (*.csv)"),
                                [this, selectionOnly, allMembers](const QString &fileName) {
                                    if (!fileName.isEmpty())
                                        exportCsv(selectionOnly, allMembers, fileName);
                                });
    });
    options->open();
}

void MainWindow::exportCsv(bool selectionOnly, bool allMembers, const QString &fileName)
{
    if (m_export)
        m_export->cancel();
    delete m_export.data();
    auto *exporter = new CsvExport(this);
    m_export = exporter;
    QList<AgentColumn> columns;
    if (!allMembers) {
        QHeaderView *header = m_table->horizontalHeader();
        for (int visual = 0; visual < header->count(); ++visual) {
            const int logical = header->logicalIndex(visual);
            if (!header->isSectionHidden(logical))
                columns.append(AgentColumn(logical));
        }
    }
    exporter->setColumns(columns);
    exporter->setRawValues(m_exportRawValues);
    connect(exporter, &CsvExport::finished, this,
            [this, exporter](const ApiError &error, int rows, const QString &name) {
                exporter->deleteLater();
                if (m_exportProgress)
                    m_exportProgress->deleteLater();
                if (error.isError()) {
                    m_banner->showError(error, tr("Exporting CSV"));
                    Q_EMIT exportFailed(error.userMessage());
                    return;
                }
                if (const int repeated = exporter->duplicatesDropped(); repeated > 0)
                    statusBar()->showMessage(
                        tr("Exported %n rows to %1; the service sent %2 of them twice, written "
                           "once.",
                           nullptr, rows)
                            .arg(name)
                            .arg(repeated),
                        5000);
                else
                    statusBar()->showMessage(tr("Exported %n rows to %1", nullptr, rows).arg(name),
                                             5000);
                Q_EMIT exportFinished(name, rows);
            });

    if (selectionOnly && !allMembers) {
        exporter->exportRecords(selectedRecords(), fileName);
        return;
    }
    ListQuery listQuery;
    if (selectionOnly) {
        // The table holds only the $select members: read the selected agents again in full.
        QList<odata::Filter> ids;
        for (qint64 id : selectedIds())
            ids.append(odata::Field(QStringLiteral("Id")).eq(id));
        listQuery.filter = odata::Filter::anyOf(ids).toString();
        listQuery.orderBy = {QStringLiteral("Id")};
    } else {
        listQuery =
            query().toUnpagedListQuery(allMembers ? QStringList() : query().selectMembers());
    }
    auto *progress = new QProgressDialog(tr("Exporting agents…"), tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowTitle(tr("Export CSV"));
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    m_exportProgress = progress;
    connect(exporter, &CsvExport::progress, progress, [progress](int rows) {
        progress->setLabelText(tr("Exporting agents… %n rows read", nullptr, rows));
    });
    connect(progress, &QProgressDialog::canceled, this, [this, exporter, progress] {
        exporter->cancel();
        exporter->deleteLater();
        progress->deleteLater();
        statusBar()->showMessage(tr("Export cancelled"), 5000);
    });
    exporter->exportQuery(m_client, listQuery, fileName);
}

} // namespace signtraker::ui
