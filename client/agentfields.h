// SPDX-License-Identifier: Apache-2.0
// The members of an agent record the service documents, as OData paths ("Office/Id"): the
// allow-list of the filter builder, and the list the table's column chooser offers.
#pragma once

#include <QString>
#include <QStringList>

namespace signtraker {

class AgentFields
{
public:
    // Top-level members, in the order of the API description.
    static const QStringList &topLevel();
    // Every documented path: top-level members and the members of Office, Manager, Address,
    // DefaultPostType and ManagerData ("Address/City").
    static const QStringList &allPaths();
    // Exact, case-sensitive match against allPaths(): OData member names are case-sensitive.
    static bool isKnownPath(const QString &path);

    // The members of an office record (GET /api/offices), for filters on the offices list.
    static const QStringList &officePaths();
};

} // namespace signtraker
