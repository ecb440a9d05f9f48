// SPDX-License-Identifier: Apache-2.0
#include "localsql.h"

#include "odatafilter.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QList>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>

namespace signtraker::localsql {

namespace {

enum class Type { Null, Bool, Int, Decimal, String, Complex };

QString tr(const char *text)
{
    return QCoreApplication::translate("signtraker::LocalSql", text);
}

// The members the service can filter and order agents by, with their types: the same list as
// the service's model (the simulator keeps its own copy in sim/odataschema.cpp).
const QList<std::pair<QString, Type>> &schema()
{
    static const QList<std::pair<QString, Type>> members = {
        {u"Id"_qs, Type::Int},
        {u"UserName"_qs, Type::String},
        {u"Email"_qs, Type::String},
        {u"EmailConfirmed"_qs, Type::Bool},
        {u"FirstName"_qs, Type::String},
        {u"LastName"_qs, Type::String},
        {u"IsInactive"_qs, Type::Bool},
        {u"IsLocked"_qs, Type::Bool},
        {u"CcEmail"_qs, Type::String},
        {u"InvitationSent"_qs, Type::Bool},
        {u"Office"_qs, Type::Complex},
        {u"Office/Id"_qs, Type::Int},
        {u"Office/Name"_qs, Type::String},
        {u"Manager"_qs, Type::Complex},
        {u"Manager/Id"_qs, Type::Int},
        {u"Manager/Name"_qs, Type::String},
        {u"Address"_qs, Type::Complex},
        {u"Address/Street"_qs, Type::String},
        {u"Address/Street2"_qs, Type::String},
        {u"Address/City"_qs, Type::String},
        {u"Address/State"_qs, Type::String},
        {u"Address/Zip"_qs, Type::String},
        {u"Address/CountryCode"_qs, Type::String},
        {u"OfficePhone"_qs, Type::String},
        {u"CellularPhone"_qs, Type::String},
        {u"PaymentMode"_qs, Type::String},
        {u"BasicInstallPrice"_qs, Type::Decimal},
        {u"BrokerId"_qs, Type::String},
        {u"DefaultPostType"_qs, Type::Complex},
        {u"DefaultPostType/Id"_qs, Type::Int},
        {u"DefaultPostType/Name"_qs, Type::String},
        {u"Notes"_qs, Type::String},
        {u"ReceiveMarketingEmails"_qs, Type::Bool},
        {u"TermsAccepted"_qs, Type::Bool},
        {u"EnableSubscription"_qs, Type::Bool},
        {u"SubscriptionPrice"_qs, Type::Decimal},
        {u"IsManager"_qs, Type::Bool},
        {u"ManagerData"_qs, Type::Complex},
        {u"ManagerData/DiscountLevel"_qs, Type::String},
        {u"ManagerData/EnableRebills"_qs, Type::Bool},
        {u"ManagerData/InitialRentalDuration"_qs, Type::Int},
        {u"ManagerData/RebillInterval"_qs, Type::Int},
        {u"ManagerData/RebillWarningLeadTime"_qs, Type::Int},
        {u"ManagerData/IsPayer"_qs, Type::Bool},
        {u"ManagerData/DisableStaffBillingEmails"_qs, Type::Bool},
        {u"ManagerData/CcStaff"_qs, Type::Bool},
        {u"ManagerData/CcDelegates"_qs, Type::Bool},
        {u"ManagerData/IsVirtual"_qs, Type::Bool},
    };
    return members;
}

// "Office/Id" -> "office_id", "CcEmail" -> "cc_email".
QString columnName(const QString &path)
{
    QString name;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QChar c = path.at(i);
        if (c == u'/')
            name += u'_';
        else if (c.isUpper() && i > 0 && path.at(i - 1).isLower())
            name += u'_' + c.toLower();
        else
            name += c.toLower();
    }
    return name;
}

std::optional<Type> memberType(const QString &path)
{
    for (const auto &[member, type] : schema())
        if (member == path)
            return type;
    return std::nullopt;
}

QString typeName(Type type)
{
    switch (type) {
    case Type::Null:
        return u"null"_qs;
    case Type::Bool:
        return u"Boolean"_qs;
    case Type::Int:
        return u"Int64"_qs;
    case Type::Decimal:
        return u"Decimal"_qs;
    case Type::String:
        return u"String"_qs;
    case Type::Complex:
        break;
    }
    return u"object"_qs;
}

// A bound QString that is null becomes SQL NULL: the empty text must stay a text.
QVariant textValue(const QString &text)
{
    return text.isNull() ? QVariant(QString(u""_qs.data(), 0)) : QVariant(text);
}

QVariant typedValue(const QJsonValue &value, Type type)
{
    switch (type) {
    case Type::String:
        return value.isString() ? textValue(value.toString().toCaseFolded()) : QVariant();
    case Type::Bool:
        return value.isBool() ? QVariant(value.toBool() ? 1 : 0) : QVariant();
    case Type::Int:
        return value.isDouble() ? QVariant(value.toInteger(qint64(value.toDouble()))) : QVariant();
    case Type::Decimal:
        return value.isDouble() ? QVariant(value.toDouble()) : QVariant();
    case Type::Complex:
        return value.isObject() ? QVariant(1) : QVariant();
    case Type::Null:
        break;
    }
    return {};
}

QVariant typedValue(const QJsonObject &record, const QStringList &segments, Type type)
{
    QJsonValue value = record.value(segments.first());
    for (qsizetype i = 1; i < segments.size(); ++i)
        value = value.isObject() ? value.toObject().value(segments.at(i)) : QJsonValue();
    return typedValue(value, type);
}

// Each member of object whose path (prefix + key) is a column: its value at the column's index.
// One pass over the object instead of a search of it per column (47 columns, 50,000 records).
void collectValues(const QJsonObject &object, const QString &prefix,
                   const QHash<QString, qsizetype> &index, QList<QJsonValue> *values)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + it.key();
        const auto found = index.constFind(path);
        if (found == index.constEnd() || !(*values)[*found].isUndefined())
            continue; // not a column, or a repeated key: the first one counts, as value() sees it
        (*values)[*found] = it.value();
        if (it.value().isObject())
            collectValues(it.value().toObject(), path + u'/', index, values);
    }
}

