// SPDX-License-Identifier: Apache-2.0
// The local copy in the real window and shell, against the simulator (its request log is the
// judge of "no request"): exact totals and paging from the copy, Live as before, counts in the
// filter lists, a stale copy shown and refreshed, Clear, writes kept in the copy, and the
// data-quality inbox with its one-click phone fix as a checked patch. The copies live in an
// XDG_CACHE_HOME of the test's own.
#include "agenteditdialog.h"
#include "agentfilterbar.h"
#include "agentform.h"
#include "agentscontroller.h"
#include "agentstablemodel.h"
#include "appshell.h"
#include "bulkrunner.h"
#include "dialogs.h"
#include "editingactions.h"
#include "localagentssource.h"
#include "localcopy.h"
#include "localcopyarea.h"
#include "mainwindow.h"
#include "qualitydock.h"
#include "qualityreport.h"
#include "simfixture.h"
#include "simserver.h"

#include "agent.h"

#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace signtraker;
using namespace signtraker::ui;
using signtraker::sim::RecordedRequest;
using signtraker::sim::SimServer;

Q_DECLARE_METATYPE(signtraker::ui::AgentQuery)

namespace {
const QString ProfileName = QStringLiteral("local-test");
constexpr int Agents = 120;
} // namespace

class TestLocalCopyArea : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void toLocalQuery_sameFiltersWordsOrderAndPage_data();
    void toLocalQuery_sameFiltersWordsOrderAndPage();
    void ageText_data();
    void ageText();
    void withoutCopy_liveAsToday();
    void local_exactTotal_pagingAndSortingSendNoRequest();
    void live_chosen_sendsRequests_andIsRemembered();
    void local_filterItCannotEvaluate_goesToTheServiceAndSaysSo();
    void local_officeAndStatusCounts_inTheFilterLists();
    void stale_shownAndRefreshedInTheBackground();
    void clear_confirmed_removesTheCopy();
    void removedProfile_windowLetsGoOfItsCopy();
    void edit_updatesTheCopysRow_reReadFromTheService();
    void deactivate_updatesTheCopysRow();
    void inbox_listsSeededKind_choosingItFiltersTheTable();
    void inbox_phoneFix_sendsCheckedPatch_andRechecks();

private:
    bool waitForLoad();
    bool makeCopy();
    QList<RecordedRequest> agentReads() const;

    QTemporaryDir m_cache;
    QTemporaryDir m_dir;
    std::unique_ptr<SimServer> m_server;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Dialogs> m_dialogs;
    std::unique_ptr<MainWindow> m_window;
    AppShell *m_shell = nullptr;
    LocalCopyArea *m_area = nullptr;
};

void TestLocalCopyArea::initTestCase()
{
    QVERIFY(m_cache.isValid());
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_cache.path()));
    qRegisterMetaType<ApiError>();
    qRegisterMetaType<Page>();
    QVERIFY(LocalCopy::pathForProfile(ProfileName).startsWith(m_cache.path()));
}

void TestLocalCopyArea::init()
{
    m_server = test::startSimulator(7, Agents, QStringLiteral("local-key"));
    QVERIFY(m_server);
    if (QString(QTest::currentTestFunction()).startsWith(QLatin1String("inbox"))) {
        QString error;
        QVERIFY2(m_server->tenant().load(QStringLiteral(QUALITY_TENANT), &error),
                 qPrintable(error));
    }
    QVERIFY(LocalCopy::removeForProfile(ProfileName));
    QFile::remove(m_dir.filePath(QStringLiteral("ui.ini")));
    m_settings =
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
    m_dialogs = std::make_unique<Dialogs>();
    m_dialogs->setNonInteractive(true);
    m_window =
        std::make_unique<MainWindow>(test::clientFor(*m_server, m_server->apiKey()).release(),
                                     ProfileName, m_settings.get(), m_dialogs.get());
    m_shell = new AppShell(m_window.get(), m_window.get());
    m_area = m_shell->localCopy();
    QVERIFY(m_area);
    m_window->resize(1100, 700);
    m_window->show();
    QVERIFY(waitForLoad());
}

