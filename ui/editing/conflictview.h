// SPDX-License-Identifier: Apache-2.0
// The members that both the user and somebody else changed since the record was opened, one
// row each (when opened / on the server now / yours), with a choice per member.
#pragma once

#include "fieldconflict.h"

#include <QWidget>

class QTableWidget;

namespace signtraker::ui {

class ConflictView : public QWidget
{
    Q_OBJECT

public:
    explicit ConflictView(QWidget *parent = nullptr);

    void setConflicts(const FieldConflicts &conflicts);
    // The conflicts with the user's choices.
    FieldConflicts conflicts() const;
    // For tests and keyboard users alike: the choice of row.
    void setKeepYours(int row, bool keepYours);

Q_SIGNALS:
    // The user chose for every member and wants the save to go on.
    void resolved(const signtraker::FieldConflicts &conflicts);
    // Back to the form without saving.
    void cancelled();

private:
    QTableWidget *m_table;
    FieldConflicts m_conflicts;
};

} // namespace signtraker::ui