bool isNumeric(Type type)
{
    return type == Type::Int || type == Type::Decimal;
}

struct Token
{
    enum class Kind {
        OpenParen,
        CloseParen,
        Comma,
        Slash,
        String,
        Integer,
        Decimal,
        Identifier,
        End
    };
    Kind kind = Kind::End;
    QString text;
    int position = 0;
};

struct Failure
{
    QString message;
};

bool isIdentifierPart(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// The service's tokens: quoted strings with '' for a quote, numbers, identifiers, ( ) , /.
QList<Token> tokenize(const QString &text)
{
    QList<Token> tokens;
    const int size = int(text.size());
    int i = 0;
    while (i < size) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token token;
        token.position = i;
        if (c == u'(' || c == u')' || c == u',' || c == u'/') {
            token.kind = c == u'('   ? Token::Kind::OpenParen
                         : c == u')' ? Token::Kind::CloseParen
                         : c == u',' ? Token::Kind::Comma
                                     : Token::Kind::Slash;
            ++i;
        } else if (c == u'\'') {
            token.kind = Token::Kind::String;
            bool closed = false;
            for (++i; i < size; ++i) {
                if (text.at(i) == u'\'') {
                    if (i + 1 < size && text.at(i + 1) == u'\'') {
                        token.text += u'\'';
                        ++i;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                token.text += text.at(i);
            }
            if (!closed)
                throw Failure{
                    tr("a text in quotes is not closed (at position %1)").arg(token.position)};
        } else if (isAsciiDigit(c) || (c == u'-' && i + 1 < size && isAsciiDigit(text.at(i + 1)))) {
            int j = i + 1;
            while (j < size && isAsciiDigit(text.at(j)))
                ++j;
            bool isDecimal = false;
            if (j + 1 < size && text.at(j) == u'.' && isAsciiDigit(text.at(j + 1))) {
                isDecimal = true;
                for (j += 2; j < size && isAsciiDigit(text.at(j));)
                    ++j;
            }
            if (j < size && (text.at(j) == u'e' || text.at(j) == u'E')) {
                int k = j + 1;
                if (k < size && (text.at(k) == u'+' || text.at(k) == u'-'))
                    ++k;
                if (k < size && isAsciiDigit(text.at(k))) {
                    isDecimal = true;
                    for (j = k; j < size && isAsciiDigit(text.at(j));)
                        ++j;
                }
            }
            if (j < size && (isIdentifierPart(text.at(j)) || text.at(j) == u'.'))
                throw Failure{
                    tr("'%1' is not a number (at position %2)").arg(text.mid(i, j - i + 1)).arg(i)};
            token.kind = isDecimal ? Token::Kind::Decimal : Token::Kind::Integer;
            token.text = text.mid(i, j - i);
            i = j;
        } else if (c.isLetter() || c == u'_' || c == u'$') {
            int j = i + 1;
            while (j < size && isIdentifierPart(text.at(j)))
                ++j;
            token.kind = Token::Kind::Identifier;
            token.text = text.mid(i, j - i);
            i = j;
        } else {
            throw Failure{
                tr("the character '%1' is not understood (at position %2)").arg(c).arg(i)};
        }
        tokens.append(token);
    }
    Token end;
    end.position = size;
    tokens.append(end);
    return tokens;
}

// An expression compiled to SQL: its value (NULL for the service's null) and its type.
struct Node
{
    QString sql;
    QVariantList values;
    Type type = Type::Null;
};

// Every member has a column holding its value as the service compares it (memberValue), so a
// filter or an order never parses the stored JSON.
Node memberNode(const QString &path, Type type)
{
    Node node;
    node.type = type;
    node.sql = path == u"Id" ? u"id"_qs : columnName(path);
    return node;
}

// A Bool-typed value as a condition: null is false, as the service's filter treats it.
Node predicate(Node node)
{
    node.sql = u"COALESCE("_qs + node.sql + u", 0)";
    return node;
}

Node combine(const QString &before, const Node &left, const QString &middle, const Node &right,
             const QString &after, Type type)
{
    Node node;
    node.sql = before + left.sql + middle + right.sql + after;
    node.values = left.values + right.values;
    node.type = type;
    return node;
}

class Parser
{
public:
    explicit Parser(const QString &text)
        : m_tokens(tokenize(text))
    {}

    Node filter()
    {
        Node node = parseOr();
        expectEnd();
        if (node.type != Type::Bool)
            throw Failure{
                tr("the filter is not a condition (it is of type %1)").arg(typeName(node.type))};
        return predicate(node);
    }

    LocalSql orderBy()
    {
        LocalSql out;
        QStringList keys;
        for (;;) {
            if (current().kind == Token::Kind::End)
                break;
            Node key = parseOr();
            if (key.type == Type::Complex || key.type == Type::Null)
                throw Failure{tr("an order key must be a single value")};
            bool descending = false;
            if (atKeyword(u"asc") || atKeyword(u"desc")) {
                descending = current().text == u"desc";
                ++m_position;
            }
            keys << key.sql + (descending ? u" DESC"_qs : u" ASC"_qs);
            out.values += key.values;
            if (current().kind == Token::Kind::Comma) {
                ++m_position;
                continue;
            }
            expectEnd();
            break;
        }
        keys << u"id ASC"_qs; // the service's tie-breaker
        out.sql = keys.join(u", ");
        return out;
    }

private:
    const Token &current() const { return m_tokens.at(m_position); }
    const Token &peek() const
    {
        return m_tokens.at(std::min(m_position + 1, int(m_tokens.size()) - 1));
    }
    bool atKeyword(QStringView keyword) const
    {
        return current().kind == Token::Kind::Identifier && current().text == keyword;
    }
    void expectEnd() const
    {
        if (current().kind != Token::Kind::End)
            throw Failure{tr("unexpected text at position %1").arg(current().position)};
    }

    Node logical(Node left, Node right, const QString &op)
    {
        if (left.type != Type::Bool || right.type != Type::Bool)
            throw Failure{tr("'%1' needs conditions on both sides").arg(op.toLower())};
        return combine(u"("_qs, predicate(left), u' ' + op + u' ', predicate(right), u")"_qs,
                       Type::Bool);
    }

    Node parseOr()
    {
        Node left = parseAnd();
        while (atKeyword(u"or")) {
            ++m_position;
            left = logical(left, parseAnd(), u"OR"_qs);
        }
        return left;
    }

    Node parseAnd()
    {
        Node left = parseComparison();
        while (atKeyword(u"and")) {
            ++m_position;
            left = logical(left, parseComparison(), u"AND"_qs);
        }
        return left;
    }

    static bool comparable(bool equality, Type left, Type right)
    {
        if (left == Type::Null || right == Type::Null) {
            const Type other = left == Type::Null ? right : left;
            return other != Type::Complex || equality;
        }
        if (isNumeric(left) && isNumeric(right))
            return true;
        return left == right && left != Type::Complex;
    }

    Node parseComparison()
    {
        static const std::pair<QStringView, QString> Operators[] = {
            {u"eq", u"IS"_qs}, {u"ne", u"IS NOT"_qs}, {u"gt", u">"_qs},
            {u"ge", u">="_qs}, {u"lt", u"<"_qs},      {u"le", u"<="_qs}};
        Node left = parseUnary();
        for (;;) {
            const auto found =
                std::find_if(std::begin(Operators), std::end(Operators),
                             [this](const auto &entry) { return atKeyword(entry.first); });
            if (found == std::end(Operators))
                return left;
            const QString op = current().text;
            ++m_position;
            Node right = parseUnary();
            const bool equality = found->second.startsWith(u"IS");
            if (!comparable(equality, left.type, right.type))
                throw Failure{tr("'%1' cannot compare %2 with %3")
                                  .arg(op, typeName(left.type), typeName(right.type))};
            // Ordering with null is false, never SQL's unknown, so that 'not' turns it true.
            left = equality ? combine(u"("_qs, left, u' ' + found->second + u' ', right, u")"_qs,
                                      Type::Bool)
                            : combine(u"COALESCE(("_qs, left, u") " + found->second + u" (", right,
                                      u"), 0)"_qs, Type::Bool);
        }
    }

    Node parseUnary()
    {
        if (atKeyword(u"not") && peek().kind != Token::Kind::End &&
            peek().kind != Token::Kind::Comma && peek().kind != Token::Kind::CloseParen) {
            ++m_position;
            Node operand = parseUnary();
            if (operand.type != Type::Bool)
                throw Failure{tr("'not' needs a condition")};
            operand = predicate(operand);
            operand.sql = u"(NOT "_qs + operand.sql + u')';
            return operand;
        }
        return parsePrimary();
    }

    Node literal(const QVariant &value, Type type)
    {
        ++m_position;
        Node node;
        node.sql = u"?"_qs;
        node.values << value;
        node.type = type;
        return node;
    }

    Node parsePrimary()
    {
        const Token token = current();
        switch (token.kind) {
        case Token::Kind::OpenParen: {
            ++m_position;
            Node inner = parseOr();
            if (current().kind != Token::Kind::CloseParen)
                throw Failure{tr("')' expected at position %1").arg(current().position)};
            ++m_position;
            return inner;
        }
        case Token::Kind::String:
            return literal(textValue(fold(token.text)), Type::String);
        case Token::Kind::Integer: {
            bool ok = false;
            const qint64 value = token.text.toLongLong(&ok);
            return ok ? literal(value, Type::Int) : literal(token.text.toDouble(), Type::Decimal);
        }
        case Token::Kind::Decimal: {
            bool ok = false;
            const double value = token.text.toDouble(&ok);
            if (!ok || !std::isfinite(value))
                throw Failure{tr("'%1' is not a number").arg(token.text)};
            return literal(value, Type::Decimal);
        }
        case Token::Kind::Identifier:
            if (token.text == u"null") {
                ++m_position;
                Node node;
                node.sql = u"NULL"_qs;
                return node;
            }
            if (token.text == u"true" || token.text == u"false")
                return literal(token.text == u"true" ? 1 : 0, Type::Bool);
            ++m_position;
            if (current().kind == Token::Kind::OpenParen)
                return parseFunction(token);
            return parseMember(token);
        case Token::Kind::End:
            throw Failure{tr("the filter ends where a value was expected")};
        default:
            throw Failure{tr("unexpected text at position %1").arg(token.position)};
        }
    }

    Node parseFunction(const Token &name)
    {
        struct Info
        {
            QStringView name;
            int arity;
            Type result;
        };
        static const Info Functions[] = {
            {u"contains", 2, Type::Bool},  {u"startswith", 2, Type::Bool},
            {u"endswith", 2, Type::Bool},  {u"tolower", 1, Type::String},
            {u"toupper", 1, Type::String}, {u"trim", 1, Type::String},
            {u"length", 1, Type::Int}};
        const auto info = std::find_if(std::begin(Functions), std::end(Functions),
                                       [&name](const Info &f) { return f.name == name.text; });
        if (info == std::end(Functions))
            throw Failure{tr("the function '%1' is not supported").arg(name.text)};
        ++m_position; // '('
        QList<Node> arguments;
        while (current().kind != Token::Kind::CloseParen) {
            arguments << parseOr();
            if (current().kind != Token::Kind::Comma)
                break;
            ++m_position;
        }
        if (current().kind != Token::Kind::CloseParen)
            throw Failure{tr("')' expected at position %1").arg(current().position)};
        ++m_position;
        bool matches = arguments.size() == info->arity;
        for (const Node &argument : arguments)
            matches = matches && (argument.type == Type::String || argument.type == Type::Null);
        if (!matches)
            throw Failure{tr("'%1' takes %2 text argument(s)").arg(name.text).arg(info->arity)};
        // Every value is already case-folded, so tolower and toupper change nothing.
        if (name.text == u"tolower" || name.text == u"toupper") {
            Node node = arguments.first();
            node.type = Type::String;
            return node;
        }
        Node node;
        node.type = info->result;
        QStringList sql;
        for (const Node &argument : arguments) {
            sql << argument.sql;
            node.values += argument.values;
        }
        node.sql = u"st_"_qs + name.text + u'(' + sql.join(u", ") + u')';
        return node;
    }

    Node parseMember(const Token &first)
    {
        QString path = first.text;
        std::optional<Type> type = memberType(path);
        for (;;) {
            if (!type)
                throw Failure{tr("there is no member '%1'").arg(path)};
            if (current().kind != Token::Kind::Slash)
                break;
            ++m_position;
            if (current().kind != Token::Kind::Identifier)
                throw Failure{
                    tr("a member name is expected at position %1").arg(current().position)};
            const bool complex = *type == Type::Complex;
            path += u'/' + current().text;
            ++m_position;
            type = complex ? memberType(path) : std::nullopt;
        }
        return memberNode(path, *type);
    }

    QList<Token> m_tokens;
    int m_position = 0;
};

QString argumentText(sqlite3_value *value)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_value_text(value)),
                             sqlite3_value_bytes(value));
}

