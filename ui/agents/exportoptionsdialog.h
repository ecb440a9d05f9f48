// SPDX-License-Identifier: Apache-2.0
// Asks what to export before the file name: the selected rows or every row of the query, the
// visible columns or every member, and whether cells are written raw (for other programs) or
// with formulas neutralised (for spreadsheets).
#pragma once

#include <QDialog>

class QCheckBox;
class QRadioButton;

namespace signtraker::ui {

class ExportOptionsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Rows { Selection, All };
    enum class Columns { Visible, AllMembers };

    ExportOptionsDialog(int selectedRows, QWidget *parent = nullptr);

    Rows rows() const;
    Columns columns() const;
    void setRows(Rows rows);
    void setColumns(Columns columns);
    bool rawValues() const;
    void setRawValues(bool raw);

private:
    QRadioButton *m_selection;
    QRadioButton *m_allRows;
    QRadioButton *m_visibleColumns;
    QRadioButton *m_allMembers;
    QCheckBox *m_rawValues;
};

} // namespace signtraker::ui
