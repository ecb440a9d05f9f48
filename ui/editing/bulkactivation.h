// SPDX-License-Identifier: Apache-2.0
// What the window adds to the BulkRunner for activate and deactivate: which selected agents
// an action would change, the runner's items for them, and the confirmation that names them.
#pragma once

#include "bulkrunner.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <functional>

class QWidget;

namespace signtraker::ui {

class Dialogs;

class BulkActivation
{
    Q_DECLARE_TR_FUNCTIONS(signtraker::ui::BulkActivation)

public:
    enum class Action { Activate, Deactivate };

    // The agents among records whose state the action would change: active ones for
    // Deactivate, inactive ones for Activate. Actions are enabled only where this is non-empty.
    static QList<QJsonObject> wouldChange(const QList<QJsonObject> &records, Action action);
    // One runner item per agent, named after it.
    static QList<BulkRunner::Item> items(const QList<QJsonObject> &agents, Action action);
    // The runner for these agents, with the window's limit in flight.
    static BulkRunner *runner(SignTrakerClient *client, const QList<QJsonObject> &agents,
                              Action action, QObject *parent);
    // Asks, through the dialog seam, to deactivate the agents, naming them; done(true) to go on.
    static void confirmDeactivation(Dialogs *dialogs, QWidget *parent,
                                    const QList<QJsonObject> &agents,
                                    std::function<void(bool confirmed)> done);
};

} // namespace signtraker::ui
