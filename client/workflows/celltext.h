// SPDX-License-Identifier: Apache-2.0
// A JSON value as the text of one cell (CSV, the CLI's table, the detail pane, the change log),
// with one number format: integers exactly, decimals without exponent and without noise.
#pragma once

#include <QJsonValue>
#include <QString>

namespace signtraker {

class CellText
{
public:
    // A JSON number as text: "1000000000000000" (never "1e+15"), "9007199254740993" when the
    // document held it exactly, "-0.5", "12.3"; empty for a value that is not a number.
    static QString number(const QJsonValue &value);
    // Text as is, numbers by number(), true/false, arrays and objects as compact JSON, null and
    // undefined as an empty cell.
    static QString of(const QJsonValue &value);
};

} // namespace signtraker
