// SPDX-License-Identifier: Apache-2.0
#include "bulkeditdialog.h"

#include "referencepicker.h"

#include "agent.h"
#include "agentschema.h"
#include "bulkedit.h"
#include "bulkrunner.h"
#include "referencelists.h"
#include "signtrakerclient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace signtraker::ui {

namespace {
constexpr int MaxNamedAgents = 10;
} // namespace

BulkEditDialog::BulkEditDialog(SignTrakerClient *client, BulkEdit *edit, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_edit(edit)
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    const int count = int(edit->selected().size());
    setObjectName(QStringLiteral("bulkEditDialog"));
    setWindowTitle(tr("Edit %n agents", nullptr, count));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *intro = new QLabel(tr("Tick each member to change: it is set to the same value on every "
                                "selected agent. Members left unticked are not sent."),
                             this);
    intro->setWordWrap(true);

    auto *grid = new QGridLayout;
    // Labels and allowed values are the record's, from AgentSchema: the same words as the form.
    addMember(grid, QStringLiteral("Office"), new ReferencePicker(this));
    addMember(grid, QStringLiteral("Manager"), new ReferencePicker(this));
    addMember(grid, QStringLiteral("PaymentMode"), choiceEditor(QStringLiteral("PaymentMode")));
    addMember(grid, QStringLiteral("Address/City"), new QLineEdit(this));
    auto *state = new QLineEdit(this);
    state->setMaxLength(2);
    addMember(grid, QStringLiteral("Address/State"), state);
    addMember(grid, QStringLiteral("Address/CountryCode"),
              choiceEditor(QStringLiteral("Address/CountryCode")));
    addMember(grid, QStringLiteral("EnableSubscription"), yesNoEditor());
    addMember(grid, QStringLiteral("ReceiveMarketingEmails"), yesNoEditor());
    grid->setColumnStretch(2, 1);

    m_apply = m_buttons->addButton(tr("Apply to %n agents", nullptr, count),
                                   QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("apply"));
    m_apply->setDefault(true);
    connect(m_apply, &QPushButton::clicked, this, &BulkEditDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_buttons);
    updateButtons();
}

BulkEditDialog::~BulkEditDialog() = default;

void BulkEditDialog::addMember(QGridLayout *grid, const QString &path, QWidget *editor)
{
    const QString label = AgentSchema::label(path);
    const int row = grid->rowCount();
    auto *box = new QCheckBox(label, this);
    box->setObjectName(QStringLiteral("change/%1").arg(path));
    editor->setObjectName(QStringLiteral("value/%1").arg(path));
    editor->setAccessibleName(label);
    editor->setEnabled(false);
    grid->addWidget(box, row, 0);
    grid->addWidget(editor, row, 1, 1, 2);
    connect(box, &QCheckBox::toggled, editor, &QWidget::setEnabled);
    connect(box, &QCheckBox::toggled, this, &BulkEditDialog::updateButtons);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        connect(line, &QLineEdit::textChanged, this, &BulkEditDialog::updateButtons);
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        connect(combo, &QComboBox::currentTextChanged, this, &BulkEditDialog::updateButtons);
    m_members.append({path, box, editor});
}

QWidget *BulkEditDialog::choiceEditor(const QString &path)
{
    auto *combo = new QComboBox(this);
    for (const QString &value : AgentSchema::allowedValues(path))
        combo->addItem(value, value);
    return combo;
}

QWidget *BulkEditDialog::yesNoEditor()
{
    auto *combo = new QComboBox(this);
    combo->addItem(tr("Yes"), true);
    combo->addItem(tr("No"), false);
    return combo;
}

QCheckBox *BulkEditDialog::changeBox(const QString &path) const
{
    for (const Member &member : m_members) {
        if (member.path == path)
            return member.box;
    }
    return nullptr;
}

QWidget *BulkEditDialog::editor(const QString &path) const
{
    for (const Member &member : m_members) {
        if (member.path == path)
            return member.editor;
    }
    return nullptr;
}

// The dialog grows with a message that wraps onto more lines, so nothing overlaps the fields.
void BulkEditDialog::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setHidden(text.isEmpty());
    adjustSize();
}

void BulkEditDialog::start()
{
    showStatus(tr("Reading the %n selected agents…", nullptr, int(m_edit->selected().size())));
    connect(m_edit, &BulkEdit::readFinished, this, &BulkEditDialog::onRead);
    m_edit->read();
    // Reading writes nothing, so there is nothing to ask after server errors in a row: the
    // agents not read yet are named as such, and the person can try again later.
    connect(m_edit->reader(), &BulkRunner::paused, m_edit->reader(), &BulkRunner::stop);
    loadPickers();
}

