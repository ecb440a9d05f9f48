// SPDX-License-Identifier: Apache-2.0
// Status colours read well on a light and on a dark palette: error and warning text keep the
// WCAG AA contrast (4.5:1) with the window, and so does ordinary text on a tinted panel.

#include "statuscolors.h"
#include "theme.h"

#include <QLabel>
#include <QTest>

#include <cmath>

using namespace signtraker::ui;

namespace {

double luminance(const QColor &colour)
{
    auto linear = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) +
           0.0722 * linear(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestStatusColors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void text_readableOnWindow_data();
    void text_readableOnWindow();
    void panel_keepsWindowTextReadable_data();
    void panel_keepsWindowTextReadable();
    void setText_usesThePaletteNotAStyleSheet();
    void themeNames();
};

void TestStatusColors::text_readableOnWindow_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<StatusColors::Status>("status");
    QTest::newRow("light error") << Theme::lightPalette() << StatusColors::Status::Error;
    QTest::newRow("light warning") << Theme::lightPalette() << StatusColors::Status::Warning;
    QTest::newRow("dark error") << Theme::darkPalette() << StatusColors::Status::Error;
    QTest::newRow("dark warning") << Theme::darkPalette() << StatusColors::Status::Warning;
}

void TestStatusColors::text_readableOnWindow()
{
    QFETCH(QPalette, palette);
    QFETCH(StatusColors::Status, status);
    const QColor text = StatusColors::text(status, palette);
    const double ratio = contrast(text, palette.color(QPalette::Window));
    QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3")
                                          .arg(text.name(), palette.color(QPalette::Window).name())
                                          .arg(ratio)));
    // Still a status colour: red or amber, not grey.
    QVERIFY(text.hslSaturationF() > 0.3);
}

void TestStatusColors::panel_keepsWindowTextReadable_data()
{
    text_readableOnWindow_data();
}

void TestStatusColors::panel_keepsWindowTextReadable()
{
    QFETCH(QPalette, palette);
    QFETCH(StatusColors::Status, status);
    const QColor panel = StatusColors::panel(status, palette);
    QVERIFY(panel != palette.color(QPalette::Window)); // tinted
    QVERIFY(contrast(palette.color(QPalette::WindowText), panel) >= 4.5);
}

void TestStatusColors::setText_usesThePaletteNotAStyleSheet()
{
    QLabel label;
    label.setPalette(Theme::darkPalette());
    StatusColors::setText(&label, StatusColors::Status::Error);
    QVERIFY(label.styleSheet().isEmpty());
    QCOMPARE(label.palette().color(QPalette::WindowText),
             StatusColors::text(StatusColors::Status::Error, Theme::darkPalette()));
    QVERIFY(StatusColors::isDark(label.palette()));
    QVERIFY(!StatusColors::isDark(Theme::lightPalette()));
}

void TestStatusColors::themeNames()
{
    QCOMPARE(Theme::fromName(QStringLiteral("Dark")), Theme::Kind::Dark);
    QCOMPARE(Theme::fromName(QStringLiteral(" light ")), Theme::Kind::Light);
    QCOMPARE(Theme::fromName(QStringLiteral("system")), Theme::Kind::System);
    QVERIFY(!Theme::fromName(QStringLiteral("solarized")));
}

QTEST_MAIN(TestStatusColors)
#include "tst_statuscolors.moc"
