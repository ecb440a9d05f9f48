// SPDX-License-Identifier: Apache-2.0
#include "plaintext.h"

#include <QLabel>

namespace signtraker::ui::PlainText {

QLabel *label(QLabel *label)
{
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString toolTip(const QString &text)
{
    if (text.isEmpty() || !Qt::mightBeRichText(text))
        return text;
    // Rich text that shows the escaped text, line breaks and spaces kept.
    return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(text.toHtmlEscaped());
}

} // namespace signtraker::ui::PlainText
