// SPDX-License-Identifier: Apache-2.0
#include "agentdetailpane.h"
#include "agentquerystore.h"
#include "agentschema.h"
#include "agentscontroller.h"
#include "agentstablemodel.h"
#include "dialogs.h"
#include "errorbanner.h"
#include "exportoptionsdialog.h"
#include "filterchipbar.h"
#include "mainwindow.h"
#include "pageprefetcher.h"
#include "signtrakerclient.h"
#include "simfixture.h"
#include "simserver.h"
#include "transport.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace signtraker;
using signtraker::sim::RecordedRequest;
using signtraker::sim::ScriptedReply;
using signtraker::sim::SimServer;
using signtraker::ui::AgentColumn;
using signtraker::ui::AgentQuery;
using signtraker::ui::MainWindow;

namespace {

QString item(const RecordedRequest &r, const char *name)
{
    for (const auto &[key, value] : r.query) {
        if (key == QLatin1String(name))
            return value;
    }
    return QStringLiteral("<absent>");
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void start_loadsFirstPage();
    void search_typed_debouncedContains();
    void search_email_sendsEmailParameter();
    void search_words_eachFoundInSomeField();
    void filters_each_sentAndChipShown_data();
    void filters_each_sentAndChipShown();
    void chips_removeAndClearAll();
    void header_click_sortsThenReverses();
    void nextPage_sendsSkipAndLabel();
    void nextPage_readAhead_paintsFromMemory();
    void search_typedQuickly_oneRequest();
    void pageSize_changed_sentAndPersisted();
    void hideColumn_selectShrinksAndPersists();
    void advancedFilter_400_messageNextToItAndBanner();
    void banner_retry_reloads();
    void banner_automaticRetry_showsTheRealWait();
    void copy_selectedRows_tsv();
    void detailPane_showsFullRecord();
    void detailPane_html_shownLiterally_data();
    void detailPane_html_shownLiterally();
    void countAll_showsExactTotal();
    void exportCsv_allRows_writesFile();
    void cappedService_pagesAndLabel();
    void cappedService_countAllAndOffices();
    void cappedService_exportCsv_everyRow();
    void ignoredSkip_countAndExportFail_noFile();
    void exportCsv_rowsSentTwice_writtenOnceAndSaid();
    void ignoredSkip_officeFilter_errorNotShortList();
    void exportCsv_formulas_neutralisedUnlessRaw_data();
    void exportCsv_formulas_neutralisedUnlessRaw();
    void lastQuery_restoredPerProfile();
    void lastQuery_pageTurn_notWritten();
    void setClient_reloadsAndRetitles();
    void inputs_haveAccessibleNames();

private:
    MainWindow *makeWindow();
    void exportAll(MainWindow *window, const QString &file);
    RecordedRequest lastList() const;
    // The last list request for rows from skip on: the page shown, not a page read ahead (whose
    // request may reach the simulator after it).
    RecordedRequest lastListFrom(int skip) const;
    RecordedRequest firstList() const;
    // The agent list requests that asked for top rows (-1: any number) from skip on.
    int listsAt(int skip, int top = -1) const;
    bool waitForLoad(MainWindow *window);

    QTemporaryDir m_dir;
    SimServer *m_server = nullptr;
    SignTrakerClient *m_client = nullptr;
    QSettings *m_settings = nullptr;
    ui::Dialogs *m_dialogs = nullptr;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<ApiError>();
    qRegisterMetaType<Page>();
}

void TestMainWindow::init()
{
    m_server = test::startSimulator(1, 160, QStringLiteral("mainwindow-test-key")).release();
    QVERIFY(m_server);
    m_client = test::clientFor(*m_server, m_server->apiKey()).release();
    QFile::remove(m_dir.filePath(QStringLiteral("ui.ini")));
    m_settings =
        new QSettings(m_dir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat, this);
    m_dialogs = new ui::Dialogs(this);
    m_dialogs->setNonInteractive(true);
}

void TestMainWindow::cleanup()
{
    delete m_dialogs;
    delete m_settings;
    delete m_client;
    delete m_server;
}

MainWindow *TestMainWindow::makeWindow()
{
    auto *window = new MainWindow(m_client, QStringLiteral("test"), m_settings, m_dialogs);
    window->setAttribute(Qt::WA_DeleteOnClose, false);
    window->resize(1200, 700);
    window->show();
    return window;
}

RecordedRequest TestMainWindow::lastList() const
{
    const auto requests = m_server->requests();
    for (auto it = requests.crbegin(); it != requests.crend(); ++it) {
        if (it->method == "GET" && it->path == QLatin1String("/api/agents"))
            return *it;
    }
    return {};
}

RecordedRequest TestMainWindow::lastListFrom(int skip) const
{
    const auto requests = m_server->requests();
    for (auto it = requests.crbegin(); it != requests.crend(); ++it) {
        const QString from = item(*it, "$skip");
        const bool atSkip =
            from == QString::number(skip) || (skip == 0 && from == QLatin1String("<absent>"));
        if (it->method == "GET" && it->path == QLatin1String("/api/agents") && atSkip)
            return *it;
    }
    return {};
}

RecordedRequest TestMainWindow::firstList() const
{
    for (const auto &r : m_server->requests()) {
        if (r.method == "GET" && r.path == QLatin1String("/api/agents"))
            return r;
    }
    return {};
}

int TestMainWindow::listsAt(int skip, int top) const
{
    int count = 0;
    for (const auto &r : m_server->requests()) {
        count += r.path == QLatin1String("/api/agents") &&
                 item(r, "$skip") == QString::number(skip) &&
                 (top < 0 || item(r, "$top") == QString::number(top));
    }
    return count;
}

bool TestMainWindow::waitForLoad(MainWindow *window)
{
    QSignalSpy loaded(window->controller(), &ui::AgentsController::pageLoaded);
    QSignalSpy failed(window->controller(), &ui::AgentsController::loadFailed);
    if (!window->controller()->isBusy())
        return true;
    for (int i = 0; i < 50 && loaded.isEmpty() && failed.isEmpty(); ++i)
        loaded.wait(100);
    return !loaded.isEmpty() || !failed.isEmpty();
}

void TestMainWindow::start_loadsFirstPage()
{
    std::unique_ptr<MainWindow> window(makeWindow());
    QVERIFY(window->controller()->isBusy()); // asked for before the window returns
    QVERIFY(waitForLoad(window.get()));
    // Nothing else took a connection before the first page: the offices come after it.
    QCOMPARE(m_server->requests().first().path, QStringLiteral("/api/agents"));
    for (const auto &r : m_server->requests())
        QVERIFY2(r.path != QLatin1String("/api/offices"), qPrintable(r.path));
    auto *offices = window->findChild<QComboBox *>(QStringLiteral("officeCombo"));
    QTRY_VERIFY(offices->count() > 1);
    QCOMPARE(window->model()->rowCount(), 50);
    QCOMPARE(window->rowsLabelText(), QStringLiteral("Rows 1-50 of more than 50"));
    const auto r = firstList();
    QCOMPARE(item(r, "$top"), QStringLiteral("51"));
    QCOMPARE(item(r, "$skip"), QStringLiteral("0"));
    QCOMPARE(item(r, "$orderby"), QStringLiteral("Id"));
    QCOMPARE(item(r, "$filter"), QStringLiteral("<absent>"));
    QVERIFY(window->windowTitle().contains(QStringLiteral("test")));
    QVERIFY(window->windowTitle().contains(QStringLiteral("127.0.0.1")));
    QCOMPARE(r.headers.value("authorization"), QByteArray("ST-API ") + m_server->apiKey().toUtf8());
}

void TestMainWindow::search_typed_debouncedContains()
{
    std::unique_ptr<MainWindow> window(makeWindow());
    QVERIFY(waitForLoad(window.get()));
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QVERIFY(search);
    QTRY_VERIFY(window->controller()->prefetcher()->isIdle()); // page 2, read ahead
    m_server->clearRequests();
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("o'b"));
    // Nothing is sent while typing: one request after the pause.
    QVERIFY(!window->controller()->isBusy());
    QTRY_VERIFY(window->controller()->isBusy() || lastList().method == "GET");
    QVERIFY(waitForLoad(window.get()));
    const auto lists = [this] {
        QStringList read;
        for (const auto &r : m_server->requests()) {
            if (r.path == QLatin1String("/api/agents"))
                read << item(r, "$skip") + u' ' + item(r, "$filter");
        }
        return read;
    };
    // One page read: its short answer and the empty one that proves it the last (which may
    // still be on its way when the rows are shown).
    QTRY_VERIFY(lists().size() >= 2);
    QVERIFY2(lists().size() == 2, qPrintable(lists().join(u'\n')));
    QCOMPARE(item(firstList(), "$skip"), QStringLiteral("0"));
    QCOMPARE(item(lastListFrom(0), "$filter"),
             QStringLiteral("contains(FirstName,'o''b') or contains(LastName,'o''b') or "
                            "contains(Email,'o''b') or contains(UserName,'o''b') or "
                            "contains(CellularPhone,'o''b') or contains(Office/Name,'o''b')"));
    auto *chips = window->findChild<ui::FilterChipBar *>();
    QVERIFY(chips->isVisible());
    QCOMPARE(chips->chips(), QList<ui::FilterChipBar::Chip>{ui::FilterChipBar::Chip::Search});

