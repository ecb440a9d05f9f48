// SPDX-License-Identifier: Apache-2.0
// First run, with no profile and nothing in the environment: connect to your tenant (subdomain
// or address, and the API key, tested before anything is saved) or try the demo.
#pragma once

#include "connectiontester.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace signtraker {
class KeyStore;
class ProfileStore;
} // namespace signtraker

namespace signtraker::ui {

class KeyField;

class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    WelcomeDialog(ProfileStore *profiles, KeyStore *keys, QWidget *parent = nullptr);

    QString tenantProblem() const;
    QString status() const;

public Q_SLOTS:
    // Tests the connection; on success saves the profile (the default) and its key, emits
    // profileCreated() and accepts. Otherwise says why and stays open.
    void connectToTenant();
    void chooseDemo();

Q_SIGNALS:
    void demoChosen();
    void profileCreated(const QString &name);

private:
    void updateState();
    void onTested(ConnectionTester::Result result, const QString &message);
    void onKeyWritten(const QString &profile, const QString &error);
    // The acme of "acme" or of "https://acme.example.com".
    QString profileName() const;
    bool isBaseUrl() const;

    ProfileStore *m_profiles;
    KeyStore *m_keys;
    ConnectionTester *m_tester;
    QString m_saving; // the profile whose key is being stored

    QLineEdit *m_tenant;
    QLabel *m_tenantProblem;
    KeyField *m_key;
    QLabel *m_status;
    QPushButton *m_connect;
    QPushButton *m_demo;
};

} // namespace signtraker::ui
