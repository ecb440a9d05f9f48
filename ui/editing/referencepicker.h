// SPDX-License-Identifier: Apache-2.0
// A searchable picker for a reference member ({"Id": n, "Name": ...}: Office, Manager,
// DefaultPostType). Typing filters the entries by any part of their name; a number that names
// no entry is taken as an Id, for lists the service has no endpoint for (post types).
#pragma once

#include <QComboBox>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

namespace signtraker::ui {

class ReferencePicker : public QComboBox
{
    Q_OBJECT

public:
    struct Option
    {
        qint64 id = 0;
        QString name;
    };

    explicit ReferencePicker(QWidget *parent = nullptr);

    // Replaces the entries; the current reference stays selected (it is kept as an entry when
    // the list does not hold it, so that loading a list never changes what the record says).
    void setOptions(const QList<Option> &options);
    int optionCount() const;

    // {"Id", "Name"} of the chosen entry; Undefined when empty; the typed text as a string when
    // it names no entry (see isValid()).
    QJsonValue reference() const;
    void setReference(const QJsonValue &reference);
    bool isValid() const;

    // "Austin North (12)": what an entry shows; the Id tells namesakes apart.
    static QString displayText(qint64 id, const QString &name);

private:
    int indexOfId(qint64 id) const;
    void addOption(const Option &option);
};

} // namespace signtraker::ui
