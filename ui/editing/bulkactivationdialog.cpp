// SPDX-License-Identifier: Apache-2.0
#include "bulkactivationdialog.h"

#include "bulkrunner.h"
#include "celltext.h"
#include "referencepicker.h"

#include "agent.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace signtraker::ui {

namespace {

using Kind = BulkRunner::Item::Kind;
using Outcome = BulkRunner::Outcome;

Kind kindOf(const BulkRunner *run)
{
    return run->items().isEmpty() ? Kind::Activate : run->items().first().kind;
}

QString valueText(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    if (object.contains(QStringLiteral("Id")))
        return ReferencePicker::displayText(object.value(QStringLiteral("Id")).toInteger(),
                                            object.value(QStringLiteral("Name")).toString());
    return CellText::of(value);
}

} // namespace

BulkActivationDialog::BulkActivationDialog(BulkRunner *run, QWidget *parent)
    : QDialog(parent)
    , m_run(run)
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_pausePanel(new QWidget(this))
    , m_table(new QTableWidget(run->total(), 2, this))
{
    setObjectName(QStringLiteral("bulkActivationDialog"));
    switch (kindOf(run)) {
    case Kind::Activate:
        setWindowTitle(tr("Activating agents"));
        break;
    case Kind::Deactivate:
        setWindowTitle(tr("Deactivating agents"));
        break;
    case Kind::Patch:
        setWindowTitle(tr("Updating agents"));
        break;
    case Kind::Read:
        setWindowTitle(tr("Reading agents"));
        break;
    case Kind::Create:
        setWindowTitle(tr("Creating agents"));
        break;
    }
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText); // the service's messages are shown as they are
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setRange(0, run->total());
    m_table->setObjectName(QStringLiteral("results"));
    m_table->setAccessibleName(tr("Results"));
    m_table->setHorizontalHeaderLabels({tr("Agent"), tr("Result")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int index = 0; index < run->total(); ++index)
        updateRow(index);

    m_pausePanel->setObjectName(QStringLiteral("pausePanel"));
    auto *pauseText = new QLabel(
        tr("%n requests in a row failed with a server or network error: the service may be "
           "down. Nothing more is sent until you choose.",
           nullptr, BulkRunner::ServerErrorsBeforePause),
        m_pausePanel);
    pauseText->setWordWrap(true);
    m_continue = new QPushButton(tr("Continue"), m_pausePanel);
    m_continue->setObjectName(QStringLiteral("continue"));
    m_stop = new QPushButton(tr("Stop"), m_pausePanel);
    m_stop->setObjectName(QStringLiteral("stop"));
    auto *pauseLayout = new QHBoxLayout(m_pausePanel);
    pauseLayout->setContentsMargins(0, 0, 0, 0);
    pauseLayout->addWidget(pauseText, 1);
    pauseLayout->addWidget(m_continue);
    pauseLayout->addWidget(m_stop);
    connect(m_continue, &QPushButton::clicked, run, &BulkRunner::resume);
    connect(m_stop, &QPushButton::clicked, run, &BulkRunner::stop);

    auto *buttons = new QDialogButtonBox(this);
    m_retry = buttons->addButton(tr("Retry failed"), QDialogButtonBox::ActionRole);
    m_retry->setObjectName(QStringLiteral("retryFailed"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("close"));
    connect(m_retry, &QPushButton::clicked, run, &BulkRunner::retryFailed);
    connect(m_cancel, &QPushButton::clicked, run, &BulkRunner::cancel);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    connect(run, &BulkRunner::itemChanged, this, &BulkActivationDialog::updateRow);
    connect(run, &BulkRunner::progressChanged, this, &BulkActivationDialog::updateProgress);
    connect(run, &BulkRunner::paused, this, &BulkActivationDialog::updateProgress);
    connect(run, &BulkRunner::resumed, this, &BulkActivationDialog::updateProgress);
    connect(run, &BulkRunner::finished, this, &BulkActivationDialog::updateProgress);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_pausePanel);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(560, 440);
    updateProgress();
}

