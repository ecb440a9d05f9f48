// SPDX-License-Identifier: Apache-2.0
// A compiled OData expression: a typed tree built once per request by ODataParser and evaluated
// per row against an ODataRowSource without allocating for member reads and literals.
#pragma once

#include "odatavalue.h"

#include <memory>
#include <vector>

namespace signtraker::sim {

class ODataRowSource;

class ODataExpression
{
public:
    enum class Kind { Literal, Member, Not, And, Or, Compare, Function };
    enum class Op { Eq, Ne, Gt, Ge, Lt, Le };
    enum class Function { Contains, StartsWith, EndsWith, ToLower, ToUpper, Length, Trim };
    // Static type, checked while parsing. Null is the type of the null literal.
    enum class Type { Null, Bool, Int, Decimal, String, Complex };

    static std::unique_ptr<ODataExpression> literal(const ODataValue &value, Type type);
    static std::unique_ptr<ODataExpression> member(int index, Type type, const QString &typeName);
    static std::unique_ptr<ODataExpression> unary(Kind kind,
                                                  std::unique_ptr<ODataExpression> operand);
    static std::unique_ptr<ODataExpression> binary(Kind kind, std::unique_ptr<ODataExpression> left,
                                                   std::unique_ptr<ODataExpression> right);
    static std::unique_ptr<ODataExpression> comparison(Op op, std::unique_ptr<ODataExpression> left,
                                                       std::unique_ptr<ODataExpression> right);
    static std::unique_ptr<ODataExpression>
    function(Function function, Type type, std::vector<std::unique_ptr<ODataExpression>> arguments);

    Kind kind() const { return m_kind; }
    Type type() const { return m_type; }
    // The EDM (or complex) type name used in error messages.
    QString typeName() const;

    // The value for one row; returns a reference into the row source, into this node, or into
    // scratch.
    const ODataValue &evaluate(const ODataRowSource &rows, qsizetype row,
                               ODataValue &scratch) const;
    // For boolean expressions: null counts as false.
    bool test(const ODataRowSource &rows, qsizetype row) const;

private:
    ODataExpression(Kind kind, Type type)
        : m_kind(kind)
        , m_type(type)
    {}

    Kind m_kind;
    Type m_type;
    Op m_op = Op::Eq;
    Function m_function = Function::Contains;
    int m_member = -1;
    QString m_typeName;
    ODataValue m_value;
    std::vector<std::unique_ptr<ODataExpression>> m_children;
};

} // namespace signtraker::sim