    QTest::mouseClick(chips->chipButton(ui::FilterChipBar::Chip::Search), Qt::LeftButton);
    QVERIFY(waitForLoad(window.get()));
    QCOMPARE(item(lastListFrom(0), "$filter"), QStringLiteral("<absent>"));
    QVERIFY(search->text().isEmpty());

    QTest::keyClicks(search, QStringLiteral("x"));
    QTRY_VERIFY(item(lastListFrom(0), "$filter").contains(QStringLiteral("'x'")));
    search->clear(); // the clear button: back to everything
    QTRY_COMPARE(item(lastListFrom(0), "$filter"), QStringLiteral("<absent>"));
}

void TestMainWindow::search_email_sendsEmailParameter()
{
    std::unique_ptr<MainWindow> window(makeWindow());
    QVERIFY(waitForLoad(window.get()));
    const QString email = window->model()->recordAt(3).value(QStringLiteral("Email")).toString();
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    search->setFocus();
    QTest::keyClicks(search, email);
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(waitForLoad(window.get()));
    QCOMPARE(item(lastListFrom(0), "email"), email);
    QCOMPARE(item(lastListFrom(0), "$filter"), QStringLiteral("<absent>"));
    QCOMPARE(window->model()->rowCount(), 1);

    search->selectAll();
    QTest::keyClicks(search, QStringLiteral("1007"));
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(waitForLoad(window.get()));
    QCOMPARE(item(lastListFrom(0), "$filter"), QStringLiteral("Id eq 1007"));
    QCOMPARE(window->model()->idAt(0), 1007);
}

void TestMainWindow::search_words_eachFoundInSomeField()
{
    std::unique_ptr<MainWindow> window(makeWindow());
    QVERIFY(waitForLoad(window.get()));
    const QJsonObject agent = window->model()->recordAt(5);
    const QString first = agent.value(QStringLiteral("FirstName")).toString();
    const QString last = agent.value(QStringLiteral("LastName")).toString();
    const QString office =
        agent.value(QStringLiteral("Office")).toObject().value(QStringLiteral("Name")).toString();
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    search->setFocus();

    // "First Last" is two words: the phrase itself is in no single field.
    QTest::keyClicks(search, first + u"  " + last);
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(waitForLoad(window.get()));
    QVERIFY(window->model()->rowCount() >= 1);
    bool found = false;
    for (const QJsonObject &r : window->model()->records()) {
        QCOMPARE(r.value(QStringLiteral("LastName")).toString().contains(last), true);
        found = found || r.value(QStringLiteral("Id")) == agent.value(QStringLiteral("Id"));
    }
    QVERIFY(found);

    // A last name and a word of the office's name: only that office's people of that name.
    search->selectAll();
    QTest::keyClicks(search, last + u' ' + office.section(u' ', -1));
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(waitForLoad(window.get()));
    QVERIFY(item(lastListFrom(0), "$filter").contains(QStringLiteral(") and (")));
    QVERIFY(window->model()->rowCount() >= 1);
    for (const QJsonObject &r : window->model()->records()) {
        const QString name =
            r.value(QStringLiteral("Office")).toObject().value(QStringLiteral("Name")).toString();
        QVERIFY2(name.contains(office.section(u' ', -1)) ||
                     r.value(QStringLiteral("Email")).toString().contains(office.section(u' ', -1)),
                 qPrintable(name));
    }
}

