// SPDX-License-Identifier: Apache-2.0
// signtraker-admin: the command line, then the wiring. --help and --version are answered before
// any display is opened.

#include "aboutdialog.h"
#include "applicationicon.h"
#include "appshell.h"
#include "buildinfo.h"
#include "clientconfig.h"
#include "connectionmanager.h"
#include "dialogs.h"
#include "keystore.h"
#include "mainwindow.h"
#include "profilestore.h"
#include "signtrakerclient.h"
#include "simserver.h"
#include "theme.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMenu>
#include <QRandomGenerator>
#include <QSettings>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace signtraker;

namespace {

struct Options
{
    bool demo = false;
    ui::Theme::Kind theme = ui::Theme::Kind::System;
    QString baseUrl;
    QString subdomain;
    QString profile;
};

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Find, create, correct, activate and deactivate the agents of a SignTraker "
                "tenant."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("demo"),
                      QCoreApplication::translate(
                          "main", "Run against a built-in simulator with 2,500 made-up agents. "
                                  "No account needed; nothing is sent anywhere.")});
    parser.addOption({QStringLiteral("base-url"),
                      QCoreApplication::translate("main", "The tenant's base URL."),
                      QStringLiteral("URL")});
    parser.addOption(
        {QStringLiteral("subdomain"),
         QCoreApplication::translate("main", "The tenant's subdomain (NAME.signtraker.com)."),
         QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("profile"),
                      QCoreApplication::translate("main", "Connect with a saved profile."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("theme"),
                      QCoreApplication::translate(
                          "main", "The look: system (default), light or dark. Use dark where the "
                                  "desktop's dark mode does not reach Qt applications."),
                      QStringLiteral("THEME"), QStringLiteral("system")});
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SignTraker"));
    QCoreApplication::setApplicationName(QStringLiteral("signtraker-admin"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(signtraker::buildinfo::version()));
}

// Parses without a display: returns an exit code when the program should stop (help, version,
// usage error).
std::optional<int> parseWithoutDisplay(int argc, char **argv, Options &options)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    installTranslations(app); // --help and the usage errors below in the user's language
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "%s\n\n%s", qUtf8Printable(parser.errorText()),
                     qUtf8Printable(parser.helpText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qUtf8Printable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("signtraker-admin %s (revision %s)\n", signtraker::buildinfo::version(),
                    signtraker::buildinfo::revision());
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "%s\n",
                     qUtf8Printable(QCoreApplication::translate("main", "Unexpected argument: %1")
                                        .arg(parser.positionalArguments().first())));
        return 2;
    }
    const auto theme = ui::Theme::fromName(parser.value(QStringLiteral("theme")));
    if (!theme) {
        std::fprintf(stderr, "%s\n",
                     qUtf8Printable(QCoreApplication::translate(
                                        "main", "Unknown theme \"%1\": use system, light or dark.")
                                        .arg(parser.value(QStringLiteral("theme")))));
        return 2;
    }
    options.theme = *theme;
    options.demo = parser.isSet(QStringLiteral("demo"));
    options.baseUrl = parser.value(QStringLiteral("base-url"));
    options.subdomain = parser.value(QStringLiteral("subdomain"));
    options.profile = parser.value(QStringLiteral("profile"));
    if (options.demo && (!options.baseUrl.isEmpty() || !options.subdomain.isEmpty() ||
                         !options.profile.isEmpty())) {
        std::fprintf(stderr, "%s\n",
                     qUtf8Printable(QCoreApplication::translate(
                         "main", "--demo cannot be combined with --base-url, --subdomain or "
                                 "--profile.")));
        return 2;
    }
    return std::nullopt;
}

QString randomKey()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return QString::fromLatin1(bytes.toHex());
}

