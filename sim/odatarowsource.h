// SPDX-License-Identifier: Apache-2.0
// What the OData evaluator reads: a table of records whose members are addressed by schema index.
#pragma once

#include "odatavalue.h"

#include <QtGlobal>

namespace signtraker::sim {

class ODataRowSource
{
public:
    virtual ~ODataRowSource() = default;
    virtual qsizetype rowCount() const = 0;
    // The value of schema member `member` in row `row`; the reference stays valid until the
    // table changes.
    virtual const ODataValue &value(qsizetype row, int member) const = 0;
};

} // namespace signtraker::sim
