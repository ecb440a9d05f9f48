// SPDX-License-Identifier: Apache-2.0
#include "commandline.h"

#include "agentfields.h"
#include "buildinfo.h"
#include "qualityreport.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace signtraker::cli {

namespace {

struct OptionSpec
{
    const char *name;
    bool takesValue;
};

struct CommandSpec
{
    const char *group;
    const char *command;
    QList<OptionSpec> options;
    int minArguments;
    int maxArguments; // -1: any number
};

const QList<CommandSpec> &commandSpecs()
{
    static const QList<CommandSpec> specs = {
        {"agents",
         "list",
         {{"filter", true},
          {"search", true},
          {"email", true},
          {"top", true},
          {"skip", true},
          {"orderby", true},
          {"select", true},
          {"all", false},
          {"page-size", true},
          {"local", false}},
         0,
         0},
        {"agents", "count", {{"filter", true}, {"search", true}, {"local", false}}, 0, 0},
        {"agents", "get", {}, 1, 1},
        {"agents", "create", {{"json", true}, {"allow-duplicate-email", false}}, 0, 0},
        {"agents", "update", {{"patch", true}, {"set", true}, {"unset", true}}, 1, -1},
        {"agents", "activate", {}, 1, -1},
        {"agents", "deactivate", {}, 1, -1},
        {"agents",
         "sync",
         {{"roster", true},
          {"map", true},
          {"office", true},
          {"deactivate-missing", false},
          {"reactivate", false},
          {"clear-empty", false},
          {"dry-run", false},
          {"journal", true},
          {"resume", false}},
         0,
         0},
        {"offices",
         "list",
         {{"enterprise-id", true},
          {"filter", true},
          {"top", true},
          {"skip", true},
          {"orderby", true},
          {"select", true}},
         0,
         0},
        {"enterprises", "list", {}, 0, 0},
        {"profile",
         "add",
         {{"subdomain", true},
          {"base-url", true},
          {"api-key-stdin", false},
          {"timeout", true},
          {"retries", true},
          {"backoff", true},
          {"parallel-requests", true}},
         1,
         1},
        {"profile", "list", {}, 0, 0},
        {"profile", "remove", {}, 1, 1},
        {"profile", "default", {}, 1, 1},
        {"local", "refresh", {}, 0, 0},
        {"local", "status", {}, 0, 0},
        {"local", "clear", {}, 0, 0},
        // A group that is its own command: `quality [--kind KIND]...`.
        {"quality", "", {{"kind", true}}, 0, 0},
    };
    return specs;
}

const QList<OptionSpec> &globalSpecs()
{
    static const QList<OptionSpec> specs = {
        {"profile", true},  {"base-url", true},          {"subdomain", true}, {"timeout", true},
        {"retries", true},  {"backoff", true},           {"format", true},    {"verbose", false},
        {"csv-raw", false}, {"parallel-requests", true},
    };
    return specs;
}

const OptionSpec *findOption(const QList<OptionSpec> &specs, const QString &name)
{
    for (const OptionSpec &spec : specs) {
        if (name == QLatin1String(spec.name))
            return &spec;
    }
    return nullptr;
}

const CommandSpec *findCommand(const QString &group, const QString &command)
{
    for (const CommandSpec &spec : commandSpecs()) {
        if (group == QLatin1String(spec.group) && command == QLatin1String(spec.command))
            return &spec;
    }
    return nullptr;
}

bool knownGroup(const QString &group)
{
    for (const CommandSpec &spec : commandSpecs()) {
        if (group == QLatin1String(spec.group))
            return true;
    }
    return false;
}

// Options that someone may try in order to hand over the key: refuse them with the reason.
bool looksLikeKeyOption(const QString &name)
{
    const QString lower = name.toLower();
    return lower == QLatin1String("api-key") || lower == QLatin1String("apikey") ||
           lower == QLatin1String("key") || lower == QLatin1String("token") ||
           lower == QLatin1String("api_key");
}

Invocation usageError(const QString &message)
{
    Invocation invocation;
    invocation.action = Invocation::Action::UsageError;
    invocation.error = message;
    return invocation;
}

std::optional<double> parseSeconds(const QString &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok); // C locale: '.' is the decimal point
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<qint64> parseInteger(const QString &text, qint64 minimum)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < minimum)
        return std::nullopt;
    return value;
}

