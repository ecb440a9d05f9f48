// SPDX-License-Identifier: Apache-2.0
#include "agentstablemodel.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QJsonArray>
#include <QPalette>
#include <QSignalSpy>
#include <QTest>

using signtraker::Page;
using signtraker::ui::AgentColumn;
using signtraker::ui::AgentsTableModel;

namespace {

QJsonObject agent(qint64 id, const QString &last, bool inactive = false)
{
    return QJsonObject{
        {QStringLiteral("Id"), id},
        {QStringLiteral("LastName"), last},
        {QStringLiteral("FirstName"), QStringLiteral("Ann")},
        {QStringLiteral("Email"), QStringLiteral("ann%1@example.com").arg(id)},
        {QStringLiteral("Office"), QJsonObject{{QStringLiteral("Id"), 3},
                                               {QStringLiteral("Name"), QStringLiteral("Austin")}}},
        {QStringLiteral("IsInactive"), inactive},
        {QStringLiteral("IsManager"), id % 2 == 0},
        {QStringLiteral("Unknown"), QStringLiteral("kept")}};
}

Page page(int count, int index = 0, int size = 50, bool hasNext = false)
{
    Page p;
    for (int i = 0; i < count; ++i)
        p.rows.append(agent(1001 + index * size + i, QStringLiteral("Last%1").arg(i), i % 3 == 0));
    p.index = index;
    p.size = size;
    p.hasNext = hasNext;
    return p;
}

} // namespace

class TestAgentsTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setPage_resetsAndShowsRows();
    void data_columns_displayAndRaw();
    void foreground_inactiveRow_dimmed();
    void updateRecord_emitsDataChangedForOneRow();
    void updateRecord_unknownId_returnsFalse();
    void prependRecord_insertsOneRow();
    void recordAt_keepsUnknownMembers();
};

void TestAgentsTableModel::setPage_resetsAndShowsRows()
{
    AgentsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(reset.isValid());
    model.setPage(page(10));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.columnCount(), 11);
    model.setPage(page(3, 1, 50));
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.idAt(0), 1051);
    QCOMPARE(model.rowOfId(1053), 2);
    QCOMPARE(model.rowOfId(1001), -1);
    QCOMPARE(model.headerData(int(AgentColumn::LastName), Qt::Horizontal).toString(),
             QStringLiteral("Last name"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestAgentsTableModel::data_columns_displayAndRaw()
{
    AgentsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPage(page(2));
    auto cell = [&model](int row, AgentColumn c, int role = Qt::DisplayRole) {
        return model.data(model.index(row, int(c)), role);
    };
    QCOMPARE(cell(0, AgentColumn::Id).toString(), QStringLiteral("1001"));
    QCOMPARE(cell(0, AgentColumn::Id, signtraker::ui::RawValueRole).toLongLong(), 1001);
    QCOMPARE(cell(0, AgentColumn::Office).toString(), QStringLiteral("Austin"));
    QCOMPARE(cell(0, AgentColumn::Status).toString(), QStringLiteral("Inactive"));
    QCOMPARE(cell(1, AgentColumn::Status).toString(), QStringLiteral("Active"));
    QCOMPARE(cell(0, AgentColumn::Status, signtraker::ui::RawValueRole).toBool(), true);
    QCOMPARE(cell(1, AgentColumn::IsManager).toString(), QStringLiteral("Yes"));
    QCOMPARE(cell(0, AgentColumn::IsManager).toString(), QStringLiteral("No"));
    QCOMPARE(cell(0, AgentColumn::Manager).toString(), QString()); // absent member: blank
    QCOMPARE(cell(1, AgentColumn::Email, signtraker::ui::IdRole).toLongLong(), 1002);
}

void TestAgentsTableModel::foreground_inactiveRow_dimmed()
{
    AgentsTableModel model;
    model.setPage(page(2));
    const QVariant dimmed = model.data(model.index(0, 1), Qt::ForegroundRole);
    QVERIFY(dimmed.isValid());
    QCOMPARE(dimmed.value<QBrush>().color(),
             QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
    QVERIFY(!model.data(model.index(1, 1), Qt::ForegroundRole).isValid());
}

void TestAgentsTableModel::updateRecord_emitsDataChangedForOneRow()
{
    AgentsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPage(page(5));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(changed.isValid());
    QJsonObject record = model.recordAt(2);
    record.insert(QStringLiteral("LastName"), QStringLiteral("Renamed"));
    record.insert(QStringLiteral("IsInactive"), true);
    QVERIFY(model.updateRecord(record));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(reset.count(), 0);
    const auto topLeft = changed.first().at(0).value<QModelIndex>();
    const auto bottomRight = changed.first().at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), 2);
    QCOMPARE(bottomRight.row(), 2);
    QCOMPARE(topLeft.column(), 0);
    QCOMPARE(bottomRight.column(), model.columnCount() - 1);
    QCOMPARE(model.data(model.index(2, int(AgentColumn::LastName))).toString(),
             QStringLiteral("Renamed"));
}

void TestAgentsTableModel::updateRecord_unknownId_returnsFalse()
{
    AgentsTableModel model;
    model.setPage(page(2));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(!model.updateRecord(agent(99999, QStringLiteral("X"))));
    QCOMPARE(changed.count(), 0);
}

void TestAgentsTableModel::prependRecord_insertsOneRow()
{
    AgentsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPage(page(2));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QCOMPARE(model.prependRecord(agent(5000, QStringLiteral("New"))), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOfId(5000), 0);
    QCOMPARE(model.rowOfId(1001), 1);
}

void TestAgentsTableModel::recordAt_keepsUnknownMembers()
{
    AgentsTableModel model;
    model.setPage(page(1));
    QCOMPARE(model.recordAt(0).value(QStringLiteral("Unknown")).toString(), QStringLiteral("kept"));
    QVERIFY(model.recordAt(7).isEmpty());
}

QTEST_MAIN(TestAgentsTableModel)
#include "tst_agentstablemodel.moc"
