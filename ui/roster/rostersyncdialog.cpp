// SPDX-License-Identifier: Apache-2.0
#include "rostersyncdialog.h"

#include "dialogs.h"
#include "errorbanner.h"
#include "rosterapplypanel.h"
#include "rostermappingstore.h"
#include "rostermappingview.h"
#include "rosteroptionspanel.h"
#include "rosterreviewmodel.h"
#include "rosterreviewpanel.h"
#include "rostersourcepanel.h"

#include "apierror.h"
#include "changelog.h"
#include "mergepatch.h"
#include "rosterapplier.h"
#include "rosterfile.h"
#include "rosterjournal.h"
#include "rostermapping.h"
#include "rosterplanner.h"
#include "signtrakerclient.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace signtraker::ui {

RosterSyncDialog::RosterSyncDialog(SignTrakerClient *client, Dialogs *dialogs, QSettings *settings,
                                   const QString &profileName, ChangeLog *log, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_dialogs(dialogs)
    , m_settings(settings)
    , m_profile(profileName)
    , m_log(log)
    , m_banner(new ErrorBanner(this))
    , m_pages(new QStackedWidget(this))
    , m_planProgress(new QProgressBar(this))
    , m_back(new QPushButton(tr("Bac&k"), this))
    , m_plan(new QPushButton(tr("&Plan"), this))
    , m_cancel(new QPushButton(tr("Ca&ncel"), this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("rosterSyncDialog"));
    setWindowTitle(tr("Sync Roster"));
    setAccessibleName(tr("Sync roster"));
    m_banner->hide();
    m_pages->addWidget(buildSetupPage());
    m_pages->addWidget(buildReviewPage());

    m_planProgress->setObjectName(QStringLiteral("rosterPlanProgress"));
    m_planProgress->setAccessibleName(tr("Progress of the plan"));
    m_planProgress->hide();
    m_back->setObjectName(QStringLiteral("rosterBack"));
    m_back->setAccessibleName(tr("Back to the roster and its options"));
    m_plan->setObjectName(QStringLiteral("rosterPlan"));
    m_plan->setAccessibleName(tr("Plan the sync"));
    m_plan->setToolTip(tr("Read the tenant and compare it with the roster; nothing is sent."));
    m_cancel->setObjectName(QStringLiteral("rosterCancel"));
    m_cancel->setAccessibleName(tr("Cancel the plan or the run"));
    m_apply->setObjectName(QStringLiteral("rosterApply"));
    m_apply->setAccessibleName(tr("Apply the included items"));
    m_close->setObjectName(QStringLiteral("rosterClose"));
    m_close->setAccessibleName(tr("Close"));
    m_plan->setDefault(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_planProgress, 1);
    buttons->addStretch();
    for (QPushButton *button : {m_back, m_plan, m_cancel, m_apply, m_close})
        buttons->addWidget(button);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    connect(m_back, &QPushButton::clicked, this, &RosterSyncDialog::backToRoster);
    connect(m_plan, &QPushButton::clicked, this, &RosterSyncDialog::plan);
    connect(m_cancel, &QPushButton::clicked, this, &RosterSyncDialog::cancelPlan);
    connect(m_apply, &QPushButton::clicked, this, &RosterSyncDialog::apply);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    resize(980, 640);
    updateButtons();
}

RosterSyncDialog::~RosterSyncDialog()
{
    // A run still sending ends here; what it did is in the journal, for a resume.
    if (m_applier)
        m_applier->cancel();
}

QWidget *RosterSyncDialog::buildSetupPage()
{
    auto *page = new QWidget(m_pages);
    m_source = new RosterSourcePanel(m_dialogs, page);
    m_mapping = new RosterMappingView(m_dialogs, page);
    m_options = new RosterOptionsPanel(page);
    auto *rosterBox = new QGroupBox(tr("Roster"), page);
    (new QVBoxLayout(rosterBox))->addWidget(m_source);
    auto *columnsBox = new QGroupBox(tr("Columns"), page);
    (new QVBoxLayout(columnsBox))->addWidget(m_mapping);
    auto *optionsBox = new QGroupBox(tr("Options"), page);
    (new QVBoxLayout(optionsBox))->addWidget(m_options);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(rosterBox);
    layout->addWidget(columnsBox, 1);
    layout->addWidget(optionsBox);

    connect(m_source, &RosterSourcePanel::fileRead, this, &RosterSyncDialog::onFileRead);
    connect(m_source, &RosterSourcePanel::readFailed, this, [this](const QString &message) {
        m_mapping->setColumns({}, {}, RosterMapping());
        m_banner->setRetryVisible(false);
        m_banner->showMessage(message);
        updateButtons();
    });
    connect(m_mapping, &RosterMappingView::mappingChanged, this,
            &RosterSyncDialog::onMappingChanged);
    connect(m_mapping, &RosterMappingView::loadFailed, this, [this](const QString &message) {
        m_banner->setRetryVisible(false);
        m_banner->showMessage(message);
    });
    return page;
}

QWidget *RosterSyncDialog::buildReviewPage()
{
    auto *page = new QWidget(m_pages);
    m_review = new RosterReviewPanel(page);
    m_run = new RosterApplyPanel(page);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_review, 1);
    layout->addWidget(m_run);
    connect(m_review, &RosterReviewPanel::includedChanged, this, &RosterSyncDialog::updateButtons);
    connect(m_run->exportJournalButton(), &QPushButton::clicked, this,
            &RosterSyncDialog::exportJournal);
    connect(m_run->revertButton(), &QPushButton::clicked, this, &RosterSyncDialog::revert);
    connect(m_run->resumeButton(), &QPushButton::clicked, this, [this] {
        if (m_applier) {
            m_run->setPaused(false);
            m_run->setStatus(tr("Sending again…"));
            m_applier->resume();
        }
    });
    connect(m_run->stopButton(), &QPushButton::clicked, this, [this] {
        if (m_applier) {
            m_run->setPaused(false);
            m_applier->stop();
        }
    });
    return page;
}

