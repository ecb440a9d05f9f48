// SPDX-License-Identifier: Apache-2.0
// The active filters of a query as a row of removable chips, with Clear all: what is filtering
// the table stays visible, and each filter goes with one click.
#pragma once

#include "agentquery.h"

#include <QWidget>

class QHBoxLayout;
class QToolButton;

namespace signtraker::ui {

class FilterChipBar : public QWidget
{
    Q_OBJECT

public:
    enum class Chip { Search, Office, Status, Role, PaymentMode, Advanced, Ids };

    explicit FilterChipBar(QWidget *parent = nullptr);

    // Rebuilds the chips; hidden when the query has no filter.
    void setQuery(const AgentQuery &query);
    QList<Chip> chips() const;
    QToolButton *chipButton(Chip chip) const;
    QToolButton *clearAllButton() const { return m_clearAll; }

    // The query without that chip's filter (page back to the first).
    static AgentQuery removed(const AgentQuery &query, Chip chip);

Q_SIGNALS:
    void removeRequested(signtraker::ui::FilterChipBar::Chip chip);
    void clearAllRequested();

private:
    QHBoxLayout *m_chipsLayout;
    QToolButton *m_clearAll;
    QList<std::pair<Chip, QToolButton *>> m_chips;
};

} // namespace signtraker::ui
