// Asks what to export before the file name: the selected rows or every row of the query, the
// visible columns or every member.
#pragma once

#include <QDialog>

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

private:
    QRadioButton *m_selection;
    QRadioButton *m_allRows;
    QRadioButton *m_visibleColumns;
    QRadioButton *m_allMembers;
};

} // namespace signtraker::ui
