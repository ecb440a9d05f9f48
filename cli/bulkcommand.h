// agents activate ID... and agents deactivate ID...: at most MaxInFlight calls at a time,
// each outcome reported (successes on standard output, failures on standard error, in the
// order the ids were given), and exit status 1 when only some of them failed.
#pragma once

#include "command.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPointer>

namespace signtraker {
class ApiCall;
class SignTrakerClient;
struct ApiResult;
} // namespace signtraker

namespace signtraker::cli {

class BulkCommand : public Command
{
    Q_OBJECT

public:
    static constexpr int MaxInFlight = 4;

    BulkCommand(const Invocation &invocation, Console *console, SignTrakerClient *client,
                QObject *parent = nullptr);
    ~BulkCommand() override;

    void start() override;
    // The most calls that were running at once (for tests of the limit).
    int peakInFlight() const { return m_peakInFlight; }

    // 0 when all succeeded; the common status when all failed alike; otherwise 1.
    static int exitCodeOf(const QList<int> &itemCodes);

private:
    struct Item
    {
        qint64 id = 0;
        bool done = false;
        int exitCode = 0;
        QJsonValue response;
        QPointer<ApiCall> call;
    };

    void startNext();
    void onResult(qsizetype index, const ApiResult &result);
    void printReadyItems();
    QJsonObject summaryOf(const Item &item) const;

    SignTrakerClient *m_client;
    bool m_activate;
    QList<Item> m_items;
    qsizetype m_nextToStart = 0;
    qsizetype m_nextToPrint = 0;
    int m_inFlight = 0;
    int m_peakInFlight = 0;
    int m_done = 0;
    QJsonArray m_succeeded;
};

} // namespace signtraker::cli
