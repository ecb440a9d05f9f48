// SPDX-License-Identifier: Apache-2.0
#include "odatatokenizer.h"

#include "odataerror.h"

namespace signtraker::sim {

namespace {

bool isIdentifierStart(QChar c)
{
    return c.isLetter() || c == u'_' || c == u'$';
}

bool isIdentifierPart(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

QList<ODataToken> ODataTokenizer::tokenize(const QString &text)
{
    QList<ODataToken> tokens;
    const int size = int(text.size());
    int i = 0;
    while (i < size) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        ODataToken token;
        token.position = i;
        if (c == u'(' || c == u')' || c == u',' || c == u'/') {
            token.kind = c == u'('   ? ODataToken::Kind::OpenParen
                         : c == u')' ? ODataToken::Kind::CloseParen
                         : c == u',' ? ODataToken::Kind::Comma
                                     : ODataToken::Kind::Slash;
            token.text = c;
            ++i;
        } else if (c == u'\'') {
            token.kind = ODataToken::Kind::String;
            ++i;
            bool closed = false;
            while (i < size) {
                if (text.at(i) == u'\'') {
                    if (i + 1 < size && text.at(i + 1) == u'\'') {
                        token.text += u'\'';
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                token.text += text.at(i);
                ++i;
            }
            if (!closed)
                throw ODataError(
                    QStringLiteral(
                        "There is an unterminated string literal at position %1 in '%2'.")
                        .arg(token.position)
                        .arg(text));
        } else if (isAsciiDigit(c) || (c == u'-' && i + 1 < size && isAsciiDigit(text.at(i + 1)))) {
            int j = i + 1;
            while (j < size && isAsciiDigit(text.at(j)))
                ++j;
            bool isDecimal = false;
            if (j + 1 < size && text.at(j) == u'.' && isAsciiDigit(text.at(j + 1))) {
                isDecimal = true;
                j += 2;
                while (j < size && isAsciiDigit(text.at(j)))
                    ++j;
            }
            if (j < size && (text.at(j) == u'e' || text.at(j) == u'E')) {
                int k = j + 1;
                if (k < size && (text.at(k) == u'+' || text.at(k) == u'-'))
                    ++k;
                if (k < size && isAsciiDigit(text.at(k))) {
                    isDecimal = true;
                    j = k;
                    while (j < size && isAsciiDigit(text.at(j)))
                        ++j;
                }
            }
            // A number glued to letters or another '.' (12abc, 1.2.3) is not a literal.
            if (j < size && (isIdentifierPart(text.at(j)) || text.at(j) == u'.')) {
                int end = j;
                while (end < size && (isIdentifierPart(text.at(end)) || text.at(end) == u'.'))
                    ++end;
                throw ODataError(QStringLiteral("Unrecognized literal '%1' at position %2 in '%3'.")
                                     .arg(text.mid(i, end - i))
                                     .arg(i)
                                     .arg(text));
            }
            token.kind = isDecimal ? ODataToken::Kind::Decimal : ODataToken::Kind::Integer;
            token.text = text.mid(i, j - i);
            i = j;
        } else if (isIdentifierStart(c)) {
            int j = i + 1;
            while (j < size && isIdentifierPart(text.at(j)))
                ++j;
            token.kind = ODataToken::Kind::Identifier;
            token.text = text.mid(i, j - i);
            i = j;
        } else {
            throw ODataError(
                QStringLiteral("Syntax error: character '%1' is not valid at position %2 in '%3'.")
                    .arg(c)
                    .arg(i)
                    .arg(text));
        }
        tokens.append(token);
    }
    ODataToken end;
    end.kind = ODataToken::Kind::End;
    end.position = size;
    tokens.append(end);
    return tokens;
}

} // namespace signtraker::sim
