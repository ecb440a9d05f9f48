#include "agentform.h"

#include "referencepicker.h"
#include "statuscolors.h"

#include "agent.h"
#include "celltext.h"
#include "mergepatch.h"
#include "pager.h"
#include "signtrakerclient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

namespace signtraker::ui {

namespace {

bool isEmail(const QString &text)
{
    // What the service accepts is not documented; this is the common shape local@host.tld.
    static const QRegularExpression pattern(
        QStringLiteral(R"(^[^@\s;,<>()\[\]"]+@[^@\s;,<>()\[\]"]+\.[^@\s;,<>()\[\]".]+$)"));
    return pattern.match(text).hasMatch();
}

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

// How a manager reference is named: the sim and the service name people "First Last".
QString managerName(const Agent &manager)
{
    const QString name =
        QStringList{manager.firstName(), manager.lastName()}.join(QLatin1Char(' ')).trimmed();
    return name.isEmpty() ? manager.displayName() : name;
}

} // namespace

AgentForm::AgentForm(SignTrakerClient *client, Mode mode, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_mode(mode)
{
    build();
    setRecord({});
}

AgentForm::~AgentForm()
{
    if (m_officeWalker)
        m_officeWalker->cancel();
    if (m_managerWalker)
        m_managerWalker->cancel();
}

AgentForm::Field AgentForm::makeField(const QString &path, const QString &label, Kind kind,
                                      bool required, const QStringList &choices) const
{
    Field field;
    field.path = path;
    field.label = label;
    field.kind = kind;
    field.required = required;
    field.choices = choices;
    return field;
}

void AgentForm::build()
{
    const QStringList paymentModes{QStringLiteral("Terms"), QStringLiteral("Prepay"),
                                   QStringLiteral("MonthlyCC"), QStringLiteral("ACH"),
                                   QStringLiteral("Transfer")};
    const QStringList countries{QStringLiteral("US"), QStringLiteral("CA"), QStringLiteral("AU")};
    const QStringList discountLevels{QStringLiteral("Standard"), QStringLiteral("Bronze"),
                                     QStringLiteral("Silver"), QStringLiteral("Gold")};

    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    grid->addLayout(left, 0, 0);
    grid->addLayout(right, 0, 1);

    left->addWidget(
        addGroup(tr("Identity"),
                 {makeField(QStringLiteral("UserName"), tr("User name"), Kind::Text, true),
                  makeField(QStringLiteral("Email"), tr("Email"), Kind::Email, true),
                  makeField(QStringLiteral("FirstName"), tr("First name"), Kind::Text, true),
                  makeField(QStringLiteral("LastName"), tr("Last name"), Kind::Text, true)}));
    left->addWidget(
        addGroup(tr("Contact"),
                 {makeField(QStringLiteral("CellularPhone"), tr("Cell phone"), Kind::Text, true),
                  makeField(QStringLiteral("OfficePhone"), tr("Office phone"), Kind::Text),
                  makeField(QStringLiteral("CcEmail"), tr("CC email"), Kind::EmailList)}));
    left->addWidget(addGroup(
        tr("Address"), {makeField(QStringLiteral("Address/Street"), tr("Street"), Kind::Text),
                        makeField(QStringLiteral("Address/Street2"), tr("Street 2"), Kind::Text),
                        makeField(QStringLiteral("Address/City"), tr("City"), Kind::Text),
                        makeField(QStringLiteral("Address/State"), tr("State"), Kind::State),
                        makeField(QStringLiteral("Address/Zip"), tr("Zip"), Kind::Text),
                        makeField(QStringLiteral("Address/CountryCode"), tr("Country"),
                                  Kind::Choice, false, countries)}));
    left->addWidget(
        addGroup(tr("Notes"), {makeField(QStringLiteral("Notes"), tr("Notes"), Kind::Multiline)}));
    left->addStretch();

    right->addWidget(addGroup(
        tr("Office and manager"),
        {makeField(QStringLiteral("Office"), tr("Office"), Kind::Reference, true),
         makeField(QStringLiteral("Manager"), tr("Manager"), Kind::Reference),
         makeField(QStringLiteral("DefaultPostType"), tr("Default post type"), Kind::Reference)}));
    right->addWidget(addGroup(
        tr("Billing"),
        {makeField(QStringLiteral("PaymentMode"), tr("Payment mode"), Kind::Choice, true,
                   paymentModes),
         makeField(QStringLiteral("BasicInstallPrice"), tr("Basic install price"), Kind::Number),
         makeField(QStringLiteral("EnableSubscription"), tr("Enable subscription"), Kind::Bool),
         makeField(QStringLiteral("SubscriptionPrice"), tr("Subscription price"), Kind::Number),
         makeField(QStringLiteral("BrokerId"), tr("Broker ID"), Kind::Text)}));
    right->addWidget(
        addGroup(tr("Preferences"),
                 {makeField(QStringLiteral("ReceiveMarketingEmails"),
                            tr("Receive marketing emails"), Kind::Bool),
                  makeField(QStringLiteral("TermsAccepted"), tr("Terms accepted"), Kind::Bool)}));
    m_managerGroup = addGroup(
        tr("Manager data"),
        {makeField(QStringLiteral("ManagerData/DiscountLevel"), tr("Discount level"), Kind::Choice,
                   false, discountLevels),
         makeField(QStringLiteral("ManagerData/EnableRebills"), tr("Enable rebills"), Kind::Bool),
         makeField(QStringLiteral("ManagerData/InitialRentalDuration"),
                   tr("Initial rental duration"), Kind::Integer),
         makeField(QStringLiteral("ManagerData/RebillInterval"), tr("Rebill interval"),
                   Kind::Integer),
         makeField(QStringLiteral("ManagerData/RebillWarningLeadTime"),
                   tr("Rebill warning lead time"), Kind::Integer),
         makeField(QStringLiteral("ManagerData/IsPayer"), tr("Is payer"), Kind::Bool),
         makeField(QStringLiteral("ManagerData/DisableStaffBillingEmails"),
                   tr("Disable staff billing emails"), Kind::Bool),
         makeField(QStringLiteral("ManagerData/CcStaff"), tr("CC staff"), Kind::Bool),
         makeField(QStringLiteral("ManagerData/CcDelegates"), tr("CC delegates"), Kind::Bool),
         makeField(QStringLiteral("ManagerData/IsVirtual"), tr("Is virtual"), Kind::Bool)});
    right->addWidget(m_managerGroup);

    // What the service decides: shown, never sent.
    m_statusGroup = new QGroupBox(tr("Status"));
    auto *status = new QFormLayout(m_statusGroup);
    const QList<std::pair<QString, QString>> readOnly{
        {QStringLiteral("Id"), tr("Id")},
        {QStringLiteral("EmailConfirmed"), tr("Email confirmed")},
        {QStringLiteral("InvitationSent"), tr("Invitation sent")},
        {QStringLiteral("IsLocked"), tr("Locked")},
        {QStringLiteral("IsInactive"), tr("Inactive")},
        {QStringLiteral("IsManager"), tr("Manager")}};
    for (const auto &[path, label] : readOnly) {
        auto *value = new QLabel;
        value->setTextFormat(Qt::PlainText); // the service's value as it is
        value->setObjectName(path);
        value->setAccessibleName(label);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        status->addRow(label, value);
        m_readOnly.insert(path, value);
    }
    auto *note = new QLabel(tr("The service does not allow turning an agent into a manager or "
                               "back: Manager cannot be changed here."));
    note->setWordWrap(true);
    note->setObjectName(QStringLiteral("isManagerNote"));
    status->addRow(note);
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

QGroupBox *AgentForm::addGroup(const QString &title, const QList<Field> &fields)
{
    auto *group = new QGroupBox(title);
    auto *form = new QFormLayout(group);
    for (Field field : fields) {
        QWidget *input = nullptr;
        switch (field.kind) {
        case Kind::Text:
        case Kind::Email:
        case Kind::EmailList:
        case Kind::State:
        case Kind::Number:
        case Kind::Integer: {
            auto *edit = new QLineEdit;
            connect(edit, &QLineEdit::textChanged, this, &AgentForm::onFieldEdited);
            if (field.kind == Kind::EmailList)
                edit->setPlaceholderText(tr("a@example.com; b@example.com"));
            input = edit;
            break;
        }
        case Kind::Multiline: {
            auto *edit = new QPlainTextEdit;
            edit->setTabChangesFocus(true);
            edit->setMinimumHeight(80);
            connect(edit, &QPlainTextEdit::textChanged, this, &AgentForm::onFieldEdited);
            input = edit;
            break;
        }
        case Kind::Choice: {
            auto *combo = new QComboBox;
            combo->addItem(QString());
            combo->addItems(field.choices);
            connect(combo, &QComboBox::currentIndexChanged, this, &AgentForm::onFieldEdited);
            input = combo;
            break;
        }
        case Kind::Bool: {
            auto *box = new QCheckBox;
            connect(box, &QCheckBox::toggled, this, &AgentForm::onFieldEdited);
            input = box;
            break;
        }
        case Kind::Reference: {
            auto *picker = new ReferencePicker;
            connect(picker, &QComboBox::editTextChanged, this, &AgentForm::onFieldEdited);
            connect(picker, &QComboBox::currentIndexChanged, this, &AgentForm::onFieldEdited);
            input = picker;
            break;
        }
        }
        input->setObjectName(field.path);
        input->setAccessibleName(field.label);
        field.input = input;
        field.labelWidget = new QLabel(field.label);
        field.labelWidget->setBuddy(input);
        if (field.required && m_mode == Mode::Create) {
            field.labelWidget->setText(tr("%1 *").arg(field.label));
            field.labelWidget->setToolTip(tr("Required"));
            input->setAccessibleDescription(tr("Required"));
        }
        field.error = new QLabel;
        field.error->setTextFormat(Qt::PlainText);
        field.error->setObjectName(field.path + QStringLiteral("/error"));
        field.error->setWordWrap(true);
        StatusColors::setText(field.error, StatusColors::Status::Error);
        field.error->hide();
        auto *cell = new QWidget;
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(input);
        cellLayout->addWidget(field.error);
        form->addRow(field.labelWidget, cell);
        m_order.append(field.path);
        m_fields.insert(field.path, field);
    }
    return group;
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

void AgentForm::fillReadOnly()
{
    const Agent agent(m_original);
    for (auto it = m_readOnly.constBegin(); it != m_readOnly.constEnd(); ++it) {
        const QJsonValue value = agent.value(it.key());
        it.value()->setText(value.isBool() || value.isUndefined() || value.isNull()
                                ? (value.toBool() ? tr("Yes") : tr("No"))
                                : displayText(value));
    }
}

QJsonValue AgentForm::valueOf(const Field &field) const
{
    switch (field.kind) {
    case Kind::Text: {
        const QString text = static_cast<QLineEdit *>(field.input)->text().trimmed();
        if (text.isEmpty())
            return QJsonValue::Undefined;
        // A member the service sent as a number stays a number (BrokerId's type is unknown).
        if (Agent(m_original).value(field.path).isDouble()) {
            bool ok = false;
            const qint64 whole = text.toLongLong(&ok);
            if (ok)
                return whole;
            if (const auto number = parseNumber(text))
                return *number;
        }
        return text;
    }
    case Kind::Email:
    case Kind::EmailList:
    case Kind::State: {
        const QString text = static_cast<QLineEdit *>(field.input)->text().trimmed();
        return text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
    }
    case Kind::Multiline: {
        const QString text = static_cast<QPlainTextEdit *>(field.input)->toPlainText();
        return text.trimmed().isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
    }
    case Kind::Choice: {
        const QString text = static_cast<QComboBox *>(field.input)->currentText();
        return text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
    }
    case Kind::Number:
    case Kind::Integer: {
        const QString text = static_cast<QLineEdit *>(field.input)->text().trimmed();
        if (text.isEmpty())
            return QJsonValue::Undefined;
        if (field.kind == Kind::Integer) {
            bool ok = false;
            const qint64 whole = text.toLongLong(&ok);
            if (ok)
                return whole;
            return text; // not a number: validation says so
        }
        bool ok = false;
        const qint64 whole = text.toLongLong(&ok);
        if (ok)
            return whole;
        if (const auto number = parseNumber(text))
            return *number;
        return text;
    }
    case Kind::Bool:
        return static_cast<QCheckBox *>(field.input)->isChecked();
    case Kind::Reference:
        return static_cast<ReferencePicker *>(field.input)->reference();
    }
    return QJsonValue::Undefined;
}

void AgentForm::show(Field &field, const QJsonValue &value)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    switch (field.kind) {
    case Kind::Text:
    case Kind::Email:
    case Kind::EmailList:
    case Kind::State:
    case Kind::Number:
    case Kind::Integer:
        static_cast<QLineEdit *>(field.input)->setText(numberText(value));
        break;
    case Kind::Multiline:
        static_cast<QPlainTextEdit *>(field.input)->setPlainText(value.toString());
        break;
    case Kind::Choice: {
        auto *combo = static_cast<QComboBox *>(field.input);
        const QString text = value.isString() ? value.toString() : numberText(value);
        int index = combo->findText(text, Qt::MatchExactly);
        if (index < 0) {
            // A value the service holds but this list does not name: shown, kept as it is.
            combo->addItem(text);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
        break;
    }
    case Kind::Bool:
        static_cast<QCheckBox *>(field.input)->setChecked(value.toBool());
        break;
    case Kind::Reference:
        static_cast<ReferencePicker *>(field.input)->setReference(value);
        break;
    }
    m_loading = wasLoading;
}

QJsonValue AgentForm::displayed(Field &field, const QJsonValue &value)
{
    // Show value, read it back, then put back exactly what was there.
    QVariant saved;
    switch (field.kind) {
    case Kind::Multiline:
        saved = static_cast<QPlainTextEdit *>(field.input)->toPlainText();
        break;
    case Kind::Choice:
        saved = static_cast<QComboBox *>(field.input)->currentIndex();
        break;
    case Kind::Bool:
        saved = static_cast<QCheckBox *>(field.input)->isChecked();
        break;
    case Kind::Reference:
        saved = static_cast<ReferencePicker *>(field.input)->currentText();
        break;
    default:
        saved = static_cast<QLineEdit *>(field.input)->text();
        break;
    }
    const bool wasLoading = m_loading;
    m_loading = true;
    show(field, value);
    const QJsonValue result = valueOf(field);
    switch (field.kind) {
    case Kind::Multiline:
        static_cast<QPlainTextEdit *>(field.input)->setPlainText(saved.toString());
        break;
    case Kind::Choice:
        static_cast<QComboBox *>(field.input)->setCurrentIndex(saved.toInt());
        break;
    case Kind::Bool:
        static_cast<QCheckBox *>(field.input)->setChecked(saved.toBool());
        break;
    case Kind::Reference: {
        auto *picker = static_cast<ReferencePicker *>(field.input);
        const int index = picker->findText(saved.toString(), Qt::MatchExactly);
        picker->setCurrentIndex(std::max(index, 0));
        picker->setEditText(saved.toString());
        break;
    }
    default:
        static_cast<QLineEdit *>(field.input)->setText(saved.toString());
        break;
    }
    m_loading = wasLoading;
    return result;
}

bool AgentForm::same(Kind kind, const QJsonValue &left, const QJsonValue &right)
{
    if (kind == Kind::Reference && left.isObject() && right.isObject()) {
        // Names come from different lists and may be spelt differently: the Id decides.
        return MergePatch::equivalent(left.toObject().value(QStringLiteral("Id")),
                                      right.toObject().value(QStringLiteral("Id")));
    }
    if (left.isUndefined() || right.isUndefined())
        return left.isUndefined() == right.isUndefined();
    return MergePatch::equivalent(left, right);
}

QStringList AgentForm::changedPaths() const
{
    QStringList paths;
    for (const QString &path : m_order) {
        const Field &field = m_fields[path];
        if (!same(field.kind, valueOf(field), field.loaded))
            paths.append(path);
    }
    return paths;
}

bool AgentForm::isFieldChanged(const QString &path) const
{
    const auto it = m_fields.constFind(path);
    return it != m_fields.constEnd() && !same(it->kind, valueOf(*it), it->loaded);
}

QJsonObject AgentForm::applyField(QJsonObject record, const Field &field) const
{
    const QJsonValue value = valueOf(field);
    if (field.kind == Kind::Reference && value.isObject()) {
        // Id and Name only: other members of the old reference, if any, stay the service's.
        const QJsonObject reference = value.toObject();
        if (!Agent(record).value(field.path).isObject())
            record = Agent::withValue(record, field.path, QJsonObject{});
        record = Agent::withValue(record, field.path + QStringLiteral("/Id"),
                                  reference.value(QStringLiteral("Id")));
        return Agent::withValue(record, field.path + QStringLiteral("/Name"),
                                reference.value(QStringLiteral("Name")));
    }
    return Agent::withValue(record, field.path, value);
}

QJsonObject AgentForm::edited() const
{
    QJsonObject record = m_original;
    for (const QString &path : changedPaths())
        record = applyField(record, m_fields[path]);
    return record;
}

QJsonObject AgentForm::patch() const
{
    return MergePatch::diff(m_original, edited());
}

QString AgentForm::fieldLabel(const QString &path) const
{
    return m_fields.value(path).label;
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
        const bool changed =
            m_mode == Mode::Edit && !same(field.kind, valueOf(field), field.loaded);
        QFont font = field.labelWidget->font();
        if (font.bold() == changed)
            continue;
        font.setBold(changed);
        field.labelWidget->setFont(font);
        QString text = field.label;
        if (field.required && m_mode == Mode::Create)
            text = tr("%1 *").arg(text);
        field.labelWidget->setText(changed ? tr("\u2022 %1").arg(text) : text);
        field.labelWidget->setToolTip(changed ? tr("Changed") : QString());
    }
}

QString AgentForm::errorFor(const Field &field) const
{
    const QJsonValue value = valueOf(field);
    const bool changed = !same(field.kind, value, field.loaded);
    if (m_mode == Mode::Edit && !changed)
        return {};
    if (value.isUndefined())
        return field.required ? tr("Required.") : QString();
    switch (field.kind) {
    case Kind::Email:
        return isEmail(value.toString()) ? QString() : tr("Not an email address.");
    case Kind::EmailList: {
        const QStringList parts = value.toString().split(QLatin1Char(';'));
        for (const QString &part : parts) {
            const QString address = part.trimmed();
            if (!address.isEmpty() && !isEmail(address))
                return tr("\"%1\" is not an email address.").arg(address);
        }
        return {};
    }
    case Kind::State: {
        static const QRegularExpression twoLetters(QStringLiteral("^[A-Za-z]{2}$"));
        return twoLetters.match(value.toString()).hasMatch() ? QString()
                                                             : tr("Two letters, such as TX.");
    }
    case Kind::Choice:
        return field.choices.contains(value.toString())
                   ? QString()
                   : tr("One of %1.").arg(field.choices.join(QStringLiteral(", ")));
    case Kind::Number:
        return value.isDouble() && value.toDouble() >= 0 ? QString() : tr("A number, 0 or more.");
    case Kind::Integer:
        return value.isDouble() && value.toDouble() >= 0 ? QString()
                                                         : tr("A whole number, 0 or more.");
    case Kind::Reference:
        return value.isObject() ? QString() : tr("Choose an entry from the list, or type an Id.");
    case Kind::Text:
    case Kind::Multiline:
    case Kind::Bool:
        break;
    }
    return {};
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
    if (!errors.isEmpty()) {
        for (const QString &path : std::as_const(m_order)) {
            if (errors.contains(path)) {
                m_fields[path].input->setFocus();
                break;
            }
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
        field.input->setAccessibleDescription(
            error.isEmpty()
                ? (field.required && m_mode == Mode::Create ? tr("Required") : QString())
                : error);
    }
}

QString AgentForm::shownError(const QString &path) const
{
    const auto it = m_fields.constFind(path);
    if (it == m_fields.constEnd() || it->error->isHidden())
        return {};
    return it->error->text();
}

FieldConflicts AgentForm::conflictsWith(const QJsonObject &serverRecord)
{
    FieldConflicts conflicts;
    const QJsonObject original = m_original;
    for (const QString &path : changedPaths()) {
        Field &field = m_fields[path];
        // The server's value as the form would show it, read against the server's record.
        m_original = serverRecord;
        const QJsonValue server = displayed(field, Agent(serverRecord).value(path));
        m_original = original;
        const QJsonValue yours = valueOf(field);
        if (same(field.kind, server, field.loaded) || same(field.kind, server, yours))
            continue;
        conflicts.append({path, field.label, field.loaded, server, yours, true});
    }
    return conflicts;
}

void AgentForm::rebase(const QJsonObject &serverRecord, const FieldConflicts &resolved)
{
    const QStringList userChanged = changedPaths();
    QSet<QString> takeServer;
    for (const FieldConflict &conflict : resolved) {
        if (!conflict.keepYours)
            takeServer.insert(conflict.path);
    }
    m_loading = true;
    m_original = serverRecord;
    for (const QString &path : std::as_const(m_order)) {
        Field &field = m_fields[path];
        const QJsonValue server = Agent(serverRecord).value(path);
        if (!userChanged.contains(path) || takeServer.contains(path)) {
            show(field, server);
            field.loaded = valueOf(field);
        } else {
            field.loaded = displayed(field, server);
        }
    }
    m_loading = false;
    fillReadOnly();
    refreshMarks();
    if (m_showErrors)
        refreshErrors();
    Q_EMIT changed();
}

QString AgentForm::displayText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return tr("(empty)");
    case QJsonValue::Bool:
        return value.toBool() ? tr("Yes") : tr("No");
    case QJsonValue::Double:
        return numberText(value);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.contains(QStringLiteral("Id")))
            return ReferencePicker::displayText(object.value(QStringLiteral("Id")).toInteger(),
                                                object.value(QStringLiteral("Name")).toString());
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    }
    return {};
}

void AgentForm::loadPickers()
{
    if (!m_client)
        return;
    m_pickerListsPending = 2;
    loadOffices();
    loadManagers();
}

void AgentForm::loadOffices()
{
    ListQuery query;
    query.orderBy = {QStringLiteral("Name")};
    auto *walker =
        AllPagesWalker::over(m_client, SignTrakerClient::List::Offices, query, 500, this);
    m_officeWalker = walker;
    auto options = std::make_shared<QList<ReferencePicker::Option>>();
    connect(walker, &AllPagesWalker::pageLoaded, this, [options](const QJsonArray &rows) {
        for (const QJsonValue &row : rows) {
            const QJsonObject office = row.toObject();
            options->append({office.value(QStringLiteral("Id")).toInteger(),
                             office.value(QStringLiteral("Name")).toString()});
        }
    });
    connect(walker, &AllPagesWalker::finished, this,
            [this, walker, options](const ApiError &error) {
                walker->deleteLater();
                if (error.isError()) {
                    Q_EMIT pickerLoadFailed(error);
                } else {
                    m_loading = true;
                    static_cast<ReferencePicker *>(m_fields[QStringLiteral("Office")].input)
                        ->setOptions(*options);
                    m_loading = false;
                }
                pickerListDone();
            });
    walker->start();
}

void AgentForm::loadManagers()
{
    ListQuery query;
    query.filter = QStringLiteral("IsManager eq true");
    query.select = {QStringLiteral("Id"), QStringLiteral("FirstName"), QStringLiteral("LastName"),
                    QStringLiteral("UserName"), QStringLiteral("Email")};
    query.orderBy = {QStringLiteral("LastName"), QStringLiteral("FirstName")};
    auto *walker = AllPagesWalker::over(m_client, SignTrakerClient::List::Agents, query, 500, this);
    m_managerWalker = walker;
    auto options = std::make_shared<QList<ReferencePicker::Option>>();
    connect(walker, &AllPagesWalker::pageLoaded, this, [options](const QJsonArray &rows) {
        for (const QJsonValue &row : rows) {
            const Agent manager(row.toObject());
            options->append({manager.id(), managerName(manager)});
        }
    });
    connect(walker, &AllPagesWalker::finished, this,
            [this, walker, options](const ApiError &error) {
                walker->deleteLater();
                if (error.isError()) {
                    Q_EMIT pickerLoadFailed(error);
                } else {
                    m_loading = true;
                    static_cast<ReferencePicker *>(m_fields[QStringLiteral("Manager")].input)
                        ->setOptions(*options);
                    m_loading = false;
                }
                pickerListDone();
            });
    walker->start();
}

void AgentForm::pickerListDone()
{
    if (--m_pickerListsPending == 0) {
        refreshMarks();
        Q_EMIT pickersLoaded();
    }
}

} // namespace signtraker::ui
