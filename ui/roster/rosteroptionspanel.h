// SPDX-License-Identifier: Apache-2.0
// The choices of a roster sync: the offices in scope (empty: the roster's own), whether agents
// missing from the roster are deactivated, inactive ones in it reactivated, and empty cells
// cleared. Everything off by default: a sync only adds and corrects unless asked for more.
#pragma once

#include "rosterplan.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;

namespace signtraker::ui {

class RosterOptionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RosterOptionsPanel(QWidget *parent = nullptr);

    RosterOptions options() const;

    QLineEdit *officesEdit() const { return m_offices; }
    QCheckBox *deactivateMissingBox() const { return m_deactivate; }
    QCheckBox *reactivateBox() const { return m_reactivate; }
    QCheckBox *clearEmptyBox() const { return m_clearEmpty; }

Q_SIGNALS:
    void changed();

private:
    QLineEdit *m_offices;
    QCheckBox *m_deactivate;
    QCheckBox *m_reactivate;
    QCheckBox *m_clearEmpty;
};

} // namespace signtraker::ui
