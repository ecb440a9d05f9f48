// SPDX-License-Identifier: Apache-2.0
#include "agentform.h"

#include "referencepicker.h"
#include "statuscolors.h"

#include "agent.h"
#include "apierror.h"
#include "celltext.h"
#include "mergepatch.h"
#include "referencelists.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace signtraker::ui {

namespace {

using Kind = AgentSchema::Kind;
using Format = AgentSchema::Format;
using Group = AgentSchema::Group;

// A number as typed, in the C locale or the user's.
std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    double number = QLocale::c().toDouble(text, &ok);
    if (!ok)
        number = QLocale().toDouble(text, &ok);
    if (!ok)
        return std::nullopt;
    return number;
}

QString numberText(const QJsonValue &value)
{
    if (value.isDouble())
        return CellText::number(value);
    if (value.isString())
        return value.toString();
    return {};
}

// A typed number: whole numbers exactly, others as the user's locale or C writes them; the text
// itself when it is no number (validation says so).
QJsonValue typedNumber(const QString &text, bool wholeOnly)
{
    bool ok = false;
    const qint64 whole = text.toLongLong(&ok);
    if (ok)
        return whole;
    if (!wholeOnly) {
        if (const auto number = parseNumber(text))
            return *number;
    }
    return text;
}

bool isMultiline(const AgentSchema::Member &member)
{
    return member.format == Format::Multiline;
}

bool isLineEdit(const AgentSchema::Member &member)
{
    return !isMultiline(member) && member.kind != Kind::Enum && member.kind != Kind::Bool &&
           member.kind != Kind::Reference;
}

} // namespace

AgentForm::AgentForm(ReferenceLists *lists, Mode mode, QWidget *parent)
    : QWidget(parent)
    , m_lists(lists)
    , m_mode(mode)
{
    build();
    setRecord({});
    if (m_lists) {
        connect(m_lists, &ReferenceLists::changed, this, [this] { onListsDone(nullptr); });
        connect(m_lists, &ReferenceLists::failed, this,
                [this](const ApiError &error) { onListsDone(&error); });
        if (m_lists->state() == ReferenceLists::State::Ready)
            applyLists();
    }
}

AgentForm::~AgentForm() = default;

