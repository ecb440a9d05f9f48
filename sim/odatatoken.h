// SPDX-License-Identifier: Apache-2.0
// One lexical token of an OData expression, with its 0-based position in the option's text.
#pragma once

#include <QString>

namespace signtraker::sim {

struct ODataToken
{
    enum class Kind {
        Identifier,
        String,
        Integer,
        Decimal,
        OpenParen,
        CloseParen,
        Comma,
        Slash,
        End
    };

    Kind kind = Kind::End;
    QString text; // identifier or number as written; string literals unescaped
    int position = 0;
};

} // namespace signtraker::sim
