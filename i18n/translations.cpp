// SPDX-License-Identifier: Apache-2.0
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace signtraker {

namespace {

constexpr auto kTranslatorName = "signtraker_translator";

// The first of the user's languages that is either the source language (English: nothing to
// load) or one we ship. QTranslator::load(QLocale, ...) alone would walk the whole list and load
// French for LANGUAGE=en:fr, although the user prefers English.
QLocale chosenLanguage(const QLocale &locale)
{
    const QStringList languages = locale.uiLanguages();
    for (const QString &name : languages) {
        const QLocale candidate(name);
        if (candidate.language() == QLocale::English || candidate.language() == QLocale::C)
            return QLocale::c();
        if (candidate.language() == QLocale::French)
            return candidate;
    }
    return QLocale::c();
}

bool install(QCoreApplication &app, const QLocale &locale, const QString &fileName,
             const QString &directory)
{
    auto *translator = new QTranslator(&app);
    if (!translator->load(locale, fileName, QStringLiteral("_"), directory)) {
        delete translator;
        return false;
    }
    translator->setObjectName(QLatin1String(kTranslatorName));
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace

void installTranslations(QCoreApplication &app)
{
    // Called twice (the GUI and a helper both calling it): once is enough.
    if (app.findChild<QTranslator *>(QLatin1String(kTranslatorName), Qt::FindDirectChildrenOnly))
        return;

    const QLocale language = chosenLanguage(QLocale());
    if (language.language() == QLocale::C)
        return;

    // Qt's own strings (standard buttons, context menus of line edits...) first: a translator
    // installed later is asked first, so ours win if a context ever collides.
    install(app, language, QStringLiteral("qtbase"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    install(app, language, QStringLiteral("signtraker"), QStringLiteral(":/i18n"));
}

} // namespace signtraker
