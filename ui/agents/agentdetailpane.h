// SPDX-License-Identifier: Apache-2.0
// The selected agent in full: every member of GET /api/agents/{id}, nested objects (Address,
// Office, ManagerData) expanded, members this application does not know included. Shows the
// page's row at once and replaces it with the full record when it arrives; a newer selection
// wins over an older answer.
#pragma once

#include "signtrakerclient.h"
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace signtraker {
class ApiCall;
class SignTrakerClient;
struct ApiResult;
} // namespace signtraker

namespace signtraker::ui {

class AgentDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit AgentDetailPane(SignTrakerClient *client, QWidget *parent = nullptr);
    ~AgentDetailPane() override;

    void setClient(SignTrakerClient *client);
    // Shows partial (the table's row) and loads the full record of its Id.
    void showAgent(const QJsonObject &partial);
    void clear();

    // The full record once loaded, else the partial one.
    QJsonObject record() const { return m_record; }
    bool isComplete() const { return m_complete; }
    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    void recordLoaded(const QJsonObject &record);

private:
    void display(const QJsonObject &record);
    void onLoaded(quint64 generation, const signtraker::ApiResult &result);
    static void addMembers(QTreeWidgetItem *parent, QTreeWidget *tree, const QJsonObject &object);

    QPointer<SignTrakerClient> m_client;
    QLabel *m_title;
    QLabel *m_status;
    QTreeWidget *m_tree;
    QPointer<ApiCall> m_call;
    QJsonObject m_record;
    quint64 m_generation = 0;
    bool m_complete = false;
};

} // namespace signtraker::ui