void resultText(sqlite3_context *context, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_result_text(context, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void foldFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) != SQLITE_TEXT)
        return sqlite3_result_value(context, argv[0]);
    resultText(context, fold(argumentText(argv[0])));
}

void trimFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) != SQLITE_TEXT)
        return sqlite3_result_value(context, argv[0]);
    resultText(context, argumentText(argv[0]).trimmed());
}

void lengthFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) != SQLITE_TEXT)
        return sqlite3_result_null(context);
    sqlite3_result_int64(context, argumentText(argv[0]).size()); // UTF-16 units, as the service
}

template <bool (*Test)(const QString &, const QString &)>
void textTestFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    const bool texts =
        sqlite3_value_type(argv[0]) == SQLITE_TEXT && sqlite3_value_type(argv[1]) == SQLITE_TEXT;
    sqlite3_result_int(context,
                       texts && Test(argumentText(argv[0]), argumentText(argv[1])) ? 1 : 0);
}

bool containsText(const QString &a, const QString &b)
{
    return a.contains(b);
}
bool startsWithText(const QString &a, const QString &b)
{
    return a.startsWith(b);
}
bool endsWithText(const QString &a, const QString &b)
{
    return a.endsWith(b);
}

} // namespace

const QList<Column> &columns()
{
    static const QList<Column> list = [] {
        QList<Column> columns;
        for (const auto &member : schema())
            if (member.first != u"Id") // the table's own id
                columns.append({member.first, columnName(member.first)});
        return columns;
    }();
    return list;
}

