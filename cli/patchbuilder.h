// The merge patch of `agents update --set PATH=VALUE --unset PATH`: PATH goes into nested
// objects with '/', VALUE is JSON when it parses as JSON and text otherwise, --unset sends null.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace signtraker::cli {

class PatchBuilder
{
public:
    // true, 3, null, {"Id":2}, "quoted" are JSON; Austin, 555-0100, O'Brien are text.
    static QJsonValue parseValue(const QString &text);
    // The segments of Address/City; empty when a segment is empty.
    static QStringList pathSegments(const QString &path);
    // target with value at path, creating (or replacing non-objects with) objects on the way.
    static QJsonObject withValue(QJsonObject target, const QStringList &path,
                                 const QJsonValue &value);
    // options: ("set", "PATH=VALUE") and ("unset", "PATH") pairs in the order given; later
    // ones win. Other options are ignored. On a bad path, nullopt and *problem says why.
    static std::optional<QJsonObject> build(const QList<std::pair<QString, QString>> &options,
                                            QString *problem);
};

} // namespace signtraker::cli
