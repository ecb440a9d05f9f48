// SPDX-License-Identifier: Apache-2.0
// agents list, offices list and enterprises list: one page as asked, or with --all every page
// through AllPagesWalker, with the client's parallel requests, written as the pages arrive
// (RecordStream).
#pragma once

#include "command.h"
#include "listquery.h"
#include "odatafilter.h"

#include <QJsonArray>
#include <QPointer>

#include <memory>

namespace signtraker {
class AllPagesWalker;
class ApiCall;
class SignTrakerClient;
struct ApiResult;
} // namespace signtraker

namespace signtraker::cli {

class RecordStream;

class ListCommand : public Command
{
    Q_OBJECT

public:
    static constexpr int DefaultPageSize = 500;

    ListCommand(const Invocation &invocation, Console *console, SignTrakerClient *client,
                QObject *parent = nullptr);
    ~ListCommand() override;

    void start() override;

    // The query the options describe; --search becomes contains() over the agent's names,
    // e-mail and phone, and-ed with --filter. *problem is set when --filter is unbalanced.
    static ListQuery queryFor(const Invocation &invocation, QString *problem);
    // Both empty: empty. The client's odata::Filter does the quoting and the parentheses.
    static odata::Filter combinedFilter(const QString &filter, const QString &searchText);
    // Columns of a table of agents when --select does not choose them.
    static QStringList agentTableColumns();

    // What a concurrent edit can do to a walk under offset paging, for the summary on standard
    // error.
    static QString concurrentEditNote(int duplicatesDropped);

private:
    void onResult(const ApiResult &result);
    void print(const QJsonValue &value);
    QStringList tableColumns() const;
    void walkAll(const ListQuery &query);
    void onPage(const QJsonArray &rows, int rowsSoFar, bool dropId);
    void onWalkFinished(const ApiError &error);

    SignTrakerClient *m_client;
    QPointer<ApiCall> m_call;
    AllPagesWalker *m_walker = nullptr;
    std::unique_ptr<RecordStream> m_stream;
};

} // namespace signtraker::cli
