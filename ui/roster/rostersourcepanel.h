// SPDX-License-Identifier: Apache-2.0
// The roster file: its name with Browse…, what was detected (encoding, separator, rows) and the
// overrides of both, each re-reading the file. A file that cannot be read is said in plain words
// through readFailed(); the panel stays usable for another file.
#pragma once

#include "rosterfile.h"

#include <QByteArray>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace signtraker::ui {

class Dialogs;

class RosterSourcePanel : public QWidget
{
    Q_OBJECT

public:
    explicit RosterSourcePanel(Dialogs *dialogs, QWidget *parent = nullptr);

    // Reads fileName with the overrides chosen; fileRead() or readFailed().
    void setFileName(const QString &fileName);
    QString fileName() const { return m_fileName; }
    bool hasFile() const { return m_loaded; }
    const RosterFile &file() const { return m_file; }
    const QByteArray &bytes() const { return m_bytes; }
    RosterFile::Options overrides() const;

    QLineEdit *fileEdit() const { return m_path; }
    QPushButton *browseButton() const { return m_browse; }
    QComboBox *encodingBox() const { return m_encoding; }
    QComboBox *separatorBox() const { return m_separator; }
    QLabel *detectionLabel() const { return m_detected; }

public Q_SLOTS:
    void browse();
    // Reads the current file again (an override changed).
    void reread();

Q_SIGNALS:
    void fileRead();
    void readFailed(const QString &message);

private:
    void showDetection();

    Dialogs *m_dialogs;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QComboBox *m_encoding;
    QComboBox *m_separator;
    QLabel *m_detected;
    QString m_fileName;
    QByteArray m_bytes;
    RosterFile m_file;
    bool m_loaded = false;
};

} // namespace signtraker::ui
