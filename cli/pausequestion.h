// SPDX-License-Identifier: Apache-2.0
// The question a paused bulk run asks on the command line (bulk commands and roster sync): once
// no request is in flight, so that their results are printed before it and none arrives while
// the person reads it; without a terminal the answer is "stop" at once.
#pragma once

#include <QObject>

namespace signtraker {
class BulkRunner;
}

namespace signtraker::cli {

class Console;

class PauseQuestion : public QObject
{
    Q_OBJECT

public:
    PauseQuestion(Console *console, QObject *parent);

    // Asks when runner is paused and idle, and not already asking; otherwise does nothing (call
    // it again as items settle).
    void askWhenIdle(const BulkRunner *runner);

Q_SIGNALS:
    void answered(bool goOn);

private:
    Console *m_console;
    bool m_asking = false;
};

} // namespace signtraker::cli
