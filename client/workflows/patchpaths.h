// SPDX-License-Identifier: Apache-2.0
// The members a merge patch touches, as '/'-separated paths down to the leaves: what the change
// log lists and what undo reverts. A reference ({"Id": ...}) counts as one member.
#pragma once

#include <QJsonObject>
#include <QStringList>

namespace signtraker::PatchPaths {

// {"Address": {"City": "X"}, "Office": {"Id": 2, "Name": "B"}, "Notes": null}
//   -> "Address/City", "Office", "Notes"
QStringList leaves(const QJsonObject &patch);

// The patch that sets each path to its value in source (null where source has none), with
// every object on the way created: RFC 7396 then touches nothing else.
QJsonObject subset(const QJsonObject &source, const QStringList &paths);

} // namespace signtraker::PatchPaths
