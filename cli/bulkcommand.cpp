// SPDX-License-Identifier: Apache-2.0
#include "bulkcommand.h"

#include "bulkedit.h"
#include "bulkrunner.h"
#include "exitcode.h"
#include "pausequestion.h"
#include "recordcommand.h"
#include "signtrakerclient.h"

#include "agent.h"
#include "celltext.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace signtraker::cli {

namespace {

bool isSettled(BulkRunner::Outcome outcome)
{
    return outcome != BulkRunner::Outcome::Waiting && outcome != BulkRunner::Outcome::Sending;
}

} // namespace

BulkCommand::BulkCommand(const Invocation &invocation, Console *console, SignTrakerClient *client,
                         QObject *parent)
    : Command(invocation, console, parent)
    , m_client(client)
    , m_verb(invocation.command == QLatin1String("activate")     ? Verb::Activate
             : invocation.command == QLatin1String("deactivate") ? Verb::Deactivate
                                                                 : Verb::Update)
    , m_question(new PauseQuestion(console, this))
{
    connect(m_question, &PauseQuestion::answered, this, [this](bool goOn) {
        if (goOn)
            m_runner->resume();
        else
            m_runner->stop();
    });
    if (m_verb == Verb::Update)
        return; // the runners come from the BulkEdit, once the patch is known
    QList<BulkRunner::Item> items;
    for (const QString &id : invocation.arguments) {
        items.append(m_verb == Verb::Activate ? BulkRunner::Item::activate(id.toLongLong())
                                              : BulkRunner::Item::deactivate(id.toLongLong()));
    }
    watch(new BulkRunner(client, items, BulkRunner::DefaultMaxInFlight, this));
}

BulkCommand::~BulkCommand() = default; // the runners, children, cancel what is in flight

void BulkCommand::watch(BulkRunner *runner)
{
    m_runner = runner;
    m_nextToPrint = 0;
    connect(m_runner, &BulkRunner::itemChanged, this, &BulkCommand::onItemChanged);
    connect(m_runner, &BulkRunner::paused, this, &BulkCommand::askWhenIdle);
    connect(m_runner, &BulkRunner::finished, this, &BulkCommand::onFinished);
}

int BulkCommand::peakInFlight() const
{
    int peak = m_runner ? m_runner->peakInFlight() : 0;
    if (m_edit && m_edit->reader())
        peak = std::max(peak, m_edit->reader()->peakInFlight());
    return peak;
}

int BulkCommand::maxInFlight() const
{
    return m_runner ? m_runner->maxInFlight() : BulkRunner::DefaultMaxInFlight;
}

QString BulkCommand::resultWord() const
{
    switch (m_verb) {
    case Verb::Activate:
        return QStringLiteral("activated");
    case Verb::Deactivate:
        return QStringLiteral("deactivated");
    case Verb::Update:
        break;
    }
    return QStringLiteral("updated");
}

int BulkCommand::exitCodeOf(const QList<int> &itemCodes)
{
    const bool allSucceeded =
        std::all_of(itemCodes.begin(), itemCodes.end(), [](int code) { return code == Success; });
    if (allSucceeded)
        return Success;
    const bool allFailedAlike = std::all_of(itemCodes.begin(), itemCodes.end(),
                                            [&](int code) { return code == itemCodes.first(); });
    return allFailedAlike ? itemCodes.first() : int(PartialFailure);
}

void BulkCommand::start()
{
    if (m_verb == Verb::Update) {
        startUpdate();
        return;
    }
    if (m_runner->total() == 0) {
        finish(Success);
        return;
    }
    m_runner->start();
}

// The values "as selected" are those read now, at the start of the run: each agent's patch is
// then sent only if the members it changes still hold them when it is re-read just before.
void BulkCommand::startUpdate()
{
    QString problem;
    const auto patch = RecordCommand::patchFor(m_invocation, m_console, &problem);
    if (!patch) {
        usageFailure(problem);
        return;
    }
    if (patch->isEmpty()) {
        usageFailure(QStringLiteral("the patch is empty: there is nothing to update"));
        return;
    }
    m_patch = *patch;
    QList<QJsonObject> agents;
    for (const QString &id : std::as_const(m_invocation.arguments))
        agents.append({{QStringLiteral("Id"), id.toLongLong()}});
    m_edit = new BulkEdit(m_client, agents, BulkRunner::DefaultMaxInFlight, this);
    m_reading = true;
    m_edit->read();
    watch(m_edit->reader());
}