RosterApplier *RosterSyncDialog::applier() const
{
    return m_applier;
}

bool RosterSyncDialog::isReviewing() const
{
    return m_pages->currentIndex() == 1;
}

void RosterSyncDialog::openRoster(const QString &fileName)
{
    m_source->setFileName(fileName);
}

void RosterSyncDialog::onFileRead()
{
    m_banner->clear();
    const RosterFile &file = m_source->file();
    RosterMapping mapping = RosterMapping::fromHeaders(file.headers());
    // Next month's roster may have a column more or less: what the profile remembers applies to
    // the columns it names, the others keep what their header says.
    const QJsonObject saved = RosterMappingStore(m_settings).load(m_profile);
    const QStringList known = RosterMapping::knownPaths();
    for (int column = 0; column < file.headers().size(); ++column) {
        const QJsonValue path = saved.value(file.headers().at(column));
        if (path.isString() && (path.toString().isEmpty() || known.contains(path.toString())))
            mapping.setPath(column, path.toString());
    }
    const QStringList example = file.rows().isEmpty() ? QStringList() : file.rows().first().cells;
    m_mapping->setColumns(file.headers(), example, mapping);
    offerResume();
    updateButtons();
}

void RosterSyncDialog::onMappingChanged()
{
    // Every column, an ignored one as "": a column the person chose to ignore stays ignored.
    const RosterMapping mapping = m_mapping->mapping();
    QJsonObject remembered;
    for (int column = 0; column < mapping.columnCount(); ++column)
        remembered.insert(mapping.headers().at(column), mapping.pathFor(column));
    if (!RosterMappingStore(m_settings).save(m_profile, remembered) && m_settings)
        m_banner->showMessage(tr("The column mapping could not be remembered: the settings file "
                                 "could not be written."),
                              {}, ErrorBanner::Severity::Warning);
    updateButtons();
}