void TestMainWindow::filters_each_sentAndChipShown_data()
{
    QTest::addColumn<QString>("combo");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("filter");
    QTest::newRow("status active")
        << QStringLiteral("statusCombo") << 1 << QStringLiteral("IsInactive eq false");
    QTest::newRow("status inactive")
        << QStringLiteral("statusCombo") << 2 << QStringLiteral("IsInactive eq true");
    QTest::newRow("role managers")
        << QStringLiteral("roleCombo") << 1 << QStringLiteral("IsManager eq true");
    QTest::newRow("role agents") << QStringLiteral("roleCombo") << 2
                                 << QStringLiteral("IsManager eq false");
    QTest::newRow("payment ACH") << QStringLiteral("paymentModeCombo") << 4
                                 << QStringLiteral("PaymentMode eq 'ACH'");
    QTest::newRow("office") << QStringLiteral("officeCombo") << 2 << QStringLiteral("Office/Id eq");
}

void TestMainWindow::filters_each_sentAndChipShown()
{
    QFETCH(QString, combo);
    QFETCH(int, index);
    QFETCH(QString, filter);
    std::unique_ptr<MainWindow> window(makeWindow());
    QVERIFY(waitForLoad(window.get()));
    auto *box = window->findChild<QComboBox *>(combo);
    QVERIFY(box);
    QTRY_VERIFY(box->count() > index); // offices arrive from /api/offices
    box->setCurrentIndex(index);
    Q_EMIT box->activated(index);
    QVERIFY(waitForLoad(window.get()));
    QVERIFY2(item(lastListFrom(0), "$filter").startsWith(filter),
             qPrintable(item(lastListFrom(0), "$filter")));
    if (combo == QLatin1String("officeCombo")) {
        const qint64 id = box->currentData().toLongLong();
        QCOMPARE(item(lastListFrom(0), "$filter"), QStringLiteral("Office/Id eq %1").arg(id));
        for (const QJsonObject &r : window->model()->records())
            QCOMPARE(r.value(QStringLiteral("Office"))
                         .toObject()
                         .value(QStringLiteral("Id"))
                         .toInteger(),
                     id);
    }
    QCOMPARE(window->findChild<ui::FilterChipBar *>()->chips().size(), 1);
    QVERIFY(window->model()->rowCount() > 0);
}

void TestMainWindow::chips_removeAndClearAll()
{
    std::unique_ptr<MainWindow> window(makeWindow());
    QVERIFY(waitForLoad(window.get()));
    AgentQuery q = window->query();
    q.status = AgentQuery::Status::Active;
    q.role = AgentQuery::Role::Agents;
    q.paymentMode = QStringLiteral("Terms");
    window->setQuery(q);
    QVERIFY(waitForLoad(window.get()));
    auto *chips = window->findChild<ui::FilterChipBar *>();
    QCOMPARE(chips->chips().size(), 3);
    QCOMPARE(window->findChild<QComboBox *>(QStringLiteral("statusCombo"))->currentIndex(), 1);
    QTest::mouseClick(chips->chipButton(ui::FilterChipBar::Chip::Role), Qt::LeftButton);
    QVERIFY(waitForLoad(window.get()));
    QCOMPARE(item(lastListFrom(0), "$filter"),
             QStringLiteral("IsInactive eq false and PaymentMode eq 'Terms'"));
    QCOMPARE(window->findChild<QComboBox *>(QStringLiteral("roleCombo"))->currentIndex(), 0);
    QTest::mouseClick(chips->clearAllButton(), Qt::LeftButton);
    QVERIFY(waitForLoad(window.get()));
    QCOMPARE(item(lastListFrom(0), "$filter"), QStringLiteral("<absent>"));
    QVERIFY(!chips->isVisible());
}

void TestMainWindow::header_click_sortsThenReverses()
{
    std::unique_ptr<MainWindow> window(makeWindow());
    QVERIFY(waitForLoad(window.get()));
    QHeaderView *header = window->tableView()->horizontalHeader();
    const int section = int(AgentColumn::LastName);
    const QPoint pos(header->sectionViewportPosition(section) + 10, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, pos);
    QVERIFY(waitForLoad(window.get()));
    QCOMPARE(item(lastListFrom(0), "$orderby"), QStringLiteral("LastName,Id"));
    const QString first = window->model()->recordAt(0).value(QStringLiteral("LastName")).toString();
    const QString second =
        window->model()->recordAt(1).value(QStringLiteral("LastName")).toString();
    QVERIFY(first.compare(second) <= 0 || first.localeAwareCompare(second) <= 0);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, pos);
    QVERIFY(waitForLoad(window.get()));
    QCOMPARE(item(lastListFrom(0), "$orderby"), QStringLiteral("LastName desc,Id"));
    QCOMPARE(header->sortIndicatorSection(), section);
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
}

