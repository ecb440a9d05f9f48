// SPDX-License-Identifier: Apache-2.0
#include "bulkactivation.h"

#include "dialogs.h"

#include "agent.h"
#include "signtrakerclient.h"

namespace signtraker::ui {

QList<BulkRunner::Item> BulkActivation::items(const QList<QJsonObject> &agents, Action action)
{
    QList<BulkRunner::Item> items;
    for (const QJsonObject &record : agents) {
        const Agent agent(record);
        items.append(action == Action::Activate
                         ? BulkRunner::Item::activate(agent.id(), agent.displayName())
                         : BulkRunner::Item::deactivate(agent.id(), agent.displayName()));
    }
    return items;
}

BulkRunner *BulkActivation::runner(SignTrakerClient *client, const QList<QJsonObject> &agents,
                                   Action action, QObject *parent)
{
    return new BulkRunner(client, items(agents, action), BulkRunner::DefaultMaxInFlight, parent);
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
