// SPDX-License-Identifier: Apache-2.0
#include "referencepicker.h"

#include "agentschema.h"

#include <QCompleter>
#include <QLineEdit>

namespace signtraker::ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int NameRole = Qt::UserRole + 2;
} // namespace

ReferencePicker::ReferencePicker(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    addItem(QString()); // nothing chosen
    auto *completer = new QCompleter(model(), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);
}

QString ReferencePicker::displayText(qint64 id, const QString &name)
{
    return AgentSchema::referenceText(id, name);
}

int ReferencePicker::indexOfId(qint64 id) const
{
    for (int i = 1; i < count(); ++i) {
        if (itemData(i, IdRole).toLongLong() == id)
            return i;
    }
    return -1;
}

void ReferencePicker::addOption(const Option &option)
{
    addItem(displayText(option.id, option.name));
    setItemData(count() - 1, option.id, IdRole);
    setItemData(count() - 1, option.name, NameRole);
}

void ReferencePicker::setOptions(const QList<Option> &options)
{
    const QJsonValue current = reference();
    const QString typed = currentText();
    const QSignalBlocker blocker(this);
    while (count() > 1)
        removeItem(count() - 1);
    for (const Option &option : options)
        addOption(option);
    if (current.isObject()) {
        setReference(current);
    } else {
        setEditText(typed);
    }
}

int ReferencePicker::optionCount() const
{
    return count() - 1;
}

QJsonValue ReferencePicker::reference() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return QJsonValue::Undefined;
    auto referenceAt = [this](int index) {
        QJsonObject object{{QStringLiteral("Id"), itemData(index, IdRole).toLongLong()}};
        const QString name = itemData(index, NameRole).toString();
        if (!name.isEmpty())
            object.insert(QStringLiteral("Name"), name);
        return object;
    };
    const int exact = findText(text, Qt::MatchFixedString); // case-insensitive
    if (exact > 0)
        return referenceAt(exact);
    // A name alone, when exactly one entry carries it.
    int byName = -1;
    for (int i = 1; i < count(); ++i) {
        if (itemData(i, NameRole).toString().compare(text, Qt::CaseInsensitive) == 0) {
            if (byName >= 0)
                return text; // ambiguous
            byName = i;
        }
    }
    if (byName > 0)
        return referenceAt(byName);
    bool isNumber = false;
    const qint64 id = text.startsWith(QLatin1Char('#')) ? text.mid(1).toLongLong(&isNumber)
                                                        : text.toLongLong(&isNumber);
    if (isNumber && id > 0) {
        const int index = indexOfId(id);
        if (index > 0)
            return referenceAt(index);
        return QJsonObject{{QStringLiteral("Id"), id}};
    }
    return text;
}

void ReferencePicker::setReference(const QJsonValue &reference)
{
    const QJsonObject object = reference.toObject();
    if (!reference.isObject() || !object.contains(QStringLiteral("Id"))) {
        setCurrentIndex(0);
        setEditText(reference.isString() ? reference.toString() : QString());
        return;
    }
    const qint64 id = object.value(QStringLiteral("Id")).toInteger();
    int index = indexOfId(id);
    if (index < 0) {
        addOption({id, object.value(QStringLiteral("Name")).toString()});
        index = count() - 1;
    }
    setCurrentIndex(index);
    setEditText(itemText(index));
}

bool ReferencePicker::isValid() const
{
    return !reference().isString();
}

} // namespace signtraker::ui
