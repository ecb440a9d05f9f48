// SPDX-License-Identifier: Apache-2.0
// "Sync Roster…" driven offscreen with real widgets against the simulator: a roster built from the
// simulator's own agents is read (detection shown, overridable), planned and reviewed (actions,
// counts, the filter by action); what is excluded is never sent and Apply sends only what is
// included; applied items enter the change log and the run can be reverted; the column mapping
// is remembered per profile; an interrupted journal of the same roster offers to resume; and the
// dialog's inputs have accessible names and unique accelerators.
#include "rosteractions.h"
#include "rosterapplypanel.h"
#include "rostermappingview.h"
#include "rosterreviewmodel.h"
#include "rosterreviewpanel.h"
#include "rostersourcepanel.h"
#include "rostersyncdialog.h"

#include "changelog.h"
#include "dialogs.h"
#include "errorbanner.h"

#include "agent.h"
#include "rosterapplier.h"
#include "rosterjournal.h"
#include "signtrakerclient.h"
#include "simfixture.h"
#include "simserver.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace signtraker;
using namespace signtraker::ui;
using sim::SimServer;

namespace {

const QString Key = QStringLiteral("test-key");

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QString quoted(const QString &text)
{
    return u'"' + QString(text).replace(u'"', s("\"\"")) + u'"';
}

} // namespace

class TestRosterSyncDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void open_reviewShowsTheActionsAndTheirCounts();
    void exclude_itemIsNotSent_applySendsOnlyIncluded();
    void revert_undoesWhatTheRunDid();
    void serverErrors_pauseTheRun_resumeSendsTheRest();
    void filter_byAction_andExcludeAllShown();
    void detection_overrideRereadsTheFile();
    void unreadableFile_saidInPlainWords_dialogStaysUsable();
    void mapping_rememberedPerProfile();
    void journal_interrupted_offersToResume();
    void inputs_haveAccessibleNamesAndUniqueAccelerators();

private:
    // The simulator's first count agents that may be changed.
    QList<Agent> agents(int count) const;
    // A roster of the columns a create needs: three agents as they are (the second with another
    // cell phone, the third with another last name), a new agent, a row with a bad e-mail.
    QByteArray roster(char separator = ',') const;
    QString write(const QByteArray &bytes, const QString &name = s("roster.csv"));
    RosterSyncDialog *open(const QString &profile = s("alpha"));
    bool plan(RosterSyncDialog *dialog);
    bool apply(RosterSyncDialog *dialog);
    int rowOf(RosterSyncDialog *dialog, const QString &email) const;
    QList<sim::RecordedRequest> writes() const;

    std::unique_ptr<SimServer> m_server;
    std::unique_ptr<SignTrakerClient> m_client;
    std::unique_ptr<Dialogs> m_dialogs;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ChangeLog> m_log;
    std::unique_ptr<QWidget> m_window;
};

void TestRosterSyncDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the journals go to a test folder
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestRosterSyncDialog::init()
{
    m_server = test::startSimulator(13, 60, Key);
    QVERIFY(m_server);
    m_client = test::clientFor(*m_server, Key);
    m_dialogs = std::make_unique<Dialogs>();
    m_dialogs->setNonInteractive(true);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(s("ui.ini")), QSettings::IniFormat);
    m_log = std::make_unique<ChangeLog>();
    m_window = std::make_unique<QWidget>();
    // No journal of an earlier test's roster may offer a resume.
    QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
         s("/signtraker-admin/journals"))
        .removeRecursively();
}

void TestRosterSyncDialog::cleanup()
{
    m_window.reset();
    m_log.reset();
    m_settings.reset();
    m_dir.reset();
    m_dialogs.reset();
    m_client.reset();
    m_server.reset();
}

QList<Agent> TestRosterSyncDialog::agents(int count) const
{
    QList<Agent> found;
    for (const QJsonValue &value : m_server->tenant().agents()) {
        const Agent agent(value.toObject());
        if (!agent.isManager() && !agent.isInactive() && !m_server->tenant().isSynced(agent.id()))
            found.append(agent);
        if (found.size() == count)
            break;
    }
    return found;
}

