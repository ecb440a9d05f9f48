// SPDX-License-Identifier: Apache-2.0
// The French catalogue: installTranslations() loads it for a French locale and only then, every
// message of i18n/signtraker_fr.ts is finished and reaches the application through the embedded
// .qm, and no translation lost a placeholder or a keyboard accelerator.

#include "translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString type; // "", "unfinished", "obsolete", "vanished"
    bool numerus = false;
    QStringList translations; // one, or one per numerus form
    qint64 line = 0;
};

QString describe(const Message &m)
{
    return QStringLiteral("%1 / \"%2\" (line %3)")
        .arg(m.context, m.source, QString::number(m.line));
}

QList<Message> readCatalogue(QString *error)
{
    QFile file(QStringLiteral(SIGNTRAKER_TS_FILE));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{};
            current.context = context;
            current.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            current.line = xml.lineNumber();
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            current.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        current.translations.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                current.translations.append(xml.readElementText());
            }
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString() + QStringLiteral(" at line %1").arg(xml.lineNumber());
    return messages;
}

// %1..%99 (with or without L) and %n, sorted: "%1 of %2" and "%2 sur %1" carry the same set.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.append(QLatin1Char('%') + it.next().captured(1));
    found.sort();
    found.removeDuplicates();
    return found;
}

// The mnemonic letters of a text: "&&" is a literal ampersand, not an accelerator.
QString accelerators(const QString &text)
{
    QString letters;
    for (qsizetype i = 0; i < text.size() - 1; ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        letters.append(text.at(i + 1).toLower());
    }
    return letters;
}

