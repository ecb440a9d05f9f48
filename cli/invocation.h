// SPDX-License-Identifier: Apache-2.0
// One parsed command line of signtraker-cli as a value: the global options, the command and
// what was given to it. CommandLine::parse() builds it; the runner and commands read it.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace signtraker::cli {

enum class OutputFormat { Table, Json, Csv };

struct GlobalOptions
{
    QString profile;
    std::optional<QString> baseUrl;
    std::optional<QString> subdomain;
    std::optional<double> timeoutSeconds;
    std::optional<int> maxRetries;
    std::optional<double> retryBackoffSeconds;
    std::optional<int> parallelRequests; // of a walk over every page (--all)
    OutputFormat format = OutputFormat::Table;
    bool csvRaw = false; // --csv-raw: formulas in CSV cells not neutralised
    bool verbose = false;
};

struct Invocation
{
    enum class Action { Run, Help, Version, UsageError };

    Action action = Action::Run;
    QString error; // for UsageError: one sentence, no argument values that could be a secret
    GlobalOptions global;
    QString group;   // agents, offices, enterprises, profile
    QString command; // list, get, create, ...
    // The command's options in the order given (name without dashes, value; empty for flags):
    // the order matters for --set/--unset.
    QList<std::pair<QString, QString>> options;
    QStringList arguments; // positional arguments after the command

    bool has(const QString &name) const;
    QString value(const QString &name) const; // the last one given
    QStringList values(const QString &name) const;
    // Numbers checked by CommandLine::parse(); empty when the option was not given.
    std::optional<qint64> integer(const QString &name) const;

    bool is(const char *groupName, const char *commandName) const
    {
        return group == QLatin1String(groupName) && command == QLatin1String(commandName);
    }
};

} // namespace signtraker::cli