void TestLocalCopyArea::cleanup()
{
    m_window.reset();
    m_dialogs.reset();
    m_settings.reset();
    m_server.reset();
}

bool TestLocalCopyArea::waitForLoad()
{
    AgentsController *controller = m_window->controller();
    QSignalSpy loaded(controller, &AgentsController::pageLoaded);
    if (!controller->isBusy() && controller->model()->rowCount() > 0)
        return true;
    return loaded.wait(20000);
}

bool TestLocalCopyArea::makeCopy()
{
    QSignalSpy refreshed(m_area->copy(), &LocalCopy::refreshed);
    m_area->refreshCopyAction()->trigger();
    if (!refreshed.wait(30000))
        return false;
    if (!QTest::qWaitFor([this] { return m_window->controller()->isShowingLocal(); }, 5000))
        return false;
    return m_area->copy()->rowCount() == m_server->tenant().agents().size();
}

QList<RecordedRequest> TestLocalCopyArea::agentReads() const
{
    QList<RecordedRequest> reads;
    for (const RecordedRequest &request : m_server->requests()) {
        if (request.method == "GET" && request.path == QLatin1String("/api/agents"))
            reads.append(request);
    }
    return reads;
}

void TestLocalCopyArea::toLocalQuery_sameFiltersWordsOrderAndPage_data()
{
    QTest::addColumn<AgentQuery>("query");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("orderBy");
    QTest::addColumn<int>("top");
    QTest::addColumn<int>("skip");

    AgentQuery words;
    words.searchText = QStringLiteral("  smith keystone ");
    words.pageIndex = 2;
    words.pageSize = 25;
    QTest::newRow("words, page 3")
        << words << QString() << "smith keystone" << QString() << 26 << 50;
    AgentQuery filters;
    filters.officeId = 7;
    filters.status = AgentQuery::Status::Inactive;
    filters.sortColumn = AgentColumn::LastName;
    filters.sortOrder = Qt::DescendingOrder;
    QTest::newRow("office, status, order") << filters << "Office/Id eq 7 and IsInactive eq true"
                                           << QString() << "LastName desc" << 51 << 0;
    AgentQuery email;
    email.searchText = QStringLiteral("O'Neil@Example.com");
    QTest::newRow("e-mail: one address")
        << email << "tolower(Email) eq 'o''neil@example.com'" << QString() << QString() << 51 << 0;
    AgentQuery id;
    id.searchText = QStringLiteral("1042");
    id.ids = {1, 2};
    QTest::newRow("digits: an Id; ids apart")
        << id << "Id eq 1042" << QString() << QString() << 51 << 0;
}

void TestLocalCopyArea::toLocalQuery_sameFiltersWordsOrderAndPage()
{
    QFETCH(AgentQuery, query);
    const LocalQuery local = LocalAgentsSource::toLocalQuery(query, true);
    QTEST(local.filter, "filter");
    QTEST(local.search, "search");
    QTEST(local.orderBy, "orderBy");
    QTEST(local.top, "top");
    QTEST(local.skip, "skip");
    QCOMPARE(local.ids, query.ids);
    QCOMPARE(LocalAgentsSource::toLocalQuery(query, false).top, -1);
}

void TestLocalCopyArea::ageText_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("just read") << qint64(59) << "less than a minute";
    QTest::newRow("minutes") << qint64(3 * 60 + 59) << "3 min";
    QTest::newRow("hours") << qint64(5 * 3600 + 10) << "5 h";
    QTest::newRow("days") << qint64(3 * 86400) << "3 days";
}

void TestLocalCopyArea::ageText()
{
    QFETCH(qint64, seconds);
    QTEST(LocalAgentsSource::ageText(seconds), "text");
}

void TestLocalCopyArea::withoutCopy_liveAsToday()
{
    QVERIFY(!m_area->copy()->exists());
    QVERIFY(!m_window->controller()->isShowingLocal());
    QCOMPARE(m_window->rowsLabelText(), QStringLiteral("Rows 1-50 of more than 50"));
    QVERIFY(m_area->statusLabel()->text().contains(QLatin1String("no local copy")));
    QVERIFY(!m_area->clearCopyAction()->isEnabled());
    m_server->clearRequests();
    m_window->nextPageAction()->trigger();
    QVERIFY(waitForLoad());
    QVERIFY(!agentReads().isEmpty());
}

