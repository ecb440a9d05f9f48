// SPDX-License-Identifier: Apache-2.0
// The review table of a roster plan: one line per item with its include box, the member-by-member
// before and after in the schema's words, the filter by action, the boxes that only sendable
// items have, and the summary sentence with its plurals.
#include "rosterreviewmodel.h"

#include <QSignalSpy>
#include <QTest>

using namespace signtraker;
using namespace signtraker::ui;
using Action = RosterItem::Action;

using Summary = QMap<QString, int>;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

RosterItem item(Action action, int row, qint64 id, const QString &email)
{
    RosterItem item;
    item.action = action;
    item.row = row;
    item.id = id;
    item.email = email;
    return item;
}

RosterPlan samplePlan()
{
    RosterPlan plan;
    RosterItem update = item(Action::Update, 2, 7, s("jane@example.com"));
    update.name = s("Doe, Jane");
    update.planned = {{s("Id"), 7},
                      {s("CellularPhone"), s("512-555-0100")},
                      {s("Address"), QJsonObject{{s("City"), s("Austin")}}}};
    update.patch = {{s("CellularPhone"), s("512-555-0199")},
                    {s("Address"), QJsonObject{{s("City"), s("Waco")}}}};
    plan.items.append(update);
    RosterItem create = item(Action::Create, 3, 0, s("new@example.com"));
    create.patch = {{s("Email"), s("new@example.com")}, {s("FirstName"), s("Ann")}};
    plan.items.append(create);
    plan.items.append(item(Action::Activate, 4, 9, s("back@example.com")));
    plan.items.append(item(Action::Deactivate, 0, 11, s("gone@example.com")));
    plan.items.append(item(Action::Unchanged, 5, 12, s("same@example.com")));
    RosterItem error = item(Action::Error, 6, 0, s("bad"));
    error.status = RosterItem::Status::Error;
    error.reason = s("The e-mail address is not valid.");
    plan.items.append(error);
    return plan;
}

} // namespace

class TestRosterReviewModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void update_showsEachMemberBeforeAndAfter();
    void createAndActivation_showTheirValues();
    void include_onlySendableItemsHaveABox();
    void include_lockedWhileNotEditable();
    void filter_showsOneAction();
    void summary_data();
    void summary();
};

void TestRosterReviewModel::update_showsEachMemberBeforeAndAfter()
{
    RosterReviewModel model;
    model.setPlan(samplePlan());
    QCOMPARE(model.rowCount(), 6);
    const auto text = [&model](int column) { return model.index(0, column).data().toString(); };
    QCOMPARE(text(RosterReviewModel::ActionColumn), s("Update"));
    QCOMPARE(text(RosterReviewModel::RowColumn), s("2"));
    QCOMPARE(text(RosterReviewModel::AgentColumn), s("Doe, Jane (7)"));
    QCOMPARE(text(RosterReviewModel::MemberColumn), s("Cell phone\nCity"));
    QCOMPARE(text(RosterReviewModel::BeforeColumn), s("512-555-0100\nAustin"));
    QCOMPARE(text(RosterReviewModel::AfterColumn), s("512-555-0199\nWaco"));
    QCOMPARE(text(RosterReviewModel::StatusColumn), s("Planned"));
}

void TestRosterReviewModel::createAndActivation_showTheirValues()
{
    RosterReviewModel model;
    model.setPlan(samplePlan());
    QCOMPARE(model.index(1, RosterReviewModel::AgentColumn).data().toString(),
             s("new@example.com"));
    QCOMPARE(model.index(1, RosterReviewModel::MemberColumn).data().toString(),
             s("Email\nFirst name"));
    QCOMPARE(model.index(1, RosterReviewModel::AfterColumn).data().toString(),
             s("new@example.com\nAnn"));
    QCOMPARE(model.index(1, RosterReviewModel::BeforeColumn).data().toString(), s("\n"));
    QCOMPARE(model.index(2, RosterReviewModel::MemberColumn).data().toString(), s("Inactive"));
    QCOMPARE(model.index(2, RosterReviewModel::BeforeColumn).data().toString(), s("Yes"));
    QCOMPARE(model.index(2, RosterReviewModel::AfterColumn).data().toString(), s("No"));
    QCOMPARE(model.index(3, RosterReviewModel::BeforeColumn).data().toString(), s("No"));
    QCOMPARE(model.index(3, RosterReviewModel::AfterColumn).data().toString(), s("Yes"));
    QCOMPARE(model.index(3, RosterReviewModel::RowColumn).data().toString(), QString());
    QCOMPARE(model.index(5, RosterReviewModel::StatusColumn).data().toString(),
             s("Error: The e-mail address is not valid."));
}

