// SPDX-License-Identifier: Apache-2.0
// A request to the SignTraker API described as a value: what the transport sends, what tests
// compare, and what decides whether a retry is safe.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace signtraker {

using QueryItems = QList<std::pair<QString, QString>>;

struct ApiRequest
{
    enum class Method { Get, Post, Patch };
    // Whether sending the request twice is harmless. A create is not: it may only be repeated
    // when it certainly never left this machine.
    enum class Repeat { Safe, OnlyIfNotSent };
    // What a successful answer must be. Anything else is an unreadable answer, never an empty
    // table or a blank form that could be saved over the real record.
    enum class Expect {
        Array,          // a JSON array of objects (a list)
        Record,         // a JSON object with an Id (get, create, update)
        Acknowledgement // an empty body or a JSON object (activate, deactivate)
    };

    Method method = Method::Get;
    QString path; // below the base URL, e.g. "api/agents/12"
    QueryItems query;
    QByteArray body;
    QByteArray contentType = "application/json";
    Repeat repeat = Repeat::Safe;
    Expect expect = Expect::Record; // the strictest that a single record can pass

    static ApiRequest get(const QString &path, const QueryItems &query = {},
                          Expect expect = Expect::Record);
    static QByteArray methodName(Method method);
};

} // namespace signtraker
