// SPDX-License-Identifier: Apache-2.0
// RFC 7396 JSON Merge Patch: the body of PATCH /api/agents/{id}. An edit dialog keeps the
// record it loaded and the record being edited; the patch is their difference, so that members
// nobody touched, including ones this application does not know, are never sent.
#pragma once

#include <QJsonObject>
#include <QJsonValue>

namespace signtraker::MergePatch {

// The smallest patch that turns original into edited: members equal on both sides are left
// out, members missing from edited are null, objects on both sides are compared member by
// member, anything else (arrays, scalars, a type change) is replaced whole.
// RFC 7396 cannot express a member whose value is null: null means "remove". A member that is
// null in edited but not in original is therefore sent as a removal, and a null inside an
// object that replaces a non-object is dropped by whoever applies the patch.
QJsonObject diff(const QJsonObject &original, const QJsonObject &edited);

// The RFC's MergePatch(Target, Patch): a non-object patch replaces the target; an object patch
// merges member by member, null removing.
QJsonValue apply(const QJsonValue &target, const QJsonValue &patch);
QJsonObject apply(const QJsonObject &target, const QJsonObject &patch);

// JSON equality as the service sees it: 1 and 1.0 are the same number, while two distinct
// 64-bit integers stay distinct even where doubles would round them together.
bool equivalent(const QJsonValue &left, const QJsonValue &right);

} // namespace signtraker::MergePatch
