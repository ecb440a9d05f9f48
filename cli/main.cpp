// SPDX-License-Identifier: Apache-2.0
// signtraker-cli: everything but the wiring is in signtraker_cli_lib (CliRunner).
#include "buildinfo.h"
#include "clirunner.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

#include <unistd.h>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("signtraker-cli"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(signtraker::buildinfo::version()));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QFile in;
    in.open(stdin, QIODevice::ReadOnly);

    signtraker::cli::CliRunner::Context context;
    context.arguments = QCoreApplication::arguments().mid(1);
    context.out = &out;
    context.err = &err;
    context.in = &in;
    context.inputIsTerminal = isatty(fileno(stdin)) == 1;
    signtraker::cli::CliRunner runner(std::move(context));
    QObject::connect(&runner, &signtraker::cli::CliRunner::finished, &application,
                     [](int exitCode) { QCoreApplication::exit(exitCode); });
    // From the event loop: a command may end before start() returns, and exit() needs exec().
    QMetaObject::invokeMethod(&runner, &signtraker::cli::CliRunner::start, Qt::QueuedConnection);
    return application.exec();
}
