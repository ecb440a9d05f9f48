// SPDX-License-Identifier: Apache-2.0
// A sample edit for the change-log suites (the model's and the dock's): a name with a comma and
// quotes, a nested member, and a member cleared to null, so that CSV quoting, member paths and
// empty cells all show. Header-only: its users link signtraker_workflows themselves.
#pragma once

#include "changes.h"

#include <QDateTime>
#include <QJsonObject>

namespace signtraker::test {

inline ChangeSet sampleEdit()
{
    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    ChangeSet change;
    change.kind = ChangeSet::Kind::Edit;
    change.time = QDateTime(QDate(2026, 3, 4), QTime(10, 30, 0), Qt::UTC);
    change.before = {{s("Id"), 7},
                     {s("FirstName"), s("Ann")},
                     {s("LastName"), s("Lee")},
                     {s("Address"), QJsonObject{{s("City"), s("Austin")}}},
                     {s("Notes"), s("x")}};
    change.patch = {{s("FirstName"), s("Anne, \"Annie\"")},
                    {s("Address"), QJsonObject{{s("City"), s("Waco")}}},
                    {s("Notes"), QJsonValue::Null}};
    change.after = {{s("Id"), 7},
                    {s("FirstName"), s("Anne, \"Annie\"")},
                    {s("LastName"), s("Lee")},
                    {s("Address"), QJsonObject{{s("City"), s("Waco")}}}};
    return change;
}

} // namespace signtraker::test
