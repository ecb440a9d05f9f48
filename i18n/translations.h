// SPDX-License-Identifier: Apache-2.0
#pragma once

class QCoreApplication;

namespace signtraker {

// Installs the application's French catalogue and Qt's own qtbase_fr on app when the user's
// language (QLocale(), i.e. the system locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG) is French.
// English, the source language, needs nothing. Call once, after creating the application object
// and before creating any widget. The translators are children of app.
void installTranslations(QCoreApplication &app);

} // namespace signtraker