void TestMainWindow::nextPage_sendsSkipAndLabel()
{
    std::unique_ptr<MainWindow> window(makeWindow());
    QVERIFY(waitForLoad(window.get()));
    window->tableView()->setFocus();
    QTest::keyClick(window->tableView(), Qt::Key_PageDown, Qt::ControlModifier);
    QVERIFY(waitForLoad(window.get()));
    QCOMPARE(listsAt(50, 51), 1);
    QCOMPARE(window->rowsLabelText(), QStringLiteral("Rows 51-100 of more than 100"));
    window->nextPageAction()->trigger();
    QVERIFY(waitForLoad(window.get()));
    window->nextPageAction()->trigger();
    QVERIFY(waitForLoad(window.get()));
    // The short last page is proven by an empty answer after it.
    QCOMPARE(listsAt(150, 51), 1);
    QCOMPARE(listsAt(160), 1);
    QCOMPARE(window->rowsLabelText(), QStringLiteral("Rows 151-160 of 160"));
    QVERIFY(!window->nextPageAction()->isEnabled());
    QTest::keyClick(window->tableView(), Qt::Key_PageUp, Qt::ControlModifier);
    QVERIFY(waitForLoad(window.get()));
    QCOMPARE(window->rowsLabelText(), QStringLiteral("Rows 101-150 of 160"));
    QCOMPARE(window->model()->idAt(0), 1101);
    window->firstPageAction()->trigger();
    QVERIFY(waitForLoad(window.get()));
    QCOMPARE(window->model()->idAt(0), 1001);
}

// Once a page shows, the next one is read ahead: Ctrl+PgDn paints it without a request.
void TestMainWindow::nextPage_readAhead_paintsFromMemory()
{
    std::unique_ptr<MainWindow> window(makeWindow());
    QVERIFY(waitForLoad(window.get()));
    QTRY_COMPARE(listsAt(50, 51), 1);
    QTRY_VERIFY(window->controller()->prefetcher()->isIdle());
    m_server->clearRequests();
    window->tableView()->setFocus();
    QTest::keyClick(window->tableView(), Qt::Key_PageDown, Qt::ControlModifier);
    QVERIFY(!window->controller()->isBusy());
    QCOMPARE(window->rowsLabelText(), QStringLiteral("Rows 51-100 of more than 100"));
    QCOMPARE(window->model()->idAt(0), 1051);
    QTRY_COMPARE(listsAt(100, 51), 1); // and the one after it is read ahead in turn
    QCOMPARE(listsAt(50, 51), 0);
}

// Six keys typed quickly are one request, with the whole text.
void TestMainWindow::search_typedQuickly_oneRequest()
{
    std::unique_ptr<MainWindow> window(makeWindow());
    QVERIFY(waitForLoad(window.get()));
    QTRY_VERIFY(window->controller()->prefetcher()->isIdle());
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    search->setFocus();
    m_server->clearRequests();
    QSignalSpy queries(window->controller(), &ui::AgentsController::queryChanged);
    QTest::keyClicks(search, QStringLiteral("zqxwvk"));
    QCOMPARE(queries.count(), 0);
    QTRY_COMPARE(queries.count(), 1);
    QVERIFY(waitForLoad(window.get()));
    QTRY_VERIFY(window->controller()->prefetcher()->isIdle());
    QCOMPARE(window->model()->rowCount(), 0);
    QList<RecordedRequest> lists;
    for (const auto &r : m_server->requests()) {
        if (r.path == QLatin1String("/api/agents"))
            lists.append(r);
    }
    QCOMPARE(lists.size(), 1);
    QVERIFY2(
        item(lists.first(), "$filter").startsWith(QStringLiteral("contains(FirstName,'zqxwvk')")),
        qPrintable(item(lists.first(), "$filter")));
}

void TestMainWindow::pageSize_changed_sentAndPersisted()
{
    {
        std::unique_ptr<MainWindow> window(makeWindow());
        QVERIFY(waitForLoad(window.get()));
        auto *size = window->findChild<QComboBox *>(QStringLiteral("pageSizeCombo"));
        size->setCurrentIndex(size->findData(25));
        Q_EMIT size->activated(size->currentIndex());
        QVERIFY(waitForLoad(window.get()));
        QCOMPARE(item(lastListFrom(0), "$top"), QStringLiteral("26"));
        QCOMPARE(window->model()->rowCount(), 25);
    }
    std::unique_ptr<MainWindow> again(makeWindow());
    QVERIFY(waitForLoad(again.get()));
    QCOMPARE(item(lastListFrom(0), "$top"), QStringLiteral("26"));
}

void TestMainWindow::hideColumn_selectShrinksAndPersists()
{
    {
        std::unique_ptr<MainWindow> window(makeWindow());
        QVERIFY(waitForLoad(window.get()));
        QHeaderView *header = window->tableView()->horizontalHeader();
        Q_EMIT header->customContextMenuRequested(QPoint(10, 5));
        auto *menu = window->findChild<QMenu *>(QStringLiteral("headerMenu"));
        QVERIFY(menu);
        QAction *email = nullptr;
        for (QAction *a : menu->actions())
            if (a->text() == QLatin1String("Email"))
                email = a;
        QVERIFY(email && email->isChecked());
        email->trigger();
        menu->close();
        QVERIFY(waitForLoad(window.get()));
        QVERIFY(header->isSectionHidden(int(AgentColumn::Email)));
        QCOMPARE(item(lastListFrom(0), "$select"),
                 QStringLiteral("Id,LastName,FirstName,UserName,CellularPhone,Office,Manager,"
                                "PaymentMode,IsInactive,IsManager"));
    }
    std::unique_ptr<MainWindow> again(makeWindow());
    QVERIFY(waitForLoad(again.get()));
    QVERIFY(again->tableView()->horizontalHeader()->isSectionHidden(int(AgentColumn::Email)));
    QVERIFY(!item(lastListFrom(0), "$select").contains(QStringLiteral("Email")));
}

