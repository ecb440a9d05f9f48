// SPDX-License-Identifier: Apache-2.0
#include "localcopyarea.h"

#include "agentfilterbar.h"
#include "agentscontroller.h"
#include "agentstablemodel.h"
#include "bulkrunner.h"
#include "dialogs.h"
#include "icons.h"
#include "localcopy.h"
#include "mainwindow.h"
#include "pagingbar.h"
#include "qualitydock.h"
#include "qualityreport.h"
#include "statuscolors.h"

#include "agent.h"

#include <QAction>
#include <QActionGroup>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

namespace signtraker::ui {

namespace {
namespace Keys {
const QString UseLocal = QStringLiteral("localCopy/useLocal");
const QString MaxAge = QStringLiteral("localCopy/maxAgeMinutes");
} // namespace Keys
} // namespace

LocalCopyArea::LocalCopyArea(MainWindow *window, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_settings(settings)
{
    if (m_settings) {
        m_source.setUseLocal(m_settings->value(Keys::UseLocal, true).toBool());
        m_maxAgeMinutes =
            std::max(1, m_settings->value(Keys::MaxAge, DefaultMaxAgeMinutes).toInt());
    }
    m_dock = new QualityDock(window);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();
    connect(m_dock, &QualityDock::agentsChosen, this, &LocalCopyArea::showAgents);
    connect(m_dock, &QualityDock::fixRequested, this, &LocalCopyArea::applyFix);
    buildActions();

    m_status = new QLabel(window->statusBar());
    m_status->setObjectName(QStringLiteral("localCopyStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar(window->statusBar());
    m_progress->setObjectName(QStringLiteral("localCopyProgress"));
    m_progress->setMaximumWidth(120);
    m_progress->setMaximumHeight(window->statusBar()->fontMetrics().height());
    m_progress->setAccessibleName(tr("Reading the local copy"));
    m_progress->setVisible(false);
    window->statusBar()->addPermanentWidget(m_status);
    window->statusBar()->addPermanentWidget(m_progress);

    AgentsController *controller = window->controller();
    controller->setLocalSource(&m_source);
    connect(controller, &AgentsController::pageLoaded, this, &LocalCopyArea::updateCounts);
    connect(controller, &AgentsController::sourceChanged, this, &LocalCopyArea::updateStatus);
    connect(controller, &AgentsController::pageLoaded, this, &LocalCopyArea::updateStatus);
    connect(window, &MainWindow::profileSwitching, this,
            [this](SignTrakerClient *, const QString &profile) { openCopy(profile); });

    // While the window is open the age is shown, and a stale copy refreshed.
    m_ageTimer = new QTimer(this);
    m_ageTimer->setInterval(AgeCheckMs);
    connect(m_ageTimer, &QTimer::timeout, this, &LocalCopyArea::checkAge);
    m_ageTimer->start();

    openCopy(window->profileName());
    // The page the window loaded before this area existed came from the service.
    if (m_source.answers())
        controller->refresh();
    QTimer::singleShot(0, this, &LocalCopyArea::checkAge);
}

LocalCopyArea::~LocalCopyArea()
{
    if (m_window)
        m_window->controller()->setLocalSource(nullptr);
}

void LocalCopyArea::buildActions()
{
    m_menu = new QMenu(tr("Local &Copy"), m_window);
    m_menu->setObjectName(QStringLiteral("localCopyMenu"));
    auto *group = new QActionGroup(this);
    m_local = m_menu->addAction(tr("Use the &Local Copy"));
    m_local->setObjectName(QStringLiteral("useLocalCopyAction"));
    m_local->setToolTip(tr("Answer the table from the local copy: exact totals, no waiting"));
    m_live = m_menu->addAction(tr("&Live from the Service"));
    m_live->setObjectName(QStringLiteral("useLiveAction"));
    m_live->setToolTip(tr("Ask the service for every page, as without a local copy"));
    for (QAction *action : {m_local, m_live}) {
        action->setCheckable(true);
        group->addAction(action);
    }
    (m_source.useLocal() ? m_local : m_live)->setChecked(true);
    connect(m_local, &QAction::triggered, this, [this] { setUseLocal(true); });
    connect(m_live, &QAction::triggered, this, [this] { setUseLocal(false); });
    m_menu->addSeparator();
    m_refresh = m_menu->addAction(Icons::fromTheme(QStringLiteral("view-refresh")),
                                  tr("&Refresh Local Copy"));
    m_refresh->setObjectName(QStringLiteral("refreshLocalCopyAction"));
    m_refresh->setToolTip(tr("Read every agent and office of the tenant into the local copy"));
    connect(m_refresh, &QAction::triggered, this, &LocalCopyArea::refreshCopy);
    m_clear = m_menu->addAction(Icons::fromTheme(QStringLiteral("edit-delete")),
                                tr("C&lear Local Copy…"));
    m_clear->setObjectName(QStringLiteral("clearLocalCopyAction"));
    connect(m_clear, &QAction::triggered, this, &LocalCopyArea::clearCopy);
    m_maxAge = m_menu->addAction(tr("Refresh &When Older Than…"));
    m_maxAge->setObjectName(QStringLiteral("localCopyMaxAgeAction"));
    connect(m_maxAge, &QAction::triggered, this, &LocalCopyArea::askMaxAge);
    m_menu->addSeparator();
    QAction *inbox = m_dock->toggleViewAction();
    inbox->setText(tr("&Data Quality"));
    inbox->setObjectName(QStringLiteral("qualityDockAction"));
    m_menu->addAction(inbox);
    m_window->viewMenu()->addMenu(m_menu);
}

void LocalCopyArea::openCopy(const QString &profile)
{
    if (m_copy) {
        m_copy->cancelRefresh();
        m_copy->disconnect(this);
        m_copy->deleteLater();
    }
    m_profile = profile;
    m_copy = new LocalCopy(LocalCopy::pathForProfile(profile), this);
    m_source.setCopy(m_copy);
    connect(m_copy, &LocalCopy::refreshProgress, this, [this](int rows, int estimated) {
        m_progress->setRange(0, std::max(0, estimated)); // 0: busy, the total is not known yet
        if (estimated > 0)
            m_progress->setValue(std::min(rows, estimated));
        m_progress->setVisible(true);
        updateStatus();
    });
    connect(m_copy, &LocalCopy::refreshed, this, &LocalCopyArea::onCopyRefreshed);
    connect(m_copy, &LocalCopy::refreshFailed, this, [this](const QString &message) {
        m_progress->setVisible(false);
        updateStatus();
        m_window->statusBar()->showMessage(
            tr("The local copy could not be refreshed: %1").arg(message), 10000);
    });
    connect(m_copy, &LocalCopy::changed, this, [this] { m_countsDirty = true; });
    m_countsDirty = true;
    m_dock->setCopyPath(m_copy->exists() ? m_copy->path() : QString());
    m_window->filterBar()->setCounts({}, {});
    updateStatus();
}

void LocalCopyArea::setUseLocal(bool on)
{
    (on ? m_local : m_live)->setChecked(true);
    if (m_source.useLocal() == on)
        return;
    m_source.setUseLocal(on);
    if (m_settings)
        m_settings->setValue(Keys::UseLocal, on);
    sourceChanged();
}

// Another source answers: the page, the total and the counts are read again from it.
void LocalCopyArea::sourceChanged()
{
    m_countsDirty = true;
    m_window->filterBar()->setCounts({}, {});
    m_window->controller()->refresh();
    updateStatus();
}

void LocalCopyArea::setMaxAgeMinutes(int minutes)
{
    m_maxAgeMinutes = std::max(1, minutes);
    if (m_settings)
        m_settings->setValue(Keys::MaxAge, m_maxAgeMinutes);
    checkAge();
}

void LocalCopyArea::askMaxAge()
{
    auto *dialog = new QInputDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Local Copy"));
    dialog->setLabelText(tr("Refresh the local copy when it is older than (minutes):"));
    dialog->setInputMode(QInputDialog::IntInput);
    dialog->setIntRange(1, 24 * 60);
    dialog->setIntValue(m_maxAgeMinutes);
    connect(dialog, &QInputDialog::intValueSelected, this, &LocalCopyArea::setMaxAgeMinutes);
    dialog->open();
}

bool LocalCopyArea::isStale() const
{
    return m_copy && m_copy->exists() &&
           m_copy->asOf().secsTo(m_source.now()) > qint64(m_maxAgeMinutes) * 60;
}

void LocalCopyArea::refreshCopy()
{
    if (!m_copy || !m_window->client() || m_copy->isRefreshing())
        return;
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_copy->refresh(m_window->client());
    updateStatus();
}

void LocalCopyArea::checkAge()
{
    if (isStale() && !m_copy->isRefreshing() && m_window->client())
        refreshCopy();
    updateStatus();
    if (m_window->controller()->isShowingLocal())
        m_window->pagingBar()->updateControls(); // the age in the rows label
}

void LocalCopyArea::onCopyRefreshed()
{
    m_progress->setVisible(false);
    m_dock->setCopyPath(m_copy->path());
    sourceChanged();
    m_window->statusBar()->showMessage(
        tr("The local copy holds %n agents.", nullptr, int(m_copy->rowCount())), 5000);
}

void LocalCopyArea::clearCopy()
{
    if (!m_copy || (!m_copy->exists() && !m_copy->isRefreshing()))
        return;
    QPointer<LocalCopy> copy(m_copy);
    m_window->dialogs()->question(
        m_window, tr("Clear local copy"),
        tr("Delete the local copy of this tenant from this computer? The table then asks the "
           "service again, and Refresh Local Copy makes a new one."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        [this, copy](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes || !copy || copy != m_copy)
                return;
            m_copy->cancelRefresh();
            m_progress->setVisible(false);
            if (!m_copy->clear())
                m_window->statusBar()->showMessage(
                    tr("The local copy could not be deleted: %1").arg(m_copy->lastError()), 10000);
            m_dock->setCopyPath({});
            sourceChanged();
        });
}

void LocalCopyArea::profilesChanged()
{
    // The profile was removed with its copy: what the window holds open is gone too.
    if (m_copy && !QFile::exists(m_copy->path()) && !m_copy->isRefreshing())
        openCopy(m_profile);
    if (m_window->controller()->isShowingLocal() && !m_source.answers())
        sourceChanged();
}

void LocalCopyArea::updateStatus()
{
    QString text;
    bool warn = false;
    const bool refreshing = m_copy && m_copy->isRefreshing();
    const bool exists = m_copy && m_copy->exists();
    const QString age = m_source.ageText();
    const QString problem = m_window->controller()->localProblem();
    if (!exists) {
        text = refreshing ? tr("Live; reading the local copy…") : tr("Live; no local copy");
    } else if (!m_source.useLocal()) {
        text = tr("Live; local copy %1 old").arg(age);
    } else if (!problem.isEmpty()) {
        text = tr("Live for this filter; the local copy cannot answer it");
        warn = true;
    } else if (isStale()) {
        text = refreshing ? tr("Local copy %1 old, out of date: refreshing…").arg(age)
                          : tr("Local copy %1 old, out of date").arg(age);
        warn = true;
    } else {
        text = refreshing ? tr("Local copy %1 old; refreshing…").arg(age)
                          : tr("Local copy %1 old").arg(age);
    }
    m_status->setText(text);
    m_status->setToolTip(problem.isEmpty() ? (exists ? m_copy->path() : QString()) : problem);
    if (warn)
        StatusColors::setText(m_status, StatusColors::Status::Warning);
    else
        m_status->setPalette(m_window->statusBar()->palette());
    m_clear->setEnabled(exists || refreshing);
    m_refresh->setEnabled(m_window->client() && !refreshing);
}

// The counts in the filter lists: only read again when the filters or the copy changed, not on
// a page turn or a sort.
void LocalCopyArea::updateCounts()
{
    if (!m_window->controller()->isShowingLocal()) {
        if (!m_countsKey.isEmpty())
            m_window->filterBar()->setCounts({}, {});
        m_countsKey.clear();
        return;
    }
    AgentQuery q = m_window->controller()->query();
    q.pageIndex = 0;
    q.sortColumn.reset();
    const LocalQuery local = LocalAgentsSource::toLocalQuery(q, false);
    const QString key =
        local.filter + u'\n' + local.search + u'\n' + QString::number(qHash(local.ids));
    if (key == m_countsKey && !m_countsDirty)
        return;
    m_countsKey = key;
    m_countsDirty = false;
    m_window->filterBar()->setCounts(m_source.countsByOffice(q), m_source.countsByInactive(q));
}

void LocalCopyArea::recordSaved(const QJsonObject &record)
{
    if (!m_copy || !m_copy->exists() || Agent(record).id() == 0)
        return;
    m_copy->updateRecord(record);
    m_countsDirty = true;
    m_dock->recheck();
}

void LocalCopyArea::activeChanged(qint64 id, bool isInactive)
{
    if (!m_copy || !m_copy->exists())
        return;
    m_copy->updateInactive(id, isInactive);
    m_countsDirty = true;
    m_dock->recheck();
}

void LocalCopyArea::showAgents(const QList<qint64> &ids, const QString &label)
{
    AgentQuery q = m_window->query();
    q.ids = ids;
    q.idsLabel = label;
    q.pageIndex = 0;
    m_window->setQuery(q);
}

// The fix goes as checked patches (QualityReport::fixItems), never over a change made on the
// service since the copy was read.
BulkRunner *LocalCopyArea::applyFix(const QualityFinding &finding)
{
    SignTrakerClient *client = m_window->client();
    if (!client || !m_copy)
        return nullptr;
    const QList<BulkRunner::Item> items = QualityReport::fixItems(finding, *m_copy);
    if (items.isEmpty())
        return nullptr;
    auto *run = new BulkRunner(client, items, BulkRunner::DefaultMaxInFlight, this);
    connect(run, &BulkRunner::itemChanged, this, [this, run](int index) {
        const BulkRunner::Result &result = run->results().at(index);
        const QString name = run->items().at(index).label;
        if (result.outcome == BulkRunner::Outcome::Done && result.payload.isObject()) {
            const QJsonObject record = result.payload.toObject();
            m_window->model()->updateRecord(record);
            recordSaved(record);
            m_window->statusBar()->showMessage(tr("Fixed %1.").arg(name), 10000);
        } else if (result.outcome == BulkRunner::Outcome::Conflict) {
            m_window->statusBar()->showMessage(
                tr("%1 was changed on the service since the local copy was read; nothing was "
                   "written. Refresh the local copy and look again.")
                    .arg(name),
                15000);
        } else if (result.outcome == BulkRunner::Outcome::Failed) {
            m_window->statusBar()->showMessage(
                tr("%1 could not be fixed: %2").arg(name, result.error.userMessage()), 15000);
        }
    });
    connect(run, &BulkRunner::finished, this, [this, run] {
        Q_EMIT fixFinished(run);
        run->deleteLater();
    });
    run->start();
    return run;
}

} // namespace signtraker::ui
