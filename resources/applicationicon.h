// SPDX-License-Identifier: Apache-2.0
#pragma once

// The application's identity on the desktop: the one id shared by the .desktop file, the AppStream
// metainfo and the icon (main() passes it to QGuiApplication::setDesktopFileName), and the icon
// itself: the installed theme icon where there is one, else the bundled SVG.

#include <QIcon>
#include <QString>

namespace signtraker {

QString applicationId();
QIcon applicationIcon();

} // namespace signtraker