void TestMainWindow::advancedFilter_400_messageNextToItAndBanner()
{
    std::unique_ptr<MainWindow> window(makeWindow());
    QVERIFY(waitForLoad(window.get()));
    auto *advanced = window->findChild<QLineEdit *>(QStringLiteral("advancedFilterEdit"));
    advanced->setFocus();
    QTest::keyClicks(advanced, QStringLiteral("NoSuchField eq 1"));
    QSignalSpy failed(window->controller(), &ui::AgentsController::loadFailed);
    QTest::keyClick(advanced, Qt::Key_Return);
    QVERIFY(failed.wait());
    QCOMPARE(item(lastListFrom(0), "$filter"), QStringLiteral("NoSuchField eq 1"));
    QCOMPARE(lastListFrom(0).status, 400);
    QVERIFY(!window->advancedFilterError().isEmpty());
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("advancedFilterError"))->isVisible());
    QVERIFY(window->errorBanner()->isVisible());
    QVERIFY(window->errorBanner()->message().contains(window->advancedFilterError()));
    QVERIFY(window->errorBanner()->details().contains(QStringLiteral("400")));
    // Fixing the filter clears both.
    advanced->selectAll();
    QTest::keyClicks(advanced, QStringLiteral("IsLocked eq false"));
    QTest::keyClick(advanced, Qt::Key_Return);
    QVERIFY(waitForLoad(window.get()));
    QVERIFY(!window->errorBanner()->isVisible());
    QVERIFY(window->advancedFilterError().isEmpty());
}

void TestMainWindow::banner_retry_reloads()
{
    m_server->scriptNext(QByteArray("GET"), QStringLiteral("/api/agents"),
                         ScriptedReply::json(503, R"({"Message":"Down for a moment"})"));
    std::unique_ptr<MainWindow> window(makeWindow());
    QTRY_VERIFY(window->errorBanner()->isVisible());
    QVERIFY(window->errorBanner()->message().contains(QStringLiteral("Down for a moment")));
    QCOMPARE(window->model()->rowCount(), 0);
    QTest::mouseClick(window->errorBanner()->retryButton(), Qt::LeftButton);
    QVERIFY(waitForLoad(window.get()));
    QCOMPARE(window->model()->rowCount(), 50);
    QVERIFY(!window->errorBanner()->isVisible());
}

// While the client waits before trying again, the banner says so with the wait the service
// asked for; the page then loads and the banner goes.
void TestMainWindow::banner_automaticRetry_showsTheRealWait()
{
    delete m_client;
    m_client = new SignTrakerClient(
        ClientConfig::make(m_server->baseUrl(), m_server->apiKey(), 30, 1), this);
    std::function<void()> pending;
    m_client->transport()->setScheduler(
        [&pending](std::chrono::milliseconds, QObject *, std::function<void()> action) {
            pending = std::move(action);
        });
    ScriptedReply limited = ScriptedReply::json(429, R"({"Message":"slow down"})");
    limited.headers.append({"Retry-After", "12"});
    m_server->scriptNext(QByteArray("GET"), QStringLiteral("/api/agents"), limited);
    std::unique_ptr<MainWindow> window(makeWindow());
    QTRY_VERIFY(pending);
    QVERIFY(window->errorBanner()->isVisible());
    QCOMPARE(window->errorBanner()->severity(), ui::ErrorBanner::Severity::Warning);
    QCOMPARE(window->errorBanner()->message(), QStringLiteral("Loading agents: retrying in 12 s…"));
    QVERIFY(window->errorBanner()->details().contains(QStringLiteral("slow down")));
    pending();
    QVERIFY(waitForLoad(window.get()));
    QTRY_COMPARE(window->model()->rowCount(), 50);
    QVERIFY(!window->errorBanner()->isVisible());
}

void TestMainWindow::copy_selectedRows_tsv()
{
    std::unique_ptr<MainWindow> window(makeWindow());
    QVERIFY(waitForLoad(window.get()));
    QTableView *table = window->tableView();
    table->setFocus();
    table->selectRow(0);
    table->selectionModel()->select(window->model()->index(2, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(window->selectedIds(), (QList<qint64>{1001, 1003}));
    QApplication::clipboard()->clear();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.first().startsWith(QStringLiteral("1001\t")));
    QCOMPARE(lines.first().count(u'\t'), 10);
    QVERIFY(lines.last().startsWith(QStringLiteral("1003\t")));
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    const QStringList withHeader =
        QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(withHeader.size(), 3);
    QVERIFY(withHeader.first().startsWith(QStringLiteral("Id\tLast name\tFirst name")));
}

void TestMainWindow::detailPane_showsFullRecord()
{
    std::unique_ptr<MainWindow> window(makeWindow());
    QVERIFY(waitForLoad(window.get()));
    QSignalSpy loaded(window->detailPane(), &ui::AgentDetailPane::recordLoaded);
    QVERIFY(window->selectAgent(1004));
    QVERIFY(loaded.wait());
    bool sawGet = false;
    for (const auto &r : m_server->requests())
        sawGet |= r.path == QLatin1String("/api/agents/1004");
    QVERIFY(sawGet);
    const QJsonObject full = window->detailPane()->record();
    QVERIFY(full.contains(QStringLiteral("Address")));
    QTreeWidget *tree = window->detailPane()->tree();
    const auto address = tree->findItems(QStringLiteral("Address"), Qt::MatchExactly);
    QCOMPARE(address.size(), 1);
    QVERIFY(address.first()->childCount() > 0);
    // every top-level member is listed, whatever its name
    QCOMPARE(tree->topLevelItemCount(), full.size());
    // Values and labels as AgentSchema gives them, members in its order.
    const auto office = tree->findItems(QStringLiteral("Office"), Qt::MatchExactly);
    QCOMPARE(office.size(), 1);
    QCOMPARE(office.first()->text(1),
             AgentSchema::displayText(full.value(QStringLiteral("Office"))));
    QCOMPARE(office.first()->toolTip(0), AgentSchema::label(QStringLiteral("Office")));
    const auto inactive = tree->findItems(QStringLiteral("IsInactive"), Qt::MatchExactly);
    QCOMPARE(inactive.size(), 1);
    QCOMPARE(inactive.first()->text(1),
             AgentSchema::displayText(full.value(QStringLiteral("IsInactive"))));
    QCOMPARE(tree->topLevelItem(0)->text(0), AgentSchema::members().first().path);
    QVERIFY(window->editAction()->isEnabled());
}

void TestMainWindow::detailPane_html_shownLiterally_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("bold") << QStringLiteral("<b>x</b>");
    QTest::newRow("image") << QStringLiteral("<img src=x>");
}

