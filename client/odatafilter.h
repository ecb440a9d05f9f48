// SPDX-License-Identifier: Apache-2.0
// A typed OData v4 $filter builder: values become literals that cannot end early (quotes
// doubled, numbers without locale), field names come only from an allow-list, and combinations
// are parenthesized where precedence needs it. The three small value types live together
// because none is useful without the others.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <concepts>
#include <cstddef>

namespace signtraker::odata {

// 'O''Brien': a string literal with every single quote doubled.
QString quote(const QString &text);

// A value on the right of a comparison.
class Literal
{
public:
    Literal(const QString &text);
    Literal(const char *utf8);
    template <typename T>
    requires std::integral<T> &&(!std::same_as<T, bool>)&&(!std::same_as<T, char>)Literal(T number)
        : m_text(QString::number(number))
    {}
    template <std::floating_point T>
    Literal(T number)
        : m_text(fromDouble(double(number)))
    {}
    Literal(bool value);
    Literal(std::nullptr_t);

    // The literal as it appears in the expression: 'text', 42, 1.5, true, null.
    QString toString() const { return m_text; }

private:
    // Shortest text that reads back as the same double, never a locale's decimal comma.
    static QString fromDouble(double number);

    QString m_text;
};

class Filter;

// A member path ("LastName", "Office/Id"), optionally under tolower()/toupper().
class Field
{
public:
    // Checked against AgentFields::allPaths().
    explicit Field(const QString &path);
    // Checked against the given paths (e.g. AgentFields::officePaths()).
    Field(const QString &path, const QStringList &allowedPaths);

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    // The path or expression as written in the filter: "LastName", "tolower(LastName)".
    QString path() const { return m_expression; }

    Filter eq(const Literal &value) const;
    Filter ne(const Literal &value) const;
    Filter gt(const Literal &value) const;
    Filter ge(const Literal &value) const;
    Filter lt(const Literal &value) const;
    Filter le(const Literal &value) const;

    Filter contains(const QString &text) const;
    Filter startsWith(const QString &text) const;
    Filter endsWith(const QString &text) const;

    Field toLower() const;
    Field toUpper() const;

private:
    Field() = default;
    Filter compare(const char *op, const Literal &value) const;
    Filter function(const char *name, const QString &text) const;
    Field wrapped(const char *function) const;

    QString m_expression;
    QString m_error;
};

// A boolean expression, or nothing (an empty filter matches everything and is left out of the
// request), or an error that poisons every combination it takes part in.
class Filter
{
public:
    Filter() = default;

    // An expression written by a person (the CLI's --filter, the advanced filter box). It is
    // sent as is, in parentheses when combined; only unbalanced quotes or parentheses, which
    // would change the meaning of what it is combined with, make it invalid. Blank is empty.
    static Filter raw(const QString &expression);
    static Filter invalid(const QString &error);

    bool isEmpty() const { return m_text.isEmpty() && m_error.isEmpty(); }
    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    // The $filter value; empty when the filter is empty or invalid.
    QString toString() const { return isValid() ? m_text : QString(); }

    // An empty operand yields the other; an invalid one yields the first error.
    friend Filter operator&&(const Filter &left, const Filter &right);
    friend Filter operator||(const Filter &left, const Filter &right);
    friend Filter operator!(const Filter &filter);

    static Filter allOf(const QList<Filter> &filters);
    static Filter anyOf(const QList<Filter> &filters);

private:
    friend class Field;

    // The outermost construct, which decides where parentheses are needed. OData binds not
    // tighter than comparisons, comparisons tighter than and, and tighter than or.
    enum class Shape { Empty, Primary, Comparison, And, Or, Raw };

    Filter(QString text, Shape shape);
    static Filter combine(const Filter &left, const Filter &right, Shape op);
    QString operand(Shape op) const;

    QString m_text;
    QString m_error;
    Shape m_shape = Shape::Empty;
};

// The words of a search: split at whitespace, a double-quoted phrase kept whole.
QStringList searchWords(const QString &text);

// The search box and the CLI's --search: every word must be found in some field, as an `and`
// of per-word `or` groups of contains(field,'word'). Blank text gives an empty filter.
Filter searchFilter(const QString &text,
                    const QStringList &fields = {
                        QStringLiteral("FirstName"), QStringLiteral("LastName"),
                        QStringLiteral("Email"), QStringLiteral("UserName"),
                        QStringLiteral("CellularPhone"), QStringLiteral("Office/Name")});

} // namespace signtraker::odata
