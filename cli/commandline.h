// SPDX-License-Identifier: Apache-2.0
// The grammar of signtraker-cli: global options, then a command with its own options. Turns
// the arguments into an Invocation and checks everything that can be checked without the
// service, so that every usage error (exit code 2) comes from this one place.
#pragma once

#include "invocation.h"

#include <QStringList>

namespace signtraker::cli {

class CommandLine
{
public:
    // arguments without the program name.
    static Invocation parse(const QStringList &arguments);
    static QString helpText();
    static QString versionText();
    // "LastName, Id desc," as ["LastName", "Id desc"]: the lists of --orderby and --select.
    static QStringList commaSeparated(const QString &text);
};

} // namespace signtraker::cli
