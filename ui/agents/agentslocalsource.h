// SPDX-License-Identifier: Apache-2.0
// A source of pages other than the service, for AgentsController: the local copy (ui/local)
// answers with exact totals and no request. Kept abstract so that the table needs no database;
// the controller asks it on the UI thread, so an answer must be fast (milliseconds).
#pragma once

#include <QJsonArray>
#include <QString>

namespace signtraker::ui {

class AgentQuery;

class AgentsLocalSource
{
public:
    struct Answer
    {
        QJsonArray rows;  // the page's rows and one more when a next page exists
        qint64 total = 0; // every row of the query, exactly
        QString error;    // the query cannot be answered locally: the service answers it
    };

    virtual ~AgentsLocalSource() = default;
    // Whether pages come from this source now (a copy exists and Local is chosen).
    virtual bool answers() const = 0;
    virtual Answer page(const AgentQuery &query) const = 0;
    // The age for the rows label ("3 min"), translated.
    virtual QString ageText() const = 0;
};

} // namespace signtraker::ui
