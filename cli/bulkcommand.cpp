#include "bulkcommand.h"

#include "bulkrunner.h"
#include "exitcode.h"
#include "signtrakerclient.h"

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
    , m_activate(invocation.command == QLatin1String("activate"))
{
    QList<BulkRunner::Item> items;
    for (const QString &id : invocation.arguments) {
        items.append(m_activate ? BulkRunner::Item::activate(id.toLongLong())
                                : BulkRunner::Item::deactivate(id.toLongLong()));
    }
    m_runner = new BulkRunner(client, items, BulkRunner::DefaultMaxInFlight, this);
    connect(m_runner, &BulkRunner::itemChanged, this, &BulkCommand::onItemChanged);
    connect(m_runner, &BulkRunner::paused, this, &BulkCommand::askWhenIdle);
    connect(m_runner, &BulkRunner::finished, this, &BulkCommand::onFinished);
}

BulkCommand::~BulkCommand() = default; // the runner, a child, cancels what is in flight

int BulkCommand::peakInFlight() const
{
    return m_runner->peakInFlight();
}

int BulkCommand::maxInFlight() const
{
    return m_runner->maxInFlight();
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
    if (m_runner->total() == 0) {
        finish(Success);
        return;
    }
    m_runner->start();
}

void BulkCommand::onItemChanged(int index)
{
    const BulkRunner::Result &result = m_runner->results().at(index);
    if (result.outcome == BulkRunner::Outcome::Failed) {
        m_console->error(result.error,
                         QStringLiteral("agent %1").arg(m_runner->items().at(index).id));
    }
    if (isSettled(result.outcome))
        printReadyItems();
    askWhenIdle();
}

// The question waits for the requests in flight, so that their results are printed before it
// and none arrives while the person reads it.
void BulkCommand::askWhenIdle()
{
    if (m_asking || m_runner->state() != BulkRunner::State::Paused || m_runner->inFlight() > 0)
        return;
    if (!m_console->inputIsTerminal()) {
        m_runner->stop();
        return;
    }
    m_asking = true;
    const QString question =
        tr("%n requests in a row failed with a server or network error. Continue? [y/N]", nullptr,
           BulkRunner::ServerErrorsBeforePause);
    m_console->askYesNo(question, this, [this](bool yes) {
        m_asking = false;
        if (yes)
            m_runner->resume();
        else
            m_runner->stop();
    });
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
            m_console->print(
                QStringLiteral("Agent %1 %2\n")
                    .arg(m_runner->items().at(index).id)
                    .arg(m_activate ? QLatin1String("activated") : QLatin1String("deactivated")));
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

void BulkCommand::onFinished()
{
    reportNotAttempted();
    if (m_invocation.global.format != OutputFormat::Table && !m_succeeded.isEmpty())
        m_console->printValue(m_succeeded, m_invocation.global.format);
    else if (m_invocation.global.format == OutputFormat::Json)
        m_console->printValue(QJsonArray(), OutputFormat::Json);
    if (m_runner->stopReason() == BulkRunner::StopReason::Authentication) {
        finish(AuthenticationFailed);
        return;
    }
    QList<int> codes;
    for (const BulkRunner::Result &result : m_runner->results()) {
        codes << (result.outcome == BulkRunner::Outcome::Done     ? int(Success)
                  : result.outcome == BulkRunner::Outcome::Failed ? exitCodeFor(result.error)
                                                                  : int(PartialFailure));
    }
    finish(exitCodeOf(codes));
}

QJsonObject BulkCommand::summaryOf(int index) const
{
    QJsonObject summary{
        {QStringLiteral("Id"), m_runner->items().at(index).id},
        {QStringLiteral("Result"),
         m_activate ? QStringLiteral("activated") : QStringLiteral("deactivated")},
    };
    // What the service answered, when it said more than {}.
    const QJsonValue response = m_runner->results().at(index).payload;
    if (response.isObject() && !response.toObject().isEmpty())
        summary.insert(QStringLiteral("Response"), response);
    return summary;
}

} // namespace signtraker::cli
