// SPDX-License-Identifier: Apache-2.0
// The application's look: the system's (default), or Qt's Fusion style with a light or a dark
// palette, for desktops where Qt does not follow the system's dark mode.
#pragma once

#include <QPalette>
#include <QString>

#include <optional>

class QApplication;

namespace signtraker::ui {

class Theme
{
public:
    enum class Kind { System, Light, Dark };

    // "system", "light" or "dark" (any case); nothing for anything else.
    static std::optional<Kind> fromName(const QString &name);
    static void apply(QApplication &app, Kind kind);

    static QPalette lightPalette();
    static QPalette darkPalette();
};

} // namespace signtraker::ui
