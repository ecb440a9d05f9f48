// SPDX-License-Identifier: Apache-2.0
#include "dialogs.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

using signtraker::ui::Dialogs;

class TestDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void question_answerPrepared_deliversItFromEventLoop();
    void question_answersPrepared_usedInOrder();
    void question_nonInteractiveWithoutAnswer_answersDefault();
    void question_contextDestroyed_dropsCallback();
    void question_interactive_opensNonBlockingBox();
    void saveFileName_prepared_deliversName();
    void notice_serviceHtml_shownLiterally_data();
    void notice_serviceHtml_shownLiterally();
    void question_serviceHtml_shownLiterally();
    void saveFileName_emptyPrepared_isCancel();
};

void TestDialogs::question_answerPrepared_deliversItFromEventLoop()
{
    QWidget parent;
    Dialogs dialogs;
    dialogs.setNextAnswer(QMessageBox::Yes);
    std::optional<QMessageBox::StandardButton> answer;
    dialogs.question(&parent, QStringLiteral("Deactivate"), QStringLiteral("Deactivate Smith?"),
                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
                     [&](QMessageBox::StandardButton b) { answer = b; });
    QVERIFY(!answer); // never inside the call
    QTRY_VERIFY(answer.has_value());
    QCOMPARE(*answer, QMessageBox::Yes);
    QCOMPARE(dialogs.asked().size(), 1);
    QCOMPARE(dialogs.asked().first().text, QStringLiteral("Deactivate Smith?"));
    QVERIFY(QApplication::topLevelWidgets().size() <= 1);
}

void TestDialogs::question_answersPrepared_usedInOrder()
{
    Dialogs dialogs;
    dialogs.setNextAnswer(QMessageBox::No);
    dialogs.setNextAnswer(QMessageBox::Discard);
    QList<QMessageBox::StandardButton> answers;
    for (int i = 0; i < 2; ++i)
        dialogs.question(nullptr, QString(), QString(), QMessageBox::Yes | QMessageBox::No,
                         QMessageBox::Yes, [&](QMessageBox::StandardButton b) { answers << b; });
    QTRY_COMPARE(answers.size(), 2);
    QCOMPARE(answers, (QList<QMessageBox::StandardButton>{QMessageBox::No, QMessageBox::Discard}));
}

void TestDialogs::question_nonInteractiveWithoutAnswer_answersDefault()
{
    Dialogs dialogs;
    dialogs.setNonInteractive(true);
    std::optional<QMessageBox::StandardButton> answer;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no answer prepared")));
    dialogs.question(nullptr, QString(), QStringLiteral("Sure?"),
                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
                     [&](QMessageBox::StandardButton b) { answer = b; });
    QTRY_VERIFY(answer.has_value());
    QCOMPARE(*answer, QMessageBox::No);
}

void TestDialogs::question_contextDestroyed_dropsCallback()
{
    Dialogs dialogs;
    auto *parent = new QWidget;
    dialogs.setNextAnswer(QMessageBox::Yes);
    bool called = false;
    dialogs.question(parent, QString(), QString(), QMessageBox::Yes, QMessageBox::Yes,
                     [&](QMessageBox::StandardButton) { called = true; });
    delete parent;
    QSignalSpy spy(&dialogs, &Dialogs::answered);
    QVERIFY(spy.isValid());
    QVERIFY(!spy.wait(50)); // proving that nothing arrives
    QVERIFY(!called);
}

void TestDialogs::question_interactive_opensNonBlockingBox()
{
    QWidget parent;
    parent.show();
    Dialogs dialogs;
    std::optional<QMessageBox::StandardButton> answer;
    dialogs.question(&parent, QStringLiteral("T"), QStringLiteral("Really?"),
                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
                     [&](QMessageBox::StandardButton b) { answer = b; });
    // The call returned: no nested event loop. Press Yes on the box that is now open.
    auto *box = parent.findChild<QMessageBox *>();
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    box->button(QMessageBox::Yes)->click();
    QTRY_VERIFY(answer.has_value());
    QCOMPARE(*answer, QMessageBox::Yes);
}

void TestDialogs::notice_serviceHtml_shownLiterally_data()
{
    QTest::addColumn<bool>("warning");
    QTest::addColumn<QString>("text");
    // A 400 whose Message is HTML, as the window passes it on.
    const QString message = QStringLiteral("Saving failed: The request is invalid: <b>x</b> <img "
                                           "src=x> <a href=\"http://evil\">y</a>");
    QTest::newRow("warning") << true << message;
    QTest::newRow("information") << false << QStringLiteral("<h1>Done</h1> for <i>Lee</i>");
}

void TestDialogs::notice_serviceHtml_shownLiterally()
{
    QFETCH(bool, warning);
    QFETCH(QString, text);
    QWidget parent;
    parent.show();
    Dialogs dialogs;
    if (warning)
        dialogs.warning(&parent, QStringLiteral("T"), text);
    else
        dialogs.information(&parent, QStringLiteral("T"), text);
    auto *box = parent.findChild<QMessageBox *>();
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->textFormat(), Qt::PlainText);
    QCOMPARE(box->text(), text);
    box->button(QMessageBox::Ok)->click();
}

void TestDialogs::question_serviceHtml_shownLiterally()
{
    QWidget parent;
    parent.show();
    Dialogs dialogs;
    const QString informative = QStringLiteral("<b>Agent</b> <img src=x>");
    dialogs.question(
        &parent, QStringLiteral("T"), QStringLiteral("Deactivate <b>x</b>?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No, [](QMessageBox::StandardButton) {},
        informative);
    auto *box = parent.findChild<QMessageBox *>();
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->textFormat(), Qt::PlainText);
    auto *label = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel"));
    QVERIFY(label);
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QCOMPARE(label->text(), informative);
    box->button(QMessageBox::No)->click();
}

void TestDialogs::saveFileName_prepared_deliversName()
{
    Dialogs dialogs;
    dialogs.setNextFileName(QStringLiteral("/tmp/agents.csv"));
    QString name;
    bool done = false;
    dialogs.saveFileName(nullptr, QStringLiteral("Export"), QStringLiteral("agents.csv"),
                         QStringLiteral("CSV files (*.csv)"), [&](const QString &n) {
                             name = n;
                             done = true;
                         });
    QTRY_VERIFY(done);
    QCOMPARE(name, QStringLiteral("/tmp/agents.csv"));
    QCOMPARE(dialogs.asked().first().kind, Dialogs::Kind::SaveFileName);
}

void TestDialogs::saveFileName_emptyPrepared_isCancel()
{
    Dialogs dialogs;
    dialogs.setNextFileName(QString());
    bool done = false;
    QString name = QStringLiteral("x");
    dialogs.saveFileName(nullptr, QString(), QString(), QString(), [&](const QString &n) {
        name = n;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(name.isEmpty());
}

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