void TestRosterReviewModel::include_onlySendableItemsHaveABox()
{
    RosterReviewModel model;
    model.setPlan(samplePlan());
    QCOMPARE(model.sendableCount(), 4);
    QSignalSpy changed(&model, &RosterReviewModel::includedChanged);
    const QModelIndex update = model.index(0, RosterReviewModel::IncludeColumn);
    QVERIFY(model.flags(update) & Qt::ItemIsUserCheckable);
    QVERIFY(model.setData(update, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(update.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(!model.plan().items.at(0).included);
    QCOMPARE(model.sendableCount(), 3);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(0, RosterReviewModel::StatusColumn).data().toString(),
             s("Excluded: not sent"));
    QCOMPARE(model.index(4, RosterReviewModel::StatusColumn).data().toString(), QString());

    for (int row : {4, 5}) { // unchanged and error: nothing to send, nothing to tick
        const QModelIndex index = model.index(row, RosterReviewModel::IncludeColumn);
        QVERIFY(!(model.flags(index) & Qt::ItemIsUserCheckable));
        QVERIFY(!index.data(Qt::CheckStateRole).isValid());
    }
}

void TestRosterReviewModel::include_lockedWhileNotEditable()
{
    RosterReviewModel model;
    model.setPlan(samplePlan());
    model.setEditable(false);
    const QModelIndex update = model.index(0, RosterReviewModel::IncludeColumn);
    QVERIFY(!(model.flags(update) & Qt::ItemIsUserCheckable));
    QVERIFY(!model.setData(update, Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(model.plan().items.at(0).included);
}

void TestRosterReviewModel::filter_showsOneAction()
{
    RosterReviewModel model;
    model.setPlan(samplePlan());
    RosterReviewFilter filter;
    filter.setSourceModel(&model);
    QCOMPARE(filter.rowCount(), 6);
    filter.setAction(Action::Deactivate);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, RosterReviewModel::AgentColumn).data().toString(),
             s("gone@example.com (11)"));
    filter.setAction(Action::Error);
    QCOMPARE(filter.rowCount(), 1);
    filter.setAction(std::nullopt);
    QCOMPARE(filter.rowCount(), 6);
    QCOMPARE(model.count(s("update")), 1);
}

void TestRosterReviewModel::summary_data()
{
    QTest::addColumn<Summary>("summary");
    QTest::addColumn<QString>("expected");
    QTest::newRow("issue") << Summary{{s("create"), 12},
                                      {s("update"), 40},
                                      {s("deactivate"), 3},
                                      {s("error"), 2},
                                      {s("conflict"), 0}}
                           << s("12 to create, 40 to update, 3 to deactivate, and 2 errors");
    QTest::newRow("singular") << Summary{{s("activate"), 1}, {s("error"), 1}}
                              << s("1 to activate and 1 error");
    QTest::newRow("one kind") << Summary{{s("unchanged"), 5}} << s("5 unchanged");
    QTest::newRow("empty") << Summary{} << s("Nothing to do.");
}

void TestRosterReviewModel::summary()
{
    QFETCH(Summary, summary);
    QFETCH(QString, expected);
    QCOMPARE(RosterReviewModel::summarySentence(summary), expected);
}

QTEST_MAIN(TestRosterReviewModel)
#include "tst_rosterreviewmodel.moc"
