// SPDX-License-Identifier: Apache-2.0
// The commands of the local copy (LocalCopy, one SQLite file per profile): local refresh, status
// and clear; agents list --local; agents count, online (a walk with $select=Id) or --local.
#pragma once

#include "command.h"

#include <QElapsedTimer>

namespace signtraker {
class AllPagesWalker;
class LocalCopy;
class SignTrakerClient;
struct LocalQuery;
} // namespace signtraker

namespace signtraker::cli {

class LocalCommand : public Command
{
    Q_OBJECT

public:
    // client may be null for the commands that only read the copy; copyPath is
    // LocalCopy::pathForProfile() of the profile in use.
    LocalCommand(const Invocation &invocation, Console *console, SignTrakerClient *client,
                 const QString &copyPath, QObject *parent = nullptr);
    ~LocalCommand() override;

    void start() override;

    // Whether the invocation only reads the local copy (no service, no key needed).
    static bool readsCopyOnly(const Invocation &invocation);
    // Whether LocalCommand runs this invocation.
    static bool handles(const Invocation &invocation);
    // What to tell someone who asked the copy before there was one.
    static QString noCopyMessage();

private:
    void refresh();
    void status();
    void clear();
    void list();
    void countLocal();
    void countOnline();
    bool requireCopy();
    LocalQuery queryFromOptions() const;

    SignTrakerClient *m_client;
    LocalCopy *m_copy;
    AllPagesWalker *m_walker = nullptr;
    QElapsedTimer m_timer;
};

} // namespace signtraker::cli
