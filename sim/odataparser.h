// SPDX-License-Identifier: Apache-2.0
// Recursive-descent parser of the OData v4 expression subset the service accepts, producing a
// type-checked ODataExpression tree. Precedence, loosest first: or, and, comparison (eq ne gt
// ge lt le), not, primary (literal, member path, function call, parentheses), as in ODL.
// Throws ODataError with the service's wording.
#pragma once

#include "odataexpression.h"
#include "odataorderkey.h"
#include "odatatoken.h"

#include <QList>
#include <QString>
#include <memory>
#include <vector>

namespace signtraker::sim {

class ODataSchema;

class ODataParser
{
public:
    ODataParser(const QString &text, const ODataSchema &schema);

    // A whole $filter: must be of boolean type.
    std::unique_ptr<ODataExpression> parseFilter();
    // A whole $orderby: comma-separated expressions, each optionally followed by asc or desc.
    std::vector<ODataOrderKey> parseOrderBy();

private:
    std::unique_ptr<ODataExpression> parseOr();
    std::unique_ptr<ODataExpression> parseAnd();
    std::unique_ptr<ODataExpression> parseComparison();
    std::unique_ptr<ODataExpression> parseUnary();
    std::unique_ptr<ODataExpression> parsePrimary();
    std::unique_ptr<ODataExpression> parseFunction(const ODataToken &name);
    std::unique_ptr<ODataExpression> parseMemberPath(const ODataToken &first);

    const ODataToken &current() const { return m_tokens.at(m_position); }
    const ODataToken &peek() const;
    bool atKeyword(QStringView keyword) const;
    [[noreturn]] void fail(const QString &format, int position) const;

    QString m_text;
    const ODataSchema &m_schema;
    QList<ODataToken> m_tokens;
    qsizetype m_position = 0;
};

} // namespace signtraker::sim
