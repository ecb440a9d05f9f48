// SPDX-License-Identifier: Apache-2.0
// The plan of a roster sync, the review the user reads before anything is sent, and the options
// that shape it.
#pragma once

#include "rosteritem.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace signtraker {

struct RosterOptions
{
    QStringList offices; // Ids or names; empty = the roster's offices
    bool deactivateMissing = false;
    bool reactivate = false;
    bool clearEmpty = false;
};

struct RosterPlan
{
    QList<RosterItem> items;

    // create, update, activate, deactivate, unchanged, error (by action) and conflict, failed
    // (by status): every key of the JSON summary, 0 when none.
    QMap<QString, int> summary() const;
    // {"summary": {...}, "items": [...]}, the document of `agents sync --format json`.
    QJsonObject toJson() const;
};

} // namespace signtraker
