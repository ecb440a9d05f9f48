// SPDX-License-Identifier: Apache-2.0
#include "agentfilterbar.h"

#include "filterchipbar.h"
#include "icons.h"
#include "plaintext.h"
#include "referencelists.h"
#include "signtrakerclient.h"
#include "statuscolors.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QTimer>
#include <QVBoxLayout>

namespace signtraker::ui {

namespace {
// The name without its count, for the chip and the query.
constexpr int NameRole = Qt::UserRole + 1;
} // namespace

AgentFilterBar::AgentFilterBar(QWidget *parent)
    : QWidget(parent)
{
    build();
}

void AgentFilterBar::build()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setPlaceholderText(tr("Name, e-mail, phone, office or Id"));
    m_search->setToolTip(tr("Each word must be found in a name, e-mail, user name, phone or "
                            "office; a \"quoted phrase\" counts as one word. Digits alone find an "
                            "Id, a whole e-mail address that agent."));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(u'x') * 30);
    m_search->addAction(Icons::fromTheme(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    // Restarted by every key: one request per pause, not per key.
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchPauseMs);
    connect(m_search, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && !m_syncing) // the clear button does not emit textEdited
            m_searchTimer->start();
    });
    connect(m_searchTimer, &QTimer::timeout, this, &AgentFilterBar::onSearchPaused);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        onSearchPaused();
    });

    m_office = new QComboBox(this);
    m_office->setObjectName(QStringLiteral("officeCombo"));
    m_office->setAccessibleName(tr("Office"));
    m_office->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_office->setMinimumContentsLength(20);
    m_office->addItem(tr("All offices"));

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("All"), int(AgentQuery::Status::All));
    m_status->addItem(tr("Active"), int(AgentQuery::Status::Active));
    m_status->addItem(tr("Inactive"), int(AgentQuery::Status::Inactive));

    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_role->setAccessibleName(tr("Role"));
    m_role->addItem(tr("All"), int(AgentQuery::Role::All));
    m_role->addItem(tr("Managers"), int(AgentQuery::Role::Managers));
    m_role->addItem(tr("Agents"), int(AgentQuery::Role::Agents));

    m_paymentMode = new QComboBox(this);
    m_paymentMode->setObjectName(QStringLiteral("paymentModeCombo"));
    m_paymentMode->setAccessibleName(tr("Payment mode"));
    m_paymentMode->addItem(tr("All"), QString());
    for (const QString &mode : AgentQuery::paymentModes())
        m_paymentMode->addItem(mode, mode);

    m_advanced = new QLineEdit(this);
    m_advanced->setObjectName(QStringLiteral("advancedFilterEdit"));
    m_advanced->setAccessibleName(tr("Advanced filter"));
    m_advanced->setPlaceholderText(tr("OData $filter, e.g. startswith(LastName,'Mc')"));
    m_advanced->setClearButtonEnabled(true);
    m_advancedError = new QLabel(this);
    m_advancedError->setObjectName(QStringLiteral("advancedFilterError"));
    m_advancedError->setWordWrap(true);
    m_advancedError->setTextFormat(Qt::PlainText);
    m_advancedError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    StatusColors::setText(m_advancedError, StatusColors::Status::Error);
    m_advancedError->setVisible(false);

    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    // Row 1: the search and the advanced filter; row 2: the pick-lists; row 3: the service's
    // answer to a bad advanced filter.
    auto *filters = new QGridLayout;
    filters->setHorizontalSpacing(6);
    filters->addWidget(label(tr("&Search:"), m_search), 0, 0);
    filters->addWidget(m_search, 0, 1);
    filters->addWidget(label(tr("A&dvanced filter:"), m_advanced), 0, 2);
    filters->addWidget(m_advanced, 0, 3);
    auto *pickers = new QHBoxLayout;
    pickers->setSpacing(6);
    pickers->addWidget(m_office, 1);
    pickers->addSpacing(6);
    pickers->addWidget(label(tr("S&tatus:"), m_status));
    pickers->addWidget(m_status);
    pickers->addSpacing(6);
    pickers->addWidget(label(tr("R&ole:"), m_role));
    pickers->addWidget(m_role);
    pickers->addSpacing(6);
    pickers->addWidget(label(tr("Pa&yment mode:"), m_paymentMode));
    pickers->addWidget(m_paymentMode);
    pickers->addStretch(2);
    filters->addWidget(label(tr("O&ffice:"), m_office), 1, 0);
    filters->addLayout(pickers, 1, 1, 1, 3);
    filters->addWidget(m_advancedError, 2, 3);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 1);

    for (QComboBox *combo : {m_office, m_status, m_role, m_paymentMode})
        connect(combo, &QComboBox::activated, this, &AgentFilterBar::onPickerChosen);
    connect(m_advanced, &QLineEdit::returnPressed, this, [this] {
        AgentQuery q = m_query;
        q.searchText = m_search->text();
        q.advancedFilter = m_advanced->text().trimmed();
        edit(q);
    });

    m_chips = new FilterChipBar(this);
    connect(m_chips, &FilterChipBar::removeRequested, this,
            [this](FilterChipBar::Chip chip) { edit(FilterChipBar::removed(m_query, chip)); });
    connect(m_chips, &FilterChipBar::clearAllRequested, this,
            [this] { edit(m_query.withoutFilters()); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(filters);
    layout->addWidget(m_chips);
}

void AgentFilterBar::edit(AgentQuery query)
{
    query.pageIndex = 0;
    m_searchTimer->stop();
    Q_EMIT queryEdited(query);
}

void AgentFilterBar::onPickerChosen()
{
    if (m_syncing)
        return;
    AgentQuery q = m_query;
    // The search box may hold text not applied yet: what the user sees is what is sent.
    q.searchText = m_search->text();
    const QVariant office = m_office->currentData();
    if (office.isValid()) {
        q.officeId = office.toLongLong();
        q.officeName = m_office->currentData(NameRole).toString();
    } else {
        q.officeId.reset();
        q.officeName.clear();
    }
    q.status = AgentQuery::Status(m_status->currentData().toInt());
    q.role = AgentQuery::Role(m_role->currentData().toInt());
    q.paymentMode = m_paymentMode->currentData().toString();
    edit(q);
}

void AgentFilterBar::onSearchPaused()
{
    if (m_query.searchText == m_search->text())
        return;
    AgentQuery q = m_query;
    q.searchText = m_search->text();
    edit(q);
}

void AgentFilterBar::cancelPendingSearch()
{
    m_searchTimer->stop();
}

void AgentFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void AgentFilterBar::showQuery(const AgentQuery &q)
{
    const QScopedValueRollback<bool> syncing(m_syncing, true);
    m_query = q;
    if (m_search->text() != q.searchText)
        m_search->setText(q.searchText);
    selectOffice(q);
    m_status->setCurrentIndex(m_status->findData(int(q.status)));
    m_role->setCurrentIndex(m_role->findData(int(q.role)));
    m_paymentMode->setCurrentIndex(std::max(0, m_paymentMode->findData(q.paymentMode)));
    if (m_advanced->text() != q.advancedFilter)
        m_advanced->setText(q.advancedFilter);
    m_chips->setQuery(q);
}

void AgentFilterBar::selectOffice(const AgentQuery &q)
{
    int officeIndex = 0;
    if (q.officeId) {
        officeIndex = m_office->findData(QVariant::fromValue(*q.officeId));
        if (officeIndex < 0) {
            const QString name =
                q.officeName.isEmpty() ? tr("Office %1").arg(*q.officeId) : q.officeName;
            m_office->addItem(name, QVariant::fromValue(*q.officeId));
            officeIndex = m_office->count() - 1;
            m_office->setItemData(officeIndex, name, NameRole);
        }
    }
    m_office->setCurrentIndex(officeIndex);
}

void AgentFilterBar::showFilterError(const QString &message)
{
    m_advancedError->setText(message);
    m_advancedError->setToolTip(message.isEmpty() ? QString() : PlainText::toolTip(message));
    m_advancedError->setVisible(!message.isEmpty());
}

QString AgentFilterBar::filterError() const
{
    return m_advancedError->text();
}

void AgentFilterBar::setClient(SignTrakerClient *client)
{
    if (m_lists)
        m_lists->disconnect(this);
    m_client = client;
    m_lists = client ? ReferenceLists::of(client) : nullptr;
    const QSignalBlocker blocker(m_office);
    m_office->clear();
    m_office->addItem(tr("All offices"));
    if (!m_lists)
        return;
    connect(m_lists, &ReferenceLists::changed, this, &AgentFilterBar::showOffices);
    connect(m_lists, &ReferenceLists::failed, this, [this](const ApiError &error) {
        m_office->setToolTip(
            PlainText::toolTip(tr("The offices could not be loaded: %1").arg(error.userMessage())));
    });
    // Another part of the window (an edit dialog) may have read the lists already.
    if (m_lists->state() == ReferenceLists::State::Ready)
        showOffices();
}

bool AgentFilterBar::hasOffices() const
{
    return m_office->count() > 1;
}

// The connection's shared lists: read once for this bar and every edit form; a failed reading
// is tried again.
void AgentFilterBar::loadOffices()
{
    if (m_lists)
        m_lists->ensureLoaded();
}

void AgentFilterBar::showOffices()
{
    m_office->setToolTip({});
    const QScopedValueRollback<bool> syncing(m_syncing, true);
    m_office->clear();
    m_office->addItem(tr("All offices"));
    for (const ReferenceLists::Entry &office : m_lists->offices()) {
        m_office->addItem(office.name.isEmpty() ? tr("Office %1").arg(office.id) : office.name,
                          QVariant::fromValue(office.id));
        m_office->setItemData(m_office->count() - 1, m_office->itemText(m_office->count() - 1),
                              NameRole);
    }
    // Only the office picker: the offices may arrive while the user types a search, which a
    // full showQuery() would put back to the query's text.
    selectOffice(m_query);
    showCounts();
}

void AgentFilterBar::setCounts(const QHash<qint64, qint64> &byOffice,
                               const QHash<bool, qint64> &byInactive)
{
    m_officeCounts = byOffice;
    m_inactiveCounts = byInactive;
    showCounts();
}

QString AgentFilterBar::counted(const QString &name, std::optional<qint64> count) const
{
    if (!count)
        return name;
    return tr("%1 (%2)").arg(name, locale().toString(*count));
}

void AgentFilterBar::showCounts()
{
    const bool known = !m_inactiveCounts.isEmpty();
    for (int i = 1; i < m_office->count(); ++i) {
        const qint64 id = m_office->itemData(i).toLongLong();
        m_office->setItemText(
            i, counted(m_office->itemData(i, NameRole).toString(),
                       known ? std::optional(m_officeCounts.value(id)) : std::nullopt));
    }
    const qint64 active = m_inactiveCounts.value(false);
    const qint64 inactive = m_inactiveCounts.value(true);
    auto count = [known](qint64 n) { return known ? std::optional(n) : std::nullopt; };
    m_status->setItemText(0, counted(tr("All"), count(active + inactive)));
    m_status->setItemText(1, counted(tr("Active"), count(active)));
    m_status->setItemText(2, counted(tr("Inactive"), count(inactive)));
}

} // namespace signtraker::ui
