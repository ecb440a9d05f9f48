// SPDX-License-Identifier: Apache-2.0
// How a create ended, as a value the window and the CLI both show: created (perhaps proven by a
// look-up after the answer was lost), refused for an e-mail already in use, not created (safe to
// try again), or unknown. Carries the record, the error and one plain sentence.
#pragma once

#include "apierror.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace signtraker {

class AgentCreationOutcome
{
public:
    enum class Kind {
        Created,        // record: the new agent
        DuplicateEmail, // nothing sent; record: the agent that already has the e-mail
        NotCreated,     // error: why; trying again cannot make a duplicate
        Unknown,        // error: the create's; lookupError: why reconciling failed
    };

    AgentCreationOutcome() = default;

    // reconciled: the answer was lost and a look-up by e-mail found the new agent.
    static AgentCreationOutcome created(const QJsonObject &record, bool reconciled,
                                        const ApiError &createError = {});
    static AgentCreationOutcome duplicateEmail(const QJsonObject &existing);
    // Refused, or never sent (sent false: the check before it failed).
    static AgentCreationOutcome notCreated(const ApiError &error, bool sent);
    // The answer was lost, and a look-up by email proved that no new agent exists.
    static AgentCreationOutcome provenNotCreated(const ApiError &createError, const QString &email);
    static AgentCreationOutcome unknown(const ApiError &createError, const ApiError &lookupError,
                                        const QString &email);

    Kind kind() const { return m_kind; }
    QJsonObject record() const { return m_record; }
    ApiError error() const { return m_error; }
    ApiError lookupError() const { return m_lookupError; }
    // True when the outcome was settled by looking the e-mail up after an unknown outcome.
    bool wasReconciled() const { return m_reconciled; }
    // False when nothing reached the service (duplicate e-mail, failed check before sending).
    bool wasSent() const { return m_sent; }

    // "First Last (Id 123)" of record; for messages.
    static QString nameWithId(const QJsonObject &record);
    // What happened, in one or two plain sentences.
    QString sentence() const;

private:
    Kind m_kind = Kind::Unknown;
    QJsonObject m_record;
    ApiError m_error;
    ApiError m_lookupError;
    QString m_email;
    bool m_reconciled = false;
    bool m_sent = false;
};

} // namespace signtraker

Q_DECLARE_METATYPE(signtraker::AgentCreationOutcome)
