#include "bulkcommand.h"

#include "exitcode.h"
#include "signtrakerclient.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace signtraker::cli {

BulkCommand::BulkCommand(const Invocation &invocation, Console *console, SignTrakerClient *client,
                         QObject *parent)
    : Command(invocation, console, parent)
    , m_client(client)
    , m_activate(invocation.command == QLatin1String("activate"))
{
    for (const QString &id : invocation.arguments) {
        Item item;
        item.id = id.toLongLong();
        m_items << item;
    }
}

BulkCommand::~BulkCommand()
{
    for (Item &item : m_items) {
        if (item.call)
            item.call->cancel();
    }
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
    if (m_items.isEmpty()) {
        finish(Success);
        return;
    }
    while (m_inFlight < MaxInFlight && m_nextToStart < m_items.size())
        startNext();
}

void BulkCommand::startNext()
{
    const qsizetype index = m_nextToStart++;
    Item &item = m_items[index];
    item.call = m_activate ? m_client->activateAgent(item.id) : m_client->deactivateAgent(item.id);
    ++m_inFlight;
    m_peakInFlight = std::max(m_peakInFlight, m_inFlight);
    connect(item.call, &ApiCall::finished, this,
            [this, index](const ApiResult &result) { onResult(index, result); });
}

void BulkCommand::onResult(qsizetype index, const ApiResult &result)
{
    Item &item = m_items[index];
    item.done = true;
    item.exitCode = exitCodeFor(result.error);
    item.response = result.ok() ? result.value : QJsonValue();
    if (!result.ok())
        m_console->error(result.error, QStringLiteral("agent %1").arg(item.id));
    --m_inFlight;
    ++m_done;
    printReadyItems();
    if (m_nextToStart < m_items.size()) {
        startNext();
        return;
    }
    if (m_done < m_items.size())
        return;

    if (m_invocation.global.format != OutputFormat::Table && !m_succeeded.isEmpty())
        m_console->printValue(m_succeeded, m_invocation.global.format);
    else if (m_invocation.global.format == OutputFormat::Json)
        m_console->printValue(QJsonArray(), OutputFormat::Json);
    QList<int> codes;
    for (const Item &each : m_items)
        codes << each.exitCode;
    finish(exitCodeOf(codes));
}

// Successes are printed in the order the ids were given, as soon as every earlier id is done:
// a table streams, json and csv gather one document.
void BulkCommand::printReadyItems()
{
    while (m_nextToPrint < m_items.size() && m_items.at(m_nextToPrint).done) {
        const Item &item = m_items.at(m_nextToPrint++);
        if (item.exitCode != Success)
            continue;
        if (m_invocation.global.format == OutputFormat::Table) {
            m_console->print(
                QStringLiteral("Agent %1 %2\n")
                    .arg(item.id)
                    .arg(m_activate ? QLatin1String("activated") : QLatin1String("deactivated")));
        } else {
            m_succeeded.append(summaryOf(item));
        }
    }
}

QJsonObject BulkCommand::summaryOf(const Item &item) const
{
    QJsonObject summary{
        {QStringLiteral("Id"), item.id},
        {QStringLiteral("Result"),
         m_activate ? QStringLiteral("activated") : QStringLiteral("deactivated")},
    };
    // What the service answered, when it said more than {}.
    if (item.response.isObject() && !item.response.toObject().isEmpty())
        summary.insert(QStringLiteral("Response"), item.response);
    return summary;
}

} // namespace signtraker::cli
