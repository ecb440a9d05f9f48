// SPDX-License-Identifier: Apache-2.0
// The search box, the Office, Status, Role and Payment mode pick-lists, the advanced filter with
// the service's answer to a bad one, and the chips of the active filters. It shows a query and
// hands back an edited one (page back to the first); it never loads agents itself. The search
// waits for a pause in typing, so that a word typed is one request.
#pragma once

#include "agentquery.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace signtraker {
class ReferenceLists;
class SignTrakerClient;
} // namespace signtraker

namespace signtraker::ui {

class FilterChipBar;

class AgentFilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SearchPauseMs = 250;

    explicit AgentFilterBar(QWidget *parent = nullptr);

    // Another tenant: the office list is emptied and read again.
    void setClient(SignTrakerClient *client);
    // The office pick-list from the service (all pages, by name).
    void loadOffices();
    bool hasOffices() const;

    // The controls follow query (a page turn, a restored query, a chip removed).
    void showQuery(const AgentQuery &query);
    // Drops a search typed but not applied yet (a whole new query replaces it).
    void cancelPendingSearch();
    void focusSearch();
    // The service's answer to a bad advanced filter, next to it; empty hides it.
    void showFilterError(const QString &message);
    QString filterError() const;
    // Agents per office and per status (true: inactive) next to the names in the pick-lists
    // ("Keystone Seattle (412)"), from the local copy; empty hashes: no counts.
    void setCounts(const QHash<qint64, qint64> &byOffice, const QHash<bool, qint64> &byInactive);

Q_SIGNALS:
    // The user changed the search or a filter: query is the one to load.
    void queryEdited(const signtraker::ui::AgentQuery &query);

private:
    void build();
    void onSearchPaused();
    void onPickerChosen();
    void edit(AgentQuery query);
    void selectOffice(const AgentQuery &query);
    void showOffices();
    void showCounts();
    QString counted(const QString &name, std::optional<qint64> count) const;

    QPointer<SignTrakerClient> m_client;
    AgentQuery m_query; // the query shown
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QComboBox *m_office = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_paymentMode = nullptr;
    QLineEdit *m_advanced = nullptr;
    QLabel *m_advancedError = nullptr;
    FilterChipBar *m_chips = nullptr;
    QPointer<ReferenceLists> m_lists;
    bool m_syncing = false;
    QHash<qint64, qint64> m_officeCounts;
    QHash<bool, qint64> m_inactiveCounts;
};

} // namespace signtraker::ui
