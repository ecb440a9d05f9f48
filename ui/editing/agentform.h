// SPDX-License-Identifier: Apache-2.0
// The agent record as a form: every editable member of AgentSchema in its group, pickers for the
// references (from the connection's ReferenceLists), the schema's checks beside each field, and
// changed fields marked. The form keeps the record it loaded; edited() is that record with the
// form's values applied, so members this application does not know survive. It gives and takes
// JSON values: EditSession decides what they mean for the server.
#pragma once

#include "agentschema.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QPointer>
#include <QStringList>
#include <QWidget>

class QLabel;
class QGroupBox;
class QVBoxLayout;

namespace signtraker {
class ApiError;
class ReferenceLists;
} // namespace signtraker

namespace signtraker::ui {

class AgentForm : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Edit, Create };

    // lists: the office and manager lists of the connection; may be null (the pickers then hold
    // only the record's own references).
    AgentForm(ReferenceLists *lists, Mode mode, QWidget *parent = nullptr);
    ~AgentForm() override;

    Mode mode() const { return m_mode; }

    // The record the edit starts from (in create mode, usually {}): fills every field and
    // forgets changes, marks and errors.
    void setRecord(const QJsonObject &record);
    QJsonObject original() const { return m_original; }
    // original() with the value of every changed field applied; a cleared field is removed.
    QJsonObject edited() const;
    // Shows the editable members of values as if typed: those that differ from the record
    // loaded are marked changed.
    void setValues(const QJsonObject &values);
    // MergePatch::diff(original(), edited()).
    QJsonObject patch() const;
    bool hasChanges() const { return !changedPaths().isEmpty(); }
    // The editable members whose field differs from the record loaded, in form order.
    QStringList changedPaths() const;
    bool isFieldChanged(const QString &path) const;

    // Every editable member as a path ("Address/City"), in form order.
    QStringList fieldPaths() const { return m_order; }
    QString fieldLabel(const QString &path) const;
    // The input of a member; its objectName and accessibleName are the path and the label.
    QWidget *fieldWidget(const QString &path) const;
    // What the field holds as JSON; Undefined when it is empty.
    QJsonValue fieldValue(const QString &path) const;
    void setFieldValue(const QString &path, const QJsonValue &value);

    // Errors by path, by AgentSchema: on create every field is checked, on edit only the changed
    // ones (what the server already holds is its business).
    QMap<QString, QString> validationErrors() const;
    // Shows the errors beside the fields (and keeps them current while the user types);
    // true when there are none.
    bool validate();
    QString shownError(const QString &path) const;

    // Fills the office and manager pickers, reading the lists first if needed.
    void loadPickers();

Q_SIGNALS:
    void changed();
    void pickersLoaded();
    void pickerLoadFailed(const signtraker::ApiError &error);

private:
    struct Field
    {
        const AgentSchema::Member *member = nullptr;
        QWidget *input = nullptr;
        QLabel *labelWidget = nullptr;
        QLabel *error = nullptr;
        QJsonValue loaded; // what the field showed right after the record was loaded
    };

    void build();
    QGroupBox *addGroup(AgentSchema::Group group);
    QGroupBox *addStatusGroup();
    QWidget *makeInput(const AgentSchema::Member &member);
    void addField(QLayout *form, const AgentSchema::Member &member);
    void onFieldEdited();
    void refreshMarks();
    void refreshErrors();
    void fillReadOnly();
    QJsonValue valueOf(const Field &field) const;
    void show(Field &field, const QJsonValue &value);
    bool isChanged(const Field &field) const;
    QString errorFor(const Field &field) const;
    void applyLists();
    void onListsDone(const ApiError *error);

    QPointer<ReferenceLists> m_lists;
    Mode m_mode;
    QJsonObject m_original;
    QHash<QString, Field> m_fields;
    QStringList m_order;
    QHash<QString, QLabel *> m_readOnly;
    QGroupBox *m_managerGroup = nullptr;
    QGroupBox *m_statusGroup = nullptr;
    bool m_waitingForLists = false;
    bool m_loading = false;
    bool m_showErrors = false;
};

} // namespace signtraker::ui
