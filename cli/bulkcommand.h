// SPDX-License-Identifier: Apache-2.0
// agents activate ID..., agents deactivate ID... and agents update ID... --set ...: the
// BulkRunner with its stop rules, each outcome reported (successes on standard output,
// failures on standard error, in the order the ids were given). update is the window's bulk
// edit (BulkEdit): every agent is read first, and its patch is sent only where the members it
// changes still hold the values read then (otherwise a conflict: not updated). After server errors
// in a row it asks "Continue? [y/N]" when a person is at a terminal, and stops otherwise; the ids
// never sent are reported as not attempted. Exit status: 3 when an authentication error stopped the
// run; otherwise exitCodeOf() the items (1 for a mix, or when some were not attempted or were
// conflicts).
#pragma once

#include "command.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace signtraker {
class BulkEdit;
class BulkRunner;
class SignTrakerClient;
} // namespace signtraker

namespace signtraker::cli {

class PauseQuestion;

class BulkCommand : public Command
{
    Q_OBJECT

public:
    BulkCommand(const Invocation &invocation, Console *console, SignTrakerClient *client,
                QObject *parent = nullptr);
    ~BulkCommand() override;

    void start() override;
    // The most calls that were running at once (for tests of the limit).
    int peakInFlight() const;
    int maxInFlight() const;

    // 0 when all succeeded; the common status when all failed alike; otherwise 1.
    static int exitCodeOf(const QList<int> &itemCodes);

private:
    enum class Verb { Activate, Deactivate, Update };

    void watch(BulkRunner *runner);
    void startUpdate();
    void onRead();
    void onItemChanged(int index);
    void askWhenIdle();
    void printReadyItems();
    void reportNotAttempted();
    void onFinished();
    QJsonObject summaryOf(int index) const;
    QString resultWord() const;
    // The exit status of each item of m_runner.
    QList<int> itemCodes() const;

    SignTrakerClient *m_client;
    BulkRunner *m_runner = nullptr;
    BulkEdit *m_edit = nullptr;
    Verb m_verb;
    bool m_reading = false; // update: the first pass, reading every agent
    QJsonObject m_patch;    // update
    QList<int> m_readCodes; // update: the agents that could not be read
    PauseQuestion *m_question;
    qsizetype m_nextToPrint = 0;
    QJsonArray m_succeeded;
};

} // namespace signtraker::cli
