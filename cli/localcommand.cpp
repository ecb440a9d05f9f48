// SPDX-License-Identifier: Apache-2.0
#include "localcommand.h"

#include "commandline.h"
#include "exitcode.h"
#include "listcommand.h"
#include "localcopy.h"
#include "pager.h"
#include "signtrakerclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace signtraker::cli {

LocalCommand::LocalCommand(const Invocation &invocation, Console *console, SignTrakerClient *client,
                           const QString &copyPath, QObject *parent)
    : Command(invocation, console, parent)
    , m_client(client)
    , m_copy(new LocalCopy(copyPath, this))
{}

LocalCommand::~LocalCommand()
{
    if (m_walker)
        m_walker->cancel();
}

bool LocalCommand::handles(const Invocation &invocation)
{
    return invocation.group == QLatin1String("local") || invocation.is("agents", "count") ||
           (invocation.is("agents", "list") && invocation.has(QStringLiteral("local")));
}

bool LocalCommand::readsCopyOnly(const Invocation &invocation)
{
    if (invocation.group == QLatin1String("local"))
        return invocation.command != QLatin1String("refresh");
    return handles(invocation) && invocation.has(QStringLiteral("local"));
}

QString LocalCommand::noCopyMessage()
{
    return tr("There is no local copy for this profile yet: make one with 'signtraker-cli local "
              "refresh'.");
}

void LocalCommand::start()
{
    if (m_invocation.is("local", "refresh"))
        refresh();
    else if (m_invocation.is("local", "status"))
        status();
    else if (m_invocation.is("local", "clear"))
        clear();
    else if (m_invocation.is("agents", "list"))
        list();
    else if (m_invocation.has(QStringLiteral("local")))
        countLocal();
    else
        countOnline();
}

bool LocalCommand::requireCopy()
{
    if (m_copy->exists())
        return true;
    m_console->error(QStringLiteral("usage"), noCopyMessage());
    finish(UsageOrConfiguration);
    return false;
}

void LocalCommand::refresh()
{
    connect(m_copy, &LocalCopy::refreshProgress, this, [this](int rows, int estimatedTotal) {
        if (!m_invocation.global.verbose)
            return;
        m_console->error(QStringLiteral("progress"),
                         estimatedTotal > 0
                             ? tr("%1 of about %n rows read", nullptr, estimatedTotal).arg(rows)
                             : tr("%n rows read", nullptr, rows));
    });
    connect(m_copy, &LocalCopy::refreshed, this, [this] {
        const double seconds = double(m_timer.elapsed()) / 1000;
        m_console->print(
            tr("%n agents in the local copy, read in %1 seconds.", nullptr, int(m_copy->rowCount()))
                .arg(QString::number(seconds, 'f', 1)) +
            u'\n');
        finish(Success);
    });
    connect(m_copy, &LocalCopy::refreshFailed, this, [this](const QString &message) {
        m_console->error(QStringLiteral("refresh"),
                         tr("The local copy was not refreshed (the previous one, if any, is "
                            "kept): %1")
                             .arg(message));
        finish(ServerFailed);
    });
    m_timer.start();
    m_copy->refresh(m_client);
}

void LocalCommand::status()
{
    const bool exists = m_copy->exists();
    const QDateTime asOf = m_copy->asOf();
    if (m_invocation.global.format != OutputFormat::Table) {
        QJsonObject record{{QStringLiteral("Path"), m_copy->path()},
                           {QStringLiteral("Rows"), exists ? m_copy->rowCount() : 0},
                           {QStringLiteral("AsOf"),
                            exists ? QJsonValue(asOf.toString(Qt::ISODate)) : QJsonValue()}};
        m_console->printValue(record, m_invocation.global.format);
        finish(Success);
        return;
    }
    QString text = tr("Path: %1").arg(m_copy->path()) + u'\n';
    if (!exists) {
        text += noCopyMessage() + u'\n';
    } else {
        const qint64 minutes = asOf.secsTo(QDateTime::currentDateTimeUtc()) / 60;
        text += tr("Rows: %1").arg(m_copy->rowCount()) + u'\n';
        text += tr("As of: %1 (%n minutes ago)", nullptr, int(minutes))
                    .arg(QLocale::c().toString(asOf.toLocalTime(),
                                               QStringLiteral("yyyy-MM-dd HH:mm"))) +
                u'\n';
    }
    m_console->print(text);
    finish(Success);
}

void LocalCommand::clear()
{
    const bool existed = m_copy->exists();
    if (!m_copy->clear()) {
        m_console->error(QStringLiteral("local"),
                         tr("The local copy could not be removed: %1").arg(m_copy->path()));
        finish(UsageOrConfiguration);
        return;
    }
    m_console->print((existed ? tr("The local copy was removed: %1")
                              : tr("There was no local copy to remove: %1"))
                         .arg(m_copy->path()) +
                     u'\n');
    finish(Success);
}

LocalQuery LocalCommand::queryFromOptions() const
{
    LocalQuery query;
    query.filter = m_invocation.value(QStringLiteral("filter"));
    query.search = m_invocation.value(QStringLiteral("search"));
    query.orderBy =
        CommandLine::commaSeparated(m_invocation.value(QStringLiteral("orderby"))).join(u',');
    if (const auto top = m_invocation.integer(QStringLiteral("top")))
        query.top = int(*top);
    if (const auto skip = m_invocation.integer(QStringLiteral("skip")))
        query.skip = int(*skip);
    query.select = CommandLine::commaSeparated(m_invocation.value(QStringLiteral("select")));
    return query;
}

void LocalCommand::list()
{
    if (!requireCopy())
        return;
    const LocalQuery query = queryFromOptions();
    QString error;
    const QList<QJsonObject> agents = m_copy->agents(query, &error);
    if (!error.isEmpty()) {
        usageFailure(error);
        return;
    }
    // The copy always gives Id; the service gives only what --select names.
    const bool dropId = !query.select.isEmpty() && !query.select.contains(QLatin1String("Id"));
    QJsonArray rows;
    for (QJsonObject agent : agents) {
        if (dropId)
            agent.remove(QLatin1String("Id"));
        rows.append(agent);
    }
    m_console->printValue(rows, m_invocation.global.format,
                          query.select.isEmpty() ? ListCommand::agentTableColumns()
                                                 : QStringList());
    finish(Success);
}

void LocalCommand::countLocal()
{
    if (!requireCopy())
        return;
    QString error;
    const qint64 count = m_copy->count(queryFromOptions(), &error);
    if (count < 0) {
        usageFailure(error);
        return;
    }
    m_console->print(QString::number(count) + u'\n');
    finish(Success);
}

void LocalCommand::countOnline()
{
    QString problem;
    ListQuery query = ListCommand::queryFor(m_invocation, &problem);
    if (!problem.isEmpty()) {
        usageFailure(problem);
        return;
    }
    query.select = {QStringLiteral("Id")};
    m_walker = AllPagesWalker::over(m_client, SignTrakerClient::List::Agents, query,
                                    ListCommand::DefaultPageSize, this);
    m_walker->setExpectManyPages(true);
    connect(m_walker, &AllPagesWalker::finished, this,
            [this](const ApiError &error, int totalRows) {
                if (error.isError()) {
                    fail(error);
                    return;
                }
                m_console->print(QString::number(totalRows) + u'\n');
                finish(Success);
            });
    m_walker->start();
}

} // namespace signtraker::cli