QString dashed(const QString &name)
{
    return QStringLiteral("--") + name;
}

// Global options: values checked for type only; ranges are the client's to judge (a negative
// timeout is a configuration error with the client's own message).
QString applyGlobal(GlobalOptions &global, const QString &name, const QString &value)
{
    if (name == QLatin1String("profile")) {
        global.profile = value;
    } else if (name == QLatin1String("base-url")) {
        global.baseUrl = value;
    } else if (name == QLatin1String("subdomain")) {
        global.subdomain = value;
    } else if (name == QLatin1String("timeout") || name == QLatin1String("backoff")) {
        const auto seconds = parseSeconds(value);
        if (!seconds)
            return QStringLiteral("%1 takes a number of seconds").arg(dashed(name));
        (name == QLatin1String("timeout") ? global.timeoutSeconds : global.retryBackoffSeconds) =
            *seconds;
    } else if (name == QLatin1String("retries")) {
        bool ok = false;
        const int retries = value.toInt(&ok);
        if (!ok)
            return QStringLiteral("--retries takes a whole number");
        global.maxRetries = retries;
    } else if (name == QLatin1String("parallel-requests")) {
        bool ok = false;
        const int requests = value.toInt(&ok);
        if (!ok)
            return QStringLiteral("--parallel-requests takes a whole number");
        global.parallelRequests = requests;
    } else if (name == QLatin1String("format")) {
        if (value == QLatin1String("table"))
            global.format = OutputFormat::Table;
        else if (value == QLatin1String("json"))
            global.format = OutputFormat::Json;
        else if (value == QLatin1String("csv"))
            global.format = OutputFormat::Csv;
        else
            return QStringLiteral("--format is one of table, json, csv");
    } else if (name == QLatin1String("verbose")) {
        global.verbose = true;
    } else if (name == QLatin1String("csv-raw")) {
        global.csvRaw = true;
    }
    return {};
}

// --orderby and --select name members from the allow-list that the filter builder uses: a
// typo is a usage error here, not a 400 from the service or a request sent raw.
QString checkMembers(const Invocation &invocation)
{
    const bool offices = invocation.group == QLatin1String("offices");
    const QStringList &allowed = offices ? AgentFields::officePaths() : AgentFields::allPaths();
    const QString record = offices ? QStringLiteral("an office") : QStringLiteral("an agent");
    auto unknown = [&](const char *option, const QString &member) {
        return QStringLiteral("--%1: '%2' is not a member of %3 (member names are "
                              "case-sensitive, e.g. LastName or Office/Name)")
            .arg(QLatin1String(option), member, record);
    };
    for (const QString &item :
         CommandLine::commaSeparated(invocation.value(QStringLiteral("orderby")))) {
        const QStringList words = item.simplified().split(u' ');
        if (!allowed.contains(words.first()))
            return unknown("orderby", words.first());
        if (words.size() > 2 || (words.size() == 2 && words.at(1) != QLatin1String("asc") &&
                                 words.at(1) != QLatin1String("desc")))
            return QStringLiteral("--orderby takes MEMBER, MEMBER asc or MEMBER desc, not '%1'")
                .arg(item.simplified());
    }
    for (const QString &member :
         CommandLine::commaSeparated(invocation.value(QStringLiteral("select")))) {
        if (!allowed.contains(member))
            return unknown("select", member);
        // The service selects whole members: Office, not Office/Name.
        if (member.contains(u'/'))
            return QStringLiteral("--select takes top-level members: '%1', not '%2'")
                .arg(member.section(u'/', 0, 0), member);
    }
    return {};
}

