// SPDX-License-Identifier: Apache-2.0
// One command of signtraker-cli, run from the event loop: it starts its calls and ends with
// exactly one finished(exitCode). Nothing in a command blocks or spins a nested event loop.
#pragma once

#include "console.h"
#include "invocation.h"

#include <QObject>

namespace signtraker::cli {

class Command : public QObject
{
    Q_OBJECT

public:
    Command(const Invocation &invocation, Console *console, QObject *parent = nullptr);

    // May emit finished() before it returns (e.g. when a file cannot be read).
    virtual void start() = 0;
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void finished(int exitCode);

protected:
    // Emits finished() once; later calls are ignored.
    void finish(int exitCode);
    void fail(const ApiError &error, const QString &subject = {});
    void usageFailure(const QString &message);

    Invocation m_invocation;
    Console *m_console;

private:
    bool m_finished = false;
};

} // namespace signtraker::cli
