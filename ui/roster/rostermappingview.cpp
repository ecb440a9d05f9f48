// SPDX-License-Identifier: Apache-2.0
#include "rostermappingview.h"

#include "agentschema.h"
#include "dialogs.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace signtraker::ui {

namespace {

enum Column { HeaderColumn, ExampleColumn, MemberColumn };

QString pathLabel(const QString &path)
{
    const QString label = AgentSchema::label(path);
    return label == path ? path : RosterMappingView::tr("%1 (%2)").arg(label, path);
}

} // namespace

RosterMappingView::RosterMappingView(Dialogs *dialogs, QWidget *parent)
    : QWidget(parent)
    , m_dialogs(dialogs)
    , m_table(new QTableWidget(0, 3, this))
    , m_load(new QPushButton(tr("&Load Mapping…"), this))
    , m_summary(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("rosterMapping"));
    m_table->setAccessibleName(tr("Column mapping"));
    m_table->setHorizontalHeaderLabels({tr("Column"), tr("Example"), tr("Member")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(HeaderColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ExampleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(MemberColumn, QHeaderView::ResizeToContents);
    m_load->setObjectName(QStringLiteral("loadRosterMapping"));
    m_load->setAccessibleName(tr("Load a column mapping from a JSON file"));
    m_load->setEnabled(false);
    m_summary->setObjectName(QStringLiteral("rosterMappingSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_load);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_load, &QPushButton::clicked, this, [this] {
        m_dialogs->openFileName(this, tr("Load Column Mapping"), QDir::homePath(),
                                tr("Mapping files (*.json);;All files (*)"),
                                [this](const QString &fileName) {
                                    QString error;
                                    if (!fileName.isEmpty() && !loadJson(fileName, &error))
                                        Q_EMIT loadFailed(error);
                                });
    });
}

void RosterMappingView::setColumns(const QStringList &headers, const QStringList &example,
                                   const RosterMapping &mapping)
{
    m_headers = headers;
    m_mapping = mapping;
    m_load->setEnabled(!headers.isEmpty());
    fillTable(example);
}

QComboBox *RosterMappingView::memberBox(int column) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(column, MemberColumn));
}

void RosterMappingView::fillTable(const QStringList &example)
{
    m_table->setRowCount(int(m_headers.size()));
    const QStringList paths = RosterMapping::knownPaths();
    for (int column = 0; column < m_headers.size(); ++column) {
        const QString header = m_headers.at(column);
        m_table->setItem(column, HeaderColumn, new QTableWidgetItem(header));
        m_table->setItem(column, ExampleColumn,
                         new QTableWidgetItem(example.value(column).simplified()));
        auto *box = new QComboBox(m_table);
        box->setAccessibleName(tr("Member for the column %1").arg(header));
        box->addItem(tr("Ignored"), QString());
        for (const QString &path : paths)
            box->addItem(pathLabel(path), path);
        const QString path = m_mapping.pathFor(column);
        const int found = box->findData(path);
        if (found < 0 && !path.isEmpty())
            box->addItem(path, path); // a path written as in the API that the list lacks
        if (found >= 0)
            box->setCurrentIndex(found);
        else
            box->setCurrentIndex(path.isEmpty() ? 0 : box->count() - 1);
        connect(box, &QComboBox::activated, this, [this, column] { onMemberChosen(column); });
        m_table->setCellWidget(column, MemberColumn, box);
    }
    updateSummary();
}

void RosterMappingView::onMemberChosen(int column)
{
    if (QComboBox *box = memberBox(column)) {
        m_mapping.setPath(column, box->currentData().toString());
        updateSummary();
        Q_EMIT mappingChanged();
    }
}

bool RosterMappingView::loadJson(const QString &fileName, QString *error)
{
    const QString shown = QDir::toNativeSeparators(fileName);
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The mapping file %1 could not be opened: %2.").arg(shown, file.errorString());
        return false;
    }
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parse);
    if (!document.isObject()) {
        *error = tr("The mapping file %1 is not a JSON object of columns and members.").arg(shown);
        return false;
    }
    QString problem;
    const RosterMapping mapping = RosterMapping::fromJson(document.object(), m_headers, &problem);
    if (!problem.isEmpty()) {
        *error = tr("The mapping file %1 could not be used: %2").arg(shown, problem);
        return false;
    }
    QStringList example;
    for (int column = 0; column < m_headers.size(); ++column)
        example.append(m_table->item(column, ExampleColumn)
                           ? m_table->item(column, ExampleColumn)->text()
                           : QString());
    m_mapping = mapping;
    fillTable(example);
    Q_EMIT mappingChanged();
    return true;
}

void RosterMappingView::updateSummary()
{
    const QStringList ignored = [this] {
        QStringList columns;
        for (int column = 0; column < m_headers.size(); ++column)
            if (m_mapping.pathFor(column).isEmpty())
                columns.append(m_headers.at(column));
        return columns;
    }();
    if (m_headers.isEmpty())
        m_summary->clear();
    else if (ignored.isEmpty())
        m_summary->setText(tr("Every column is mapped to a member."));
    else
        m_summary->setText(tr("Ignored: %1.").arg(ignored.join(QStringLiteral(", "))));
}

} // namespace signtraker::ui
