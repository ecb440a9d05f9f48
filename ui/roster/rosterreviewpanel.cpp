// SPDX-License-Identifier: Apache-2.0
#include "rosterreviewpanel.h"

#include "rosterreviewmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace signtraker::ui {

namespace {

const QList<RosterItem::Action> Actions{
    RosterItem::Action::Create,     RosterItem::Action::Update,    RosterItem::Action::Activate,
    RosterItem::Action::Deactivate, RosterItem::Action::Unchanged, RosterItem::Action::Error};

} // namespace

RosterReviewPanel::RosterReviewPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new RosterReviewModel(this))
    , m_filter(new RosterReviewFilter(this))
    , m_summary(new QLabel(this))
    , m_actions(new QComboBox(this))
    , m_includeShown(new QPushButton(tr("&Include All Shown"), this))
    , m_excludeShown(new QPushButton(tr("E&xclude All Shown"), this))
    , m_table(new QTableView(this))
{
    m_filter->setSourceModel(m_model);
    m_summary->setObjectName(QStringLiteral("rosterSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Summary of the plan"));
    m_actions->setObjectName(QStringLiteral("rosterActionFilter"));
    m_actions->setAccessibleName(tr("Show the items of one action"));
    m_includeShown->setObjectName(QStringLiteral("rosterIncludeShown"));
    m_includeShown->setAccessibleName(tr("Include every item shown"));
    m_excludeShown->setObjectName(QStringLiteral("rosterExcludeShown"));
    m_excludeShown->setAccessibleName(tr("Exclude every item shown"));

    m_table->setObjectName(QStringLiteral("rosterReview"));
    m_table->setAccessibleName(tr("Plan of the roster sync"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    for (int column : {RosterReviewModel::IncludeColumn, RosterReviewModel::ActionColumn,
                       RosterReviewModel::RowColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    auto *showLabel = new QLabel(tr("Sho&w:"), this);
    showLabel->setBuddy(m_actions);
    auto *bar = new QHBoxLayout;
    bar->addWidget(showLabel);
    bar->addWidget(m_actions);
    bar->addStretch(1);
    bar->addWidget(m_includeShown);
    bar->addWidget(m_excludeShown);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_actions, &QComboBox::activated, this,
            [this] { showAction(m_actions->currentData().toString()); });
    connect(m_includeShown, &QPushButton::clicked, this, [this] { includeShown(true); });
    connect(m_excludeShown, &QPushButton::clicked, this, [this] { includeShown(false); });
    connect(m_model, &RosterReviewModel::includedChanged, this, [this] {
        updateSummary();
        Q_EMIT includedChanged();
    });
    fillActionFilter();
    updateSummary();
}

void RosterReviewPanel::setPlan(const RosterPlan &plan)
{
    m_model->setPlan(plan);
    fillActionFilter();
    showAction({});
    m_table->resizeColumnsToContents();
    // A long reason or name should not push Before and After out of sight: the tooltip has all.
    const int widest = qMax(160, m_table->viewport()->width() / 5);
    for (int column : {RosterReviewModel::StatusColumn, RosterReviewModel::AgentColumn,
                       RosterReviewModel::BeforeColumn, RosterReviewModel::AfterColumn})
        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), widest));
}

void RosterReviewPanel::setEditable(bool editable)
{
    m_model->setEditable(editable);
    m_includeShown->setEnabled(editable);
    m_excludeShown->setEnabled(editable);
}

void RosterReviewPanel::fillActionFilter()
{
    const QString current = m_actions->currentData().toString();
    m_actions->clear();
    m_actions->addItem(tr("All items (%1)").arg(m_model->count()), QString());
    for (const RosterItem::Action action : Actions) {
        const QString name = RosterItem::actionName(action);
        const int count = m_model->count(name);
        if (count > 0)
            m_actions->addItem(tr("%1 (%2)").arg(RosterReviewModel::actionText(action)).arg(count),
                               name);
    }
    m_actions->setCurrentIndex(qMax(0, m_actions->findData(current)));
}

void RosterReviewPanel::showAction(const QString &actionName)
{
    std::optional<RosterItem::Action> shown;
    for (const RosterItem::Action action : Actions)
        if (RosterItem::actionName(action) == actionName)
            shown = action;
    m_filter->setAction(shown);
    m_actions->setCurrentIndex(qMax(0, m_actions->findData(shown ? actionName : QString())));
}

void RosterReviewPanel::includeShown(bool included)
{
    if (!m_model->isEditable())
        return;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        m_model->setIncluded(m_filter->mapToSource(m_filter->index(row, 0)).row(), included);
}

QString RosterReviewPanel::summary() const
{
    return m_summary->text();
}

void RosterReviewPanel::updateSummary()
{
    if (m_model->rowCount() == 0) {
        m_summary->setText(tr("No plan yet: choose a roster, then Plan."));
        return;
    }
    const RosterPlan plan = m_model->plan();
    const int excluded =
        int(std::count_if(plan.items.cbegin(), plan.items.cend(), [](const RosterItem &item) {
            return !item.included && RosterReviewModel::isSendableAction(item.action);
        }));
    const QString sentence = RosterReviewModel::summarySentence(plan.summary());
    m_summary->setText(excluded == 0
                           ? tr("%1.").arg(sentence)
                           : tr("%1; %n excluded, not sent.", nullptr, excluded).arg(sentence));
}

} // namespace signtraker::ui
