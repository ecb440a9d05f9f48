// SPDX-License-Identifier: Apache-2.0
#include "listquery.h"

namespace signtraker {

// Same order as the reference client's build_odata_params: the OData options, then the extras.
QueryItems ListQuery::toQueryItems() const
{
    QueryItems items;
    if (!filter.isEmpty())
        items.append({QStringLiteral("$filter"), filter});
    if (top)
        items.append({QStringLiteral("$top"), QString::number(*top)});
    if (skip)
        items.append({QStringLiteral("$skip"), QString::number(*skip)});
    if (!orderBy.isEmpty())
        items.append({QStringLiteral("$orderby"), orderBy.join(u',')});
    if (!select.isEmpty())
        items.append({QStringLiteral("$select"), select.join(u',')});
    if (!email.isEmpty())
        items.append({QStringLiteral("email"), email});
    items.append(extra);
    return items;
}

} // namespace signtraker
