#include "bulkactivation.h"

#include "dialogs.h"

#include "agent.h"
#include "signtrakerclient.h"

namespace signtraker::ui {

BulkActivation::BulkActivation(SignTrakerClient *client, Action action,
                               const QList<QJsonObject> &agents, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_action(action)
{
    for (const QJsonObject &record : agents) {
        const Agent agent(record);
        m_items.append({agent.id(), agent.displayName(), Outcome::Pending, {}});
    }
    m_calls.resize(m_items.size());
}

BulkActivation::~BulkActivation()
{
    for (const QPointer<ApiCall> &call : std::as_const(m_calls)) {
        if (call)
            call->cancel();
    }
}

int BulkActivation::count(Outcome outcome) const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [outcome](const Item &item) { return item.outcome == outcome; }));
}

int BulkActivation::doneCount() const
{
    return count(Outcome::Succeeded) + count(Outcome::Failed) + count(Outcome::Cancelled);
}

void BulkActivation::start()
{
    if (m_running)
        return;
    m_running = true;
    Q_EMIT progressChanged(doneCount(), total());
    pump();
    checkFinished();
}

void BulkActivation::pump()
{
    for (int index = 0; index < m_items.size() && m_inFlight < MaxInFlight; ++index) {
        Item &item = m_items[index];
        if (item.outcome != Outcome::Pending)
            continue;
        item.outcome = Outcome::Running;
        item.error = {};
        ++m_inFlight;
        ApiCall *call = m_action == Action::Activate ? m_client->activateAgent(item.id)
                                                     : m_client->deactivateAgent(item.id);
        m_calls[index] = call;
        connect(call, &ApiCall::finished, this,
                [this, index](const ApiResult &result) { onFinished(index, result); });
        Q_EMIT itemChanged(index);
    }
}

void BulkActivation::onFinished(int index, const ApiResult &result)
{
    --m_inFlight;
    m_calls[index] = nullptr;
    Item &item = m_items[index];
    item.outcome = result.ok() ? Outcome::Succeeded : Outcome::Failed;
    item.error = result.error;
    Q_EMIT itemChanged(index);
    if (result.ok())
        Q_EMIT agentUpdated(item.id, m_action == Action::Deactivate);
    Q_EMIT progressChanged(doneCount(), total());
    if (m_running)
        pump();
    checkFinished();
}

void BulkActivation::checkFinished()
{
    if (!m_running || m_inFlight > 0)
        return;
    if (count(Outcome::Pending) > 0)
        return;
    m_running = false;
    Q_EMIT finished();
}

void BulkActivation::cancel()
{
    if (!m_running)
        return;
    for (int index = 0; index < m_items.size(); ++index) {
        Item &item = m_items[index];
        if (item.outcome == Outcome::Running && m_calls[index]) {
            m_calls[index]->cancel();
            m_calls[index] = nullptr;
            --m_inFlight;
        }
        if (item.outcome == Outcome::Running || item.outcome == Outcome::Pending) {
            item.outcome = Outcome::Cancelled;
            Q_EMIT itemChanged(index);
        }
    }
    Q_EMIT progressChanged(doneCount(), total());
    checkFinished();
}

void BulkActivation::retryFailed()
{
    if (m_running)
        return;
    bool any = false;
    for (int index = 0; index < m_items.size(); ++index) {
        Item &item = m_items[index];
        if (item.outcome == Outcome::Failed || item.outcome == Outcome::Cancelled) {
            item.outcome = Outcome::Pending;
            Q_EMIT itemChanged(index);
            any = true;
        }
    }
    if (any)
        start();
}

QList<QJsonObject> BulkActivation::wouldChange(const QList<QJsonObject> &records, Action action)
{
    QList<QJsonObject> result;
    for (const QJsonObject &record : records) {
        const Agent agent(record);
        if (agent.id() > 0 && agent.isInactive() == (action == Action::Activate))
            result.append(record);
    }
    return result;
}

void BulkActivation::confirmDeactivation(Dialogs *dialogs, QWidget *parent,
                                         const QList<QJsonObject> &agents,
                                         std::function<void(bool confirmed)> done)
{
    constexpr int Named = 10;
    QStringList names;
    for (qsizetype i = 0; i < agents.size() && i < Named; ++i)
        names.append(Agent(agents.at(i)).displayName());
    QString list = names.join(QStringLiteral("\n"));
    if (agents.size() > Named)
        list += QLatin1Char('\n') + tr("and %n more", nullptr, int(agents.size() - Named));
    // The names go into the question itself: that is what people read, and what tests see.
    const QString text = agents.size() == 1
                             ? tr("Deactivate %1?").arg(names.value(0))
                             : tr("Deactivate these %n agents?", nullptr, int(agents.size())) +
                                   QStringLiteral("\n\n") + list;
    dialogs->question(
        parent, tr("Deactivate agents"), text, QMessageBox::Yes | QMessageBox::Cancel,
        QMessageBox::Cancel,
        [done](QMessageBox::StandardButton answer) { done(answer == QMessageBox::Yes); },
        tr("Deactivated agents can no longer sign in or order installs. Activate undoes it."));
}

} // namespace signtraker::ui