void TestMainWindow::detailPane_html_shownLiterally()
{
    QFETCH(QString, text);
    QJsonObject agent = *m_server->tenant().agent(1001);
    agent.insert(QStringLiteral("Id"), qint64(4000000000000000));
    agent.insert(QStringLiteral("UserName"), QStringLiteral("html.agent"));
    agent.insert(QStringLiteral("Email"), QStringLiteral("html@example.com"));
    agent.insert(QStringLiteral("FirstName"), text);
    agent.insert(QStringLiteral("LastName"), text);
    agent.insert(QStringLiteral("Notes"), text);
    agent.insert(QStringLiteral("Rate"), 1e300);
    m_server->tenant().insertAgent(agent);

    std::unique_ptr<MainWindow> window(makeWindow());
    QVERIFY(waitForLoad(window.get()));
    ui::AgentDetailPane *pane = window->detailPane();
    QSignalSpy loaded(pane, &ui::AgentDetailPane::recordLoaded);
    pane->showAgent(agent); // as the table does with its row, then the full record from the sim
    QVERIFY(loaded.wait());
    QCOMPARE(pane->record().value(QStringLiteral("Notes")).toString(), text);

    auto *title = pane->findChild<QLabel *>(QStringLiteral("detailTitle"));
    QVERIFY(title);
    QCOMPARE(title->textFormat(), Qt::PlainText);
    QVERIFY2(title->text().startsWith(text + QStringLiteral(", ") + text),
             qPrintable(title->text()));
    QVERIFY(title->text().contains(QStringLiteral("4000000000000000")));
    QCOMPARE(pane->findChild<QLabel *>(QStringLiteral("detailStatus"))->textFormat(),
             Qt::PlainText);

    QTreeWidget *tree = pane->tree();
    for (const char *member : {"FirstName", "LastName", "Notes"}) {
        const auto items = tree->findItems(QLatin1String(member), Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first()->text(1), text);
        // The tooltip shows the same text, not its rendering.
        QVERIFY(items.first()->toolTip(1).contains(text.toHtmlEscaped()));
    }
    const auto id = tree->findItems(QStringLiteral("Id"), Qt::MatchExactly);
    QCOMPARE(id.first()->text(1), QStringLiteral("4000000000000000"));
    const auto rate = tree->findItems(QStringLiteral("Rate"), Qt::MatchExactly);
    QCOMPARE(rate.size(), 1);
    QCOMPARE(rate.first()->text(1), u'1' + QString(300, u'0'));
}

void TestMainWindow::countAll_showsExactTotal()
{
    std::unique_ptr<MainWindow> window(makeWindow());
    QVERIFY(waitForLoad(window.get()));
    QSignalSpy counted(window->controller(), &ui::AgentsController::countFinished);
    window->countAllAction()->trigger();
    QVERIFY(counted.wait());
    QCOMPARE(counted.first().first().toInt(), 160);
    QCOMPARE(window->rowsLabelText(), QStringLiteral("Rows 1-50 of 160"));
    QCOMPARE(item(lastList(), "$select"), QStringLiteral("Id"));
}

void TestMainWindow::exportCsv_allRows_writesFile()
{
    std::unique_ptr<MainWindow> window(makeWindow());
    QVERIFY(waitForLoad(window.get()));
    const QString file = m_dir.filePath(QStringLiteral("agents.csv"));
    m_dialogs->setNextFileName(file);
    QSignalSpy done(window.get(), &MainWindow::exportFinished);
    window->exportAction()->trigger();
    ui::ExportOptionsDialog *options = nullptr;
    QTRY_VERIFY((options = window->findChild<ui::ExportOptionsDialog *>()) != nullptr);
    options->setRows(ui::ExportOptionsDialog::Rows::All);
    options->setColumns(ui::ExportOptionsDialog::Columns::AllMembers);
    options->accept();
    QVERIFY(done.wait(10000));
    QCOMPARE(done.first().at(1).toInt(), 160);
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QCOMPARE(lines.size(), 162); // header, 160 rows, the empty tail after the last CRLF
    QVERIFY(lines.first().startsWith("Id,UserName,Email"));
    QVERIFY(lines.first().contains("Address/City"));
}

void TestMainWindow::exportAll(MainWindow *window, const QString &file)
{
    m_dialogs->setNextFileName(file);
    window->exportAction()->trigger();
    ui::ExportOptionsDialog *options = nullptr;
    QTRY_VERIFY((options = window->findChild<ui::ExportOptionsDialog *>()) != nullptr);
    options->setRows(ui::ExportOptionsDialog::Rows::All);
    options->setColumns(ui::ExportOptionsDialog::Columns::Visible);
    options->accept();
}

// A service that answers at most 10 rows: every page of 50 is whole, "of more than" is right,
// and the short last page is proven by an empty answer.
void TestMainWindow::cappedService_pagesAndLabel()
{
    m_server->setMaxTop(10);
    std::unique_ptr<MainWindow> window(makeWindow());
    QVERIFY(waitForLoad(window.get()));
    QCOMPARE(window->model()->rowCount(), 50);
    QCOMPARE(window->rowsLabelText(), QStringLiteral("Rows 1-50 of more than 50"));
    QVERIFY(window->nextPageAction()->isEnabled());
    for (int page = 2; page <= 4; ++page) {
        window->nextPageAction()->trigger();
        QVERIFY(waitForLoad(window.get()));
    }
    QCOMPARE(window->model()->rowCount(), 10);
    QCOMPARE(window->rowsLabelText(), QStringLiteral("Rows 151-160 of 160"));
    QVERIFY(!window->nextPageAction()->isEnabled());
    // The page is read with parallel requests: windows asked for beside the empty answer at 160
    // may come after it.
    const auto requests = m_server->requests();
    QVERIFY(std::any_of(requests.cbegin(), requests.cend(), [](const RecordedRequest &r) {
        return r.path == QLatin1String("/api/agents") && item(r, "$skip") == QLatin1String("160") &&
               item(r, "$top") == QLatin1String("10") && r.status == 200;
    }));
}

