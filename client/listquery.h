// SPDX-License-Identifier: Apache-2.0
// The OData options of a list call as a value; it turns itself into query parameters in the
// order the reference client sends them.
#pragma once

#include "apirequest.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace signtraker {

struct ListQuery
{
    QString filter; // a $filter expression (see odatafilter.h to build one safely)
    std::optional<int> top;
    std::optional<int> skip;
    QStringList orderBy; // "LastName desc", "Id"
    QStringList select;  // top-level members
    QString email;       // agents only: exact match
    QueryItems extra;    // e.g. {"enterpriseId", "3"} for offices

    QueryItems toQueryItems() const;
    bool operator==(const ListQuery &other) const = default;
};

} // namespace signtraker
