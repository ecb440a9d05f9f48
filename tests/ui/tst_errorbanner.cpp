// SPDX-License-Identifier: Apache-2.0
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
#include <QTranslator>

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
    void details_kindLine_translatedWhole_data();
    void details_kindLine_translatedWhole();
};

namespace {

// Marks every message of the banner's context, to see which text went through a translation.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "signtraker::ui::ErrorBanner") != 0)
            return {};
        return u'«' + QString::fromUtf8(sourceText) + u'»';
    }
    bool isEmpty() const override { return false; }
};

} // namespace

void TestErrorBanner::details_kindLine_translatedWhole_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::newRow("validation") << ApiError::fromHttpStatus(400, "{}");
    QTest::newRow("rate limited") << ApiError::fromHttpStatus(429, "{}");
    QTest::newRow("server") << ApiError::fromHttpStatus(503, "{}");
    QTest::newRow("not found") << ApiError::fromHttpStatus(404, "{}");
    QTest::newRow("network") << ApiError::network(ApiError::NetworkKind::Timeout,
                                                  QStringLiteral("slow"), true);
    QTest::newRow("configuration") << ApiError::configuration(QStringLiteral("bad"));
    QTest::newRow("authentication") << ApiError::authentication(QStringLiteral("no key"));
}

// The kind's word too, not only "Kind:": a French reader must not meet "rate limited".
void TestErrorBanner::details_kindLine_translatedWhole()
{
    QFETCH(ApiError, error);
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString details = ErrorBanner::detailsOf(error);
    QCoreApplication::removeTranslator(&translator);
    const QString first = details.section(u'\n', 0, 0);
    QVERIFY2(first.startsWith(u'«') && first.endsWith(u'»') && first.count(u'«') == 1,
             qPrintable(first));
    QVERIFY2(first.contains(QLatin1String("Kind: ")), qPrintable(first));
}

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
