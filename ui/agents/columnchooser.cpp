// SPDX-License-Identifier: Apache-2.0
#include "columnchooser.h"

#include <QHeaderView>
#include <QMenu>
#include <QScopedValueRollback>
#include <QSettings>
#include <QTableView>

namespace signtraker::ui {

namespace {
const QString HeaderStateKey = QStringLiteral("agents/headerState");
} // namespace

ColumnChooser::ColumnChooser(QTableView *table, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_table(table)
    , m_settings(settings)
{
    QHeaderView *h = header();
    h->setSectionsMovable(true);
    h->setSectionsClickable(true);
    h->setSortIndicatorShown(true);
    h->setSortIndicator(-1, Qt::AscendingOrder);
    h->setHighlightSections(false);
    h->setStretchLastSection(true);
    for (AgentColumn column : AgentColumns::all())
        h->resizeSection(int(column), defaultWidth(column));
    connect(h, &QHeaderView::sortIndicatorChanged, this, [this](int section, Qt::SortOrder order) {
        if (!m_syncing)
            Q_EMIT sortRequested(AgentColumns::fromIndex(section), order);
    });
    h->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(h, &QWidget::customContextMenuRequested, this, &ColumnChooser::showMenu);
    connect(h, &QHeaderView::sectionMoved, this, &ColumnChooser::saveState);
}

QHeaderView *ColumnChooser::header() const
{
    return m_table->horizontalHeader();
}

// Widths that fit typical content, so that no column needs measuring (resizeColumnsToContents
// walks every row).
int ColumnChooser::defaultWidth(AgentColumn column) const
{
    const int ch = m_table->fontMetrics().horizontalAdvance(u'x');
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

QList<AgentColumn> ColumnChooser::visibleColumns() const
{
    QHeaderView *h = header();
    QList<AgentColumn> columns;
    for (int visual = 0; visual < h->count(); ++visual) {
        const int logical = h->logicalIndex(visual);
        if (!h->isSectionHidden(logical))
            if (const auto column = AgentColumns::fromIndex(logical))
                columns.append(*column);
    }
    return columns;
}

void ColumnChooser::visibleColumnsInto(AgentQuery &query) const
{
    if (const QList<AgentColumn> visible = visibleColumns(); !visible.isEmpty())
        query.visibleColumns = visible;
}

void ColumnChooser::showSort(const AgentQuery &query)
{
    const QSignalBlocker blocker(header());
    if (query.sortColumn)
        header()->setSortIndicator(int(*query.sortColumn), query.sortOrder);
    else
        header()->setSortIndicator(-1, Qt::AscendingOrder);
    header()->viewport()->update();
}

void ColumnChooser::showMenu(const QPoint &pos)
{
    QHeaderView *h = header();
    auto *menu = new QMenu(m_table->window());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setObjectName(QStringLiteral("headerMenu"));
    const bool lastVisible = visibleColumns().size() <= 1;
    for (int visual = 0; visual < h->count(); ++visual) {
        const int logical = h->logicalIndex(visual);
        const auto column = AgentColumns::fromIndex(logical);
        if (!column)
            continue;
        QAction *action = menu->addAction(AgentColumns::title(*column));
        action->setCheckable(true);
        action->setChecked(!h->isSectionHidden(logical));
        action->setEnabled(h->isSectionHidden(logical) || !lastVisible);
        connect(action, &QAction::toggled, this, [this, logical](bool on) {
            header()->setSectionHidden(logical, !on);
            saveState();
            Q_EMIT columnsChanged();
        });
    }
    if (const int clicked = h->logicalIndexAt(pos); clicked >= 0)
        addMoveActions(menu, clicked);
    menu->addSeparator();
    connect(menu->addAction(tr("Reset columns")), &QAction::triggered, this, &ColumnChooser::reset);
    menu->popup(h->mapToGlobal(pos));
}

void ColumnChooser::addMoveActions(QMenu *menu, int clicked)
{
    QHeaderView *h = header();
    menu->addSeparator();
    const int visual = h->visualIndex(clicked);
    QAction *left = menu->addAction(tr("Move column left"));
    left->setEnabled(visual > 0);
    connect(left, &QAction::triggered, this, [this, clicked] {
        header()->moveSection(header()->visualIndex(clicked), header()->visualIndex(clicked) - 1);
    });
    QAction *right = menu->addAction(tr("Move column right"));
    right->setEnabled(visual < h->count() - 1);
    connect(right, &QAction::triggered, this, [this, clicked] {
        header()->moveSection(header()->visualIndex(clicked), header()->visualIndex(clicked) + 1);
    });
}

void ColumnChooser::reset()
{
    QHeaderView *h = header();
    for (int i = 0; i < h->count(); ++i) {
        h->setSectionHidden(i, false);
        h->moveSection(h->visualIndex(i), i);
        if (const auto column = AgentColumns::fromIndex(i))
            h->resizeSection(i, defaultWidth(*column));
    }
    saveState();
    Q_EMIT columnsChanged();
}

void ColumnChooser::restoreState()
{
    if (!m_settings)
        return;
    // restoreState() emits sortIndicatorChanged(): not a user's sort.
    const QScopedValueRollback<bool> syncing(m_syncing, true);
    header()->restoreState(m_settings->value(HeaderStateKey).toByteArray());
    // It also brings the old sort indicator back; the query decides the sort.
    const QSignalBlocker blocker(header());
    header()->setSortIndicator(-1, Qt::AscendingOrder);
}

void ColumnChooser::saveState()
{
    if (!m_settings || m_settings->status() == QSettings::FormatError)
        return;
    m_settings->setValue(HeaderStateKey, header()->saveState());
}

} // namespace signtraker::ui
