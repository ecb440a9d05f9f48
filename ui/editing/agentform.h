// The agent record as a form: every documented member in groups, pickers for the references,
// validation that mirrors the service's rules beside each field, and changed fields marked.
// The form keeps the record it loaded; edited() is that record with the form's values applied,
// so members this application does not know survive, and patch() is their merge-patch diff.
#pragma once

#include "fieldconflict.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QWidget>

class QLabel;
class QGroupBox;

namespace signtraker {
class SignTrakerClient;
class AllPagesWalker;
class ApiError;
} // namespace signtraker

namespace signtraker::ui {

class AgentForm : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Edit, Create };

    // client: for the office and manager pickers; may be null (the pickers then hold only the
    // record's own references).
    AgentForm(SignTrakerClient *client, Mode mode, QWidget *parent = nullptr);
    ~AgentForm() override;

    Mode mode() const { return m_mode; }

    // The record the edit starts from (in create mode, usually {}): fills every field and
    // forgets changes, marks and errors.
    void setRecord(const QJsonObject &record);
    QJsonObject original() const { return m_original; }
    // original() with the value of every changed field applied; a cleared field is removed.
    QJsonObject edited() const;
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

    // Errors by path, by the service's rules: on create every field is checked, on edit only
    // the changed ones (what the server already holds is its business).
    QMap<QString, QString> validationErrors() const;
    // Shows the errors beside the fields (and keeps them current while the user types);
    // true when there are none.
    bool validate();
    QString shownError(const QString &path) const;

    // The members the user changed that the server changed too, differently, since the record
    // was loaded.
    // Non-const: the server values are normalised by showing them in the fields for a moment.
    FieldConflicts conflictsWith(const QJsonObject &serverRecord);
    // Moves the form onto a newer server record: fields the user did not change, and the
    // conflicting fields listed with keepYours false, take the server's value; the others keep
    // what the user typed. The server record becomes original().
    void rebase(const QJsonObject &serverRecord, const FieldConflicts &resolved = {});

    // Starts loading the office and manager lists.
    void loadPickers();
    // A value as the form shows it in texts: "(empty)", "Yes", "Austin North (12)".
    static QString displayText(const QJsonValue &value);

Q_SIGNALS:
    void changed();
    void pickersLoaded();
    void pickerLoadFailed(const signtraker::ApiError &error);

private:
    enum class Kind {
        Text,
        Email,
        EmailList,
        State,
        Multiline,
        Choice,
        Number,
        Integer,
        Bool,
        Reference
    };
    struct Field
    {
        QString path;
        QString label;
        Kind kind = Kind::Text;
        QStringList choices;
        bool required = false;
        QWidget *input = nullptr;
        QLabel *labelWidget = nullptr;
        QLabel *error = nullptr;
        QJsonValue loaded; // what the field showed right after the record was loaded
    };

    void build();
    QGroupBox *addGroup(const QString &title, const QList<Field> &fields);
    Field makeField(const QString &path, const QString &label, Kind kind, bool required = false,
                    const QStringList &choices = {}) const;
    void onFieldEdited();
    void refreshMarks();
    void refreshErrors();
    void fillReadOnly();
    QJsonValue valueOf(const Field &field) const;
    void show(Field &field, const QJsonValue &value);
    // What the field would hold if it showed value: the form's own normalisation.
    QJsonValue displayed(Field &field, const QJsonValue &value);
    static bool same(Kind kind, const QJsonValue &left, const QJsonValue &right);
    QString errorFor(const Field &field) const;
    QJsonObject applyField(QJsonObject record, const Field &field) const;
    void loadOffices();
    void loadManagers();
    void pickerListDone();

    SignTrakerClient *m_client;
    Mode m_mode;
    QJsonObject m_original;
    QHash<QString, Field> m_fields;
    QStringList m_order;
    QHash<QString, QLabel *> m_readOnly;
    QGroupBox *m_managerGroup = nullptr;
    QGroupBox *m_statusGroup = nullptr;
    QPointer<AllPagesWalker> m_officeWalker;
    QPointer<AllPagesWalker> m_managerWalker;
    int m_pickerListsPending = 0;
    bool m_loading = false;
    bool m_showErrors = false;
};

} // namespace signtraker::ui
