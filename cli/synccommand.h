// SPDX-License-Identifier: Apache-2.0
// agents sync --roster FILE: a brokerage's roster turned into a plan against the tenant (read
// once), printed and nothing sent with --dry-run, otherwise applied by RosterApplier with a
// journal (the path is shown on standard error). A journal whose last run did not finish stops a
// new run (exit 2) until --resume is given, so that nothing is sent twice. After server errors in
// a row it asks "Continue? [y/N]" at a terminal and stops otherwise, as the bulk commands do.
// Output: the issue's JSON document with --format json, the same items as a table or CSV.
// Exit status: 0 when every item was planned (dry run) or done, 1 when any is an error, a
// conflict, a failure or was not sent, 3 when the key was refused, 2 for a roster, mapping or
// journal that cannot be used, and the client's codes when the tenant cannot be read.
#pragma once

#include "command.h"
#include "rosterjournal.h"
#include "rosterplan.h"

#include <QByteArray>
#include <QPointer>

namespace signtraker {
class RosterApplier;
class RosterPlanner;
class SignTrakerClient;
} // namespace signtraker

namespace signtraker::cli {

class PauseQuestion;

class SyncCommand : public Command
{
    Q_OBJECT

public:
    SyncCommand(const Invocation &invocation, Console *console, SignTrakerClient *client,
                const QString &profileName, QObject *parent = nullptr);
    ~SyncCommand() override;

    void start() override;

    // 0 when no item is an error, conflict or failure and every write is done (or, for a dry
    // run, planned); otherwise 1.
    static int exitCodeOf(const RosterPlan &plan, bool dryRun);

private:
    bool openJournal(const QByteArray &rosterBytes);
    void onPlanned(const RosterPlan &plan);
    void askWhenIdle();
    void onApplied();
    void print(const RosterPlan &plan);
    void note(const QString &message);

    SignTrakerClient *m_client;
    QString m_profileName;
    bool m_dryRun = false;
    bool m_resume = false;
    RosterJournal m_journal;
    RosterPlanner *m_planner = nullptr;
    RosterApplier *m_applier = nullptr;
    PauseQuestion *m_question;
};

} // namespace signtraker::cli