void BulkCommand::onRead()
{
    m_reading = false;
    const BulkRunner *reader = m_runner;
    for (int index = 0; index < reader->total(); ++index) {
        const BulkRunner::Result &result = reader->results().at(index);
        if (result.outcome == BulkRunner::Outcome::Failed)
            m_readCodes.append(exitCodeFor(result.error));
        else if (result.outcome != BulkRunner::Outcome::Done)
            m_readCodes.append(PartialFailure);
    }
    if (reader->stopReason() != BulkRunner::StopReason::None) {
        // Stopped while reading: nothing was written, and nothing more is.
        reportNotAttempted();
        finish(reader->stopReason() == BulkRunner::StopReason::Authentication
                   ? int(AuthenticationFailed)
                   : exitCodeOf(m_readCodes));
        return;
    }
    watch(m_edit->apply(m_patch));
    if (m_runner->total() == 0) {
        onFinished();
        return;
    }
    m_runner->start();
}

void BulkCommand::onItemChanged(int index)
{
    const BulkRunner::Result &result = m_runner->results().at(index);
    const qint64 id = m_runner->items().at(index).id;
    if (result.outcome == BulkRunner::Outcome::Failed)
        m_console->error(result.error, QStringLiteral("agent %1").arg(id));
    if (result.outcome == BulkRunner::Outcome::Conflict) {
        QStringList members;
        for (const QString &path : result.conflicts) {
            members.append(
                QStringLiteral("%1 is now %2")
                    .arg(path, CellText::of(Agent(result.payload.toObject()).value(path))));
        }
        m_console->error(QStringLiteral("conflict"),
                         QStringLiteral("agent %1 was not updated: it was changed on the service "
                                        "after it was read (%2)")
                             .arg(id)
                             .arg(members.join(QLatin1String("; "))));
    }
    if (isSettled(result.outcome) && !m_reading)
        printReadyItems();
    askWhenIdle();
}

void BulkCommand::askWhenIdle()
{
    m_question->askWhenIdle(m_runner);
}

// Successes are printed in the order the ids were given, as soon as every earlier id is done:
// a table streams, json and csv gather one document.
void BulkCommand::printReadyItems()
{
    while (m_nextToPrint < m_runner->total() &&
           isSettled(m_runner->results().at(m_nextToPrint).outcome)) {
        const int index = int(m_nextToPrint++);
        if (m_runner->results().at(index).outcome != BulkRunner::Outcome::Done)
            continue;
        if (m_invocation.global.format == OutputFormat::Table) {
            m_console->print(QStringLiteral("Agent %1 %2\n")
                                 .arg(m_runner->items().at(index).id)
                                 .arg(resultWord()));
        } else {
            m_succeeded.append(summaryOf(index));
        }
    }
}

void BulkCommand::reportNotAttempted()
{
    QStringList ids;
    for (int index = 0; index < m_runner->total(); ++index) {
        const BulkRunner::Outcome outcome = m_runner->results().at(index).outcome;
        if (outcome == BulkRunner::Outcome::NotAttempted ||
            outcome == BulkRunner::Outcome::Cancelled)
            ids.append(QString::number(m_runner->items().at(index).id));
    }
    if (ids.isEmpty())
        return;
    const QString list = ids.join(QLatin1String(", "));
    const int count = int(ids.size());
    m_console->error(
        QStringLiteral("not attempted"),
        m_runner->stopReason() == BulkRunner::StopReason::Authentication
            ? tr("%n agents were not sent, because the service refused the key: %1", nullptr, count)
                  .arg(list)
            : tr("%n agents were not sent, because the run stopped after server errors: %1",
                 nullptr, count)
                  .arg(list));
}

QList<int> BulkCommand::itemCodes() const
{
    QList<int> codes;
    for (const BulkRunner::Result &result : m_runner->results()) {
        codes << (result.outcome == BulkRunner::Outcome::Done     ? int(Success)
                  : result.outcome == BulkRunner::Outcome::Failed ? exitCodeFor(result.error)
                                                                  : int(PartialFailure));
    }
    return codes;
}

void BulkCommand::onFinished()
{
    if (m_reading) {
        onRead();
        return;
    }
    reportNotAttempted();
    if (m_invocation.global.format != OutputFormat::Table && !m_succeeded.isEmpty())
        m_console->printValue(m_succeeded, m_invocation.global.format);
    else if (m_invocation.global.format == OutputFormat::Json)
        m_console->printValue(QJsonArray(), OutputFormat::Json);
    if (m_runner->stopReason() == BulkRunner::StopReason::Authentication) {
        finish(AuthenticationFailed);
        return;
    }
    finish(exitCodeOf(m_readCodes + itemCodes()));
}

QJsonObject BulkCommand::summaryOf(int index) const
{
    QJsonObject summary{
        {QStringLiteral("Id"), m_runner->items().at(index).id},
        {QStringLiteral("Result"), resultWord()},
    };
    // What the service answered, when it said more than {}.
    const QJsonValue response = m_runner->results().at(index).payload;
    if (response.isObject() && !response.toObject().isEmpty())
        summary.insert(QStringLiteral("Response"), response);
    return summary;
}

} // namespace signtraker::cli