void TestLocalCopyArea::local_exactTotal_pagingAndSortingSendNoRequest()
{
    QVERIFY(makeCopy());
    QTRY_COMPARE(m_window->rowsLabelText(),
                 QStringLiteral("Rows 1-50 of 120, local copy less than a minute old"));
    QCOMPARE(m_window->controller()->knownTotal(), std::optional<int>(Agents));
    QCOMPARE(m_area->statusLabel()->text(), QStringLiteral("Local copy less than a minute old"));

    m_server->clearRequests();
    m_window->nextPageAction()->trigger();
    QCOMPARE(m_window->model()->rowCount(), 50);
    QVERIFY(m_window->rowsLabelText().startsWith(QLatin1String("Rows 51-100 of 120")));
    m_window->nextPageAction()->trigger();
    QCOMPARE(m_window->model()->rowCount(), 20);
    AgentQuery sorted = m_window->query();
    sorted.sortColumn = AgentColumn::LastName;
    sorted.sortOrder = Qt::DescendingOrder;
    sorted.pageIndex = 0;
    m_window->setQuery(sorted);
    QString previous = Agent(m_window->model()->recordAt(0)).lastName();
    for (int row = 1; row < m_window->model()->rowCount(); ++row) {
        const QString name = Agent(m_window->model()->recordAt(row)).lastName();
        QVERIFY2(QString::localeAwareCompare(previous, name) >= 0 ||
                     previous.compare(name, Qt::CaseInsensitive) >= 0,
                 qPrintable(previous + u" before " + name));
        previous = name;
    }
    // Count all answers at once from the copy.
    m_window->countAllAction()->trigger();
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("countLabel"))->text(),
             QStringLiteral("120 agents match"));
    QVERIFY(!m_window->controller()->isCounting());
    QTest::qWait(0);
    QCOMPARE(agentReads().size(), 0);
    QCOMPARE(m_server->requests().size(), 0);
}

void TestLocalCopyArea::live_chosen_sendsRequests_andIsRemembered()
{
    QVERIFY(makeCopy());
    m_server->clearRequests();
    m_area->liveAction()->trigger();
    QVERIFY(waitForLoad());
    QVERIFY(!m_window->controller()->isShowingLocal());
    QTRY_COMPARE(m_window->rowsLabelText(), QStringLiteral("Rows 1-50 of more than 50"));
    QVERIFY(!agentReads().isEmpty());
    QVERIFY(m_area->statusLabel()->text().startsWith(QLatin1String("Live")));
    QCOMPARE(m_settings->value(QStringLiteral("localCopy/useLocal")).toBool(), false);

    // The next window of this profile starts Live.
    m_window.reset();
    m_window =
        std::make_unique<MainWindow>(test::clientFor(*m_server, m_server->apiKey()).release(),
                                     ProfileName, m_settings.get(), m_dialogs.get());
    m_shell = new AppShell(m_window.get(), m_window.get());
    QVERIFY(m_shell->localCopy()->liveAction()->isChecked());
    QVERIFY(waitForLoad());
    QVERIFY(!m_window->controller()->isShowingLocal());

    m_shell->localCopy()->localAction()->trigger();
    QVERIFY(m_window->controller()->isShowingLocal());
    QCOMPARE(m_window->controller()->knownTotal(), std::optional<int>(Agents));
}

void TestLocalCopyArea::local_filterItCannotEvaluate_goesToTheServiceAndSaysSo()
{
    QVERIFY(makeCopy());
    m_server->clearRequests();
    AgentQuery q = m_window->query();
    q.advancedFilter = QStringLiteral("indexof(LastName,'a') eq 1");
    QSignalSpy failed(m_window->controller(), &AgentsController::loadFailed);
    m_window->setQuery(q);
    QVERIFY(!m_window->controller()->isShowingLocal());
    QVERIFY(!m_window->controller()->localProblem().isEmpty());
    QVERIFY(failed.wait(10000)); // the service's own answer to it, as without a copy
    QCOMPARE(agentReads().size(), 1);
    QCOMPARE(m_area->statusLabel()->text(),
             QStringLiteral("Live for this filter; the local copy cannot answer it"));
    QCOMPARE(m_area->statusLabel()->toolTip(), m_window->controller()->localProblem());

    q.advancedFilter.clear();
    m_window->setQuery(q);
    QVERIFY(m_window->controller()->isShowingLocal());
    QVERIFY(m_area->statusLabel()->text().startsWith(QLatin1String("Local copy")));
}