QString BulkActivationDialog::doneText() const
{
    switch (kindOf(m_run)) {
    case Kind::Activate:
        return tr("Activated");
    case Kind::Deactivate:
        return tr("Deactivated");
    case Kind::Patch:
        return tr("Updated");
    case Kind::Read:
        return tr("Read");
    case Kind::Create:
        return tr("Created");
    }
    return {};
}

QString BulkActivationDialog::resultText(int index) const
{
    const BulkRunner::Result &result = m_run->results().at(index);
    switch (result.outcome) {
    case Outcome::Waiting:
        return tr("Waiting");
    case Outcome::Sending:
        return tr("Sending…");
    case Outcome::Done:
        return doneText();
    case Outcome::Failed:
        return tr("Failed: %1").arg(result.error.userMessage());
    case Outcome::Cancelled:
        return tr("Cancelled while sending: it may have been applied");
    case Outcome::NotAttempted:
        return tr("Not attempted");
    case Outcome::Conflict: {
        const Agent server(result.payload.toObject());
        QStringList members;
        for (const QString &path : result.conflicts)
            members.append(tr("%1 is now %2").arg(path, valueText(server.value(path))));
        return tr("Not changed: someone changed it on the service since it was selected (%1)")
            .arg(members.join(QLatin1String("; ")));
    }
    }
    return {};
}

void BulkActivationDialog::updateRow(int index)
{
    const BulkRunner::Item &item = m_run->items().at(index);
    auto setText = [this, index](int column, const QString &text) {
        QTableWidgetItem *cell = m_table->item(index, column);
        if (!cell) {
            cell = new QTableWidgetItem;
            m_table->setItem(index, column, cell);
        }
        cell->setText(text);
    };
    setText(0, tr("%1 (%2)").arg(item.label).arg(item.id));
    setText(1, resultText(index));
}

void BulkActivationDialog::updateProgress()
{
    m_progress->setValue(m_run->settledCount());
    const bool active = m_run->isActive();
    const bool paused = m_run->state() == BulkRunner::State::Paused;
    const int retryable = m_run->count(Outcome::Failed) + m_run->count(Outcome::Cancelled) +
                          m_run->count(Outcome::NotAttempted);
    m_pausePanel->setVisible(paused);
    m_cancel->setEnabled(active);
    m_retry->setEnabled(!active && retryable > 0);
    m_close->setEnabled(!active);
    m_summary->setText(summary());
}

QString BulkActivationDialog::summary() const
{
    switch (m_run->state()) {
    case BulkRunner::State::Idle:
    case BulkRunner::State::Running:
    case BulkRunner::State::Stopping:
        return tr("%1 of %2 done…").arg(m_run->settledCount()).arg(m_run->total());
    case BulkRunner::State::Paused:
        return tr("Paused: %1 of %2 done.").arg(m_run->settledCount()).arg(m_run->total());
    case BulkRunner::State::Finished:
        break;
    }
    const int succeeded = m_run->count(Outcome::Done);
    const int failed = m_run->count(Outcome::Failed);
    const int notAttempted = m_run->count(Outcome::NotAttempted);
    const int cancelled = m_run->count(Outcome::Cancelled);
    const int conflicts = m_run->count(Outcome::Conflict);
    QString counts =
        cancelled > 0 ? tr("%1 succeeded, %2 failed, %3 cancelled while sending, %4 not attempted.")
                            .arg(succeeded)
                            .arg(failed)
                            .arg(cancelled)
                            .arg(notAttempted)
                      : tr("%1 succeeded, %2 failed, %3 not attempted.")
                            .arg(succeeded)
                            .arg(failed)
                            .arg(notAttempted);
    if (conflicts > 0) {
        counts = QStringLiteral("%1\n%2").arg(
            counts, tr("%n not changed, because someone changed them on the service since they "
                       "were selected.",
                       nullptr, conflicts));
    }
    if (m_run->stopReason() == BulkRunner::StopReason::Authentication) {
        return tr("Stopped at the first authentication error, so nothing more was sent: %1\n%2")
            .arg(m_run->stopError().userMessage(), counts);
    }
    return counts;
}

} // namespace signtraker::ui