QByteArray TestRosterSyncDialog::roster(char separator) const
{
    const QList<Agent> three = agents(3);
    const QString sep(QChar::fromLatin1(separator));
    QStringList lines{QStringList{s("Email"), s("UserName"), s("FirstName"), s("LastName"),
                                  s("CellularPhone"), s("Office"), s("PaymentMode")}
                          .join(sep)};
    for (int i = 0; i < three.size(); ++i) {
        const Agent &agent = three.at(i);
        const QString phone = i == 1 ? s("+1 512-555-0142") : agent.cellularPhone();
        const QString lastName = i == 2 ? agent.lastName() + s("-Rivera") : agent.lastName();
        lines.append(QStringList{quoted(agent.email()), quoted(agent.userName()),
                                 quoted(agent.firstName()), quoted(lastName), quoted(phone),
                                 QString::number(agent.officeId()), agent.paymentMode()}
                         .join(sep));
    }
    const QString office = QString::number(three.first().officeId());
    lines.append(QStringList{s("new.agent@example.com"), s("new.agent"), s("Nora"), s("Newton"),
                             quoted(s("+1 512-555-0177")), office, s("Terms")}
                     .join(sep));
    lines.append(QStringList{s("not-an-email"), s("bad.row"), s("Bad"), s("Row"),
                             quoted(s("+1 512-555-0178")), office, s("Terms")}
                     .join(sep));
    return lines.join(s("\r\n")).toUtf8() + "\r\n";
}

QString TestRosterSyncDialog::write(const QByteArray &bytes, const QString &name)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

RosterSyncDialog *TestRosterSyncDialog::open(const QString &profile)
{
    auto *actions = new RosterActions(m_client.get(), profile, m_dialogs.get(), m_settings.get(),
                                      m_log.get(), m_window.get(), m_window.get());
    actions->syncAction()->trigger();
    RosterSyncDialog *dialog = actions->dialog();
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

bool TestRosterSyncDialog::plan(RosterSyncDialog *dialog)
{
    if (!dialog->planButton()->isEnabled())
        return false;
    QSignalSpy ready(dialog, &RosterSyncDialog::planReady);
    QTest::mouseClick(dialog->planButton(), Qt::LeftButton);
    return ready.wait(20000) && dialog->isReviewing();
}

bool TestRosterSyncDialog::apply(RosterSyncDialog *dialog)
{
    if (!dialog->applyButton()->isEnabled())
        return false;
    QSignalSpy finished(dialog, &RosterSyncDialog::runFinished);
    m_server->clearRequests();
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    return finished.wait(20000);
}

int TestRosterSyncDialog::rowOf(RosterSyncDialog *dialog, const QString &email) const
{
    const RosterReviewModel *model = dialog->reviewPanel()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->item(row).email.compare(email, Qt::CaseInsensitive) == 0)
            return row;
    return -1;
}

QList<sim::RecordedRequest> TestRosterSyncDialog::writes() const
{
    QList<sim::RecordedRequest> found;
    for (const sim::RecordedRequest &request : m_server->requests())
        if (request.method != "GET")
            found.append(request);
    return found;
}

