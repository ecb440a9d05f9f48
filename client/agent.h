// SPDX-License-Identifier: Apache-2.0
// A typed view over an agent record as the service sent it. The record stays a QJsonObject so
// that members this application does not know survive every round trip.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace signtraker {

class Agent
{
public:
    explicit Agent(QJsonObject json = {});

    // 0 when absent. Integral doubles (7.0) and numeric strings ("7") are read as ids too.
    qint64 id() const;
    QString userName() const;
    QString email() const;
    QString firstName() const;
    QString lastName() const;
    // "Last, First"; one of them alone when the other is blank; else the user name or email.
    QString displayName() const;
    QString cellularPhone() const;
    QString officePhone() const;
    QString paymentMode() const;
    bool isInactive() const;
    bool isManager() const;
    bool isLocked() const;
    bool emailConfirmed() const;
    qint64 officeId() const;
    QString officeName() const;
    qint64 managerId() const;
    QString managerName() const;
    // A member of Address ("City", "Zip"); empty when absent.
    QString addressMember(const QString &member) const;

    // The value at a '/'-separated path ("Address/City"); Undefined when any step is missing
    // or is not an object, and for an empty path or an empty step.
    QJsonValue value(const QString &path) const;
    QJsonObject json() const { return m_json; }

    // json with the value at path set, creating the objects on the way ("Address/City" on a
    // record without Address gives {"Address": {"City": ...}}). A step that holds something
    // other than an object is replaced by an object: the caller asked for a member inside it.
    // Null is stored as null (a merge patch's removal); Undefined removes the member. An empty
    // path or an empty step leaves json unchanged (see isValidPath()).
    static QJsonObject withValue(QJsonObject json, const QString &path, const QJsonValue &value);
    // Non-empty steps separated by single '/'.
    static bool isValidPath(const QString &path);

private:
    QString string(const char *key) const;
    bool flag(const char *key) const;

    QJsonObject m_json;
};

} // namespace signtraker