void TestMainWindow::cappedService_countAllAndOffices()
{
    m_server->setMaxTop(10);
    std::unique_ptr<MainWindow> window(makeWindow());
    QVERIFY(waitForLoad(window.get()));
    auto *offices = window->findChild<QComboBox *>(QStringLiteral("officeCombo"));
    QVERIFY(offices);
    QTRY_COMPARE(offices->count(), 1 + 12); // "All offices" and every office, not the first 10
    QSignalSpy counted(window->controller(), &ui::AgentsController::countFinished);
    window->countAllAction()->trigger();
    QVERIFY(counted.wait(10000));
    QCOMPARE(counted.first().first().toInt(), 160);
    QCOMPARE(window->rowsLabelText(), QStringLiteral("Rows 1-50 of 160"));
}

void TestMainWindow::cappedService_exportCsv_everyRow()
{
    m_server->setMaxTop(10);
    std::unique_ptr<MainWindow> window(makeWindow());
    QVERIFY(waitForLoad(window.get()));
    const QString file = m_dir.filePath(QStringLiteral("capped.csv"));
    QSignalSpy done(window.get(), &MainWindow::exportFinished);
    exportAll(window.get(), file);
    QVERIFY(done.wait(10000));
    QCOMPARE(done.first().at(1).toInt(), 160);
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll().split('\n').size(), 162);
}

// A service that ignores $skip: Count all and Export CSV fail with the reason; no file is left
// that could pass for a complete export.
void TestMainWindow::ignoredSkip_countAndExportFail_noFile()
{
    std::unique_ptr<MainWindow> window(makeWindow());
    QVERIFY(waitForLoad(window.get()));
    m_server->setIgnoreSkip(true);
    QSignalSpy countFailed(window->controller(), &ui::AgentsController::countFailed);
    QSignalSpy counted(window->controller(), &ui::AgentsController::countFinished);
    window->countAllAction()->trigger();
    QVERIFY(countFailed.wait(10000));
    QCOMPARE(counted.count(), 0);
    QCOMPARE(countFailed.first().first().value<ApiError>().kind(),
             ApiError::Kind::UnreadableResponse);
    QCOMPARE(window->rowsLabelText(), QStringLiteral("Rows 1-50 of more than 50"));

    const QString file = m_dir.filePath(QStringLiteral("repeated.csv"));
    QFile::remove(file);
    QSignalSpy failed(window.get(), &MainWindow::exportFailed);
    QSignalSpy done(window.get(), &MainWindow::exportFinished);
    exportAll(window.get(), file);
    QVERIFY(failed.wait(10000));
    QCOMPARE(done.count(), 0);
    QCOMPARE(failed.first().first().toString(),
             QStringLiteral("The service repeated a page of results; the list is incomplete."));
    QVERIFY(!QFile::exists(file));
}

// Pages that overlap: the rows sent twice are written once, and the status bar says so.
void TestMainWindow::exportCsv_rowsSentTwice_writtenOnceAndSaid()
{
    // The scripted answers below are the service's answers in order: one request at a time.
    m_client = new SignTrakerClient(
        ClientConfig::make(m_server->baseUrl(), m_server->apiKey()).withParallelRequests(1), this);
    std::unique_ptr<MainWindow> window(makeWindow());
    QVERIFY(waitForLoad(window.get()));
    // The detail pane reads the current agent, also under /api/agents: let it go first.
    auto detailRead = [this] {
        const auto requests = m_server->requests();
        return std::any_of(requests.cbegin(), requests.cend(), [](const RecordedRequest &r) {
            return r.path.startsWith(QLatin1String("/api/agents/")) && r.status != 0;
        });
    };
    QTRY_VERIFY(detailRead());
    QTRY_VERIFY(window->controller()->prefetcher()->isIdle()); // and page 2, read ahead
    const QString path = QStringLiteral("/api/agents");
    m_server->scriptNext("GET", path, ScriptedReply::json(200, R"([{"Id":1001},{"Id":1002}])"));
    m_server->scriptNext("GET", path, ScriptedReply::json(200, R"([{"Id":1002},{"Id":1003}])"));
    m_server->scriptNext("GET", path, ScriptedReply::json(200, "[]"));
    const QString file = m_dir.filePath(QStringLiteral("twice.csv"));
    QSignalSpy done(window.get(), &MainWindow::exportFinished);
    exportAll(window.get(), file);
    QVERIFY(done.wait(10000));
    QCOMPARE(done.first().at(1).toInt(), 3);
    QCOMPARE(m_server->scriptedRepliesPending(), 0);
    QVERIFY2(window->statusBar()->currentMessage().contains(QLatin1String("sent 1 of them twice")),
             qPrintable(window->statusBar()->currentMessage()));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll().split('\n').size(), 5); // header, three rows, the empty tail
}

void TestMainWindow::ignoredSkip_officeFilter_errorNotShortList()
{
    m_server->setMaxTop(5);
    m_server->setIgnoreSkip(true);
    std::unique_ptr<MainWindow> window(makeWindow());
    auto *offices = window->findChild<QComboBox *>(QStringLiteral("officeCombo"));
    QVERIFY(offices);
    QTRY_VERIFY(offices->toolTip().contains(
        QLatin1String("The service repeated a page of results; the list is incomplete.")));
    QCOMPARE(offices->count(), 1); // "All offices" only, not the first 5 as if they were all
}

