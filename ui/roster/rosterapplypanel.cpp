// SPDX-License-Identifier: Apache-2.0
#include "rosterapplypanel.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace signtraker::ui {

RosterApplyPanel::RosterApplyPanel(QWidget *parent)
    : QWidget(parent)
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_pausePanel(new QWidget(this))
    , m_resume(new QPushButton(tr("Res&ume"), m_pausePanel))
    , m_stop(new QPushButton(tr("St&op"), m_pausePanel))
    , m_journalRow(new QWidget(this))
    , m_journal(new QLabel(m_journalRow))
    , m_export(new QPushButton(tr("Export &Journal as CSV…"), m_journalRow))
    , m_revert(new QPushButton(tr("Revert T&his Run…"), this))
{
    m_progress->setObjectName(QStringLiteral("rosterProgress"));
    m_progress->setAccessibleName(tr("Progress of the roster sync"));
    m_status->setObjectName(QStringLiteral("rosterRunStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("State of the roster sync"));
    m_resume->setObjectName(QStringLiteral("rosterResume"));
    m_resume->setAccessibleName(tr("Resume sending"));
    m_stop->setObjectName(QStringLiteral("rosterStop"));
    m_stop->setAccessibleName(tr("Stop sending"));
    m_journal->setObjectName(QStringLiteral("rosterJournalPath"));
    m_journal->setTextFormat(Qt::PlainText);
    m_journal->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_journal->setAccessibleName(tr("Journal file"));
    m_export->setObjectName(QStringLiteral("rosterExportJournal"));
    m_export->setAccessibleName(tr("Export the journal as CSV"));
    m_revert->setObjectName(QStringLiteral("rosterRevert"));
    m_revert->setAccessibleName(tr("Revert this run"));
    m_revert->setToolTip(tr("Undo what this run changed, as far as the service allows: patches "
                            "inverted, activations inverted, created agents deactivated."));

    auto *pause = new QHBoxLayout(m_pausePanel);
    pause->setContentsMargins(0, 0, 0, 0);
    pause->addStretch(1);
    pause->addWidget(m_resume);
    pause->addWidget(m_stop);
    auto *journal = new QHBoxLayout(m_journalRow);
    journal->setContentsMargins(0, 0, 0, 0);
    journal->addWidget(m_journal, 1);
    journal->addWidget(m_export);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_pausePanel);
    bottom->addWidget(m_revert);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addLayout(bottom);
    layout->addWidget(m_journalRow);

    m_pausePanel->hide();
    m_journalRow->hide();
    m_revert->setEnabled(false);
    hideProgress();
}

void RosterApplyPanel::hideProgress()
{
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->hide();
}

void RosterApplyPanel::setProgress(int settled, int total)
{
    m_progress->setRange(0, qMax(total, 0));
    m_progress->setValue(qBound(0, settled, qMax(total, 0)));
    m_progress->show();
}

void RosterApplyPanel::setStatus(const QString &text)
{
    m_status->setText(text);
}

void RosterApplyPanel::setPaused(bool paused)
{
    m_pausePanel->setVisible(paused);
}

void RosterApplyPanel::setJournalPath(const QString &path)
{
    m_journalRow->setVisible(!path.isEmpty());
    m_journal->setText(path.isEmpty() ? QString()
                                      : tr("Journal: %1").arg(QDir::toNativeSeparators(path)));
}

void RosterApplyPanel::setRevertEnabled(bool enabled)
{
    m_revert->setEnabled(enabled);
}

} // namespace signtraker::ui
