// SPDX-License-Identifier: Apache-2.0
// A rejected OData query option: thrown by the tokenizer and parser, caught where the query is
// turned into a 400. The message is the part after "The query specified in the URI is not valid."
#pragma once

#include <QString>

namespace signtraker::sim {

class ODataError
{
public:
    explicit ODataError(QString message)
        : m_message(std::move(message))
    {}
    QString message() const { return m_message; }

private:
    QString m_message;
};

} // namespace signtraker::sim
