// SPDX-License-Identifier: Apache-2.0
// One value seen by the OData evaluator: a member of a record or a literal. Strings are held
// case-folded, because every string comparison of the service is case-insensitive.
#pragma once

#include <QString>
#include <QtGlobal>

namespace signtraker::sim {

struct ODataValue
{
    enum class Type : quint8 { Null, Bool, Int, Decimal, String, Object };

    Type type = Type::Null;
    bool boolean = false;
    qint64 integer = 0;
    double decimal = 0;
    QString text; // case-folded

    static ODataValue fromBool(bool value)
    {
        ODataValue v;
        v.type = Type::Bool;
        v.boolean = value;
        return v;
    }
    static ODataValue fromInt(qint64 value)
    {
        ODataValue v;
        v.type = Type::Int;
        v.integer = value;
        return v;
    }
    static ODataValue fromDecimal(double value)
    {
        ODataValue v;
        v.type = Type::Decimal;
        v.decimal = value;
        return v;
    }
    // text is folded here; pass the original spelling.
    static ODataValue fromString(const QString &value)
    {
        ODataValue v;
        v.type = Type::String;
        v.text = value.toCaseFolded();
        return v;
    }
    static ODataValue object()
    {
        ODataValue v;
        v.type = Type::Object;
        return v;
    }

    bool isNull() const { return type == Type::Null; }
    bool isNumber() const { return type == Type::Int || type == Type::Decimal; }
    double number() const { return type == Type::Int ? double(integer) : decimal; }

    // Equality as the service's eq: null equals only null.
    static bool equals(const ODataValue &a, const ODataValue &b);
    // Three-way order of two non-null values of comparable types (numbers, strings, bools).
    static int compare(const ODataValue &a, const ODataValue &b);
    // Three-way order for $orderby: nulls before everything else.
    static int orderCompare(const ODataValue &a, const ODataValue &b);
};

} // namespace signtraker::sim
