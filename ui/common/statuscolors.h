// SPDX-License-Identifier: Apache-2.0
// Status colours (error text, warnings, tinted panels) derived from the widget's palette, so that
// a dark theme reads as well as a light one. The one place the application chooses a colour.
#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

namespace signtraker::ui {

class StatusColors
{
public:
    enum class Status { Error, Warning };

    // Text of status on palette's window background: a dark red or amber on a light theme, a
    // light one on a dark theme, always with a readable contrast.
    static QColor text(Status status, const QPalette &palette);
    // A panel's background: the window colour tinted towards status.
    static QColor panel(Status status, const QPalette &palette);

    // Paints widget's text in status (its palette, no style sheet, so that it follows theme
    // changes made before the call).
    static void setText(QWidget *widget, Status status);
    // Tints widget's background towards status and keeps its text readable on it.
    static void setPanel(QWidget *widget, Status status);

    static bool isDark(const QPalette &palette);
};

} // namespace signtraker::ui