void TestRosterSyncDialog::open_reviewShowsTheActionsAndTheirCounts()
{
    RosterSyncDialog *dialog = open();
    QVERIFY(dialog);
    dialog->openRoster(write(roster()));
    QVERIFY2(dialog->sourcePanel()->detectionLabel()->text().contains(s("UTF-8")),
             qPrintable(dialog->sourcePanel()->detectionLabel()->text()));
    QVERIFY(dialog->sourcePanel()->detectionLabel()->text().contains(s("comma")));
    QCOMPARE(dialog->mappingView()->table()->rowCount(), 7);
    m_server->clearRequests();
    QVERIFY(plan(dialog));
    QVERIFY(writes().isEmpty()); // planning sends nothing

    RosterReviewPanel *review = dialog->reviewPanel();
    QCOMPARE(review->summary(), s("1 to create, 2 to update, 1 unchanged, and 1 error."));
    const QList<Agent> three = agents(3);
    const RosterReviewModel *model = review->model();
    QCOMPARE(model->item(rowOf(dialog, three.at(0).email())).action, RosterItem::Action::Unchanged);
    const int phone = rowOf(dialog, three.at(1).email());
    QCOMPARE(model->item(phone).action, RosterItem::Action::Update);
    QCOMPARE(model->index(phone, RosterReviewModel::MemberColumn).data().toString(),
             s("Cell phone"));
    QCOMPARE(model->index(phone, RosterReviewModel::BeforeColumn).data().toString(),
             three.at(1).cellularPhone());
    QCOMPARE(model->index(phone, RosterReviewModel::AfterColumn).data().toString(),
             s("+1 512-555-0142"));
    QCOMPARE(model->item(rowOf(dialog, s("new.agent@example.com"))).action,
             RosterItem::Action::Create);
    const int bad = rowOf(dialog, s("not-an-email"));
    QCOMPARE(model->item(bad).action, RosterItem::Action::Error);
    QCOMPARE(model->index(bad, RosterReviewModel::RowColumn).data().toString(), s("6"));
    QCOMPARE(review->actionFilter()->itemText(review->actionFilter()->findData(s("update"))),
             s("Update (2)"));
}

void TestRosterSyncDialog::exclude_itemIsNotSent_applySendsOnlyIncluded()
{
    RosterSyncDialog *dialog = open();
    QVERIFY(dialog);
    dialog->openRoster(write(roster()));
    QVERIFY(plan(dialog));
    const QList<Agent> three = agents(3);
    RosterReviewModel *model = dialog->reviewPanel()->model();
    const int excluded = rowOf(dialog, three.at(1).email());
    QVERIFY(model->setData(model->index(excluded, RosterReviewModel::IncludeColumn), Qt::Unchecked,
                           Qt::CheckStateRole));
    QVERIFY(dialog->reviewPanel()->summary().contains(s("1 excluded")));

    QVERIFY(apply(dialog));
    int patches = 0;
    int posts = 0;
    for (const sim::RecordedRequest &request : writes()) {
        QVERIFY2(!request.path.endsWith(QString::number(three.at(1).id())),
                 qPrintable(request.path));
        patches += request.method == "PATCH" ? 1 : 0;
        posts += request.method == "POST" ? 1 : 0;
        if (request.method == "PATCH") {
            QVERIFY(request.path.endsWith(QString::number(three.at(2).id())));
            QCOMPARE(
                QJsonDocument::fromJson(request.body).object(),
                QJsonObject({{s("LastName"), QString(three.at(2).lastName() + s("-Rivera"))}}));
        }
    }
    QCOMPARE(patches, 1);
    QCOMPARE(posts, 1);
    QCOMPARE(Agent(*m_server->tenant().agent(three.at(1).id())).cellularPhone(),
             three.at(1).cellularPhone());
    QCOMPARE(Agent(*m_server->tenant().agent(three.at(2).id())).lastName(),
             three.at(2).lastName() + s("-Rivera"));
    QCOMPARE(model->item(excluded).status, RosterItem::Status::Planned);
    QCOMPARE(model->item(rowOf(dialog, three.at(2).email())).status, RosterItem::Status::Done);
    QCOMPARE(model->item(rowOf(dialog, s("new.agent@example.com"))).status,
             RosterItem::Status::Done);
    // Both applied items are in the window's change log: a member row and a "Created" row.
    QCOMPARE(m_log->rowCount(), 2);
    QVERIFY(!dialog->applyButton()->isEnabled()); // a plan is applied once
    QVERIFY(dialog->applyPanel()->journalLabel()->text().contains(s("journals")));
    QVERIFY(QFile::exists(dialog->journalPath()));

    // The journal for the brokerage: the items of the run, with what became of them.
    const QString exported = m_dir->filePath(s("journal.csv"));
    QSignalSpy answered(m_dialogs.get(), &Dialogs::answered);
    m_dialogs->setNextFileName(exported);
    QTest::mouseClick(dialog->applyPanel()->exportJournalButton(), Qt::LeftButton);
    QVERIFY(answered.wait(5000));
    QFile csv(exported);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    QVERIFY2(text.contains(s("new.agent@example.com")) && text.contains(three.at(2).email()),
             qPrintable(text));
    QVERIFY(!text.contains(three.at(1).email())); // excluded: not in the run
}

