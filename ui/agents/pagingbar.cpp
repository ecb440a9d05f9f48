// SPDX-License-Identifier: Apache-2.0
#include "pagingbar.h"

#include "agentquery.h"
#include "agentscontroller.h"
#include "agentslocalsource.h"
#include "agentstablemodel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QToolButton>

namespace signtraker::ui {

namespace {
const QString PageSizeKey = QStringLiteral("agents/pageSize");
} // namespace

PagingBar::PagingBar(AgentsController *controller, QAction *first, QAction *previous, QAction *next,
                     QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_first(first)
    , m_previous(previous)
    , m_next(next)
    , m_settings(settings)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QAction *action : {first, previous, next}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        layout->addWidget(button);
    }
    m_rowsLabel = new QLabel(this);
    m_rowsLabel->setObjectName(QStringLiteral("rowsLabel"));
    m_rowsLabel->setTextFormat(Qt::PlainText);
    m_pageSize = new QComboBox(this);
    m_pageSize->setObjectName(QStringLiteral("pageSizeCombo"));
    m_pageSize->setAccessibleName(tr("Page size"));
    for (int size : AgentQuery::pageSizes())
        m_pageSize->addItem(QString::number(size), size);
    const int kept = m_settings
                         ? m_settings->value(PageSizeKey, AgentQuery::DefaultPageSize).toInt()
                         : AgentQuery::DefaultPageSize;
    const int index = int(AgentQuery::pageSizes().indexOf(kept));
    m_pageSize->setCurrentIndex(
        index >= 0 ? index : int(AgentQuery::pageSizes().indexOf(AgentQuery::DefaultPageSize)));
    connect(m_pageSize, &QComboBox::activated, this, [this] {
        if (m_settings)
            m_settings->setValue(PageSizeKey, pageSize());
        Q_EMIT pageSizeChosen(pageSize());
    });
    auto *sizeLabel = new QLabel(tr("Pa&ge size:"), this);
    sizeLabel->setBuddy(m_pageSize);
    layout->addSpacing(8);
    layout->addWidget(m_rowsLabel);
    layout->addStretch(1);
    layout->addWidget(sizeLabel);
    layout->addWidget(m_pageSize);

    connect(controller, &AgentsController::busyChanged, this, &PagingBar::updateControls);
    connect(controller, &AgentsController::totalChanged, this, &PagingBar::updateControls);
    connect(controller, &AgentsController::pageLoaded, this, &PagingBar::updateControls);
    connect(controller, &AgentsController::loadFailed, this, &PagingBar::updateControls);
    connect(controller, &AgentsController::sourceChanged, this, &PagingBar::updateControls);
}

int PagingBar::pageSize() const
{
    return m_pageSize->currentData().toInt();
}

void PagingBar::showQuery(const AgentQuery &query)
{
    if (const int index = m_pageSize->findData(query.pageSize); index >= 0)
        m_pageSize->setCurrentIndex(index);
}

QString PagingBar::rowsText() const
{
    return m_rowsLabel->text();
}

void PagingBar::updateControls()
{
    const Page &page = m_controller->page();
    const int rows = m_controller->model()->rowCount();
    const auto total = m_controller->knownTotal();
    QString text;
    if (rows == 0) {
        text = page.index > 0 ? tr("No rows on this page") : tr("No rows");
    } else {
        const int first = page.firstRow();
        const int last = first + rows - 1;
        if (total && m_controller->isShowingLocal() && m_controller->localSource())
            text = tr("Rows %1-%2 of %3, local copy %4 old")
                       .arg(locale().toString(first), locale().toString(last),
                            locale().toString(*total), m_controller->localSource()->ageText());
        else if (total)
            text = tr("Rows %1-%2 of %3").arg(first).arg(last).arg(*total);
        else if (page.hasNext)
            text = tr("Rows %1-%2 of more than %3").arg(first).arg(last).arg(last);
        else
            text = tr("Rows %1-%2 of %3").arg(first).arg(last).arg(last);
    }
    m_rowsLabel->setText(text);
    const bool notFirst = m_controller->query().pageIndex > 0;
    m_first->setEnabled(notFirst);
    m_previous->setEnabled(notFirst);
    m_next->setEnabled(page.hasNext && !m_controller->isBusy());
}

} // namespace signtraker::ui
