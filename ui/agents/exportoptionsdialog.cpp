// SPDX-License-Identifier: Apache-2.0
#include "exportoptionsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QRadioButton>
#include <QVBoxLayout>

namespace signtraker::ui {

ExportOptionsDialog::ExportOptionsDialog(int selectedRows, QWidget *parent)
    : QDialog(parent)
    , m_selection(new QRadioButton(tr("Selected rows (%n)", nullptr, selectedRows), this))
    , m_allRows(new QRadioButton(tr("Every row of the current query"), this))
    , m_visibleColumns(new QRadioButton(tr("Visible columns"), this))
    , m_allMembers(new QRadioButton(tr("Every member of the record"), this))
    , m_rawValues(new QCheckBox(tr("Write raw values (for other programs)"), this))
{
    setWindowTitle(tr("Export CSV"));
    setObjectName(QStringLiteral("exportOptionsDialog"));
    m_selection->setAccessibleName(m_selection->text());
    m_allRows->setAccessibleName(m_allRows->text());
    m_visibleColumns->setAccessibleName(m_visibleColumns->text());
    m_allMembers->setAccessibleName(m_allMembers->text());
    m_rawValues->setObjectName(QStringLiteral("rawValues"));
    m_rawValues->setAccessibleName(m_rawValues->text());
    m_rawValues->setToolTip(
        tr("Cells that a spreadsheet would run as a formula (starting with =, +, -, @) are "
           "written behind a single quote unless this is checked. Check it only for files that "
           "another program reads."));

    auto *rowsBox = new QGroupBox(tr("Rows"), this);
    auto *rowsLayout = new QVBoxLayout(rowsBox);
    rowsLayout->addWidget(m_selection);
    rowsLayout->addWidget(m_allRows);
    auto *columnsBox = new QGroupBox(tr("Columns"), this);
    auto *columnsLayout = new QVBoxLayout(columnsBox);
    columnsLayout->addWidget(m_visibleColumns);
    columnsLayout->addWidget(m_allMembers);

    m_selection->setEnabled(selectedRows > 0);
    (selectedRows > 1 ? m_selection : m_allRows)->setChecked(true);
    m_visibleColumns->setChecked(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(rowsBox);
    layout->addWidget(columnsBox);
    layout->addWidget(m_rawValues);
    layout->addWidget(buttons);
}

ExportOptionsDialog::Rows ExportOptionsDialog::rows() const
{
    return m_selection->isChecked() ? Rows::Selection : Rows::All;
}

ExportOptionsDialog::Columns ExportOptionsDialog::columns() const
{
    return m_allMembers->isChecked() ? Columns::AllMembers : Columns::Visible;
}

void ExportOptionsDialog::setRows(Rows rows)
{
    (rows == Rows::Selection ? m_selection : m_allRows)->setChecked(true);
}

void ExportOptionsDialog::setColumns(Columns columns)
{
    (columns == Columns::AllMembers ? m_allMembers : m_visibleColumns)->setChecked(true);
}

bool ExportOptionsDialog::rawValues() const
{
    return m_rawValues->isChecked();
}

void ExportOptionsDialog::setRawValues(bool raw)
{
    m_rawValues->setChecked(raw);
}

} // namespace signtraker::ui