void TestRosterSyncDialog::revert_undoesWhatTheRunDid()
{
    RosterSyncDialog *dialog = open();
    QVERIFY(dialog);
    const QList<Agent> three = agents(3); // as they were before the run
    dialog->openRoster(write(roster()));
    QVERIFY(plan(dialog));
    QVERIFY(apply(dialog));
    QCOMPARE(Agent(*m_server->tenant().agent(three.at(1).id())).cellularPhone(),
             s("+1 512-555-0142"));
    QVERIFY(dialog->applyPanel()->revertButton()->isEnabled());

    QSignalSpy finished(dialog, &RosterSyncDialog::runFinished);
    m_dialogs->setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(dialog->applyPanel()->revertButton(), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QVERIFY(m_dialogs->asked().last().title == s("Revert This Run"));
    QCOMPARE(Agent(*m_server->tenant().agent(three.at(1).id())).cellularPhone(),
             three.at(1).cellularPhone());
    QCOMPARE(Agent(*m_server->tenant().agent(three.at(2).id())).lastName(), three.at(2).lastName());
    QVERIFY(!dialog->applyPanel()->revertButton()->isEnabled());
}

void TestRosterSyncDialog::serverErrors_pauseTheRun_resumeSendsTheRest()
{
    // Ten agents with another cell phone each: ten checked updates, four in flight at once.
    const QList<Agent> ten = agents(10);
    QStringList lines{s("Email,CellularPhone")};
    for (int i = 0; i < ten.size(); ++i)
        lines.append(ten.at(i).email() + s(",\"+1 512-555-01%1\"").arg(50 + i));
    RosterSyncDialog *dialog = open();
    QVERIFY(dialog);
    dialog->openRoster(write(lines.join(u'\n').toUtf8()));
    QVERIFY(plan(dialog));
    QCOMPARE(dialog->reviewPanel()->model()->count(s("update")), 10);
    m_server->setErrorRate(1.0); // the service is down

    QSignalSpy finished(dialog, &RosterSyncDialog::runFinished);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    RosterApplyPanel *run = dialog->applyPanel();
    QTRY_VERIFY_WITH_TIMEOUT(run->resumeButton()->isVisible(), 10000);
    QVERIFY2(run->statusLabel()->text().startsWith(s("Paused")),
             qPrintable(run->statusLabel()->text()));
    QVERIFY(finished.isEmpty()); // nothing new is sent while paused

    m_server->setErrorRate(0.0); // and back
    QTest::mouseClick(run->resumeButton(), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QVERIFY(!run->resumeButton()->isVisible());
    const RosterReviewModel *model = dialog->reviewPanel()->model();
    int done = 0;
    int failed = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        done += model->item(row).status == RosterItem::Status::Done ? 1 : 0;
        failed += model->item(row).status == RosterItem::Status::Failed ? 1 : 0;
    }
    // Those sent while the service was down failed; those waiting were sent after Resume.
    QVERIFY2(failed >= 3 && done >= 1 && failed + done == 10,
             qPrintable(QStringLiteral("%1 failed, %2 done").arg(failed).arg(done)));
    QCOMPARE(m_log->rowCount(), done);
}

void TestRosterSyncDialog::filter_byAction_andExcludeAllShown()
{
    RosterSyncDialog *dialog = open();
    QVERIFY(dialog);
    dialog->openRoster(write(roster()));
    QVERIFY(plan(dialog));
    RosterReviewPanel *review = dialog->reviewPanel();
    QComboBox *filter = review->actionFilter();
    filter->setCurrentIndex(filter->findData(s("update")));
    Q_EMIT filter->activated(filter->currentIndex());
    QCOMPARE(review->table()->model()->rowCount(), 2);
    QTest::mouseClick(review->excludeShownButton(), Qt::LeftButton);
    QVERIFY2(review->summary().contains(s("2 excluded")), qPrintable(review->summary()));
    QCOMPARE(review->model()->sendableCount(), 1); // the create, not shown, still included

    filter->setCurrentIndex(filter->findData(QString()));
    Q_EMIT filter->activated(filter->currentIndex());
    QCOMPARE(review->table()->model()->rowCount(), 5);
    QVERIFY(apply(dialog));
    for (const sim::RecordedRequest &request : writes())
        QVERIFY2(request.method == "POST", request.method.constData());
}

void TestRosterSyncDialog::detection_overrideRereadsTheFile()
{
    RosterSyncDialog *dialog = open();
    QVERIFY(dialog);
    dialog->openRoster(write(roster(';')));
    RosterSourcePanel *source = dialog->sourcePanel();
    QVERIFY2(source->detectionLabel()->text().contains(s("semicolon")),
             qPrintable(source->detectionLabel()->text()));
    QCOMPARE(dialog->mappingView()->table()->rowCount(), 7);

    // Forced to a comma, the header is one column: what the user sees follows at once.
    QComboBox *separator = source->separatorBox();
    separator->setCurrentIndex(separator->findData(s(",")));
    Q_EMIT separator->activated(separator->currentIndex());
    QVERIFY(source->detectionLabel()->text().contains(s("comma")));
    QVERIFY(dialog->mappingView()->table()->rowCount() < 7);

    separator->setCurrentIndex(separator->findData(QString()));
    Q_EMIT separator->activated(separator->currentIndex());
    QCOMPARE(dialog->mappingView()->table()->rowCount(), 7);
    QVERIFY(source->detectionLabel()->text().contains(s("semicolon")));
    QVERIFY(plan(dialog));
    QCOMPARE(dialog->reviewPanel()->model()->count(s("update")), 2);
}

void TestRosterSyncDialog::unreadableFile_saidInPlainWords_dialogStaysUsable()
{
    RosterSyncDialog *dialog = open();
    QVERIFY(dialog);
    const QString missing = m_dir->filePath(s("missing.csv"));
    dialog->openRoster(missing);
    QVERIFY(dialog->errorBanner()->hasMessage());
    QVERIFY2(dialog->errorBanner()->message().contains(s("missing.csv")),
             qPrintable(dialog->errorBanner()->message()));
    QVERIFY(!dialog->planButton()->isEnabled());

    dialog->openRoster(write(roster()));
    QVERIFY(!dialog->errorBanner()->hasMessage());
    QVERIFY(plan(dialog));
}

void TestRosterSyncDialog::mapping_rememberedPerProfile()
{
    const QString path = write(roster());
    RosterSyncDialog *alpha = open(s("alpha"));
    QVERIFY(alpha);
    alpha->openRoster(path);
    QComboBox *office = alpha->mappingView()->memberBox(5);
    QVERIFY(office);
    QCOMPARE(office->currentData().toString(), s("Office"));
    office->setCurrentIndex(office->findData(QString()));
    Q_EMIT office->activated(office->currentIndex());
    alpha->close();
    QTRY_VERIFY(m_window->findChildren<RosterSyncDialog *>().isEmpty());

    RosterSyncDialog *again = open(s("alpha"));
    QVERIFY(again);
    again->openRoster(path);
    QCOMPARE(again->mappingView()->memberBox(5)->currentData().toString(), QString());
    QCOMPARE(again->mappingView()->memberBox(4)->currentData().toString(), s("CellularPhone"));
    again->close();
    QTRY_VERIFY(m_window->findChildren<RosterSyncDialog *>().isEmpty());

    RosterSyncDialog *beta = open(s("beta"));
    QVERIFY(beta);
    beta->openRoster(path);
    QCOMPARE(beta->mappingView()->memberBox(5)->currentData().toString(), s("Office"));
}

void TestRosterSyncDialog::journal_interrupted_offersToResume()
{
    const QByteArray bytes = roster();
    const QString path = write(bytes);
    const QList<Agent> three = agents(3);
    {
        // A run that died after its first item: started, one item done, never ended.
        RosterJournal journal;
        QVERIFY(journal.open(RosterJournal::defaultPathFor(bytes, s("alpha"))));
        QVERIFY(journal.startRun(3));
        RosterJournal::Entry done;
        done.event = RosterJournal::Entry::Event::Outcome;
        done.key = s("create:new.agent@example.com");
        done.action = s("create");
        done.email = s("new.agent@example.com");
        done.status = s("done");
        QVERIFY(journal.append(done));
    }
    RosterSyncDialog *other = open(s("beta")); // another profile: its own journal, no offer
    QVERIFY(other);
    other->openRoster(path);
    QVERIFY(m_dialogs->asked().isEmpty());
    other->close();
    QTRY_VERIFY(m_window->findChildren<RosterSyncDialog *>().isEmpty());

    RosterSyncDialog *dialog = open(s("alpha"));
    QVERIFY(dialog);
    QSignalSpy answered(m_dialogs.get(), &Dialogs::answered);
    m_dialogs->setNextAnswer(QMessageBox::Yes);
    dialog->openRoster(path);
    QVERIFY(answered.wait(5000));
    QCOMPARE(m_dialogs->asked().size(), 1);
    QCOMPARE(m_dialogs->asked().first().title, s("Resume Roster Sync"));
    QVERIFY(m_dialogs->asked().first().text.contains(s("items done: 1")));
    QVERIFY(dialog->isResuming());

    // Resumed: the item done before the interruption is shown done and not sent again.
    QVERIFY(plan(dialog));
    const RosterReviewModel *model = dialog->reviewPanel()->model();
    const int created = rowOf(dialog, s("new.agent@example.com"));
    QCOMPARE(model->item(created).status, RosterItem::Status::Done);
    QVERIFY(!model->item(created).included);
    QVERIFY(apply(dialog));
    int patches = 0;
    for (const sim::RecordedRequest &request : writes()) {
        QVERIFY2(request.method != "POST", qPrintable(request.path));
        patches += request.method == "PATCH" ? 1 : 0;
    }
    QCOMPARE(patches, 2);
    QCOMPARE(m_server->tenant().agentIdByEmail(s("new.agent@example.com")), qint64(0));
}

void TestRosterSyncDialog::inputs_haveAccessibleNamesAndUniqueAccelerators()
{
    RosterSyncDialog *dialog = open();
    QVERIFY(dialog);
    dialog->openRoster(write(roster()));
    QHash<QChar, QString> accelerators;
    const auto check = [&accelerators](const QString &text) {
        const qsizetype amp = text.indexOf(u'&');
        if (amp < 0 || amp + 1 >= text.size())
            return true;
        const QChar key = text.at(amp + 1).toLower();
        if (accelerators.contains(key)) {
            qWarning("'%s' and '%s' share an accelerator", qPrintable(accelerators.value(key)),
                     qPrintable(text));
            return false;
        }
        accelerators.insert(key, text);
        return true;
    };
    for (QAbstractButton *button : dialog->findChildren<QAbstractButton *>()) {
        if (button->text().isEmpty())
            continue;
        QVERIFY(check(button->text()));
        QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->text()));
    }
    for (QLabel *label : dialog->findChildren<QLabel *>())
        QVERIFY(check(label->text()));
    for (QWidget *input : dialog->findChildren<QWidget *>()) {
        if (qobject_cast<QLineEdit *>(input) || qobject_cast<QComboBox *>(input) ||
            qobject_cast<QTableView *>(input))
            QVERIFY2(!input->accessibleName().isEmpty() ||
                         qobject_cast<QLineEdit *>(input->parent()) /* a combo's own editor */,
                     qPrintable(input->objectName()));
    }
    QVERIFY(accelerators.size() >= 10);
}

QTEST_MAIN(TestRosterSyncDialog)
#include "tst_rostersyncdialog.moc"