void TestMainWindow::exportCsv_formulas_neutralisedUnlessRaw_data()
{
    QTest::addColumn<bool>("raw");
    QTest::addColumn<QByteArray>("expectedCell");
    QTest::newRow("neutralised") << false << QByteArray("\"'=HYPERLINK(\"\"http://x\"\")\"");
    QTest::newRow("raw values") << true << QByteArray("\"=HYPERLINK(\"\"http://x\"\")\"");
}

void TestMainWindow::exportCsv_formulas_neutralisedUnlessRaw()
{
    QFETCH(bool, raw);
    QFETCH(QByteArray, expectedCell);
    QJsonObject agent = *m_server->tenant().agent(1001);
    agent.insert(QStringLiteral("Id"), qint64(5000000000000000));
    agent.insert(QStringLiteral("UserName"), QStringLiteral("formula.agent"));
    agent.insert(QStringLiteral("Email"), QStringLiteral("formula@example.com"));
    agent.insert(QStringLiteral("LastName"), QStringLiteral("=HYPERLINK(\"http://x\")"));
    m_server->tenant().insertAgent(agent);

    std::unique_ptr<MainWindow> window(makeWindow());
    QVERIFY(waitForLoad(window.get()));
    const QString file = m_dir.filePath(QStringLiteral("formulas.csv"));
    m_dialogs->setNextFileName(file);
    QSignalSpy done(window.get(), &MainWindow::exportFinished);
    window->exportAction()->trigger();
    ui::ExportOptionsDialog *options = nullptr;
    QTRY_VERIFY((options = window->findChild<ui::ExportOptionsDialog *>()) != nullptr);
    QVERIFY(!options->rawValues()); // off unless chosen
    options->setRows(ui::ExportOptionsDialog::Rows::All);
    options->setColumns(ui::ExportOptionsDialog::Columns::AllMembers);
    options->setRawValues(raw);
    options->accept();
    QVERIFY(done.wait(10000));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray text = csv.readAll();
    QByteArray line;
    for (const QByteArray &candidate : text.split('\n')) {
        if (candidate.startsWith("5000000000000000,"))
            line = candidate;
    }
    QVERIFY2(!line.isEmpty(), text.left(400).constData());
    QVERIFY2(line.contains(QByteArray(',' + expectedCell + ',')), line.constData());
    // The choice is kept for the next export.
    QCOMPARE(m_settings->value(QStringLiteral("export/rawValues")).toBool(), raw);
}

void TestMainWindow::lastQuery_restoredPerProfile()
{
    {
        std::unique_ptr<MainWindow> window(makeWindow());
        QVERIFY(waitForLoad(window.get()));
        AgentQuery q = window->query();
        q.role = AgentQuery::Role::Managers;
        q.searchText = QStringLiteral("an");
        window->setQuery(q);
        QVERIFY(waitForLoad(window.get()));
    }
    std::unique_ptr<MainWindow> again(makeWindow());
    QVERIFY(waitForLoad(again.get()));
    QCOMPARE(again->query().role, AgentQuery::Role::Managers);
    QCOMPARE(again->findChild<QLineEdit *>(QStringLiteral("searchEdit"))->text(),
             QStringLiteral("an"));
    QCOMPARE(again->findChild<ui::FilterChipBar *>()->chips().size(), 2);
    QVERIFY(item(lastListFrom(0), "$filter").endsWith(QStringLiteral("IsManager eq true")));
}

// Only a change of search, filters, sort, size or columns is written to the settings file, not a
// page turn (a restored query starts on the first page).
void TestMainWindow::lastQuery_pageTurn_notWritten()
{
    std::unique_ptr<MainWindow> window(makeWindow());
    QVERIFY(waitForLoad(window.get()));
    const QString key = ui::AgentQueryStore::keyFor(QStringLiteral("test"));
    QVERIFY(m_settings->contains(key));
    m_settings->setValue(key, QStringLiteral("marker"));
    window->nextPageAction()->trigger();
    QVERIFY(waitForLoad(window.get()));
    QCOMPARE(window->query().pageIndex, 1);
    QCOMPARE(m_settings->value(key).toString(), QStringLiteral("marker"));
    AgentQuery q = window->query();
    q.role = AgentQuery::Role::Managers;
    window->setQuery(q);
    QVERIFY(waitForLoad(window.get()));
    QVERIFY(m_settings->value(key).toString().contains(QLatin1String("anager")));
}

void TestMainWindow::setClient_reloadsAndRetitles()
{
    std::unique_ptr<MainWindow> window(makeWindow());
    QVERIFY(waitForLoad(window.get()));
    SimServer other;
    other.tenant().generate(2, 30);
    QVERIFY(other.listen());
    SignTrakerClient otherClient(ClientConfig::make(other.baseUrl(), other.apiKey()));
    window->setClient(&otherClient, QStringLiteral("second"));
    QVERIFY(waitForLoad(window.get()));
    QCOMPARE(window->model()->rowCount(), 30);
    QCOMPARE(window->rowsLabelText(), QStringLiteral("Rows 1-30 of 30"));
    QVERIFY(window->windowTitle().contains(QStringLiteral("second")));
    QVERIFY(window->windowTitle().contains(QString::number(other.port())));
    window->setClient(m_client, QStringLiteral("test"));
    QVERIFY(waitForLoad(window.get()));
}

void TestMainWindow::inputs_haveAccessibleNames()
{
    std::unique_ptr<MainWindow> window(makeWindow());
    QVERIFY(waitForLoad(window.get()));
    const QList<QWidget *> inputs = window->findChildren<QWidget *>();
    for (QWidget *w : inputs) {
        if (!qobject_cast<QLineEdit *>(w) && !qobject_cast<QComboBox *>(w))
            continue;
        if (w->parent() && qobject_cast<QComboBox *>(w->parent()))
            continue; // a combo's own line edit
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (!label->buddy())
            continue;
        QString text = label->text();
        text.remove(u'&');
        text.remove(u':');
        QCOMPARE(label->buddy()->accessibleName(), text);
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