void TestLocalCopyArea::local_officeAndStatusCounts_inTheFilterLists()
{
    QVERIFY(makeCopy());
    auto *offices = m_window->findChild<QComboBox *>(QStringLiteral("officeCombo"));
    auto *status = m_window->findChild<QComboBox *>(QStringLiteral("statusCombo"));
    QTRY_VERIFY_WITH_TIMEOUT(offices->count() > 1, 20000);
    QHash<qint64, int> perOffice;
    int inactive = 0;
    for (const QJsonValue &value : m_server->tenant().agents()) {
        const QJsonObject agent = value.toObject();
        ++perOffice[agent.value(QStringLiteral("Office")).toObject().value(u"Id").toInteger()];
        inactive += agent.value(QStringLiteral("IsInactive")).toBool() ? 1 : 0;
    }
    QVERIFY(inactive > 0 && inactive < Agents);
    for (int i = 1; i < offices->count(); ++i) {
        const qint64 id = offices->itemData(i).toLongLong();
        QVERIFY2(offices->itemText(i).endsWith(QStringLiteral(" (%1)").arg(perOffice.value(id))),
                 qPrintable(offices->itemText(i)));
    }
    QCOMPARE(status->itemText(2), QStringLiteral("Inactive (%1)").arg(inactive));
    QCOMPARE(status->itemText(1), QStringLiteral("Active (%1)").arg(Agents - inactive));

    // Choosing an office: its count is what the table shows; the chip names it without count.
    offices->setCurrentIndex(1);
    Q_EMIT offices->activated(1);
    const qint64 chosen = offices->itemData(1).toLongLong();
    QCOMPARE(m_window->controller()->knownTotal(), std::optional<int>(perOffice.value(chosen)));
    QVERIFY(!m_window->query().officeName.endsWith(u')'));
}

void TestLocalCopyArea::stale_shownAndRefreshedInTheBackground()
{
    QVERIFY(makeCopy());
    QCOMPARE(m_area->maxAgeMinutes(), LocalCopyArea::DefaultMaxAgeMinutes);
    const QDateTime asOf = m_area->copy()->asOf();
    m_area->source()->setClock([] { return QDateTime::currentDateTimeUtc().addSecs(20 * 60); });
    m_server->clearRequests();
    QSignalSpy refreshed(m_area->copy(), &LocalCopy::refreshed);
    m_area->checkAge();
    QVERIFY(m_area->isStale());
    QVERIFY(m_area->copy()->isRefreshing());
    QVERIFY2(m_area->statusLabel()->text().contains(QLatin1String("out of date: refreshing")),
             qPrintable(m_area->statusLabel()->text()));
    QVERIFY(m_area->progressBar()->isVisible());
    // The window still answers while the copy is read.
    m_window->nextPageAction()->trigger();
    QVERIFY(m_window->rowsLabelText().startsWith(
        QLatin1String("Rows 51-100 of 120, local copy 20 min")));
    QVERIFY(refreshed.wait(30000));
    QVERIFY(m_area->copy()->asOf() >= asOf);
    QVERIFY(!agentReads().isEmpty());
    QVERIFY(!m_area->progressBar()->isVisible());

    m_area->source()->setClock([] { return QDateTime::currentDateTimeUtc(); });
    m_area->checkAge();
    QVERIFY(!m_area->copy()->isRefreshing());
    QVERIFY(!m_area->statusLabel()->text().contains(QLatin1String("out of date")));
}