QVariantList columnValues(const QJsonObject &record)
{
    struct Members
    {
        QList<Type> types;
        QHash<QString, qsizetype> index; // path -> position among the columns
    };
    static const Members members = [] {
        Members m;
        for (const auto &[path, type] : schema()) {
            if (path == u"Id")
                continue;
            m.index.insert(path, m.types.size());
            m.types.append(type);
        }
        return m;
    }();
    QList<QJsonValue> found(members.types.size(), QJsonValue(QJsonValue::Undefined));
    collectValues(record, QString(), members.index, &found);
    QVariantList values;
    values.reserve(members.types.size());
    for (qsizetype i = 0; i < members.types.size(); ++i)
        values << typedValue(found.at(i), members.types.at(i));
    return values;
}

bool isMember(const QString &path)
{
    return memberType(path).has_value();
}

QString fold(const QString &text)
{
    return text.toCaseFolded();
}

QVariant memberValue(const QJsonObject &record, const QString &path)
{
    const std::optional<Type> type = memberType(path);
    return type ? typedValue(record, path.split(u'/'), *type) : QVariant();
}

bool compileFilter(const QString &filter, LocalSql *out, QString *error)
{
    try {
        const Node node = Parser(filter).filter();
        out->sql = node.sql;
        out->values = node.values;
        return true;
    } catch (const Failure &failure) {
        if (error)
            *error =
                tr("The filter cannot be evaluated on the local copy: %1.").arg(failure.message);
        return false;
    }
}

