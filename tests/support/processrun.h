// SPDX-License-Identifier: Apache-2.0
// Running one of the project's executables as a script would, while this thread's event loop
// keeps turning: an in-process simulator answers from it, so waiting blocks nothing.
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace signtraker::test {

struct ProcessRun
{
    int exitCode = -1; // -1: did not start or did not finish in time; -2: crashed
    QByteArray out;
    QByteArray err;
};

// input is written to standard input, which is then closed.
ProcessRun runProcess(const QString &program, const QStringList &arguments,
                      const QProcessEnvironment &environment, const QByteArray &input = {},
                      int timeoutMs = 30000);

// Nothing of the developer's: no inherited variables (keys, logging rules), and HOME and
// XDG_CONFIG_HOME in home, so that no profile or settings file of theirs is read or written.
QProcessEnvironment isolatedEnvironment(const QString &home);

} // namespace signtraker::test
