// SPDX-License-Identifier: Apache-2.0
#include "celltext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QVariant>

#include <cmath>

namespace signtraker {

namespace {

// Every integer up to 2^53 has an exact double; beyond it a double is only an approximation.
constexpr double MaxExactInteger = 9007199254740992.0;

} // namespace

QString CellText::number(const QJsonValue &value)
{
    if (!value.isDouble())
        return {};
    // Qt keeps a JSON integer that fits in 64 bits as an integer: its text is exact.
    const QVariant variant = value.toVariant();
    if (variant.typeId() == QMetaType::LongLong)
        return QString::number(variant.toLongLong());
    const double d = value.toDouble();
    if (!std::isfinite(d))
        return {};
    // The range is checked before the conversion: qint64(1e300) is undefined behaviour.
    if (std::abs(d) <= MaxExactInteger && d == std::trunc(d))
        return QString::number(qint64(d));
    // The shortest digits that read back as the same double, in fixed notation.
    return QString::number(d, 'f', QLocale::FloatingPointShortest);
}

QString CellText::of(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return number(value);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace signtraker
