// SPDX-License-Identifier: Apache-2.0
#include "pausequestion.h"

#include "bulkrunner.h"
#include "console.h"

namespace signtraker::cli {

PauseQuestion::PauseQuestion(Console *console, QObject *parent)
    : QObject(parent)
    , m_console(console)
{}

void PauseQuestion::askWhenIdle(const BulkRunner *runner)
{
    if (m_asking || !runner || runner->state() != BulkRunner::State::Paused ||
        runner->inFlight() > 0)
        return;
    if (!m_console->inputIsTerminal()) {
        Q_EMIT answered(false);
        return;
    }
    m_asking = true;
    const QString question =
        tr("%n requests in a row failed with a server or network error. Continue? [y/N]", nullptr,
           BulkRunner::ServerErrorsBeforePause);
    m_console->askYesNo(question, this, [this](bool yes) {
        m_asking = false;
        Q_EMIT answered(yes);
    });
}

} // namespace signtraker::cli
