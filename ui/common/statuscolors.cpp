// SPDX-License-Identifier: Apache-2.0
#include "statuscolors.h"

#include <QWidget>

namespace signtraker::ui {

namespace {

QColor hue(StatusColors::Status status)
{
    return status == StatusColors::Status::Error ? QColor(0xc0, 0x39, 0x2b)
                                                 : QColor(0xb9, 0x77, 0x0e);
}

QColor mix(const QColor &a, const QColor &b, double share_b)
{
    return QColor::fromRgbF(float(a.redF() * (1 - share_b) + b.redF() * share_b),
                            float(a.greenF() * (1 - share_b) + b.greenF() * share_b),
                            float(a.blueF() * (1 - share_b) + b.blueF() * share_b));
}

} // namespace

bool StatusColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor StatusColors::text(Status status, const QPalette &palette)
{
    // The hue keeps its colour; its lightness moves away from the background's.
    QColor colour = hue(status).toHsl();
    const float lightness = isDark(palette) ? 0.72f : 0.30f;
    return QColor::fromHslF(colour.hslHueF(), colour.hslSaturationF(), lightness);
}

QColor StatusColors::panel(Status status, const QPalette &palette)
{
    return mix(palette.color(QPalette::Window), hue(status), isDark(palette) ? 0.25 : 0.15);
}

void StatusColors::setText(QWidget *widget, Status status)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, text(status, palette));
    palette.setColor(QPalette::Text, text(status, palette));
    widget->setPalette(palette);
}

void StatusColors::setPanel(QWidget *widget, Status status)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::Window, panel(status, palette));
    widget->setAutoFillBackground(true);
    widget->setPalette(palette);
}

} // namespace signtraker::ui