// What can be checked of a command once all its arguments are known.
QString checkCommand(const Invocation &invocation)
{
    const QString commandName = invocation.group + u' ' + invocation.command;
    struct NumberRule
    {
        const char *option;
        qint64 minimum;
    };
    const NumberRule rules[] = {{"top", 0}, {"skip", 0}, {"page-size", 1}, {"enterprise-id", 0}};
    for (const NumberRule &rule : rules) {
        const QString name = QLatin1String(rule.option);
        if (!invocation.has(name))
            continue;
        const auto number = parseInteger(invocation.value(name), rule.minimum);
        if (!number || *number > std::numeric_limits<int>::max())
            return QStringLiteral("%1 takes a whole number of at least %2")
                .arg(dashed(name))
                .arg(rule.minimum);
    }

    if (invocation.group == QLatin1String("agents") &&
        invocation.command != QLatin1String("list") &&
        invocation.command != QLatin1String("create")) {
        for (const QString &id : invocation.arguments) {
            if (!parseInteger(id, 1))
                return QStringLiteral("%1 takes agent ids, whole numbers of at least 1")
                    .arg(commandName);
        }
    }

    if (const QString problem = checkMembers(invocation); !problem.isEmpty())
        return problem;

    if (invocation.is("agents", "list") && invocation.has(QStringLiteral("local"))) {
        for (const char *option : {"all", "page-size", "email"}) {
            if (invocation.has(QLatin1String(option)))
                return QStringLiteral("--%1 reads the service: it does not go with --local")
                    .arg(QLatin1String(option));
        }
    } else if (invocation.is("agents", "list")) {
        if (invocation.has(QStringLiteral("page-size")) && !invocation.has(QStringLiteral("all")))
            return QStringLiteral("--page-size goes with --all");
        if (invocation.has(QStringLiteral("all")) &&
            (invocation.has(QStringLiteral("top")) || invocation.has(QStringLiteral("skip"))))
            return QStringLiteral("--all reads every page: it does not go with --top or --skip");
    } else if (invocation.is("quality", "")) {
        for (const QString &kind : invocation.values(QStringLiteral("kind"))) {
            if (!QualityReport::kinds().contains(kind))
                return QStringLiteral("--kind is one of %1, not '%2'")
                    .arg(QualityReport::kinds().join(QStringLiteral(", ")), kind);
        }
    } else if (invocation.is("agents", "create")) {
        if (!invocation.has(QStringLiteral("json")))
            return QStringLiteral("agents create needs --json FILE (or --json - for standard "
                                  "input)");
    } else if (invocation.is("agents", "update")) {
        const bool patch = invocation.has(QStringLiteral("patch"));
        const bool set =
            invocation.has(QStringLiteral("set")) || invocation.has(QStringLiteral("unset"));
        if (patch && set)
            return QStringLiteral("agents update takes either --patch or --set/--unset, not both");
        if (!patch && !set)
            return QStringLiteral("agents update needs --patch FILE or --set PATH=VALUE");
        for (const QString &assignment : invocation.values(QStringLiteral("set"))) {
            const qsizetype equals = assignment.indexOf(u'=');
            if (equals <= 0)
                return QStringLiteral("--set takes PATH=VALUE, e.g. --set Address/City=Austin");
        }
        for (const QString &path : invocation.values(QStringLiteral("unset"))) {
            if (path.isEmpty() || path.contains(u'='))
                return QStringLiteral("--unset takes a PATH, e.g. --unset Notes");
        }
    } else if (invocation.is("agents", "sync")) {
        if (!invocation.has(QStringLiteral("roster")))
            return QStringLiteral("agents sync needs --roster FILE");
        if (invocation.has(QStringLiteral("dry-run")) && invocation.has(QStringLiteral("resume")))
            return QStringLiteral("--dry-run sends nothing, so it has nothing to resume");
    } else if (invocation.is("profile", "add")) {
        const bool subdomain = invocation.has(QStringLiteral("subdomain"));
        const bool baseUrl = invocation.has(QStringLiteral("base-url"));
        if (subdomain == baseUrl)
            return QStringLiteral("profile add needs either --subdomain or --base-url");
        if (!invocation.has(QStringLiteral("api-key-stdin")))
            return QStringLiteral("profile add needs --api-key-stdin: the key is read from "
                                  "standard input, never from the command line");
        if (invocation.has(QStringLiteral("timeout")) &&
            !parseSeconds(invocation.value(QStringLiteral("timeout"))))
            return QStringLiteral("--timeout takes a number of seconds");
        if (invocation.has(QStringLiteral("backoff")) &&
            !parseSeconds(invocation.value(QStringLiteral("backoff"))))
            return QStringLiteral("--backoff takes a number of seconds");
        if (invocation.has(QStringLiteral("retries")) &&
            !parseInteger(invocation.value(QStringLiteral("retries")), 0))
            return QStringLiteral("--retries takes a whole number");
        if (invocation.has(QStringLiteral("parallel-requests")) &&
            !parseInteger(invocation.value(QStringLiteral("parallel-requests")), 1))
            return QStringLiteral("--parallel-requests takes a whole number of at least 1");
    }
    return {};
}

} // namespace