void removeTranslators()
{
    const auto translators = qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

QString translated(const char *context, const char *source, int n = -1)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QList<Message> m_messages;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_messages = readCatalogue(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_messages.size() > 100);
    }

    void cleanup()
    {
        removeTranslators();
        QLocale::setDefault(QLocale::system());
    }

    void englishLoadsNothing_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("en_CA") << QLocale(QLocale::English, QLocale::Canada);
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates);
        QTest::newRow("C") << QLocale::c();
        QTest::newRow("de_DE: no catalogue, English") << QLocale(QLocale::German, QLocale::Germany);
    }
    void englishLoadsNothing()
    {
        QFETCH(QLocale, locale);
        QLocale::setDefault(locale);
        signtraker::installTranslations(*qApp);
        QCOMPARE(qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly).size(), 0);
        QCOMPARE(translated("AgentSchema", "Office"), QStringLiteral("Office"));
    }

    void frenchLoadsTheCatalogue_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("fr_CA") << QLocale(QLocale::French, QLocale::Canada);
        QTest::newRow("fr_FR") << QLocale(QLocale::French, QLocale::France);
        QTest::newRow("fr_BE") << QLocale(QLocale::French, QLocale::Belgium);
    }
    void frenchLoadsTheCatalogue()
    {
        QFETCH(QLocale, locale);
        QLocale::setDefault(locale);
        signtraker::installTranslations(*qApp);
        const auto installed = qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly);
        QVERIFY(!installed.isEmpty());
        QVERIFY(installed.size() <= 2); // ours, and Qt's own where it is installed
        const bool ours = std::any_of(installed.begin(), installed.end(), [](QTranslator *t) {
            return t->filePath() == QLatin1String(":/i18n/signtraker_fr.qm");
        });
        QVERIFY2(ours, "the embedded :/i18n/signtraker_fr.qm was not loaded");

        // A second call (the GUI and the CLI share the function) adds nothing.
        signtraker::installTranslations(*qApp);
        QCOMPARE(qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly).size(),
                 installed.size());
    }

    // A few messages of each area, with the terminology the tenants use.
    void representativeMessages_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("french");
        const auto row = [](const char *context, const char *source, const QString &french) {
            QTest::addRow("%s: %s", context, source)
                << QString::fromUtf8(context) << QString::fromUtf8(source) << french;
        };
        // client/
        row("signtraker::ApiError", "The API key was refused (HTTP %1).",
            QStringLiteral("La clé d'API a été refusée (HTTP %1)."));
        row("signtraker::ApiError", "The host was not found",
            QStringLiteral("L'hôte est introuvable"));
        row("signtraker::KeyStore", "no key is stored in the keychain for this profile",
            QStringLiteral("aucune clé n'est enregistrée dans le trousseau pour ce profil"));
        // ui/agents
        row("AgentSchema", "Office", QStringLiteral("Bureau"));
        row("AgentSchema", "Manager", QStringLiteral("Gestionnaire"));
        row("AgentSchema", "Payment mode", QStringLiteral("Mode de paiement"));
        row("AgentSchema", "Email", QStringLiteral("Courriel"));
        row("AgentSchema", "Cell phone", QStringLiteral("Cellulaire"));
        row("signtraker::ui::AgentsTableModel", "Active", QStringLiteral("Actif"));
        row("signtraker::ui::AgentsTableModel", "Inactive", QStringLiteral("Inactif"));
        row("signtraker::ui::MainWindow", "&File", QStringLiteral("&Fichier"));
        row("signtraker::ui::AgentFilterBar", "All offices", QStringLiteral("Tous les bureaux"));
        // ui/editing
        row("signtraker::ui::EditingActions", "&Deactivate…", QStringLiteral("&Désactiver…"));
        row("AgentSchema", "Office and manager", QStringLiteral("Bureau et gestionnaire"));
        // ui/connection
        row("signtraker::ui::ProfileForm", "API key", QStringLiteral("Clé d'API"));
        row("signtraker::ui::WelcomeDialog", "&Subdomain", QStringLiteral("&Sous-domaine"));
        // ui/common, ui/about
        row("signtraker::ui::ErrorBanner", "&Retry", QStringLiteral("&Réessayer"));
        row("signtraker::AboutDialog", "About %1", QStringLiteral("À propos de %1"));
    }
    void representativeMessages()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(QString, french);
        QLocale::setDefault(QLocale(QLocale::French, QLocale::Canada));
        signtraker::installTranslations(*qApp);
        QCOMPARE(translated(context.toUtf8().constData(), source.toUtf8().constData()), french);
    }

    void plurals()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::Canada));
        signtraker::installTranslations(*qApp);
        const char *context = "signtraker::ui::LoadStatus";
        QCOMPARE(translated(context, "%n agents match", 0), QStringLiteral("0 agent correspond"));
        QCOMPARE(translated(context, "%n agents match", 1), QStringLiteral("1 agent correspond"));
        QCOMPARE(translated(context, "%n agents match", 2),
                 QStringLiteral("2 agents correspondent"));
    }

    // Every message of the .ts, as the application asks for it, comes back translated: the .qm
    // built from it is the one embedded and loaded.
    void everyMessageReachesTheApplication()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::Canada));
        signtraker::installTranslations(*qApp);
        for (const Message &m : std::as_const(m_messages)) {
            if (!m.type.isEmpty() || m.translations.isEmpty())
                continue; // reported by catalogueIsComplete
            const QByteArray context = m.context.toUtf8();
            const QByteArray source = m.source.toUtf8();
            const QByteArray comment = m.comment.toUtf8();
            const char *disambiguation = m.comment.isEmpty() ? nullptr : comment.constData();
            if (m.numerus) {
                QString plural = m.translations.value(1);
                plural.replace(QLatin1String("%n"), QLatin1String("7"));
                QCOMPARE(QCoreApplication::translate(context, source, disambiguation, 7), plural);
            } else {
                QVERIFY2(QCoreApplication::translate(context, source, disambiguation) ==
                             m.translations.first(),
                         qPrintable(describe(m)));
            }
        }
    }

    void catalogueIsComplete()
    {
        QStringList problems;
        for (const Message &m : std::as_const(m_messages)) {
            if (m.type == QLatin1String("obsolete") || m.type == QLatin1String("vanished"))
                problems << QStringLiteral("%1: %2, remove it (lupdate -no-obsolete)")
                                .arg(describe(m), m.type);
            else if (m.type == QLatin1String("unfinished"))
                problems << QStringLiteral("%1: unfinished").arg(describe(m));
            else if (m.translations.isEmpty() ||
                     std::any_of(m.translations.begin(), m.translations.end(),
                                 [](const QString &t) { return t.trimmed().isEmpty(); }))
                problems << QStringLiteral("%1: empty translation").arg(describe(m));
            else if (m.numerus && m.translations.size() != 2)
                problems << QStringLiteral("%1: French has 2 plural forms, not %2")
                                .arg(describe(m), QString::number(m.translations.size()));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void placeholdersAndAcceleratorsKept()
    {
        QStringList problems;
        for (const Message &m : std::as_const(m_messages)) {
            for (const QString &translation : m.translations) {
                if (placeholders(translation) != placeholders(m.source))
                    problems << QStringLiteral("%1: placeholders %2 became %3 in \"%4\"")
                                    .arg(describe(m), placeholders(m.source).join(QLatin1Char(' ')),
                                         placeholders(translation).join(QLatin1Char(' ')),
                                         translation);
                if (accelerators(translation).size() != accelerators(m.source).size())
                    problems << QStringLiteral("%1: accelerators \"%2\" became \"%3\"")
                                    .arg(describe(m), accelerators(m.source),
                                         accelerators(translation));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Actions shown side by side (one menu, one form) keep distinct accelerators in French.
    // A message that moved to another context fails here, so that the row follows it.
    void acceleratorsUniqueTogether_data()
    {
        QTest::addColumn<QStringList>("messages"); // "context|source"
        const QString w = QStringLiteral("signtraker::ui::MainWindow|");
        const QString e = QStringLiteral("signtraker::ui::EditingActions|");
        const QString s = QStringLiteral("signtraker::ui::SettingsDialog|");
        const QString c = QStringLiteral("signtraker::ui::WelcomeDialog|");
        const QString a = QStringLiteral("signtraker::ui::AppShell|");
        const QString f = QStringLiteral("signtraker::ui::AgentFilterBar|");
        const QString p = QStringLiteral("signtraker::ui::ProfileForm|");
        const QString g = QStringLiteral("signtraker::ui::PagingBar|");
        const QString r = QStringLiteral("signtraker::ui::RosterActions|");
        const QString l = QStringLiteral("signtraker::ui::LocalCopyArea|");
        QTest::newRow("menu bar") << QStringList{w + "&File", a + "&Edit", w + "&Agents",
                                                 w + "&View", w + "&Help"};
        QTest::newRow("File") << QStringList{w + "E&xport CSV…", w + "&Quit", a + "&Settings…",
                                             a + "&Profile"};
        QTest::newRow("Agents") << QStringList{
            w + "&Edit…",       w + "&Copy rows",      w + "Copy rows with &header",
            w + "Count &all",   e + "&New agent…",     e + "&Activate",
            e + "&Deactivate…", e + "Edit &Selected…", r + "S&ync Roster…"};
        QTest::newRow("View") << QStringList{
            w + "&Refresh",       w + "&Find",      w + "C&lear all filters", w + "&First page",
            w + "&Previous page", w + "&Next page", e + "Change &log",        l + "Local &Copy"};
        QTest::newRow("View > Local Copy") << QStringList{
            l + "Use the &Local Copy", l + "&Live from the Service",    l + "&Refresh Local Copy",
            l + "C&lear Local Copy…",  l + "Refresh &When Older Than…", l + "&Data Quality"};
        const auto roster = [](const char *panel, const char *source) {
            return QStringLiteral("signtraker::ui::Roster%1|%2")
                .arg(QLatin1String(panel), QString::fromUtf8(source));
        };
        QTest::newRow("roster sync dialog") << QStringList{
            roster("SourcePanel", "Roster &file:"),
            roster("SourcePanel", "&Browse…"),
            roster("SourcePanel", "&Encoding:"),
            roster("SourcePanel", "Separa&tor:"),
            roster("MappingView", "&Load Mapping…"),
            roster("OptionsPanel", "Offi&ces:"),
            roster("OptionsPanel", "&Deactivate agents of these offices missing from the roster"),
            roster("OptionsPanel", "Reacti&vate inactive agents listed in the roster"),
            roster("OptionsPanel", "Clear &members whose cell is empty"),
            roster("ReviewPanel", "Sho&w:"),
            roster("ReviewPanel", "&Include All Shown"),
            roster("ReviewPanel", "E&xclude All Shown"),
            roster("ApplyPanel", "Res&ume"),
            roster("ApplyPanel", "St&op"),
            roster("ApplyPanel", "Export &Journal as CSV…"),
            roster("ApplyPanel", "Revert T&his Run…"),
            roster("SyncDialog", "Bac&k"),
            roster("SyncDialog", "&Plan"),
            roster("SyncDialog", "Ca&ncel"),
            roster("SyncDialog", "&Apply")};
        QTest::newRow("filters") << QStringList{
            f + "&Search:",       f + "O&ffice:",          f + "S&tatus:",   f + "R&ole:",
            f + "Pa&yment mode:", f + "A&dvanced filter:", g + "Pa&ge size:"};
        QTest::newRow("settings") << QStringList{s + "&Profiles",
                                                 s + "&Add",
                                                 s + "Re&name",
                                                 s + "&Remove",
                                                 s + "Make &default",
                                                 p + "Na&me",
                                                 p + "API &key",
                                                 p + "&Timeout (s)",
                                                 p + "Re&tries",
                                                 p + "Retry &backoff (s)",
                                                 p + "Parallel re&quests",
                                                 s + "&Save",
                                                 s + "Re&vert",
                                                 s + "Test &connection"};
        QTest::newRow("welcome") << QStringList{c + "&Connect", c + "Try the &demo",
                                                c + "&Subdomain", c + "API &key"};
    }
    void acceleratorsUniqueTogether()
    {
        QFETCH(QStringList, messages);
        QHash<QChar, QString> used;
        for (const QString &key : std::as_const(messages)) {
            const QString context = key.section(QLatin1Char('|'), 0, 0);
            const QString source = key.section(QLatin1Char('|'), 1);
            const auto it =
                std::find_if(m_messages.cbegin(), m_messages.cend(), [&](const Message &m) {
                    return m.context == context && m.source == source;
                });
            QVERIFY2(it != m_messages.cend(),
                     qPrintable(key + QStringLiteral(" is not in the .ts")));
            if (it->translations.isEmpty())
                continue; // reported by catalogueIsComplete
            const QString letters = accelerators(it->translations.first());
            for (const QChar letter : letters) {
                QVERIFY2(
                    !used.contains(letter),
                    qPrintable(QStringLiteral("\"%1\" and \"%2\" share the accelerator %3")
                                   .arg(used.value(letter), it->translations.first(), letter)));
                used.insert(letter, it->translations.first());
            }
        }
    }

    // Qt's own strings (standard buttons...) in French too. packaging/debian-deps.sh installs
    // qt6-translations-l10n for the tests, so a missing catalogue is a broken set-up, not a skip.
    void qtOwnCatalogue()
    {
        const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        QVERIFY2(QFile::exists(dir + QStringLiteral("/qtbase_fr.qm")),
                 "qtbase_fr.qm is missing: install qt6-translations-l10n (./dev does)");
        QLocale::setDefault(QLocale(QLocale::French, QLocale::Canada));
        signtraker::installTranslations(*qApp);
        QCOMPARE(qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly).size(), 2);
        QCOMPARE(translated("QPlatformTheme", "Cancel"), QStringLiteral("Annuler"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
