// SPDX-License-Identifier: Apache-2.0
#include "mergepatch.h"

#include <QJsonArray>

#include <optional>

namespace signtraker::MergePatch {

namespace {

// QJsonValue has one Double type for integers and doubles; toInteger() reports whether the
// number is whole and fits a qint64, which two different defaults tell apart from a value.
std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    const qint64 first = value.toInteger(0);
    if (first == 0 && value.toInteger(1) != 0)
        return std::nullopt;
    return first;
}

} // namespace

bool equivalent(const QJsonValue &left, const QJsonValue &right)
{
    if (left.type() != right.type())
        return false;
    switch (left.type()) {
    case QJsonValue::Double: {
        const std::optional<qint64> a = wholeNumber(left);
        const std::optional<qint64> b = wholeNumber(right);
        if (a && b)
            return *a == *b;
        return left.toDouble() == right.toDouble();
    }
    case QJsonValue::Array: {
        const QJsonArray a = left.toArray();
        const QJsonArray b = right.toArray();
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!equivalent(a.at(i), b.at(i)))
                return false;
        }
        return true;
    }
    case QJsonValue::Object: {
        const QJsonObject a = left.toObject();
        const QJsonObject b = right.toObject();
        if (a.size() != b.size())
            return false;
        for (auto it = a.constBegin(); it != a.constEnd(); ++it) {
            const auto other = b.constFind(it.key());
            if (other == b.constEnd() || !equivalent(it.value(), other.value()))
                return false;
        }
        return true;
    }
    default:
        return left == right;
    }
}

QJsonObject diff(const QJsonObject &original, const QJsonObject &edited)
{
    QJsonObject patch;
    for (auto it = original.constBegin(); it != original.constEnd(); ++it) {
        const auto now = edited.constFind(it.key());
        // Gone, or newly null, is a removal; null on both sides is equal and stays out.
        const bool gone = now == edited.constEnd();
        const bool nulled = !gone && now.value().isNull() && !it.value().isNull();
        if (gone || nulled)
            patch.insert(it.key(), QJsonValue::Null);
    }
    for (auto it = edited.constBegin(); it != edited.constEnd(); ++it) {
        const QJsonValue value = it.value();
        const auto before = original.constFind(it.key());
        if (before == original.constEnd()) {
            // Removing a member that is not there is no change.
            if (!value.isNull())
                patch.insert(it.key(), value);
            continue;
        }
        if (value.isNull())
            continue; // handled above
        const QJsonValue old = before.value();
        if (old.isObject() && value.isObject()) {
            const QJsonObject nested = diff(old.toObject(), value.toObject());
            if (!nested.isEmpty())
                patch.insert(it.key(), nested);
        } else if (!equivalent(old, value)) {
            patch.insert(it.key(), value);
        }
    }
    return patch;
}

QJsonValue apply(const QJsonValue &target, const QJsonValue &patch)
{
    if (!patch.isObject())
        return patch;
    return apply(target.isObject() ? target.toObject() : QJsonObject(), patch.toObject());
}

QJsonObject apply(const QJsonObject &target, const QJsonObject &patch)
{
    QJsonObject result = target;
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it) {
        if (it.value().isNull())
            result.remove(it.key());
        else
            result.insert(it.key(), apply(result.value(it.key()), it.value()));
    }
    return result;
}

} // namespace signtraker::MergePatch
