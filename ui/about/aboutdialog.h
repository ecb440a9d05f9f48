// SPDX-License-Identifier: Apache-2.0
#pragma once

// Help > About: the application's name, version and git revision, the Qt it runs on, its licence
// and its home page, with a button that copies the same facts for a support request.

#include <QDialog>

namespace signtraker {

class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // "0.1.0 (revision 1a2b3c4)": from the CMake project version and `git rev-parse --short HEAD`
    // at configure time.
    static QString versionText();
    // Plain text for a bug report: application, version, Qt at build and at run time, system.
    static QString supportText();
};

} // namespace signtraker
