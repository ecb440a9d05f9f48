// SPDX-License-Identifier: Apache-2.0
// "Edit Selected…": the same change to many agents. The dialog reads the selected agents first
// (BulkEdit::read()), lets the person tick the members to change among those that make sense
// for many agents (office, manager, payment mode, city, state, country, subscription flags) and
// give their new values, and on Apply hands the BulkEdit's writer to its owner, which shows the
// progress. It decides nothing about what is sent: the patch holds exactly the ticked members,
// and the conflict check is BulkEdit's.
#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QList>
#include <QPointer>

class QCheckBox;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QPushButton;

namespace signtraker {
class BulkEdit;
class BulkRunner;
class ReferenceLists;
class SignTrakerClient;
} // namespace signtraker

namespace signtraker::ui {

class ReferencePicker;

class BulkEditDialog : public QDialog
{
    Q_OBJECT

public:
    // Does not take ownership of edit.
    BulkEditDialog(SignTrakerClient *client, BulkEdit *edit, QWidget *parent = nullptr);
    ~BulkEditDialog() override;

    // Reads the agents and the office and manager lists.
    void start();
    // The agents were read: Apply can be pressed once a member is ticked.
    bool isReady() const { return m_ready; }
    // The merge patch of the ticked members.
    QJsonObject patch() const;

    // By member path ("Address/City", "Office"): the tick box and the editor of that member.
    QCheckBox *changeBox(const QString &path) const;
    QWidget *editor(const QString &path) const;
    QPushButton *applyButton() const { return m_apply; }
    QLabel *statusLabel() const { return m_status; }

public Q_SLOTS:
    // Starts the writer (through applied()) and closes the dialog.
    void apply();

Q_SIGNALS:
    // The writer of the patch, not started yet: the owner shows it and starts it.
    void applied(signtraker::BulkRunner *run);
    void pickersLoaded();

private:
    struct Member
    {
        QString path;
        QCheckBox *box = nullptr;
        QWidget *editor = nullptr;
    };

    void addMember(QGridLayout *grid, const QString &path, QWidget *editor);
    QWidget *choiceEditor(const QString &path);
    QWidget *yesNoEditor();
    void loadPickers();
    void showPickers();
    void showStatus(const QString &text);
    void onRead();
    void updateButtons();
    QJsonValue valueOf(const Member &member) const;
    bool isValid(const Member &member) const;

    SignTrakerClient *m_client;
    BulkEdit *m_edit;
    QList<Member> m_members;
    QPointer<ReferenceLists> m_lists;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_apply;
    bool m_ready = false;
};

} // namespace signtraker::ui
