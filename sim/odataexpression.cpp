// SPDX-License-Identifier: Apache-2.0
#include "odataexpression.h"

#include "odatarowsource.h"

namespace signtraker::sim {

std::unique_ptr<ODataExpression> ODataExpression::literal(const ODataValue &value, Type type)
{
    std::unique_ptr<ODataExpression> node(new ODataExpression(Kind::Literal, type));
    node->m_value = value;
    return node;
}

std::unique_ptr<ODataExpression> ODataExpression::member(int index, Type type,
                                                         const QString &typeName)
{
    std::unique_ptr<ODataExpression> node(new ODataExpression(Kind::Member, type));
    node->m_member = index;
    node->m_typeName = typeName;
    return node;
}

QString ODataExpression::typeName() const
{
    if (!m_typeName.isEmpty())
        return m_typeName;
    switch (m_type) {
    case Type::Null:
        return QStringLiteral("null");
    case Type::Bool:
        return QStringLiteral("Edm.Boolean");
    case Type::Int:
        return QStringLiteral("Edm.Int64");
    case Type::Decimal:
        return QStringLiteral("Edm.Decimal");
    case Type::String:
        return QStringLiteral("Edm.String");
    case Type::Complex:
        break;
    }
    return QStringLiteral("Edm.ComplexType");
}

std::unique_ptr<ODataExpression> ODataExpression::unary(Kind kind,
                                                        std::unique_ptr<ODataExpression> operand)
{
    std::unique_ptr<ODataExpression> node(new ODataExpression(kind, Type::Bool));
    node->m_children.push_back(std::move(operand));
    return node;
}

std::unique_ptr<ODataExpression> ODataExpression::binary(Kind kind,
                                                         std::unique_ptr<ODataExpression> left,
                                                         std::unique_ptr<ODataExpression> right)
{
    std::unique_ptr<ODataExpression> node(new ODataExpression(kind, Type::Bool));
    node->m_children.push_back(std::move(left));
    node->m_children.push_back(std::move(right));
    return node;
}

std::unique_ptr<ODataExpression> ODataExpression::comparison(Op op,
                                                             std::unique_ptr<ODataExpression> left,
                                                             std::unique_ptr<ODataExpression> right)
{
    auto node = binary(Kind::Compare, std::move(left), std::move(right));
    node->m_op = op;
    return node;
}

std::unique_ptr<ODataExpression>
ODataExpression::function(Function function, Type type,
                          std::vector<std::unique_ptr<ODataExpression>> arguments)
{
    std::unique_ptr<ODataExpression> node(new ODataExpression(Kind::Function, type));
    node->m_function = function;
    node->m_children = std::move(arguments);
    return node;
}

bool ODataExpression::test(const ODataRowSource &rows, qsizetype row) const
{
    switch (m_kind) {
    case Kind::And:
        return m_children[0]->test(rows, row) && m_children[1]->test(rows, row);
    case Kind::Or:
        return m_children[0]->test(rows, row) || m_children[1]->test(rows, row);
    case Kind::Not:
        return !m_children[0]->test(rows, row);
    default:
        break;
    }
    ODataValue scratch;
    const ODataValue &value = evaluate(rows, row, scratch);
    return value.type == ODataValue::Type::Bool && value.boolean;
}

const ODataValue &ODataExpression::evaluate(const ODataRowSource &rows, qsizetype row,
                                            ODataValue &scratch) const
{
    switch (m_kind) {
    case Kind::Literal:
        return m_value;
    case Kind::Member:
        return rows.value(row, m_member);
    case Kind::Not:
    case Kind::And:
    case Kind::Or:
        scratch = ODataValue::fromBool(test(rows, row));
        return scratch;
    case Kind::Compare: {
        ODataValue leftScratch;
        ODataValue rightScratch;
        const ODataValue &left = m_children[0]->evaluate(rows, row, leftScratch);
        const ODataValue &right = m_children[1]->evaluate(rows, row, rightScratch);
        bool result = false;
        if (m_op == Op::Eq || m_op == Op::Ne) {
            result = ODataValue::equals(left, right) == (m_op == Op::Eq);
        } else if (!left.isNull() && !right.isNull()) {
            const int c = ODataValue::compare(left, right);
            switch (m_op) {
            case Op::Gt:
                result = c > 0;
                break;
            case Op::Ge:
                result = c >= 0;
                break;
            case Op::Lt:
                result = c < 0;
                break;
            case Op::Le:
                result = c <= 0;
                break;
            default:
                break;
            }
        }
        scratch = ODataValue::fromBool(result);
        return scratch;
    }
    case Kind::Function:
        break;
    }

    ODataValue firstScratch;
    const ODataValue &first = m_children[0]->evaluate(rows, row, firstScratch);
    switch (m_function) {
    case Function::Contains:
    case Function::StartsWith:
    case Function::EndsWith: {
        ODataValue secondScratch;
        const ODataValue &second = m_children[1]->evaluate(rows, row, secondScratch);
        bool result = false;
        if (first.type == ODataValue::Type::String && second.type == ODataValue::Type::String) {
            if (m_function == Function::Contains)
                result = first.text.contains(second.text);
            else if (m_function == Function::StartsWith)
                result = first.text.startsWith(second.text);
            else
                result = first.text.endsWith(second.text);
        }
        scratch = ODataValue::fromBool(result);
        return scratch;
    }
    case Function::ToLower:
    case Function::ToUpper:
        // Values are already case-folded, and every comparison ignores case.
        return first;
    case Function::Trim:
        if (first.type != ODataValue::Type::String)
            return first;
        scratch = first;
        scratch.text = first.text.trimmed();
        return scratch;
    case Function::Length:
        if (first.type != ODataValue::Type::String) {
            scratch = ODataValue();
            return scratch;
        }
        scratch = ODataValue::fromInt(first.text.size());
        return scratch;
    }
    scratch = ODataValue();
    return scratch;
}

} // namespace signtraker::sim
