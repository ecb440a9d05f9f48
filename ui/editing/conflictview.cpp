// SPDX-License-Identifier: Apache-2.0
#include "conflictview.h"

#include "agentschema.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace signtraker::ui {

ConflictView::ConflictView(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 5, this))
{
    auto *intro = new QLabel(tr("Somebody changed these members on the server since you opened "
                                "the agent. Choose for each which value to keep. Members changed "
                                "only on the server are kept as they are."));
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("conflicts"));
    m_table->setAccessibleName(tr("Conflicting changes"));
    m_table->setHorizontalHeaderLabels(
        {tr("Member"), tr("When opened"), tr("On the server now"), tr("Yours"), tr("Keep")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *buttons = new QDialogButtonBox;
    QPushButton *save =
        buttons->addButton(tr("Save with these choices"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveResolved"));
    QPushButton *back = buttons->addButton(tr("Back to the form"), QDialogButtonBox::RejectRole);
    back->setObjectName(QStringLiteral("backToForm"));
    connect(save, &QPushButton::clicked, this, [this] { Q_EMIT resolved(conflicts()); });
    connect(back, &QPushButton::clicked, this, &ConflictView::cancelled);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
}

void ConflictView::setConflicts(const FieldConflicts &conflicts)
{
    m_conflicts = conflicts;
    m_table->setRowCount(int(conflicts.size()));
    for (int row = 0; row < conflicts.size(); ++row) {
        const FieldConflict &conflict = conflicts.at(row);
        const QStringList texts{conflict.label, AgentSchema::displayText(conflict.opened),
                                AgentSchema::displayText(conflict.server),
                                AgentSchema::displayText(conflict.yours)};
        for (int column = 0; column < texts.size(); ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            if (column == 0)
                item->setToolTip(conflict.path);
            m_table->setItem(row, column, item);
        }
        auto *choice = new QComboBox;
        choice->setAccessibleName(tr("Keep for %1").arg(conflict.label));
        choice->addItem(tr("Yours"));
        choice->addItem(tr("The server's"));
        choice->setCurrentIndex(conflict.keepYours ? 0 : 1);
        connect(choice, &QComboBox::currentIndexChanged, this,
                [this, row](int index) { m_conflicts[row].keepYours = index == 0; });
        m_table->setCellWidget(row, 4, choice);
    }
}

FieldConflicts ConflictView::conflicts() const
{
    return m_conflicts;
}

void ConflictView::setKeepYours(int row, bool keepYours)
{
    if (auto *choice = qobject_cast<QComboBox *>(m_table->cellWidget(row, 4)))
        choice->setCurrentIndex(keepYours ? 0 : 1);
}

} // namespace signtraker::ui
