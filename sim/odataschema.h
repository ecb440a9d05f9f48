// SPDX-License-Identifier: Apache-2.0
// The members the service knows for one entity type, by path ("Office/Id"), with their EDM
// types: what $filter, $orderby and $select may name, and how a record's value is read.
#pragma once

#include "odatavalue.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace signtraker::sim {

class ODataSchema
{
public:
    enum class Type { Bool, Int, Decimal, String, Complex };

    struct Member
    {
        QString path;
        Type type;
        QString typeName; // EDM name for primitives, the complex type's name otherwise
        QStringList segments;
    };

    ODataSchema(const QString &typeName, const QList<std::pair<QString, Type>> &members);

    static const ODataSchema &agent();
    static const ODataSchema &office();
    static const ODataSchema &enterprise();

    QString typeName() const { return m_typeName; }
    int count() const { return int(m_members.size()); }
    const Member &member(int index) const { return m_members.at(index); }
    int indexOf(const QString &path) const { return m_index.value(path, -1); }
    // The type name of the member at path, or of the entity itself for an empty path.
    QString typeNameOf(const QString &path) const;

    ODataValue extract(const QJsonObject &record, int index) const;

    static QString edmName(Type type);

private:
    QString m_typeName;
    QList<Member> m_members;
    QHash<QString, int> m_index;
};

} // namespace signtraker::sim
