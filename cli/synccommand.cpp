// SPDX-License-Identifier: Apache-2.0
#include "synccommand.h"

#include "agent.h"
#include "bulkrunner.h"
#include "celltext.h"
#include "csvwriter.h"
#include "exitcode.h"
#include "patchpaths.h"
#include "pausequestion.h"
#include "rosterapplier.h"
#include "rosterfile.h"
#include "rostermapping.h"
#include "rosterplanner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace signtraker::cli {

namespace {

using Action = RosterItem::Action;
using Status = RosterItem::Status;

bool writes(Action action)
{
    return action == Action::Create || action == Action::Update || action == Action::Activate ||
           action == Action::Deactivate;
}

// Member by member, before and after, as the review shows it.
QString changesOf(const RosterItem &item)
{
    QStringList changes;
    for (const QString &path : PatchPaths::leaves(item.patch)) {
        const QString after = CellText::of(Agent(item.patch).value(path));
        changes.append(item.action == Action::Create
                           ? QStringLiteral("%1: %2").arg(path, after)
                           : QStringLiteral("%1: %2 -> %3")
                                 .arg(path, CellText::of(Agent(item.planned).value(path)), after));
    }
    return changes.join(QLatin1String("; "));
}

} // namespace

SyncCommand::SyncCommand(const Invocation &invocation, Console *console, SignTrakerClient *client,
                         const QString &profileName, QObject *parent)
    : Command(invocation, console, parent)
    , m_client(client)
    , m_profileName(profileName)
    , m_dryRun(invocation.has(QStringLiteral("dry-run")))
    , m_resume(invocation.has(QStringLiteral("resume")))
    , m_question(new PauseQuestion(console, this))
{
    connect(m_question, &PauseQuestion::answered, this, [this](bool goOn) {
        if (goOn)
            m_applier->resume();
        else
            m_applier->stop();
    });
}

SyncCommand::~SyncCommand() = default; // the planner and applier, children, cancel their calls

void SyncCommand::note(const QString &message)
{
    m_console->error(QStringLiteral("note"), message);
}

int SyncCommand::exitCodeOf(const RosterPlan &plan, bool dryRun)
{
    for (const RosterItem &item : plan.items) {
        if (item.action == Action::Error || item.status == Status::Error ||
            item.status == Status::Conflict || item.status == Status::Failed)
            return PartialFailure;
        if (!dryRun && item.included && writes(item.action) && item.status != Status::Done)
            return PartialFailure;
    }
    return Success;
}

void SyncCommand::start()
{
    const QString rosterPath = m_invocation.value(QStringLiteral("roster"));
    QFile rosterFile(rosterPath);
    if (!rosterFile.open(QIODevice::ReadOnly)) {
        m_console->error(
            QStringLiteral("configuration"),
            tr("Cannot read the roster %1: %2").arg(rosterPath, rosterFile.errorString()));
        finish(UsageOrConfiguration);
        return;
    }
    const QByteArray bytes = rosterFile.readAll();
    const RosterFile roster = RosterFile::parse(bytes);
    if (!roster.error().isEmpty()) {
        m_console->error(QStringLiteral("configuration"),
                         tr("Cannot read the roster %1: %2").arg(rosterPath, roster.error()));
        finish(UsageOrConfiguration);
        return;
    }
    RosterMapping mapping = RosterMapping::fromHeaders(roster.headers());
    if (m_invocation.has(QStringLiteral("map"))) {
        QString problem;
        const auto columns =
            m_console->readJsonObject(m_invocation.value(QStringLiteral("map")), &problem);
        if (columns)
            mapping = RosterMapping::fromJson(*columns, roster.headers(), &problem);
        if (!problem.isEmpty()) {
            m_console->error(QStringLiteral("configuration"), problem);
            finish(UsageOrConfiguration);
            return;
        }
    }
    note(tr("Read %1 rows of %2 as %3, separated by '%4'.")
             .arg(roster.rows().size())
             .arg(rosterPath, RosterFile::encodingName(roster.encoding()))
             .arg(roster.separator()));
    if (!mapping.unknownColumns().isEmpty())
        note(tr("Columns ignored (no member of that name): %1.")
                 .arg(mapping.unknownColumns().join(QLatin1String(", "))));
    if (!m_dryRun && !openJournal(bytes))
        return;

    RosterOptions options;
    options.offices = m_invocation.values(QStringLiteral("office"));
    options.deactivateMissing = m_invocation.has(QStringLiteral("deactivate-missing"));
    options.reactivate = m_invocation.has(QStringLiteral("reactivate"));
    options.clearEmpty = m_invocation.has(QStringLiteral("clear-empty"));
    m_planner = new RosterPlanner(m_client, this);
    connect(m_planner, &RosterPlanner::planned, this, &SyncCommand::onPlanned);
    connect(m_planner, &RosterPlanner::failed, this,
            [this](const ApiError &error) { fail(error, tr("reading the tenant")); });
    m_planner->plan(roster, mapping, options);
}

