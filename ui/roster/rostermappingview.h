// SPDX-License-Identifier: Apache-2.0
// The column mapping of a roster: one line per column of the file with its header, an example
// value and a member to map it to (a combo; "Ignored" for the columns nobody knows), and "Load
// Mapping…" for a JSON mapping file (column to member path).
#pragma once

#include "rostermapping.h"

#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace signtraker::ui {

class Dialogs;

class RosterMappingView : public QWidget
{
    Q_OBJECT

public:
    explicit RosterMappingView(Dialogs *dialogs, QWidget *parent = nullptr);

    // The columns of a file just read, an example row (may be empty) and their mapping.
    void setColumns(const QStringList &headers, const QStringList &example,
                    const RosterMapping &mapping);
    RosterMapping mapping() const { return m_mapping; }
    QStringList headers() const { return m_headers; }

    // Reads a JSON mapping file (column to member path) over the current columns.
    bool loadJson(const QString &fileName, QString *error);

    QTableWidget *table() const { return m_table; }
    QComboBox *memberBox(int column) const;
    QPushButton *loadButton() const { return m_load; }

Q_SIGNALS:
    // The person changed the mapping (a combo, or a mapping file).
    void mappingChanged();
    void loadFailed(const QString &message);

private:
    void fillTable(const QStringList &example);
    void onMemberChosen(int column);
    void updateSummary();

    Dialogs *m_dialogs;
    QTableWidget *m_table;
    QPushButton *m_load;
    QLabel *m_summary;
    QStringList m_headers;
    RosterMapping m_mapping;
};

} // namespace signtraker::ui
