// SPDX-License-Identifier: Apache-2.0
// The last column mapping of each profile, in the window's UI settings (column header to member
// path), so that next month's roster from the same brokerage maps itself.
#pragma once

#include <QJsonObject>
#include <QString>

class QSettings;

namespace signtraker::ui {

class RosterMappingStore
{
public:
    // settings may be null: nothing is kept.
    explicit RosterMappingStore(QSettings *settings);

    static QString keyFor(const QString &profileName);
    QJsonObject load(const QString &profileName) const;
    // False when the settings file could not be written (or was unreadable: left alone).
    bool save(const QString &profileName, const QJsonObject &columnToPath);

private:
    QSettings *m_settings;
};

} // namespace signtraker::ui
