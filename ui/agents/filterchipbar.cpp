// SPDX-License-Identifier: Apache-2.0
#include "filterchipbar.h"

#include "icons.h"
#include "plaintext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace signtraker::ui {

FilterChipBar::FilterChipBar(QWidget *parent)
    : QWidget(parent)
    , m_chipsLayout(new QHBoxLayout)
    , m_clearAll(new QToolButton(this))
{
    setObjectName(QStringLiteral("filterChips"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Filters:"), this);
    layout->addWidget(label);
    m_chipsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_chipsLayout);
    m_clearAll->setText(tr("Clear all"));
    m_clearAll->setObjectName(QStringLiteral("clearAllFilters"));
    m_clearAll->setAccessibleName(tr("Clear all"));
    m_clearAll->setIcon(Icons::fromTheme(QStringLiteral("edit-clear")));
    m_clearAll->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_clearAll->setAutoRaise(true);
    layout->addWidget(m_clearAll);
    layout->addStretch(1);
    connect(m_clearAll, &QToolButton::clicked, this, &FilterChipBar::clearAllRequested);
    setVisible(false);
}

void FilterChipBar::setQuery(const AgentQuery &query)
{
    for (const auto &[chip, button] : std::as_const(m_chips))
        delete button;
    m_chips.clear();

    auto add = [this](Chip chip, const QString &text) {
        auto *button = new QToolButton(this);
        // An office or search text as it is: '&' is not a mnemonic, markup is not rendered.
        button->setText(QString(text).replace(u'&', QLatin1String("&&")));
        button->setToolTip(PlainText::toolTip(tr("Remove the filter %1").arg(text)));
        button->setAccessibleName(tr("Remove filter %1").arg(text));
        button->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setLayoutDirection(Qt::RightToLeft); // the cross after the text
        button->setObjectName(QStringLiteral("chip%1").arg(int(chip)));
        connect(button, &QToolButton::clicked, this,
                [this, chip] { Q_EMIT removeRequested(chip); });
        m_chipsLayout->addWidget(button);
        m_chips.append({chip, button});
    };

    if (!query.searchText.trimmed().isEmpty())
        add(Chip::Search, tr("Search: %1").arg(query.searchText.trimmed()));
    if (query.officeId)
        add(Chip::Office, tr("Office: %1")
                              .arg(query.officeName.isEmpty() ? QString::number(*query.officeId)
                                                              : query.officeName));
    if (query.status != AgentQuery::Status::All)
        add(Chip::Status, query.status == AgentQuery::Status::Active ? tr("Status: active")
                                                                     : tr("Status: inactive"));
    if (query.role != AgentQuery::Role::All)
        add(Chip::Role,
            query.role == AgentQuery::Role::Managers ? tr("Role: managers") : tr("Role: agents"));
    if (!query.paymentMode.isEmpty())
        add(Chip::PaymentMode, tr("Payment: %1").arg(query.paymentMode));
    if (!query.advancedFilter.trimmed().isEmpty()) {
        QString text = query.advancedFilter.trimmed();
        if (text.size() > 40)
            text = text.left(39) + QChar(0x2026);
        add(Chip::Advanced, tr("Filter: %1").arg(text));
    }
    if (!query.ids.isEmpty())
        add(Chip::Ids, query.idsLabel.isEmpty()
                           ? tr("Only %n chosen agents", nullptr, int(query.ids.size()))
                           : query.idsLabel);
    setVisible(!m_chips.isEmpty());
}

QList<FilterChipBar::Chip> FilterChipBar::chips() const
{
    QList<Chip> result;
    for (const auto &[chip, button] : m_chips)
        result.append(chip);
    return result;
}

QToolButton *FilterChipBar::chipButton(Chip chip) const
{
    for (const auto &[c, button] : m_chips) {
        if (c == chip)
            return button;
    }
    return nullptr;
}

AgentQuery FilterChipBar::removed(const AgentQuery &query, Chip chip)
{
    AgentQuery q = query;
    switch (chip) {
    case Chip::Search:
        q.searchText.clear();
        break;
    case Chip::Office:
        q.officeId.reset();
        q.officeName.clear();
        break;
    case Chip::Status:
        q.status = AgentQuery::Status::All;
        break;
    case Chip::Role:
        q.role = AgentQuery::Role::All;
        break;
    case Chip::PaymentMode:
        q.paymentMode.clear();
        break;
    case Chip::Advanced:
        q.advancedFilter.clear();
        break;
    case Chip::Ids:
        q.ids.clear();
        q.idsLabel.clear();
        break;
    }
    q.pageIndex = 0;
    return q;
}

} // namespace signtraker::ui
