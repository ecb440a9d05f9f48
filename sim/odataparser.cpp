// SPDX-License-Identifier: Apache-2.0
#include "odataparser.h"

#include "odataerror.h"
#include "odataschema.h"
#include "odatatokenizer.h"

#include <algorithm>
#include <cmath>

namespace signtraker::sim {

namespace {

using Type = ODataExpression::Type;
using Op = ODataExpression::Op;
using Function = ODataExpression::Function;

Type expressionType(ODataSchema::Type type)
{
    switch (type) {
    case ODataSchema::Type::Bool:
        return Type::Bool;
    case ODataSchema::Type::Int:
        return Type::Int;
    case ODataSchema::Type::Decimal:
        return Type::Decimal;
    case ODataSchema::Type::String:
        return Type::String;
    case ODataSchema::Type::Complex:
        break;
    }
    return Type::Complex;
}

bool isNumeric(Type type)
{
    return type == Type::Int || type == Type::Decimal;
}

QString operatorKindName(Op op)
{
    switch (op) {
    case Op::Eq:
        return QStringLiteral("Equal");
    case Op::Ne:
        return QStringLiteral("NotEqual");
    case Op::Gt:
        return QStringLiteral("GreaterThan");
    case Op::Ge:
        return QStringLiteral("GreaterThanOrEqual");
    case Op::Lt:
        return QStringLiteral("LessThan");
    case Op::Le:
        return QStringLiteral("LessThanOrEqual");
    }
    return {};
}

bool comparable(Op op, Type left, Type right)
{
    if (left == Type::Null || right == Type::Null) {
        const Type other = left == Type::Null ? right : left;
        return other != Type::Complex || op == Op::Eq || op == Op::Ne;
    }
    if (isNumeric(left) && isNumeric(right))
        return true;
    return left == right && left != Type::Complex;
}

[[noreturn]] void binaryTypeError(const ODataExpression &left, const ODataExpression &right,
                                  const QString &kind)
{
    throw ODataError(QStringLiteral("A binary operator with incompatible types was detected. Found "
                                    "operand types '%1' and '%2' for operator kind '%3'.")
                         .arg(left.typeName(), right.typeName(), kind));
}

struct FunctionInfo
{
    QStringView name;
    Function function;
    int arity;
    Type result;
};

constexpr FunctionInfo Functions[] = {
    {u"contains", Function::Contains, 2, Type::Bool},
    {u"startswith", Function::StartsWith, 2, Type::Bool},
    {u"endswith", Function::EndsWith, 2, Type::Bool},
    {u"tolower", Function::ToLower, 1, Type::String},
    {u"toupper", Function::ToUpper, 1, Type::String},
    {u"trim", Function::Trim, 1, Type::String},
    {u"length", Function::Length, 1, Type::Int},
};

} // namespace

ODataParser::ODataParser(const QString &text, const ODataSchema &schema)
    : m_text(text)
    , m_schema(schema)
    , m_tokens(ODataTokenizer::tokenize(text))
{}

const ODataToken &ODataParser::peek() const
{
    return m_tokens.at(std::min(m_position + 1, m_tokens.size() - 1));
}

bool ODataParser::atKeyword(QStringView keyword) const
{
    return current().kind == ODataToken::Kind::Identifier && current().text == keyword;
}

void ODataParser::fail(const QString &format, int position) const
{
    throw ODataError(format.arg(position).arg(m_text));
}

std::unique_ptr<ODataExpression> ODataParser::parseFilter()
{
    auto expression = parseOr();
    if (current().kind != ODataToken::Kind::End)
        fail(QStringLiteral("')' or operator expected at position %1 in '%2'."),
             current().position);
    if (expression->type() != Type::Bool)
        throw ODataError(QStringLiteral("The $filter expression must evaluate to a single boolean "
                                        "value, but it is of type '%1'.")
                             .arg(expression->typeName()));
    return expression;
}

std::vector<ODataOrderKey> ODataParser::parseOrderBy()
{
    std::vector<ODataOrderKey> keys;
    for (;;) {
        const int start = current().position;
        ODataOrderKey key;
        key.expression = parseOr();
        if (key.expression->type() == Type::Complex || key.expression->type() == Type::Null)
            throw ODataError(QStringLiteral("The $orderby expression at position %1 in '%2' must "
                                            "evaluate to a single value of primitive type.")
                                 .arg(start)
                                 .arg(m_text));
        if (atKeyword(u"asc") || atKeyword(u"desc")) {
            key.descending = current().text == u"desc";
            ++m_position;
        }
        keys.push_back(std::move(key));
        if (current().kind == ODataToken::Kind::Comma) {
            ++m_position;
            continue;
        }
        if (current().kind != ODataToken::Kind::End)
            fail(QStringLiteral("Syntax error at position %1 in '%2'."), current().position);
        break;
    }
    return keys;
}

std::unique_ptr<ODataExpression> ODataParser::parseOr()
{
    auto left = parseAnd();
    while (atKeyword(u"or")) {
        ++m_position;
        auto right = parseAnd();
        if (left->type() != Type::Bool || right->type() != Type::Bool)
            binaryTypeError(*left, *right, QStringLiteral("Or"));
        left =
            ODataExpression::binary(ODataExpression::Kind::Or, std::move(left), std::move(right));
    }
    return left;
}

std::unique_ptr<ODataExpression> ODataParser::parseAnd()
{
    auto left = parseComparison();
    while (atKeyword(u"and")) {
        ++m_position;
        auto right = parseComparison();
        if (left->type() != Type::Bool || right->type() != Type::Bool)
            binaryTypeError(*left, *right, QStringLiteral("And"));
        left =
            ODataExpression::binary(ODataExpression::Kind::And, std::move(left), std::move(right));
    }
    return left;
}

std::unique_ptr<ODataExpression> ODataParser::parseComparison()
{
    static const std::pair<QStringView, Op> Operators[] = {{u"eq", Op::Eq}, {u"ne", Op::Ne},
                                                           {u"gt", Op::Gt}, {u"ge", Op::Ge},
                                                           {u"lt", Op::Lt}, {u"le", Op::Le}};
    auto left = parseUnary();
    for (;;) {
        const auto found =
            std::find_if(std::begin(Operators), std::end(Operators),
                         [this](const auto &entry) { return atKeyword(entry.first); });
        if (found == std::end(Operators))
            return left;
        ++m_position;
        auto right = parseUnary();
        if (!comparable(found->second, left->type(), right->type()))
            binaryTypeError(*left, *right, operatorKindName(found->second));
        left = ODataExpression::comparison(found->second, std::move(left), std::move(right));
    }
}

std::unique_ptr<ODataExpression> ODataParser::parseUnary()
{
    if (atKeyword(u"not") && peek().kind != ODataToken::Kind::End &&
        peek().kind != ODataToken::Kind::Comma && peek().kind != ODataToken::Kind::CloseParen) {
        ++m_position;
        auto operand = parseUnary();
        if (operand->type() != Type::Bool)
            throw ODataError(QStringLiteral("A unary operator with an incompatible type was "
                                            "detected. Found operand type '%1' for operator kind "
                                            "'Not'.")
                                 .arg(operand->typeName()));
        return ODataExpression::unary(ODataExpression::Kind::Not, std::move(operand));
    }
    return parsePrimary();
}

std::unique_ptr<ODataExpression> ODataParser::parsePrimary()
{
    const ODataToken token = current();
    switch (token.kind) {
    case ODataToken::Kind::OpenParen: {
        ++m_position;
        auto inner = parseOr();
        if (current().kind != ODataToken::Kind::CloseParen)
            fail(QStringLiteral("')' or operator expected at position %1 in '%2'."),
                 current().position);
        ++m_position;
        return inner;
    }
    case ODataToken::Kind::String:
        ++m_position;
        return ODataExpression::literal(ODataValue::fromString(token.text), Type::String);
    case ODataToken::Kind::Integer: {
        ++m_position;
        bool ok = false;
        const qint64 value = token.text.toLongLong(&ok);
        if (ok)
            return ODataExpression::literal(ODataValue::fromInt(value), Type::Int);
        // Too large for Int64: ODL reads it as a decimal.
        return ODataExpression::literal(ODataValue::fromDecimal(token.text.toDouble()),
                                        Type::Decimal);
    }
    case ODataToken::Kind::Decimal: {
        ++m_position;
        bool ok = false;
        const double value = token.text.toDouble(&ok);
        if (!ok || !std::isfinite(value))
            throw ODataError(QStringLiteral("Unrecognized literal '%1' at position %2 in '%3'.")
                                 .arg(token.text)
                                 .arg(token.position)
                                 .arg(m_text));
        return ODataExpression::literal(ODataValue::fromDecimal(value), Type::Decimal);
    }
    case ODataToken::Kind::Identifier:
        ++m_position;
        if (token.text == u"null")
            return ODataExpression::literal(ODataValue(), Type::Null);
        if (token.text == u"true" || token.text == u"false")
            return ODataExpression::literal(ODataValue::fromBool(token.text == u"true"),
                                            Type::Bool);
        if (current().kind == ODataToken::Kind::OpenParen)
            return parseFunction(token);
        return parseMemberPath(token);
    case ODataToken::Kind::End:
        fail(QStringLiteral("Expression expected at position %1 in '%2'."), token.position);
    default:
        fail(QStringLiteral("Syntax error at position %1 in '%2'."), token.position);
    }
}

std::unique_ptr<ODataExpression> ODataParser::parseFunction(const ODataToken &name)
{
    const auto info = std::find_if(std::begin(Functions), std::end(Functions),
                                   [&name](const FunctionInfo &f) { return f.name == name.text; });
    if (info == std::end(Functions))
        throw ODataError(QStringLiteral("An unknown function with name '%1' was found at "
                                        "position %2 in '%3'.")
                             .arg(name.text)
                             .arg(name.position)
                             .arg(m_text));
    ++m_position; // '('
    std::vector<std::unique_ptr<ODataExpression>> arguments;
    if (current().kind != ODataToken::Kind::CloseParen) {
        for (;;) {
            arguments.push_back(parseOr());
            if (current().kind == ODataToken::Kind::Comma) {
                ++m_position;
                continue;
            }
            break;
        }
    }
    if (current().kind != ODataToken::Kind::CloseParen)
        fail(QStringLiteral("')' or ',' expected at position %1 in '%2'."), current().position);
    ++m_position;

    bool matches = int(arguments.size()) == info->arity;
    for (const auto &argument : arguments)
        matches = matches && (argument->type() == Type::String || argument->type() == Type::Null);
    if (!matches) {
        QStringList parameters;
        for (int i = 0; i < info->arity; ++i)
            parameters << QStringLiteral("Edm.String Nullable=true");
        throw ODataError(QStringLiteral("No function signature for the function with name '%1' "
                                        "matches the specified arguments. The function signatures "
                                        "considered are: %1(%2).")
                             .arg(name.text, parameters.join(QStringLiteral(", "))));
    }
    return ODataExpression::function(info->function, info->result, std::move(arguments));
}

std::unique_ptr<ODataExpression> ODataParser::parseMemberPath(const ODataToken &first)
{
    QString path = first.text;
    QString parentType = m_schema.typeName();
    int index = m_schema.indexOf(path);
    for (;;) {
        if (index < 0)
            throw ODataError(QStringLiteral("Could not find a property named '%1' on type '%2'.")
                                 .arg(path.section(u'/', -1), parentType));
        if (current().kind != ODataToken::Kind::Slash)
            break;
        ++m_position;
        const ODataToken segment = current();
        if (segment.kind != ODataToken::Kind::Identifier)
            fail(QStringLiteral("Syntax error at position %1 in '%2'."), segment.position);
        ++m_position;
        parentType = m_schema.member(index).typeName;
        path += u'/' + segment.text;
        index =
            m_schema.member(index).type == ODataSchema::Type::Complex ? m_schema.indexOf(path) : -1;
    }
    const ODataSchema::Member &member = m_schema.member(index);
    return ODataExpression::member(index, expressionType(member.type), member.typeName);
}

} // namespace signtraker::sim
