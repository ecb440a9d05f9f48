#include "apierror.h"
#include "errorbanner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using signtraker::ApiError;
using signtraker::ui::ErrorBanner;

class TestErrorBanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showError_validation_showsServiceMessageAndDetails();
    void retry_clicked_emitsRetryRequested();
    void close_clicked_hidesAndEmitsDismissed();
    void details_toggle_showsDetails();
    void showMessage_withoutDetails_hidesDisclosure();
    void setRetryVisible_false_hidesRetry();
    void showError_htmlMessage_shownLiterally_data();
    void showError_htmlMessage_shownLiterally();
};

void TestErrorBanner::showError_validation_showsServiceMessageAndDetails()
{
    ErrorBanner banner;
    banner.show();
    QVERIFY(!banner.isVisible() || !banner.hasMessage());
    const ApiError error = ApiError::fromHttpStatus(
        400, R"({"Message":"The query specified in the URI is not valid."})");
    banner.showError(error, QStringLiteral("Loading agents"));
    QVERIFY(banner.isVisible());
    QVERIFY(
        banner.message().contains(QStringLiteral("The query specified in the URI is not valid.")));
    QVERIFY(banner.message().startsWith(QStringLiteral("Loading agents")));
    QVERIFY(banner.details().contains(QStringLiteral("400")));
    QVERIFY(banner.retryButton()->isVisible());
    QVERIFY(banner.detailsButton()->isVisible());
    QVERIFY(!banner.isDetailsExpanded());
}

void TestErrorBanner::showError_htmlMessage_shownLiterally_data()
{
    QTest::addColumn<QString>("message");
    QTest::newRow("bold") << QStringLiteral("<b>x</b>");
    QTest::newRow("image") << QStringLiteral("<img src=x>");
    QTest::newRow("link") << QStringLiteral("Bad <a href=\"http://evil\">request</a>");
}

void TestErrorBanner::showError_htmlMessage_shownLiterally()
{
    QFETCH(QString, message);
    ErrorBanner banner;
    banner.show();
    const QJsonObject body{{QStringLiteral("Message"), message}};
    const ApiError error = ApiError::fromHttpStatus(400, QJsonDocument(body).toJson());
    banner.showError(error, QStringLiteral("Loading agents"));
    auto *label = banner.findChild<QLabel *>(QStringLiteral("errorMessage"));
    QVERIFY(label);
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QVERIFY2(label->text().contains(message), qPrintable(label->text()));
}

void TestErrorBanner::retry_clicked_emitsRetryRequested()
{
    ErrorBanner banner;
    banner.show();
    banner.showMessage(QStringLiteral("Boom"));
    QSignalSpy spy(&banner, &ErrorBanner::retryRequested);
    QVERIFY(spy.isValid());
    QTest::mouseClick(banner.retryButton(), Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QVERIFY(banner.isVisible()); // the owner decides when the problem is gone
}

void TestErrorBanner::close_clicked_hidesAndEmitsDismissed()
{
    ErrorBanner banner;
    banner.show();
    banner.showMessage(QStringLiteral("Boom"), QStringLiteral("details"));
    QSignalSpy spy(&banner, &ErrorBanner::dismissed);
    QVERIFY(spy.isValid());
    QTest::mouseClick(banner.closeButton(), Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QVERIFY(!banner.isVisible());
    QVERIFY(!banner.hasMessage());
}

void TestErrorBanner::details_toggle_showsDetails()
{
    ErrorBanner banner;
    banner.show();
    banner.showMessage(QStringLiteral("Boom"), QStringLiteral("HTTP status: 500"));
    auto *details = banner.findChild<QPlainTextEdit *>(QStringLiteral("errorDetails"));
    QVERIFY(details);
    QVERIFY(!details->isVisible());
    QTest::mouseClick(banner.detailsButton(), Qt::LeftButton);
    QVERIFY(banner.isDetailsExpanded());
    QVERIFY(details->isVisible());
    QCOMPARE(details->toPlainText(), QStringLiteral("HTTP status: 500"));
}

void TestErrorBanner::showMessage_withoutDetails_hidesDisclosure()
{
    ErrorBanner banner;
    banner.show();
    banner.showMessage(QStringLiteral("Boom"));
    QVERIFY(!banner.detailsButton()->isVisible());
}

void TestErrorBanner::setRetryVisible_false_hidesRetry()
{
    ErrorBanner banner;
    banner.show();
    banner.setRetryVisible(false);
    banner.showMessage(QStringLiteral("Boom"));
    QVERIFY(!banner.retryButton()->isVisible());
}

QTEST_MAIN(TestErrorBanner)
#include "tst_errorbanner.moc"
