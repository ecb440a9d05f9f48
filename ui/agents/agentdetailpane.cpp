// SPDX-License-Identifier: Apache-2.0
#include "agentdetailpane.h"

#include "agent.h"
#include "agentschema.h"
#include "celltext.h"
#include "plaintext.h"
#include "signtrakerclient.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace signtraker::ui {

AgentDetailPane::AgentDetailPane(SignTrakerClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    // The agent's name and the service's messages as they are, never read as HTML.
    m_title->setTextFormat(Qt::PlainText);
    m_status->setTextFormat(Qt::PlainText);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("detailStatus"));
    m_tree->setObjectName(QStringLiteral("detailTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Member"), tr("Value")});
    m_tree->setAccessibleName(tr("Agent details"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_tree, 1);
    clear();
}

AgentDetailPane::~AgentDetailPane()
{
    ++m_generation;
    if (m_call)
        m_call->cancel();
}

void AgentDetailPane::setClient(SignTrakerClient *client)
{
    m_client = client;
    clear();
}

void AgentDetailPane::clear()
{
    ++m_generation;
    if (ApiCall *call = m_call.data()) {
        m_call = nullptr;
        call->cancel();
    }
    m_record = {};
    m_complete = false;
    m_tree->clear();
    m_title->setText(tr("No agent selected"));
    m_status->clear();
    m_status->setVisible(false);
}

void AgentDetailPane::showAgent(const QJsonObject &partial)
{
    const qint64 id = Agent(partial).id();
    if (id != 0 && id == Agent(m_record).id() && (m_complete || m_call))
        return; // already shown or on its way
    clear();
    display(partial);
    if (!m_client || id == 0)
        return;
    m_status->setText(tr("Loading the full record…"));
    m_status->setVisible(true);
    const quint64 generation = m_generation;
    ApiCall *call = m_client->getAgent(id);
    m_call = call;
    connect(call, &ApiCall::finished, this,
            [this, generation](const ApiResult &result) { onLoaded(generation, result); });
}

void AgentDetailPane::onLoaded(quint64 generation, const ApiResult &result)
{
    if (generation != m_generation)
        return;
    m_call = nullptr;
    if (!result.ok()) {
        m_status->setText(tr("Could not load the full record: %1").arg(result.error.userMessage()));
        m_status->setVisible(true);
        return;
    }
    m_status->clear();
    m_status->setVisible(false);
    m_complete = true;
    display(result.object());
    Q_EMIT recordLoaded(m_record);
}

void AgentDetailPane::display(const QJsonObject &record)
{
    m_record = record;
    const Agent agent(record);
    QString title = agent.displayName();
    if (agent.id())
        title = tr("%1 (Id %2)").arg(title).arg(agent.id());
    if (agent.isInactive())
        title = tr("%1, inactive").arg(title);
    m_title->setText(title);
    m_tree->setUpdatesEnabled(false);
    m_tree->clear();
    addMembers(nullptr, m_tree, record);
    m_tree->expandAll();
    m_tree->setUpdatesEnabled(true);
}

void AgentDetailPane::addMembers(QTreeWidgetItem *parent, QTreeWidget *tree,
                                 const QJsonObject &object)
{
    const QString prefix = parent ? parent->data(0, Qt::UserRole).toString() + u'/' : QString();
    // The members AgentSchema describes first, in its order, the rest after them.
    QStringList keys;
    for (const AgentSchema::Member &member : AgentSchema::members()) {
        if (!member.path.startsWith(prefix))
            continue;
        const QString key = member.path.mid(prefix.size()).section(u'/', 0, 0);
        if (object.contains(key) && !keys.contains(key))
            keys.append(key);
    }
    for (const QString &key : object.keys()) {
        if (!keys.contains(key))
            keys.append(key);
    }
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue value = object.value(key);
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
        const QString path = prefix + key;
        item->setText(0, key);
        item->setData(0, Qt::UserRole, path);
        if (AgentSchema::member(path))
            item->setToolTip(0, AgentSchema::label(path));
        if (value.isObject()) {
            // Its members below it; a reference also says whom it names, as the form does.
            addMembers(item, tree, value.toObject());
            const AgentSchema::Member *member = AgentSchema::member(path);
            if (member && member->kind == AgentSchema::Kind::Reference)
                item->setText(1, AgentSchema::displayText(value));
        } else {
            item->setText(1, AgentSchema::displayText(value));
        }
        item->setToolTip(1, PlainText::toolTip(item->text(1)));
    }
}

} // namespace signtraker::ui