bool SyncCommand::openJournal(const QByteArray &rosterBytes)
{
    const QString path = m_invocation.has(QStringLiteral("journal"))
                             ? m_invocation.value(QStringLiteral("journal"))
                             : RosterJournal::defaultPathFor(rosterBytes, m_profileName);
    QString problem;
    if (!m_journal.open(path, &problem)) {
        m_console->error(QStringLiteral("configuration"), problem);
        finish(UsageOrConfiguration);
        return false;
    }
    if (m_journal.isUnfinished() && !m_resume) {
        m_console->error(
            QStringLiteral("unfinished"),
            tr("An earlier run of this roster did not finish (journal %1). Run the same command "
               "again with --resume to finish it without sending anything twice, or remove the "
               "journal to start over.")
                .arg(path));
        finish(UsageOrConfiguration);
        return false;
    }
    if (m_resume && !m_journal.isUnfinished()) {
        note(tr("Nothing to resume in %1: starting a new run.").arg(path));
        m_resume = false;
    }
    return true;
}

void SyncCommand::onPlanned(const RosterPlan &plan)
{
    if (m_dryRun) {
        print(plan);
        finish(exitCodeOf(plan, true));
        return;
    }
    note(tr("Journal: %1").arg(m_journal.path()));
    m_applier = new RosterApplier(m_client, plan, this);
    m_applier->setJournal(&m_journal);
    m_applier->setResume(m_resume);
    connect(m_applier, &RosterApplier::paused, this, &SyncCommand::askWhenIdle);
    connect(m_applier, &RosterApplier::finished, this, &SyncCommand::onApplied);
    m_applier->start();
    // The runner exists once started; its every change may be the last request in flight of a
    // pause.
    if (m_applier->runner())
        connect(m_applier->runner(), &BulkRunner::itemChanged, this, &SyncCommand::askWhenIdle);
}

void SyncCommand::askWhenIdle()
{
    m_question->askWhenIdle(m_applier ? m_applier->runner() : nullptr);
}

void SyncCommand::onApplied()
{
    const RosterPlan plan = m_applier->plan();
    print(plan);
    if (!m_applier->journalError().isEmpty())
        m_console->error(QStringLiteral("journal"), m_applier->journalError());
    const BulkRunner *runner = m_applier->runner();
    if (runner && runner->stopReason() == BulkRunner::StopReason::Authentication) {
        m_console->error(runner->stopError());
        finish(AuthenticationFailed);
        return;
    }
    if (m_journal.isUnfinished())
        m_console->error(QStringLiteral("not attempted"),
                         tr("The run stopped before every item was sent. Run the same command "
                            "again with --resume to send the rest (journal %1).")
                             .arg(m_journal.path()));
    finish(exitCodeOf(plan, false));
}

void SyncCommand::print(const RosterPlan &plan)
{
    const OutputFormat format = m_invocation.global.format;
    if (format == OutputFormat::Json) {
        m_console->printValue(plan.toJson(), OutputFormat::Json);
        return;
    }
    const QStringList columns = {QStringLiteral("row"),     QStringLiteral("action"),
                                 QStringLiteral("id"),      QStringLiteral("email"),
                                 QStringLiteral("changes"), QStringLiteral("status"),
                                 QStringLiteral("reason")};
    QList<QStringList> rows;
    for (const RosterItem &item : plan.items) {
        rows.append({item.row > 0 ? QString::number(item.row) : QString(),
                     RosterItem::actionName(item.action),
                     item.id != 0 ? QString::number(item.id) : QString(), item.email,
                     changesOf(item), RosterItem::statusName(item.status), item.reason});
    }
    if (format == OutputFormat::Csv) {
        CsvWriter csv(
            {m_invocation.global.csvRaw ? CsvWriter::Values::Raw : CsvWriter::Values::Neutralised});
        csv.addRow(columns + QStringList{QStringLiteral("patch")});
        for (int index = 0; index < rows.size(); ++index) {
            const QJsonObject patch = plan.items.at(index).patch;
            csv.addRow(rows.at(index) +
                       QStringList{patch.isEmpty() ? QString()
                                                   : QString::fromUtf8(QJsonDocument(patch).toJson(
                                                         QJsonDocument::Compact))});
        }
        m_console->write(csv.data());
        return;
    }
    QJsonArray table;
    for (const QStringList &row : std::as_const(rows)) {
        QJsonObject line;
        for (int column = 0; column < columns.size(); ++column)
            line.insert(columns.at(column), row.at(column));
        table.append(line);
    }
    m_console->printValue(table, OutputFormat::Table, columns);
    const QMap<QString, int> summary = plan.summary();
    auto count = [&summary](const char *key) { return summary.value(QLatin1String(key)); };
    m_console->print(tr("%1 to create, %2 to update, %3 to activate, %4 to deactivate, %5 "
                        "unchanged, %6 errors, %7 conflicts, %8 failed.\n")
                         .arg(count("create"))
                         .arg(count("update"))
                         .arg(count("activate"))
                         .arg(count("deactivate"))
                         .arg(count("unchanged"))
                         .arg(count("error"))
                         .arg(count("conflict"))
                         .arg(count("failed")));
}

} // namespace signtraker::cli
