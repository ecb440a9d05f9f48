// SPDX-License-Identifier: Apache-2.0
#include "command.h"

#include "exitcode.h"

namespace signtraker::cli {

Command::Command(const Invocation &invocation, Console *console, QObject *parent)
    : QObject(parent)
    , m_invocation(invocation)
    , m_console(console)
{}

void Command::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(exitCode);
}

void Command::fail(const ApiError &error, const QString &subject)
{
    m_console->error(error, subject);
    finish(exitCodeFor(error));
}

void Command::usageFailure(const QString &message)
{
    m_console->error(QStringLiteral("usage"), message);
    finish(UsageOrConfiguration);
}

} // namespace signtraker::cli
