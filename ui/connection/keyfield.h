// SPDX-License-Identifier: Apache-2.0
// A line edit for an API key: masked, with a reveal toggle at its end. The key stays in the
// widget only; nothing here stores or logs it.
#pragma once

#include <QLineEdit>

class QAction;

namespace signtraker::ui {

class KeyField : public QLineEdit
{
    Q_OBJECT

public:
    explicit KeyField(QWidget *parent = nullptr);

    bool isRevealed() const;
    void setRevealed(bool revealed);
    QAction *revealAction() const { return m_reveal; }

private:
    void updateReveal();

    QAction *m_reveal;
};

} // namespace signtraker::ui