void TestLocalCopyArea::clear_confirmed_removesTheCopy()
{
    QVERIFY(makeCopy());
    const QString path = m_area->copy()->path();
    QVERIFY(QFile::exists(path));
    m_dialogs->setNextAnswer(QMessageBox::Cancel);
    m_area->clearCopyAction()->trigger();
    QTRY_COMPARE(m_dialogs->asked().size(), 1);
    QVERIFY(QFile::exists(path));

    m_dialogs->setNextAnswer(QMessageBox::Yes);
    m_area->clearCopyAction()->trigger();
    QTRY_VERIFY(!QFile::exists(path));
    QVERIFY(!m_area->copy()->exists());
    QVERIFY(waitForLoad());
    QVERIFY(!m_window->controller()->isShowingLocal());
    QCOMPARE(m_window->rowsLabelText(), QStringLiteral("Rows 1-50 of more than 50"));
    QVERIFY(m_area->statusLabel()->text().contains(QLatin1String("no local copy")));
}

void TestLocalCopyArea::removedProfile_windowLetsGoOfItsCopy()
{
    QVERIFY(makeCopy());
    QVERIFY(LocalCopy::removeForProfile(ProfileName)); // what SettingsDialog does on removal
    m_area->profilesChanged();
    QVERIFY(waitForLoad());
    QVERIFY(!m_window->controller()->isShowingLocal());
    QVERIFY(!m_area->copy()->exists());
    QVERIFY(!QFile::exists(LocalCopy::pathForProfile(ProfileName)));
}

void TestLocalCopyArea::edit_updatesTheCopysRow_reReadFromTheService()
{
    QVERIFY(makeCopy());
    const qint64 id = m_window->model()->idAt(2);
    QVERIFY(m_window->selectAgent(id));
    m_server->clearRequests();
    m_window->editAction()->trigger();
    auto *dialog = m_window->findChild<AgentEditDialog *>();
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), AgentEditDialog::State::Editing, 10000);
    auto *firstName =
        qobject_cast<QLineEdit *>(dialog->form()->fieldWidget(QStringLiteral("FirstName")));
    QVERIFY(firstName);
    firstName->selectAll();
    QTest::keyClicks(firstName, QStringLiteral("Zoltan"));
    QSignalSpy updated(m_shell->editing(), &EditingActions::agentUpdated);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(updated.wait(10000));

    // The dialog read the agent from the service, never from the copy.
    int reads = 0;
    for (const RecordedRequest &request : m_server->requests())
        reads +=
            request.method == "GET" && request.path == QStringLiteral("/api/agents/%1").arg(id);
    QVERIFY(reads >= 1);
    LocalQuery one;
    one.ids = {id};
    QString error;
    const QJsonObject copied = m_area->copy()->agents(one, &error).value(0);
    QCOMPARE(copied.value(QStringLiteral("FirstName")).toString(), QStringLiteral("Zoltan"));
    QCOMPARE(copied, updated.first().first().toJsonObject());
}

void TestLocalCopyArea::deactivate_updatesTheCopysRow()
{
    QVERIFY(makeCopy());
    LocalQuery active;
    active.filter = QStringLiteral("IsInactive eq false");
    active.top = 1;
    QString error;
    const QJsonObject agent = m_area->copy()->agents(active, &error).value(0);
    QVERIFY2(!agent.isEmpty(), qPrintable(error));
    BulkRunner *run = m_shell->editing()->setActive({agent}, false);
    QSignalSpy finished(run, &BulkRunner::finished);
    QVERIFY(finished.wait(10000));
    LocalQuery one;
    one.ids = {Agent(agent).id()};
    QCOMPARE(m_area->copy()->agents(one, &error).value(0).value(u"IsInactive").toBool(), true);
}

