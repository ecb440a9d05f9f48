// SPDX-License-Identifier: Apache-2.0
#include "odatafilter.h"

#include "agentfields.h"

#include <QLocale>

#include <cmath>
#include <utility>

namespace signtraker::odata {

QString quote(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') % escaped % QLatin1Char('\'');
}

// --- Literal ---

Literal::Literal(const QString &text)
    : m_text(quote(text))
{}

Literal::Literal(const char *utf8)
    : m_text(quote(QString::fromUtf8(utf8)))
{}

Literal::Literal(bool value)
    : m_text(value ? QStringLiteral("true") : QStringLiteral("false"))
{}

Literal::Literal(std::nullptr_t)
    : m_text(QStringLiteral("null"))
{}

QString Literal::fromDouble(double number)
{
    // OData's spellings of the special values (ABNF nanInfinity).
    if (std::isnan(number))
        return QStringLiteral("NaN");
    if (std::isinf(number))
        return number > 0 ? QStringLiteral("INF") : QStringLiteral("-INF");
    // QString::number ignores the default locale; FloatingPointShortest round-trips exactly
    // (0.1 stays "0.1", not "0.10000000000000001").
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

// --- Field ---

Field::Field(const QString &path)
    : Field(path, AgentFields::allPaths())
{}

Field::Field(const QString &path, const QStringList &allowedPaths)
    : m_expression(path)
{
    if (path.isEmpty())
        m_error = QStringLiteral("A filter needs a field name.");
    else if (!allowedPaths.contains(path))
        m_error = QStringLiteral("\"%1\" is not a field that can be filtered on.").arg(path);
}

Filter Field::compare(const char *op, const Literal &value) const
{
    if (!isValid())
        return Filter::invalid(m_error);
    return Filter(m_expression % QLatin1Char(' ') % QLatin1String(op) % QLatin1Char(' ') %
                      value.toString(),
                  Filter::Shape::Comparison);
}

Filter Field::function(const char *name, const QString &text) const
{
    if (!isValid())
        return Filter::invalid(m_error);
    return Filter(QLatin1String(name) % QLatin1Char('(') % m_expression % QLatin1Char(',') %
                      quote(text) % QLatin1Char(')'),
                  Filter::Shape::Primary);
}

Field Field::wrapped(const char *function) const
{
    Field field;
    field.m_error = m_error;
    field.m_expression =
        QLatin1String(function) % QLatin1Char('(') % m_expression % QLatin1Char(')');
    return field;
}

Filter Field::eq(const Literal &value) const
{
    return compare("eq", value);
}

Filter Field::ne(const Literal &value) const
{
    return compare("ne", value);
}

Filter Field::gt(const Literal &value) const
{
    return compare("gt", value);
}

Filter Field::ge(const Literal &value) const
{
    return compare("ge", value);
}

Filter Field::lt(const Literal &value) const
{
    return compare("lt", value);
}

Filter Field::le(const Literal &value) const
{
    return compare("le", value);
}

Filter Field::contains(const QString &text) const
{
    return function("contains", text);
}

Filter Field::startsWith(const QString &text) const
{
    return function("startswith", text);
}

Filter Field::endsWith(const QString &text) const
{
    return function("endswith", text);
}

Field Field::toLower() const
{
    return wrapped("tolower");
}

Field Field::toUpper() const
{
    return wrapped("toupper");
}

// --- Filter ---

Filter::Filter(QString text, Shape shape)
    : m_text(std::move(text))
    , m_shape(shape)
{}

Filter Filter::invalid(const QString &error)
{
    Filter filter;
    filter.m_error = error.isEmpty() ? QStringLiteral("The filter is not valid.") : error;
    return filter;
}

Filter Filter::raw(const QString &expression)
{
    const QString text = expression.trimmed();
    if (text.isEmpty())
        return {};
    // Quotes inside a string literal are doubled, so a plain toggle tracks string state.
    bool inString = false;
    int depth = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('\'')) {
            inString = !inString;
        } else if (!inString && c == QLatin1Char('(')) {
            ++depth;
        } else if (!inString && c == QLatin1Char(')')) {
            if (--depth < 0)
                return invalid(QStringLiteral("The filter closes a parenthesis it did not open."));
        }
    }
    if (inString)
        return invalid(QStringLiteral("The filter has a string without its closing quote."));
    if (depth != 0)
        return invalid(QStringLiteral("The filter opens a parenthesis it does not close."));
    return Filter(text, Shape::Raw);
}

// Parentheses around operands of a different operator: required for or inside and, for a raw
// expression anywhere; added for and inside or only because people read it more easily.
QString Filter::operand(Shape op) const
{
    const bool bare = m_shape == Shape::Primary || m_shape == Shape::Comparison || m_shape == op;
    return bare ? m_text : QLatin1Char('(') % m_text % QLatin1Char(')');
}

Filter Filter::combine(const Filter &left, const Filter &right, Shape op)
{
    if (!left.isValid())
        return left;
    if (!right.isValid())
        return right;
    if (left.isEmpty())
        return right;
    if (right.isEmpty())
        return left;
    const QLatin1String word = op == Shape::And ? QLatin1String(" and ") : QLatin1String(" or ");
    return Filter(left.operand(op) % word % right.operand(op), op);
}

Filter operator&&(const Filter &left, const Filter &right)
{
    return Filter::combine(left, right, Filter::Shape::And);
}

Filter operator||(const Filter &left, const Filter &right)
{
    return Filter::combine(left, right, Filter::Shape::Or);
}

Filter operator!(const Filter &filter)
{
    if (!filter.isValid() || filter.isEmpty())
        return filter;
    // "not LastName eq 'x'" would read as (not LastName) eq 'x': only a function call or a
    // parenthesized expression may follow not without parentheses.
    if (filter.m_shape == Filter::Shape::Primary)
        return Filter(QLatin1String("not ") % filter.m_text, Filter::Shape::Primary);
    return Filter(QLatin1String("not (") % filter.m_text % QLatin1Char(')'),
                  Filter::Shape::Primary);
}

Filter Filter::allOf(const QList<Filter> &filters)
{
    Filter result;
    for (const Filter &filter : filters)
        result = result && filter;
    return result;
}

Filter Filter::anyOf(const QList<Filter> &filters)
{
    Filter result;
    for (const Filter &filter : filters)
        result = result || filter;
    return result;
}

QStringList searchWords(const QString &text)
{
    // Whitespace separates words; a double-quoted phrase stays one word, so "van der Berg"
    // can still be searched whole.
    QStringList words;
    QString word;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (c.isSpace() && !quoted) {
            if (!word.isEmpty())
                words << std::exchange(word, QString());
        } else {
            word += c;
        }
    }
    if (!word.trimmed().isEmpty())
        words << word.trimmed();
    return words;
}

Filter searchFilter(const QString &text, const QStringList &fields)
{
    Filter result;
    for (const QString &word : searchWords(text)) {
        Filter anyField;
        for (const QString &field : fields)
            anyField = anyField || Field(field).contains(word);
        result = result && anyField;
    }
    return result;
}

} // namespace signtraker::odata