Invocation CommandLine::parse(const QStringList &arguments)
{
    Invocation invocation;
    const CommandSpec *command = nullptr;
    bool onlyPositionals = false;
    QStringList positionals;

    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (onlyPositionals || argument == QLatin1String("-") || !argument.startsWith(u'-')) {
            if (!invocation.group.isEmpty() && !command) {
                invocation.command = argument;
                command = findCommand(invocation.group, invocation.command);
                if (!command)
                    return usageError(QStringLiteral("%1 has no command named '%2'")
                                          .arg(invocation.group, argument));
            } else if (invocation.group.isEmpty()) {
                if (!knownGroup(argument))
                    return usageError(QStringLiteral("unknown command '%1'").arg(argument));
                invocation.group = argument;
                command = findCommand(invocation.group, QString());
            } else {
                positionals << argument;
            }
            continue;
        }
        if (argument == QLatin1String("--")) {
            onlyPositionals = true;
            continue;
        }
        if (argument == QLatin1String("-h") || argument == QLatin1String("--help")) {
            Invocation help;
            help.action = Invocation::Action::Help;
            return help;
        }
        if (argument == QLatin1String("--version")) {
            Invocation version;
            version.action = Invocation::Action::Version;
            return version;
        }
        if (!argument.startsWith(QLatin1String("--"))) {
            // Short options do not exist; name only the letter, never what follows it.
            return usageError(QStringLiteral("unknown option '%1'").arg(argument.left(2)));
        }

        // --name=value or --name value. Only the name is ever echoed back: a mistyped option
        // may carry a secret in its value.
        const qsizetype equals = argument.indexOf(u'=');
        const QString name = argument.mid(2, equals < 0 ? -1 : equals - 2);
        std::optional<QString> inlineValue;
        if (equals >= 0)
            inlineValue = argument.mid(equals + 1);

        if (looksLikeKeyOption(name))
            return usageError(
                QStringLiteral("there is no %1 option: the API key is never taken from the command "
                               "line, where other users can read it; set SIGNTRAKER_API_KEY or "
                               "store it with 'profile add NAME ... --api-key-stdin'")
                    .arg(dashed(name)));

        // The command's own options first: profile add has its own --subdomain and --timeout.
        const OptionSpec *spec = command ? findOption(command->options, name) : nullptr;
        const bool global = !spec;
        if (!spec)
            spec = findOption(globalSpecs(), name);
        if (!spec) {
            if (command)
                return usageError(QStringLiteral("%1 %2 has no option %3")
                                      .arg(invocation.group, invocation.command, dashed(name)));
            return usageError(QStringLiteral("unknown option %1").arg(dashed(name)));
        }

        QString value;
        if (spec->takesValue) {
            if (inlineValue) {
                value = *inlineValue;
            } else {
                if (i + 1 >= arguments.size())
                    return usageError(QStringLiteral("%1 needs a value").arg(dashed(name)));
                value = arguments.at(++i);
            }
        } else if (inlineValue) {
            return usageError(QStringLiteral("%1 takes no value").arg(dashed(name)));
        }

        if (global) {
            const QString problem = applyGlobal(invocation.global, name, value);
            if (!problem.isEmpty())
                return usageError(problem);
        } else {
            invocation.options.append({name, value});
        }
    }

    if (invocation.group.isEmpty())
        return usageError(QStringLiteral("no command given"));
    if (!command)
        return usageError(QStringLiteral("%1 needs a command").arg(invocation.group));
    if (invocation.global.baseUrl && invocation.global.subdomain)
        return usageError(QStringLiteral("give either --base-url or --subdomain, not both"));

    invocation.arguments = positionals;
    const QString commandName = QString(invocation.group + u' ' + invocation.command).trimmed();
    if (positionals.size() < command->minArguments)
        return usageError(QStringLiteral("%1 needs %2")
                              .arg(commandName, invocation.group == QLatin1String("profile")
                                                    ? QStringLiteral("a NAME")
                                                : command->maxArguments == 1
                                                    ? QStringLiteral("an agent ID")
                                                    : QStringLiteral("at least one agent ID")));
    // The extra arguments are not echoed: one of them may be a key pasted in the wrong place.
    if (command->maxArguments >= 0 && positionals.size() > command->maxArguments)
        return usageError(QStringLiteral("%1 takes %2")
                              .arg(commandName, command->maxArguments == 0
                                                    ? QStringLiteral("no arguments")
                                                    : QStringLiteral("one argument")));

    const QString problem = checkCommand(invocation);
    if (!problem.isEmpty())
        return usageError(problem);
    return invocation;
}