void TestLocalCopyArea::inbox_listsSeededKind_choosingItFiltersTheTable()
{
    QVERIFY(makeCopy());
    QualityDock *dock = m_area->qualityDock();
    QTRY_VERIFY_WITH_TIMEOUT(!dock->isChecking() && !dock->findings().isEmpty(), 20000);
    QTreeWidgetItem *kind = nullptr;
    for (int i = 0; i < dock->tree()->topLevelItemCount(); ++i) {
        if (dock->tree()->topLevelItem(i)->text(0) ==
            QualityReport::sentence(QStringLiteral("duplicate-email")))
            kind = dock->tree()->topLevelItem(i);
    }
    QVERIFY(kind);
    QCOMPARE(kind->text(1), QStringLiteral("2"));

    m_server->clearRequests();
    QVERIFY(dock->chooseKind(QStringLiteral("duplicate-email")));
    QCOMPARE(m_window->query().ids, (QList<qint64>{1002, 1003}));
    QCOMPARE(m_window->model()->rowCount(), 2);
    QCOMPARE(m_window->model()->idAt(0) + m_window->model()->idAt(1), 1002 + 1003);
    QCOMPARE(m_window->controller()->knownTotal(), std::optional<int>(2));
    QCOMPARE(agentReads().size(), 0);

    // A refresh of the copy keeps the choice, in the inbox and in the table.
    QSignalSpy checked(dock, &QualityDock::checked);
    m_area->refreshCopyAction()->trigger();
    QVERIFY(checked.wait(30000));
    QVERIFY(dock->tree()->currentItem());
    QCOMPARE(dock->tree()->currentItem()->text(0),
             QualityReport::sentence(QStringLiteral("duplicate-email")));
    QCOMPARE(m_window->model()->rowCount(), 2);
}

void TestLocalCopyArea::inbox_phoneFix_sendsCheckedPatch_andRechecks()
{
    QVERIFY(makeCopy());
    QualityDock *dock = m_area->qualityDock();
    QTRY_VERIFY_WITH_TIMEOUT(!dock->isChecking() && !dock->findings().isEmpty(), 20000);
    QVERIFY(dock->chooseKind(QStringLiteral("invalid-phone")));
    QTreeWidgetItem *kind = dock->tree()->currentItem();
    QTreeWidgetItem *fixable = nullptr;
    for (int i = 0; i < kind->childCount(); ++i) {
        if (kind->child(i)->text(0).contains(QLatin1String("+491 570 110")))
            fixable = kind->child(i);
    }
    QVERIFY(fixable);
    dock->tree()->setCurrentItem(fixable);
    QCOMPARE(m_window->query().ids, QList<qint64>{1010});
    QVERIFY(dock->fixButton()->isEnabled());

    m_server->clearRequests();
    QSignalSpy finished(m_area, &LocalCopyArea::fixFinished);
    QTest::mouseClick(dock->fixButton(), Qt::LeftButton);
    QVERIFY(finished.wait(10000));

    // Checked: the agent is read again before the patch, and only the fix is sent.
    QStringList sent;
    QByteArray patch;
    for (const RecordedRequest &request : m_server->requests()) {
        sent << QString::fromLatin1(request.method) + u' ' + request.path;
        if (request.method == "PATCH")
            patch = request.body;
    }
    // (The detail pane may read the agent it shows as well.)
    QCOMPARE(sent.count(QStringLiteral("PATCH /api/agents/1010")), 1);
    QVERIFY2(sent.size() >= 2, qPrintable(sent.join(u", ")));
    QCOMPARE(sent.mid(sent.size() - 2), (QStringList{QStringLiteral("GET /api/agents/1010"),
                                                     QStringLiteral("PATCH /api/agents/1010")}));
    QCOMPARE(QJsonDocument::fromJson(patch).object(),
             QJsonObject({{QStringLiteral("CellularPhone"), QStringLiteral("+61491570110")}}));
    QCOMPARE(Agent(m_window->model()->recordAt(0)).id(), 1010);
    QCOMPARE(m_window->model()->recordAt(0).value(u"CellularPhone").toString(),
             QStringLiteral("+61491570110"));

    // The copy follows, and the inbox no longer lists the agent.
    QTRY_VERIFY_WITH_TIMEOUT(!dock->isChecking(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(std::none_of(dock->findings().cbegin(), dock->findings().cend(),
                                          [](const QualityFinding &finding) {
                                              return finding.kind == u"invalid-phone" &&
                                                     finding.ids.contains(1010);
                                          }),
                             20000);
}

QTEST_MAIN(TestLocalCopyArea)
#include "tst_localcopyarea.moc"
