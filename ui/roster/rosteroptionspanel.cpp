// SPDX-License-Identifier: Apache-2.0
#include "rosteroptionspanel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace signtraker::ui {

RosterOptionsPanel::RosterOptionsPanel(QWidget *parent)
    : QWidget(parent)
    , m_offices(new QLineEdit(this))
    , m_deactivate(
          new QCheckBox(tr("&Deactivate agents of these offices missing from the roster"), this))
    , m_reactivate(new QCheckBox(tr("Reacti&vate inactive agents listed in the roster"), this))
    , m_clearEmpty(new QCheckBox(tr("Clear &members whose cell is empty"), this))
{
    m_offices->setObjectName(QStringLiteral("rosterOffices"));
    m_offices->setAccessibleName(tr("Offices in scope"));
    m_offices->setPlaceholderText(tr("Ids or names, separated by commas; empty: the roster’s own"));
    m_deactivate->setObjectName(QStringLiteral("rosterDeactivateMissing"));
    m_deactivate->setAccessibleName(m_deactivate->text().remove(QLatin1Char('&')));
    m_reactivate->setObjectName(QStringLiteral("rosterReactivate"));
    m_reactivate->setAccessibleName(m_reactivate->text().remove(QLatin1Char('&')));
    m_clearEmpty->setObjectName(QStringLiteral("rosterClearEmpty"));
    m_clearEmpty->setAccessibleName(m_clearEmpty->text().remove(QLatin1Char('&')));
    m_clearEmpty->setToolTip(tr("Without it, an empty cell leaves the member as it is."));

    auto *label = new QLabel(tr("Offi&ces:"), this);
    label->setBuddy(m_offices);
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(label, m_offices);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_deactivate);
    layout->addWidget(m_reactivate);
    layout->addWidget(m_clearEmpty);

    connect(m_offices, &QLineEdit::textChanged, this, &RosterOptionsPanel::changed);
    for (QCheckBox *box : {m_deactivate, m_reactivate, m_clearEmpty})
        connect(box, &QCheckBox::toggled, this, &RosterOptionsPanel::changed);
}

RosterOptions RosterOptionsPanel::options() const
{
    RosterOptions options;
    // Office names may hold spaces; only the commas separate them.
    for (const QString &office : m_offices->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = office.trimmed();
        if (!trimmed.isEmpty())
            options.offices.append(trimmed);
    }
    options.deactivateMissing = m_deactivate->isChecked();
    options.reactivate = m_reactivate->isChecked();
    options.clearEmpty = m_clearEmpty->isChecked();
    return options;
}

} // namespace signtraker::ui