void RosterSyncDialog::offerResume()
{
    m_resume = false;
    m_journalPath = RosterJournal::defaultPathFor(m_source->bytes(), m_profile);
    if (!QFileInfo::exists(m_journalPath))
        return;
    RosterJournal previous;
    if (!previous.open(m_journalPath) || !previous.isUnfinished())
        return;
    const int done = int(previous.doneKeys().size());
    QPointer<RosterSyncDialog> self(this);
    const QByteArray bytes = m_source->bytes();
    m_dialogs->question(
        this, tr("Resume Roster Sync"),
        tr("A sync of this roster stopped before it finished (items done: %n). Resume it?", nullptr,
           done),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes,
        [self, bytes](QMessageBox::StandardButton answer) {
            // Answered for another file, it would resume the wrong journal.
            if (self && self->m_source->bytes() == bytes)
                self->m_resume = answer == QMessageBox::Yes;
        },
        tr("Items already done are not sent again. No starts a new run: the next plan compares "
           "the roster with the tenant as it is now."));
}

void RosterSyncDialog::plan()
{
    if (!m_client || !m_source->hasFile() || m_planner)
        return;
    m_banner->clear();
    auto *planner = new RosterPlanner(m_client, this);
    m_planner = planner;
    connect(planner, &RosterPlanner::progressChanged, this, [this](int read, int total) {
        m_planProgress->setRange(0, qMax(total, 0));
        m_planProgress->setValue(qMin(read, qMax(total, read)));
        m_planProgress->setFormat(tr("Reading agents: %1 of about %2").arg(read).arg(total));
    });
    connect(planner, &RosterPlanner::planned, this, &RosterSyncDialog::onPlanned);
    connect(planner, &RosterPlanner::failed, this, &RosterSyncDialog::onPlanFailed);
    m_planProgress->setRange(0, 0);
    m_planProgress->setFormat(tr("Reading agents…"));
    m_planProgress->show();
    planner->plan(m_source->file(), m_mapping->mapping(), m_options->options());
    updateButtons();
}

void RosterSyncDialog::cancelPlan()
{
    if (m_planner) {
        m_planner->cancel();
        m_planner->deleteLater();
        m_planner = nullptr;
        m_planProgress->hide();
    } else if (m_running) {
        m_applier->cancel();
    }
    updateButtons();
}

void RosterSyncDialog::onPlanned(const RosterPlan &plan)
{
    if (m_planner)
        m_planner->deleteLater();
    m_planner = nullptr;
    m_planProgress->hide();
    RosterPlan shown = plan;
    if (m_resume) {
        RosterJournal previous;
        if (previous.open(m_journalPath)) {
            const auto done = previous.doneKeys();
            for (RosterItem &item : shown.items) {
                if (done.contains(item.key())) {
                    item.status = RosterItem::Status::Done;
                    item.included = false;
                }
            }
        }
    }
    m_applied = false;
    m_reverting = false;
    m_review->setPlan(shown);
    m_review->setEditable(true);
    m_run->hideProgress();
    m_run->setStatus(tr("Nothing has been sent. Review the items, then Apply."));
    m_run->setJournalPath({});
    m_run->setRevertEnabled(false);
    m_pages->setCurrentIndex(1);
    updateButtons();
    Q_EMIT planReady();
}

void RosterSyncDialog::onPlanFailed(const ApiError &error)
{
    if (m_planner)
        m_planner->deleteLater();
    m_planner = nullptr;
    m_planProgress->hide();
    m_banner->setRetryVisible(false);
    m_banner->showError(error, tr("Planning the sync"));
    updateButtons();
}

void RosterSyncDialog::backToRoster()
{
    if (m_running)
        return;
    m_pages->setCurrentIndex(0);
    updateButtons();
}

} // namespace signtraker::ui