// The demo tenant, in-process on loopback, with a key that lives in memory only. Null when the
// simulator could not listen.
SignTrakerClient *startDemo(std::unique_ptr<sim::SimServer> &simulator)
{
    if (!simulator) {
        simulator = std::make_unique<sim::SimServer>();
        simulator->tenant().generate(1, 2500);
        simulator->setApiKey(randomKey());
        if (!simulator->listen(0)) {
            simulator.reset();
            std::fprintf(stderr, "%s\n",
                         qUtf8Printable(QCoreApplication::translate(
                             "main", "The demo simulator could not listen on 127.0.0.1.")));
            return nullptr;
        }
    }
    return new SignTrakerClient(ClientConfig::make(simulator->baseUrl(), simulator->apiKey()));
}

} // namespace

int main(int argc, char **argv)
{
    Options options;
    if (const auto exitCode = parseWithoutDisplay(argc, argv, options))
        return *exitCode;

    QApplication app(argc, argv);
    setIdentity();
    ui::Theme::apply(app, options.theme);
    installTranslations(app);
    QGuiApplication::setApplicationDisplayName(
        QCoreApplication::translate("main", "SignTraker Agents Admin"));
    QGuiApplication::setDesktopFileName(applicationId());
    QApplication::setWindowIcon(applicationIcon());

    // UI state only (window, columns, page size, last query per profile): never the API key.
    QSettings uiState(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("SignTraker"),
                      QStringLiteral("signtraker-admin-ui"));

    std::unique_ptr<sim::SimServer> simulator;
    SignTrakerClient *client = nullptr; // owned by the shell
    QString profileName;
    const bool explicitTenant = !options.baseUrl.isEmpty() || !options.subdomain.isEmpty();

    if (options.demo) {
        client = startDemo(simulator);
        if (!client)
            return 1;
        profileName = QStringLiteral("demo");
    }

    // Declared before the window: its dialogs (Settings) may still hold them while it closes.
    std::unique_ptr<ProfileStore> profiles;
    std::unique_ptr<KeyStore> keys; // one for the whole run: it remembers a missing keychain
    std::unique_ptr<ui::ConnectionManager> connection;
    ui::Dialogs dialogs;
    ui::MainWindow window(client, profileName, &uiState, &dialogs);
    ui::AppShell shell(&window);
    auto *about =
        new QAction(QCoreApplication::translate("main", "&About SignTraker Agents Admin"), &window);
    about->setMenuRole(QAction::AboutRole);
    QObject::connect(about, &QAction::triggered, &window, [&window] {
        auto *dialog = new AboutDialog(&window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    window.helpMenu()->addAction(about);
    window.show();

    // Saved profiles, the keychain, Settings and "Connect to your tenant…" in every mode, so that
    // someone who liked the demo connects without restarting. --base-url and --subdomain go
    // through the same resolution as a profile (command line over environment over profile);
    // the first-run welcome only when no tenant was given on the command line.
    profiles = std::make_unique<ProfileStore>();
    keys = std::make_unique<KeyStore>();
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    connection = std::make_unique<ui::ConnectionManager>(profiles.get(), keys.get(), environment);
    shell.setConnections(connection.get(), profiles.get(), keys.get(), environment);
    QObject::connect(&shell, &ui::AppShell::demoRequested, &shell, [&shell, &simulator] {
        if (SignTrakerClient *demo = startDemo(simulator))
            shell.switchTo(demo, QStringLiteral("demo"));
    });
    if (explicitTenant) {
        // Said on standard error too, for whoever started the window from a terminal; the
        // banner offers Settings.
        auto *firstOutcome = new QObject(connection.get()); // the connections end with it
        QObject::connect(connection.get(), &ui::ConnectionManager::failed, firstOutcome,
                         [firstOutcome](const ApiError &error, const QString &) {
                             std::fprintf(stderr, "%s\n", qUtf8Printable(error.userMessage()));
                             firstOutcome->deleteLater();
                         });
        QObject::connect(connection.get(), &ui::ConnectionManager::configReady, firstOutcome,
                         &QObject::deleteLater);
        ConfigValues commandLine;
        if (!options.baseUrl.isEmpty())
            commandLine.baseUrl = options.baseUrl;
        if (!options.subdomain.isEmpty())
            commandLine.subdomain = options.subdomain;
        connection->resolve(options.profile, commandLine);
    } else if (!options.demo) {
        shell.start(options.profile); // the welcome dialog opens over the shown window
    }
    return app.exec();
}
