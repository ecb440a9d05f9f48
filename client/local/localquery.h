// SPDX-License-Identifier: Apache-2.0
// A question to the local copy: the same $filter subset the window's controls and the CLI send to
// the service, words to search, and the list options. LocalCopy evaluates it in SQL.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace signtraker {

struct LocalQuery
{
    QString filter; // OData $filter subset (see localfilter.h); empty = every agent
    QString
        search; // words: each must match some field (names, e-mails, user names, phones, office)
    QString orderBy; // "LastName desc,FirstName"; Id is the last key always
    int top = -1;    // -1 = every row
    int skip = 0;
    QStringList select; // top-level members to return (Id always); empty = the whole record
    QList<qint64> ids;  // only these agents; empty = no restriction

    bool operator==(const LocalQuery &other) const = default;
};

} // namespace signtraker
