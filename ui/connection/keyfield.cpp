// SPDX-License-Identifier: Apache-2.0
#include "keyfield.h"

#include "icons.h"

#include <QAction>

namespace signtraker::ui {

KeyField::KeyField(QWidget *parent)
    : QLineEdit(parent)
    , m_reveal(new QAction(this))
{
    setEchoMode(QLineEdit::Password);
    // Not offered to input methods and predictive keyboards, which may remember what is typed.
    setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    m_reveal->setCheckable(true);
    m_reveal->setObjectName(QStringLiteral("revealKey"));
    addAction(m_reveal, QLineEdit::TrailingPosition);
    connect(m_reveal, &QAction::toggled, this, &KeyField::updateReveal);
    updateReveal();
}

bool KeyField::isRevealed() const
{
    return m_reveal->isChecked();
}

void KeyField::setRevealed(bool revealed)
{
    m_reveal->setChecked(revealed);
}

void KeyField::updateReveal()
{
    const bool revealed = m_reveal->isChecked();
    setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_reveal->setText(revealed ? tr("Hide the key") : tr("Show the key"));
    m_reveal->setToolTip(m_reveal->text());
    m_reveal->setIcon(Icons::fromTheme(revealed ? QStringLiteral("view-hidden")
                                                : QStringLiteral("view-visible")));
}

} // namespace signtraker::ui
