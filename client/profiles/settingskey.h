// SPDX-License-Identifier: Apache-2.0
// One settings key: its path in the settings file and the value it has when the file has none.
#pragma once

#include <QString>
#include <QVariant>

namespace signtraker {

struct SettingsKey
{
    QString path;
    QVariant defaultValue; // invalid: no default, the key is optional
};

} // namespace signtraker
