// SPDX-License-Identifier: Apache-2.0
#include "qualitydock.h"

#include "localcopy.h"

#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

namespace signtraker::ui {

namespace {
constexpr int KindRole = Qt::UserRole;
constexpr int FindingRole = Qt::UserRole + 1; // index in m_findings; -1 on a kind's row

QList<qint64> idsOf(const QList<const QualityFinding *> &findings)
{
    QList<qint64> ids;
    QSet<qint64> seen;
    for (const QualityFinding *finding : findings) {
        for (qint64 id : finding->ids) {
            if (!seen.contains(id)) {
                seen.insert(id);
                ids.append(id);
            }
        }
    }
    return ids;
}
} // namespace

QualityDock::QualityDock(QWidget *parent)
    : QDockWidget(tr("Data Quality"), parent)
    , m_status(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_fix(new QPushButton(tr("Apply &Suggested Fix"), this))
{
    setObjectName(QStringLiteral("qualityDock"));
    m_status->setObjectName(QStringLiteral("qualityStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_tree->setObjectName(QStringLiteral("qualityTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Finding"), tr("Agents")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setWordWrap(true);
    m_tree->setAccessibleName(tr("Data quality findings"));
    m_fix->setObjectName(QStringLiteral("qualityFixButton"));
    m_fix->setEnabled(false);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { onCurrentChanged(item); });
    connect(m_fix, &QPushButton::clicked, this, [this] {
        if (const QualityFinding *finding = findingOf(m_tree->currentItem()))
            Q_EMIT fixRequested(*finding);
    });

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_status);
    layout->addWidget(m_tree, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_fix);
    layout->addLayout(buttons);
    setWidget(content);
    setCopyPath({});
}

void QualityDock::setCopyPath(const QString &path)
{
    if (path == m_path && !path.isEmpty()) {
        recheck(); // the same copy refreshed: the list stays, with the choice, until the new one
        return;
    }
    m_path = path;
    ++m_generation; // a report of the previous copy is not this one's
    showFindings({});
    m_status->setText(path.isEmpty() ? tr("There is no local copy: choose View > Local Copy > "
                                          "Refresh Local Copy to make one, then the inbox "
                                          "lists what to fix.")
                                     : QString());
    if (!path.isEmpty())
        recheck();
}

void QualityDock::recheck()
{
    if (m_path.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    const QString path = m_path;
    auto result = std::make_shared<QList<QualityFinding>>();
    // The worker has its own connection to the copy (SQLite connections are per thread).
    QThread *worker = QThread::create([path, result] {
        LocalCopy copy(path);
        if (copy.exists())
            *result = QualityReport::check(copy.allAgents(), copy.offices());
    });
    ++m_running;
    m_status->setText(tr("Checking the local copy…"));
    QPointer<QualityDock> self(this);
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [self, generation, result] {
        if (!self)
            return;
        --self->m_running;
        if (generation != self->m_generation)
            return;
        self->showFindings(*result);
        Q_EMIT self->checked();
    });
    worker->start(QThread::LowPriority);
}

void QualityDock::showFindings(const QList<QualityFinding> &findings)
{
    const QTreeWidgetItem *current = m_tree->currentItem();
    const QString currentKind = current ? current->data(0, KindRole).toString() : QString();
    const QString currentDetail = current && current->parent() ? current->text(0) : QString();
    m_findings = findings;
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    QTreeWidgetItem *restore = nullptr;
    for (const QString &kind : QualityReport::kinds()) {
        QList<const QualityFinding *> ofKind;
        QList<int> indexes;
        for (int i = 0; i < m_findings.size(); ++i) {
            if (m_findings.at(i).kind == kind) {
                ofKind.append(&m_findings.at(i));
                indexes.append(i);
            }
        }
        if (ofKind.isEmpty())
            continue;
        auto *kindItem = new QTreeWidgetItem(m_tree);
        kindItem->setText(0, QualityReport::sentence(kind));
        kindItem->setToolTip(0, kindItem->text(0));
        kindItem->setText(1, locale().toString(idsOf(ofKind).size()));
        kindItem->setData(0, KindRole, kind);
        kindItem->setData(0, FindingRole, -1);
        kindItem->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        if (kind == currentKind && currentDetail.isEmpty())
            restore = kindItem;
        for (int index : std::as_const(indexes)) {
            const QualityFinding &finding = m_findings.at(index);
            auto *item = new QTreeWidgetItem(kindItem);
            item->setText(0, finding.detail);
            item->setToolTip(0, finding.detail);
            item->setText(1, locale().toString(finding.ids.size()));
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            item->setData(0, KindRole, kind);
            item->setData(0, FindingRole, index);
            if (kind == currentKind && finding.detail == currentDetail)
                restore = item;
        }
    }
    if (!m_path.isEmpty())
        m_status->setText(m_findings.isEmpty()
                              ? tr("No findings: the local copy passes every check.")
                              : tr("%n findings. Choose one to show its agents in the table.",
                                   nullptr, int(m_findings.size())));
    if (restore) {
        if (restore->parent())
            restore->parent()->setExpanded(true);
        m_tree->setCurrentItem(restore);
    }
    m_fix->setEnabled(findingOf(restore) && !findingOf(restore)->fix.isEmpty());
}

const QualityFinding *QualityDock::findingOf(const QTreeWidgetItem *item) const
{
    if (!item)
        return nullptr;
    const int index = item->data(0, FindingRole).toInt();
    return index >= 0 && index < m_findings.size() ? &m_findings.at(index) : nullptr;
}

void QualityDock::onCurrentChanged(QTreeWidgetItem *item)
{
    const QualityFinding *finding = findingOf(item);
    m_fix->setEnabled(finding && !finding->fix.isEmpty());
    m_fix->setToolTip(finding && !finding->fix.isEmpty()
                          ? tr("Sends the fix to the service, checked against changes made "
                               "there since the local copy was read.")
                          : QString());
    if (!item)
        return;
    const QString kind = item->data(0, KindRole).toString();
    QList<const QualityFinding *> chosen;
    if (finding) {
        chosen.append(finding);
    } else {
        for (const QualityFinding &f : std::as_const(m_findings)) {
            if (f.kind == kind)
                chosen.append(&f);
        }
    }
    Q_EMIT agentsChosen(idsOf(chosen), tr("Data quality: %1").arg(kind));
}

bool QualityDock::chooseKind(const QString &kind)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->data(0, KindRole).toString() == kind) {
            m_tree->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

} // namespace signtraker::ui