QStringList CommandLine::commaSeparated(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(u',', Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty())
            items << item.trimmed();
    }
    return items;
}

QString CommandLine::versionText()
{
    return QStringLiteral("signtraker-cli %1 (%2)\n")
        .arg(QString::fromLatin1(buildinfo::version()), QString::fromLatin1(buildinfo::revision()));
}

QString CommandLine::helpText()
{
    return QStringLiteral(
        R"(Usage: signtraker-cli [OPTIONS] COMMAND

Administer the agents of a SignTraker tenant from scripts.

Options:
  --profile NAME          use a stored profile (default: the default profile)
  --base-url URL          the tenant's base URL (https, or http on loopback only)
  --subdomain NAME        the tenant's subdomain: https://NAME.signtraker.com
  --timeout SECONDS       overall deadline of each request (default 30)
  --retries N             retries of safe requests after 429, 5xx, network errors
                          (default 0)
  --backoff SECONDS       first delay between retries, doubled each time (default 0.5)
  --parallel-requests N   requests in flight while reading every page (--all), 1 to 6
                          (default 4)
  --format table|json|csv output format (default table)
  --csv-raw               CSV cells exactly as the service holds them, for other
                          programs (by default a cell starting with =, +, -, @, tab
                          or carriage return is written behind a single quote, so
                          that a spreadsheet does not run it as a formula)
  --verbose               log each request on standard error (the key is masked)
  -h, --help              show this help
  --version               show the version

Commands:
  agents list [--filter EXPR] [--search TEXT] [--email ADDRESS] [--top N]
              [--skip N] [--orderby FIELDS] [--select FIELDS]
              [--all [--page-size N]]
  agents list --local [--filter EXPR] [--search WORDS] [--top N] [--skip N]
              [--orderby FIELDS] [--select FIELDS]
  agents count [--filter EXPR] [--search TEXT] [--local]
  agents get ID
  agents create --json FILE|- [--allow-duplicate-email]
  agents update ID... (--patch FILE|- | --set PATH=VALUE ... [--unset PATH ...])
  agents activate ID...
  agents deactivate ID...
  agents sync --roster FILE [--map FILE] [--office ID|NAME]...
              [--deactivate-missing] [--reactivate] [--clear-empty]
              [--dry-run] [--journal FILE] [--resume]
  offices list [--enterprise-id N] [--filter EXPR] [--top N] [--skip N]
               [--orderby FIELDS] [--select FIELDS]
  enterprises list
  profile add NAME (--subdomain S | --base-url URL) --api-key-stdin
              [--timeout S] [--retries N] [--backoff S] [--parallel-requests N]
  profile list
  profile remove NAME
  profile default NAME
  local refresh       read every agent and office into the profile's local copy
  local status        the copy's path, rows and age
  local clear         delete the profile's local copy
  quality [--kind KIND]...
                      the data-quality report over the local copy

  --search TEXT       each word (a "quoted phrase" is one) found by contains() in
                      FirstName, LastName, Email, UserName, CellularPhone or
                      Office/Name; combined with --filter by "and"
  --orderby, --select comma-separated member names ("LastName desc,Id"), checked
                      against the documented members; --orderby takes paths
                      (Office/Name), --select top-level members (Office)
  --all               read every page (--page-size rows per request, default 500)
  --set PATH=VALUE    PATH goes into nested members with '/' (Address/City=Austin);
                      VALUE is read as JSON when it is JSON (true, 3, null,
                      {"Id":2}, "007"), otherwise as text
  --unset PATH        clear a member (sends null)
  agents update ID ID...
                      the same patch to every agent, at most 4 at a time: each is
                      read first, then read again just before its patch, which is
                      sent only if the members it changes still hold the values
                      first read (otherwise "conflict": not updated, exit 1); one
                      line per agent ("Agent 12 updated"), failures on standard
                      error
  --allow-duplicate-email
                      create the agent although another already has its e-mail
                      (without it, agents create names that agent and exits 5)
  FILE|-              a JSON file, or - for standard input
  agents sync         bring the tenant in line with a brokerage's roster (CSV, UTF-8
                      or Windows-1252, ',' or ';'): agents matched by e-mail, else
                      user name; new ones created, changed members patched (each
                      agent re-read first: changed since the plan is a "conflict",
                      not overwritten); --deactivate-missing deactivates the active
                      agents of the roster's offices (or --office) missing from it,
                      --reactivate activates inactive agents it lists, --clear-empty
                      clears members whose cell is empty; --map FILE is a JSON
                      object of column to member path. --dry-run prints the plan
                      and sends nothing. Every write is journalled (the path is
                      shown; --journal FILE to choose it): after a crash or a stop,
                      the same command with --resume sends only what was not done.
                      With --format json one document: {"summary": {...},
                      "items": [...]}; exit 1 when any item is an error, a
                      conflict, failed or was not sent
  --local             answer from the profile's local copy (see 'local refresh')
                      instead of the service: --search then takes words, each of
                      which must match a name, e-mail, user name, phone or office
                      (accents and case ignored); a --filter the copy cannot
                      evaluate is an error (exit 2), never a different answer
  agents count        prints one number: the agents --filter and --search select
  --kind KIND         only findings of KIND: duplicate-email, duplicate-username,
                      duplicate-phone, invalid-email, invalid-phone, missing-office,
                      missing-manager, inactive-manager, subscription-without-price
                      (--format json: [{"kind": ..., "ids": [...], "detail": ...}];
                      exit 0 with or without findings)

The local copy:
  One SQLite file per profile, $XDG_CACHE_HOME/signtraker-admin/local/PROFILE.sqlite
  (by default under ~/.cache), readable by its owner only; it holds
  the tenant's personal data: 'local clear' deletes it, and so does 'profile
  remove'. Without a copy, --local and quality exit 2 and say how to make one.

The API key:
  There is no --api-key option: a command line can be read by other users of the
  machine. The key is taken from the environment variable SIGNTRAKER_API_KEY (or
  SIGNTRACKER_API_KEY), else from the system keychain entry of the profile in use
  ('profile add ... --api-key-stdin' stores it there).
  Other settings may also come from SIGNTRAKER_BASE_URL, SIGNTRAKER_SUBDOMAIN,
  SIGNTRAKER_TIMEOUT_SECONDS, SIGNTRAKER_MAX_RETRIES,
  SIGNTRAKER_RETRY_BACKOFF_SECONDS, SIGNTRAKER_MAX_RESPONSE_MB (the largest
  answer read, default 64) and SIGNTRAKER_PARALLEL_REQUESTS; options win over
  the environment, the environment over the profile. SIGNTRAKER_CA_FILE names a
  PEM file of certificate authorities trusted besides the system's (a
  TLS-inspecting proxy's); certificate errors are never ignored.

Output:
  table  aligned text; one record as "Member: value" lines
  json   what the service returned, as one indented JSON document
  csv    a header row, then one row per record; nested members as Office/Name
         columns; RFC 4180 quoting; formulas neutralised unless --csv-raw
  Errors go to standard error as one line: "signtraker-cli: KIND: MESSAGE".

Exit status:
  0  success
  1  some items of a multi-id command failed (each reported on standard error);
     agents sync: some rows are errors, conflicts, failed or were not sent
  2  usage or configuration error; agents sync: a roster or mapping that cannot be
     read, or an unfinished earlier run of the roster (give --resume)
  3  authentication failed, or no API key
  4  not found
  5  rejected by the service as invalid (400), or agents create refused because
     another agent already has the e-mail
  6  rate limited (429)
  7  server error, unreadable or oversized response, or a redirect
  8  network error, timeout or TLS error
  9  agents create: the service did not answer, and looking the e-mail up
     afterwards could not tell whether the agent was created (never sent twice:
     look for it before creating it again)
)");
}

} // namespace signtraker::cli
