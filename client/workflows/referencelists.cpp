// SPDX-License-Identifier: Apache-2.0
#include "referencelists.h"

#include "agent.h"
#include "odatafilter.h"
#include "pager.h"
#include "signtrakerclient.h"

#include <QJsonArray>
#include <QJsonObject>

namespace signtraker {

namespace {

// The sim and the service name people "First Last" in references.
QString managerName(const Agent &manager)
{
    const QString name =
        QStringList{manager.firstName(), manager.lastName()}.join(QLatin1Char(' ')).trimmed();
    return name.isEmpty() ? manager.displayName() : name;
}

constexpr int PageSize = 500;

} // namespace

ReferenceLists *ReferenceLists::of(SignTrakerClient *client)
{
    if (!client)
        return nullptr;
    if (auto *lists = client->findChild<ReferenceLists *>(QString(), Qt::FindDirectChildrenOnly))
        return lists;
    return new ReferenceLists(client, client);
}

ReferenceLists::ReferenceLists(SignTrakerClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

ReferenceLists::~ReferenceLists()
{
    if (m_officeWalker)
        m_officeWalker->cancel();
    if (m_managerWalker)
        m_managerWalker->cancel();
}

void ReferenceLists::ensureLoaded()
{
    if (m_state == State::Empty || m_state == State::Failed)
        refresh();
}

void ReferenceLists::refresh()
{
    if (!m_client)
        return;
    for (AllPagesWalker *walker : {m_officeWalker.data(), m_managerWalker.data()}) {
        if (walker) {
            walker->cancel();
            walker->deleteLater();
        }
    }
    m_error = {};
    m_pending = 2;
    m_newOffices = std::make_shared<QList<Entry>>();
    m_newManagers = std::make_shared<QList<Entry>>();
    setState(State::Loading);
    m_officeWalker = walk(int(SignTrakerClient::List::Offices), m_newOffices, false);
    m_managerWalker = walk(int(SignTrakerClient::List::Agents), m_newManagers, true);
    m_officeWalker->start();
    m_managerWalker->start();
}

AllPagesWalker *ReferenceLists::walk(int list, const Rows &rows, bool managers)
{
    ListQuery query;
    if (managers) {
        query.filter = odata::Field(QStringLiteral("IsManager")).eq(true).toString();
        query.select = {QStringLiteral("Id"), QStringLiteral("FirstName"),
                        QStringLiteral("LastName"), QStringLiteral("UserName"),
                        QStringLiteral("Email")};
        query.orderBy = {QStringLiteral("LastName"), QStringLiteral("FirstName")};
    } else {
        query.orderBy = {QStringLiteral("Name")};
    }
    auto *walker =
        AllPagesWalker::over(m_client, SignTrakerClient::List(list), query, PageSize, this);
    connect(walker, &AllPagesWalker::pageLoaded, this, [rows, managers](const QJsonArray &page) {
        for (const QJsonValue &row : page) {
            const QJsonObject record = row.toObject();
            if (managers) {
                const Agent manager(record);
                rows->append({manager.id(), managerName(manager)});
            } else {
                rows->append({record.value(QStringLiteral("Id")).toInteger(),
                              record.value(QStringLiteral("Name")).toString()});
            }
        }
    });
    connect(walker, &AllPagesWalker::finished, this, [this, walker](const ApiError &error) {
        walker->deleteLater();
        onWalked(error);
    });
    return walker;
}

void ReferenceLists::onWalked(const ApiError &error)
{
    if (error.isError() && !m_error.isError())
        m_error = error;
    if (--m_pending > 0)
        return;
    if (m_error.isError()) {
        m_offices.clear();
        m_managers.clear();
        setState(State::Failed);
        Q_EMIT failed(m_error);
        return;
    }
    m_offices = *m_newOffices;
    m_managers = *m_newManagers;
    setState(State::Ready);
    Q_EMIT changed();
}

void ReferenceLists::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace signtraker
