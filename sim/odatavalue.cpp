// SPDX-License-Identifier: Apache-2.0
#include "odatavalue.h"

namespace signtraker::sim {

bool ODataValue::equals(const ODataValue &a, const ODataValue &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() && b.isNull();
    if (a.isNumber() && b.isNumber()) {
        if (a.type == Type::Int && b.type == Type::Int)
            return a.integer == b.integer;
        return a.number() == b.number();
    }
    if (a.type != b.type)
        return false;
    switch (a.type) {
    case Type::Bool:
        return a.boolean == b.boolean;
    case Type::String:
        return a.text == b.text;
    case Type::Object:
        return true;
    default:
        return false;
    }
}

int ODataValue::compare(const ODataValue &a, const ODataValue &b)
{
    if (a.isNumber() && b.isNumber()) {
        if (a.type == Type::Int && b.type == Type::Int)
            return a.integer < b.integer ? -1 : (a.integer > b.integer ? 1 : 0);
        const double x = a.number();
        const double y = b.number();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    if (a.type == Type::String && b.type == Type::String)
        return QString::compare(a.text, b.text, Qt::CaseSensitive);
    if (a.type == Type::Bool && b.type == Type::Bool)
        return int(a.boolean) - int(b.boolean);
    return 0;
}

int ODataValue::orderCompare(const ODataValue &a, const ODataValue &b)
{
    if (a.isNull() || b.isNull())
        return int(b.isNull()) - int(a.isNull()) == 0 ? 0 : (a.isNull() ? -1 : 1);
    const int c = compare(a, b);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

} // namespace signtraker::sim
