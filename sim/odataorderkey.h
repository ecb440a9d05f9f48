// SPDX-License-Identifier: Apache-2.0
// One key of a parsed $orderby: an expression of primitive type and its direction.
#pragma once

#include "odataexpression.h"

#include <memory>

namespace signtraker::sim {

struct ODataOrderKey
{
    std::unique_ptr<ODataExpression> expression;
    bool descending = false;
};

} // namespace signtraker::sim
