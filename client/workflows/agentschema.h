// SPDX-License-Identifier: Apache-2.0
// The agent record described once: every member the API documents, with its kind, whether a
// create needs it, whether this application may change it, the values it allows, the checks
// made before sending, its label and its text on screen and in CSV. The form, the detail pane,
// the table's columns and the query's filters read it. The simulator keeps its own rules on
// purpose (sim/agentvalidator.cpp): it is the independent second opinion.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace signtraker {

class AgentSchema
{
public:
    enum class Kind { Text, Email, Phone, Number, Money, Bool, Enum, Reference };
    // What narrows a kind further, where the service documents it.
    enum class Format {
        Plain,
        Multiline,   // Text over several lines (Notes)
        EmailList,   // Email: addresses separated by ';' (CcEmail)
        TwoLetters,  // Text: two letters (Address/State)
        WholeNumber, // Number: an integer (ManagerData's durations)
    };
    // Where a member belongs on a form, in the order forms show them.
    enum class Group {
        Identity,
        Contact,
        Address,
        Notes,
        OfficeAndManager,
        Billing,
        Preferences,
        ManagerData, // only managers have it
        Status,      // what the service decides: shown, never sent
    };

    struct Member
    {
        QString path; // "Address/City"
        Kind kind = Kind::Text;
        Format format = Format::Plain;
        Group group = Group::Identity;
        bool requiredOnCreate = false; // a create needs it, and an edit may not clear it
        bool editable = true;          // false: the service decides (Id, IsManager, ...)
        QStringList values;            // Enum: the values the service allows
        const char *labelSource = nullptr;

        // Translated, for form labels, column headers and messages.
        QString label() const;
    };

    // Every member, in form order.
    static const QList<Member> &members();
    // The member of path, or null for a path the schema does not describe.
    static const Member *member(const QString &path);
    // The paths of the members a user may change, in form order.
    static QStringList editablePaths();
    // The translated label of path; the path itself when the schema does not know it.
    static QString label(const QString &path);
    static QString groupTitle(Group group);
    // The allowed values of an Enum member ("PaymentMode": Terms, Prepay, ...).
    static QStringList allowedValues(const QString &path);

    // What is wrong with value for member (empty when nothing is): Undefined and null are
    // empty, refused only when required.
    static QString problem(const Member &member, const QJsonValue &value, bool required);
    // The problems of the given members of record by path (a required member left empty
    // among them is one).
    static QMap<QString, QString> problems(const QJsonObject &record, const QStringList &paths);

    // Whether two values of member mean the same to the service: empty, null and blank alike,
    // text trimmed, numbers by value, references by Id (names come from different lists).
    static bool same(const Member &member, const QJsonValue &left, const QJsonValue &right);
    // record with member set to value; a reference takes only Id and Name, keeping any other
    // member of the old reference as the service's.
    static QJsonObject withValue(QJsonObject record, const Member &member, const QJsonValue &value);

    // A value as shown in texts: "(empty)", "Yes", "12.5", "Austin North (12)".
    static QString displayText(const QJsonValue &value);
    // A reference as pickers and texts show it: "Austin North (12)", or "#12" without a name.
    static QString referenceText(qint64 id, const QString &name);
    // A value in a CSV cell or the CLI's table: CellText (one number format; true/false).
    static QString csvText(const QJsonValue &value);
};

} // namespace signtraker
