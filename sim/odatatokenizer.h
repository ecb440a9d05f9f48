// SPDX-License-Identifier: Apache-2.0
// Splits the text of $filter or $orderby into tokens: identifiers, '...' strings with ''
// escapes, integers, decimals and punctuation. Throws ODataError on an invalid character,
// an unterminated string or a malformed number.
#pragma once

#include "odatatoken.h"

#include <QList>

namespace signtraker::sim {

class ODataTokenizer
{
public:
    static QList<ODataToken> tokenize(const QString &text);
};

} // namespace signtraker::sim