void AgentForm::build()
{
    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    grid->addLayout(left, 0, 0);
    grid->addLayout(right, 0, 1);

    for (Group group : {Group::Identity, Group::Contact, Group::Address, Group::Notes})
        left->addWidget(addGroup(group));
    left->addStretch();
    for (Group group : {Group::OfficeAndManager, Group::Billing, Group::Preferences})
        right->addWidget(addGroup(group));
    m_managerGroup = addGroup(Group::ManagerData);
    right->addWidget(m_managerGroup);
    m_statusGroup = addStatusGroup();
    right->addWidget(m_statusGroup);
    right->addStretch();

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

QGroupBox *AgentForm::addStatusGroup()
{
    // What the service decides: shown, never sent.
    auto *group = new QGroupBox(AgentSchema::groupTitle(Group::Status));
    auto *status = new QFormLayout(group);
    for (const AgentSchema::Member &member : AgentSchema::members()) {
        if (member.editable)
            continue;
        auto *value = new QLabel;
        value->setTextFormat(Qt::PlainText); // the service's value as it is
        value->setObjectName(member.path);
        value->setAccessibleName(member.label());
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        status->addRow(member.label(), value);
        m_readOnly.insert(member.path, value);
    }
    auto *note = new QLabel(tr("The service does not allow turning an agent into a manager or "
                               "back: Manager cannot be changed here."));
    note->setWordWrap(true);
    note->setObjectName(QStringLiteral("isManagerNote"));
    status->addRow(note);
    return group;
}

QGroupBox *AgentForm::addGroup(Group group)
{
    auto *box = new QGroupBox(AgentSchema::groupTitle(group));
    auto *form = new QFormLayout(box);
    for (const AgentSchema::Member &member : AgentSchema::members()) {
        if (member.group == group && member.editable)
            addField(form, member);
    }
    return box;
}

QWidget *AgentForm::makeInput(const AgentSchema::Member &member)
{
    if (isMultiline(member)) {
        auto *edit = new QPlainTextEdit;
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(80);
        connect(edit, &QPlainTextEdit::textChanged, this, &AgentForm::onFieldEdited);
        return edit;
    }
    switch (member.kind) {
    case Kind::Enum: {
        auto *combo = new QComboBox;
        combo->addItem(QString());
        combo->addItems(member.values);
        connect(combo, &QComboBox::currentIndexChanged, this, &AgentForm::onFieldEdited);
        return combo;
    }
    case Kind::Bool: {
        auto *box = new QCheckBox;
        connect(box, &QCheckBox::toggled, this, &AgentForm::onFieldEdited);
        return box;
    }
    case Kind::Reference: {
        auto *picker = new ReferencePicker;
        connect(picker, &QComboBox::editTextChanged, this, &AgentForm::onFieldEdited);
        connect(picker, &QComboBox::currentIndexChanged, this, &AgentForm::onFieldEdited);
        return picker;
    }
    default: {
        auto *edit = new QLineEdit;
        connect(edit, &QLineEdit::textChanged, this, &AgentForm::onFieldEdited);
        if (member.format == Format::EmailList)
            edit->setPlaceholderText(tr("a@example.com; b@example.com"));
        return edit;
    }
    }
}

void AgentForm::addField(QLayout *layout, const AgentSchema::Member &member)
{
    auto *form = static_cast<QFormLayout *>(layout);
    Field field;
    field.member = &member;
    field.input = makeInput(member);
    field.input->setObjectName(member.path);
    field.input->setAccessibleName(member.label());
    field.labelWidget = new QLabel(member.label());
    field.labelWidget->setBuddy(field.input);
    if (member.requiredOnCreate && m_mode == Mode::Create) {
        field.labelWidget->setText(tr("%1 *").arg(member.label()));
        field.labelWidget->setToolTip(tr("Required"));
        field.input->setAccessibleDescription(tr("Required"));
    }
    field.error = new QLabel;
    field.error->setTextFormat(Qt::PlainText);
    field.error->setObjectName(member.path + QStringLiteral("/error"));
    field.error->setWordWrap(true);
    StatusColors::setText(field.error, StatusColors::Status::Error);
    field.error->hide();
    auto *cell = new QWidget;
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    cellLayout->addWidget(field.input);
    cellLayout->addWidget(field.error);
    form->addRow(field.labelWidget, cell);
    m_order.append(member.path);
    m_fields.insert(member.path, field);
}

void AgentForm::setRecord(const QJsonObject &record)
{
    m_loading = true;
    m_original = record;
    m_showErrors = false;
    for (const QString &path : std::as_const(m_order)) {
        Field &field = m_fields[path];
        show(field, Agent(record).value(path));
        field.loaded = valueOf(field);
    }
    m_loading = false;
    fillReadOnly();
    m_managerGroup->setVisible(Agent(record).isManager());
    m_statusGroup->setVisible(m_mode == Mode::Edit);
    refreshMarks();
    refreshErrors();
}

void AgentForm::setValues(const QJsonObject &values)
{
    m_loading = true;
    for (const QString &path : std::as_const(m_order))
        show(m_fields[path], Agent(values).value(path));
    m_loading = false;
    refreshMarks();
    if (m_showErrors)
        refreshErrors();
    Q_EMIT changed();
}

void AgentForm::fillReadOnly()
{
    const Agent agent(m_original);
    for (auto it = m_readOnly.constBegin(); it != m_readOnly.constEnd(); ++it) {
        const QJsonValue value = agent.value(it.key());
        it.value()->setText(value.isBool() || value.isUndefined() || value.isNull()
                                ? (value.toBool() ? tr("Yes") : tr("No"))
                                : AgentSchema::displayText(value));
    }
}

QJsonValue AgentForm::valueOf(const Field &field) const
{
    const AgentSchema::Member &member = *field.member;
    if (isMultiline(member)) {
        const QString text = static_cast<QPlainTextEdit *>(field.input)->toPlainText();
        return text.trimmed().isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
    }
    switch (member.kind) {
    case Kind::Enum: {
        const QString text = static_cast<QComboBox *>(field.input)->currentText();
        return text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
    }
    case Kind::Bool:
        return static_cast<QCheckBox *>(field.input)->isChecked();
    case Kind::Reference:
        return static_cast<ReferencePicker *>(field.input)->reference();
    default:
        break;
    }
    const QString text = static_cast<QLineEdit *>(field.input)->text().trimmed();
    if (text.isEmpty())
        return QJsonValue::Undefined;
    if (member.kind == Kind::Number || member.kind == Kind::Money)
        return typedNumber(text, member.format == Format::WholeNumber);
    // A member the service sent as a number stays a number (BrokerId's type is unknown).
    if ((member.kind == Kind::Text || member.kind == Kind::Phone) &&
        Agent(m_original).value(member.path).isDouble()) {
        const QJsonValue number = typedNumber(text, false);
        if (number.isDouble())
            return number;
    }
    return text;
}

void AgentForm::show(Field &field, const QJsonValue &value)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const AgentSchema::Member &member = *field.member;
    if (isMultiline(member)) {
        static_cast<QPlainTextEdit *>(field.input)->setPlainText(value.toString());
    } else if (isLineEdit(member)) {
        static_cast<QLineEdit *>(field.input)->setText(numberText(value));
    } else if (member.kind == Kind::Enum) {
        auto *combo = static_cast<QComboBox *>(field.input);
        const QString text = value.isString() ? value.toString() : numberText(value);
        int index = combo->findText(text, Qt::MatchExactly);
        if (index < 0) {
            // A value the service holds but this list does not name: shown, kept as it is.
            combo->addItem(text);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
    } else if (member.kind == Kind::Bool) {
        static_cast<QCheckBox *>(field.input)->setChecked(value.toBool());
    } else {
        static_cast<ReferencePicker *>(field.input)->setReference(value);
    }
    m_loading = wasLoading;
}

bool AgentForm::isChanged(const Field &field) const
{
    return !AgentSchema::same(*field.member, valueOf(field), field.loaded);
}

QStringList AgentForm::changedPaths() const
{
    QStringList paths;
    for (const QString &path : m_order) {
        if (isChanged(m_fields[path]))
            paths.append(path);
    }
    return paths;
}

bool AgentForm::isFieldChanged(const QString &path) const
{
    const auto it = m_fields.constFind(path);
    return it != m_fields.constEnd() && isChanged(*it);
}

QJsonObject AgentForm::edited() const
{
    QJsonObject record = m_original;
    for (const QString &path : changedPaths()) {
        const Field &field = m_fields[path];
        record = AgentSchema::withValue(record, *field.member, valueOf(field));
    }
    return record;
}

QJsonObject AgentForm::patch() const
{
    return MergePatch::diff(m_original, edited());
}

QString AgentForm::fieldLabel(const QString &path) const
{
    const auto it = m_fields.constFind(path);
    return it == m_fields.constEnd() ? QString() : it->member->label();
}

QWidget *AgentForm::fieldWidget(const QString &path) const
{
    return m_fields.value(path).input;
}

QJsonValue AgentForm::fieldValue(const QString &path) const
{
    const auto it = m_fields.constFind(path);
    return it == m_fields.constEnd() ? QJsonValue(QJsonValue::Undefined) : valueOf(*it);
}

void AgentForm::setFieldValue(const QString &path, const QJsonValue &value)
{
    const auto it = m_fields.find(path);
    if (it == m_fields.end())
        return;
    show(*it, value);
    onFieldEdited();
}

void AgentForm::onFieldEdited()
{
    if (m_loading)
        return;
    refreshMarks();
    if (m_showErrors)
        refreshErrors();
    Q_EMIT changed();
}

void AgentForm::refreshMarks()
{
    for (const QString &path : std::as_const(m_order)) {
        Field &field = m_fields[path];
        const bool changed = m_mode == Mode::Edit && isChanged(field);
        QFont font = field.labelWidget->font();
        if (font.bold() == changed)
            continue;
        font.setBold(changed);
        field.labelWidget->setFont(font);
        QString text = field.member->label();
        if (field.member->requiredOnCreate && m_mode == Mode::Create)
            text = tr("%1 *").arg(text);
        field.labelWidget->setText(changed ? tr("\u2022 %1").arg(text) : text);
        field.labelWidget->setToolTip(changed ? tr("Changed") : QString());
    }
}

QString AgentForm::errorFor(const Field &field) const
{
    if (m_mode == Mode::Edit && !isChanged(field))
        return {};
    return AgentSchema::problem(*field.member, valueOf(field), field.member->requiredOnCreate);
}

QMap<QString, QString> AgentForm::validationErrors() const
{
    QMap<QString, QString> errors;
    for (const QString &path : m_order) {
        const QString error = errorFor(m_fields[path]);
        if (!error.isEmpty())
            errors.insert(path, error);
    }
    return errors;
}

bool AgentForm::validate()
{
    m_showErrors = true;
    refreshErrors();
    const QMap<QString, QString> errors = validationErrors();
    for (const QString &path : std::as_const(m_order)) {
        if (errors.contains(path)) {
            m_fields[path].input->setFocus();
            break;
        }
    }
    return errors.isEmpty();
}

void AgentForm::refreshErrors()
{
    for (const QString &path : std::as_const(m_order)) {
        Field &field = m_fields[path];
        const QString error = m_showErrors ? errorFor(field) : QString();
        field.error->setText(error);
        field.error->setVisible(!error.isEmpty());
        const bool required = field.member->requiredOnCreate && m_mode == Mode::Create;
        field.input->setAccessibleDescription(
            error.isEmpty() ? (required ? tr("Required") : QString()) : error);
    }
}

QString AgentForm::shownError(const QString &path) const
{
    const auto it = m_fields.constFind(path);
    if (it == m_fields.constEnd() || it->error->isHidden())
        return {};
    return it->error->text();
}

void AgentForm::loadPickers()
{
    if (!m_lists)
        return;
    if (m_lists->state() == ReferenceLists::State::Ready) {
        applyLists();
        Q_EMIT pickersLoaded();
        return;
    }
    m_waitingForLists = true;
    m_lists->ensureLoaded();
}

void AgentForm::onListsDone(const ApiError *error)
{
    applyLists();
    if (!std::exchange(m_waitingForLists, false))
        return;
    if (error)
        Q_EMIT pickerLoadFailed(*error);
    Q_EMIT pickersLoaded();
}

void AgentForm::applyLists()
{
    const auto options = [](const QList<ReferenceLists::Entry> &entries) {
        QList<ReferencePicker::Option> list;
        for (const ReferenceLists::Entry &entry : entries)
            list.append({entry.id, entry.name});
        return list;
    };
    m_loading = true;
    static_cast<ReferencePicker *>(m_fields[QStringLiteral("Office")].input)
        ->setOptions(options(m_lists->offices()));
    static_cast<ReferencePicker *>(m_fields[QStringLiteral("Manager")].input)
        ->setOptions(options(m_lists->managers()));
    m_loading = false;
    refreshMarks();
}

} // namespace signtraker::ui