bool compileOrderBy(const QString &orderBy, LocalSql *out, QString *error)
{
    try {
        *out = Parser(orderBy).orderBy();
        return true;
    } catch (const Failure &failure) {
        if (error)
            *error =
                tr("The order cannot be evaluated on the local copy: %1.").arg(failure.message);
        return false;
    }
}

QString ftsQuery(const QString &words)
{
    // Split as the online search splits (a double-quoted phrase is one word).
    QStringList phrases;
    for (const QString &word : odata::searchWords(words)) {
        if (!std::any_of(word.begin(), word.end(), [](QChar c) { return c.isLetterOrNumber(); }))
            continue; // nothing the index holds: FTS5 would refuse an empty phrase
        phrases << u'"' + QString(word).replace(u'"', u"\"\""_qs) + u"\"*"_qs;
    }
    return phrases.join(u" AND ");
}

QStringList searchColumns(const QJsonObject &record)
{
    // The six fields the online search looks in (odata::searchFilter).
    auto text = [&record](const QString &member) { return record.value(member).toString(); };
    const QString phone = text(u"CellularPhone"_qs);
    QStringList phones;
    if (!phone.isEmpty()) {
        QString digits;
        for (const QChar c : phone)
            if (c.isDigit())
                digits += c;
        phones << phone << digits;
        // "+1 206 555 0100" is also found as 2065550100, as people type it.
        if (phone.startsWith(u"+1") && digits.size() > 1)
            phones << digits.mid(1);
        else if (phone.startsWith(u"+61") && digits.size() > 2)
            phones << u'0' + digits.mid(2);
    }
    return {text(u"FirstName"_qs) + u' ' + text(u"LastName"_qs), text(u"Email"_qs),
            text(u"UserName"_qs), phones.join(u' '),
            record.value(u"Office"_qs).toObject().value(u"Name"_qs).toString()};
}

bool registerFunctions(sqlite3 *db)
{
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    const struct
    {
        const char *name;
        int arity;
        void (*function)(sqlite3_context *, int, sqlite3_value **);
    } functions[] = {{"st_fold", 1, foldFunction},
                     {"st_trim", 1, trimFunction},
                     {"st_length", 1, lengthFunction},
                     {"st_contains", 2, textTestFunction<containsText>},
                     {"st_startswith", 2, textTestFunction<startsWithText>},
                     {"st_endswith", 2, textTestFunction<endsWithText>}};
    for (const auto &f : functions)
        if (sqlite3_create_function_v2(db, f.name, f.arity, flags, nullptr, f.function, nullptr,
                                       nullptr, nullptr) != SQLITE_OK)
            return false;
    return true;
}

} // namespace signtraker::localsql