void BulkEditDialog::onRead()
{
    const BulkRunner *reader = m_edit->reader();
    QStringList unread;
    for (int index = 0; index < reader->total(); ++index) {
        if (reader->results().at(index).outcome != BulkRunner::Outcome::Done) {
            const BulkRunner::Item &item = reader->items().at(index);
            unread.append(
                tr("%1 (%2)").arg(item.label.isEmpty() ? tr("Agent") : item.label).arg(item.id));
        }
    }
    m_ready = true;
    if (unread.isEmpty()) {
        showStatus({});
    } else {
        // Named up to a few: the count says how many, and the results list names every one.
        const int count = int(unread.size());
        if (count > MaxNamedAgents) {
            unread.resize(MaxNamedAgents);
            unread.append(QStringLiteral("…"));
        }
        showStatus(tr("%n agents could not be read and will not be changed: %1", nullptr, count)
                       .arg(unread.join(QLatin1String(", "))));
    }
    const int readable = int(m_edit->baselines().size());
    m_apply->setText(readable == 1 ? tr("Apply to one agent")
                                   : tr("Apply to %n agents", nullptr, readable));
    updateButtons();
}

// The connection's shared lists (ReferenceLists): read once for every form and dialog of it.
void BulkEditDialog::loadPickers()
{
    m_lists = ReferenceLists::of(m_client);
    connect(m_lists, &ReferenceLists::changed, this, &BulkEditDialog::showPickers);
    connect(m_lists, &ReferenceLists::failed, this, [this](const ApiError &error) {
        showStatus(
            tr("The office and manager lists could not be read: %1").arg(error.userMessage()));
        Q_EMIT pickersLoaded();
    });
    if (m_lists->state() == ReferenceLists::State::Ready)
        showPickers();
    else
        m_lists->ensureLoaded();
}

void BulkEditDialog::showPickers()
{
    const auto options = [](const QList<ReferenceLists::Entry> &entries) {
        QList<ReferencePicker::Option> list;
        for (const ReferenceLists::Entry &entry : entries)
            list.append({entry.id, entry.name});
        return list;
    };
    static_cast<ReferencePicker *>(editor(QStringLiteral("Office")))
        ->setOptions(options(m_lists->offices()));
    static_cast<ReferencePicker *>(editor(QStringLiteral("Manager")))
        ->setOptions(options(m_lists->managers()));
    Q_EMIT pickersLoaded();
}

QJsonValue BulkEditDialog::valueOf(const Member &member) const
{
    if (auto *picker = qobject_cast<ReferencePicker *>(member.editor)) {
        // The reference by its Id only: the service resolves the name.
        const QJsonValue reference = picker->reference();
        if (!reference.isObject())
            return QJsonValue::Undefined;
        return QJsonObject{
            {QStringLiteral("Id"), reference.toObject().value(QStringLiteral("Id"))}};
    }
    if (auto *line = qobject_cast<QLineEdit *>(member.editor)) {
        const QString text = line->text().trimmed();
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    }
    if (auto *combo = qobject_cast<QComboBox *>(member.editor))
        return QJsonValue::fromVariant(combo->currentData());
    return QJsonValue::Undefined;
}

bool BulkEditDialog::isValid(const Member &member) const
{
    if (auto *picker = qobject_cast<ReferencePicker *>(member.editor))
        return picker->isValid() && picker->reference().isObject();
    if (member.path == QLatin1String("Address/State")) {
        const QJsonValue value = valueOf(member);
        return value.isNull() || value.toString().size() == 2;
    }
    return !valueOf(member).isUndefined();
}

QJsonObject BulkEditDialog::patch() const
{
    QJsonObject patch;
    for (const Member &member : m_members) {
        if (member.box->isChecked() && isValid(member))
            patch = Agent::withValue(patch, member.path, valueOf(member));
    }
    return patch;
}

void BulkEditDialog::updateButtons()
{
    bool anyTicked = false;
    bool allValid = true;
    for (const Member &member : std::as_const(m_members)) {
        if (!member.box->isChecked())
            continue;
        anyTicked = true;
        allValid = allValid && isValid(member);
    }
    m_apply->setEnabled(m_ready && anyTicked && allValid && !m_edit->baselines().isEmpty());
}

void BulkEditDialog::apply()
{
    if (!m_apply->isEnabled())
        return;
    BulkRunner *run = m_edit->apply(patch());
    Q_EMIT applied(run);
    accept();
}

} // namespace signtraker::ui
