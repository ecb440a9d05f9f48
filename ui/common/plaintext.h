// SPDX-License-Identifier: Apache-2.0
// Text from the service or an agent record is shown as it is, never read as HTML: an agent
// named "<b>x</b>" appears with its angle brackets. QLabel and tooltips default to Qt::AutoText,
// which renders anything that looks like markup.
#pragma once

#include <QString>

class QLabel;

namespace signtraker::ui::PlainText {

// Sets Qt::PlainText on label and returns it, for construction in place.
QLabel *label(QLabel *label);
// A tooltip that shows text literally (tooltips have no plain-text switch of their own).
QString toolTip(const QString &text);

} // namespace signtraker::ui::PlainText
