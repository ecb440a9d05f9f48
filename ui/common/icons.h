// SPDX-License-Identifier: Apache-2.0
// Icons by freedesktop.org theme name, with the SVG bundled under :/icons/<name>.svg as the
// fallback where the system theme lacks the name (or there is no theme, as on Windows and macOS).
#pragma once

#include <QIcon>
#include <QString>

namespace signtraker::ui {

class Icons
{
public:
    // QIcon::fromTheme(name, the bundled :/icons/<name>.svg); a null icon when neither exists.
    static QIcon fromTheme(const QString &name);
    // Whether the application bundles an SVG for name.
    static bool isBundled(const QString &name);
};

} // namespace signtraker::ui
