#include "bulkactivationdialog.h"

#include "bulkactivation.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace signtraker::ui {

BulkActivationDialog::BulkActivationDialog(BulkActivation *run, QWidget *parent)
    : QDialog(parent)
    , m_run(run)
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_table(new QTableWidget(int(run->items().size()), 2, this))
{
    const bool activate = run->action() == BulkActivation::Action::Activate;
    setObjectName(QStringLiteral("bulkActivationDialog"));
    setWindowTitle(activate ? tr("Activating agents") : tr("Deactivating agents"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setRange(0, run->total());
    m_table->setObjectName(QStringLiteral("results"));
    m_table->setAccessibleName(tr("Results"));
    m_table->setHorizontalHeaderLabels({tr("Agent"), tr("Result")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int index = 0; index < run->items().size(); ++index)
        updateRow(index);

    auto *buttons = new QDialogButtonBox(this);
    m_retry = buttons->addButton(tr("Retry failed"), QDialogButtonBox::ActionRole);
    m_retry->setObjectName(QStringLiteral("retryFailed"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("close"));
    connect(m_retry, &QPushButton::clicked, run, &BulkActivation::retryFailed);
    connect(m_cancel, &QPushButton::clicked, run, &BulkActivation::cancel);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    connect(run, &BulkActivation::itemChanged, this, &BulkActivationDialog::updateRow);
    connect(run, &BulkActivation::progressChanged, this, &BulkActivationDialog::updateProgress);
    connect(run, &BulkActivation::finished, this, &BulkActivationDialog::updateProgress);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(520, 420);
    updateProgress();
}

void BulkActivationDialog::updateRow(int index)
{
    const BulkActivation::Item &item = m_run->items().at(index);
    QString result;
    switch (item.outcome) {
    case BulkActivation::Outcome::Pending:
        result = tr("Waiting");
        break;
    case BulkActivation::Outcome::Running:
        result = tr("Sending…");
        break;
    case BulkActivation::Outcome::Succeeded:
        result = m_run->action() == BulkActivation::Action::Activate ? tr("Activated")
                                                                     : tr("Deactivated");
        break;
    case BulkActivation::Outcome::Failed:
        result = tr("Failed: %1").arg(item.error.userMessage());
        break;
    case BulkActivation::Outcome::Cancelled:
        result = tr("Cancelled");
        break;
    }
    auto setText = [this, index](int column, const QString &text) {
        QTableWidgetItem *cell = m_table->item(index, column);
        if (!cell) {
            cell = new QTableWidgetItem;
            m_table->setItem(index, column, cell);
        }
        cell->setText(text);
    };
    setText(0, QStringLiteral("%1 (%2)").arg(item.name).arg(item.id));
    setText(1, result);
}

void BulkActivationDialog::updateProgress()
{
    m_progress->setValue(m_run->doneCount());
    const bool running = m_run->isRunning();
    const int failed = m_run->count(BulkActivation::Outcome::Failed) +
                       m_run->count(BulkActivation::Outcome::Cancelled);
    m_cancel->setEnabled(running);
    m_retry->setEnabled(!running && failed > 0);
    m_close->setEnabled(!running);
    m_summary->setText(summary());
}

QString BulkActivationDialog::summary() const
{
    const int succeeded = m_run->count(BulkActivation::Outcome::Succeeded);
    const int failed = m_run->count(BulkActivation::Outcome::Failed);
    const int cancelled = m_run->count(BulkActivation::Outcome::Cancelled);
    if (m_run->isRunning())
        return tr("%1 of %2 done…").arg(m_run->doneCount()).arg(m_run->total());
    QString text = tr("%n succeeded", nullptr, succeeded);
    if (failed > 0)
        text += tr(", %n failed", nullptr, failed);
    if (cancelled > 0)
        text += tr(", %n cancelled", nullptr, cancelled);
    return text + QLatin1Char('.');
}

} // namespace signtraker::ui
