// SPDX-License-Identifier: Apache-2.0
#include "aboutdialog.h"
#include "buildinfo.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace signtraker;

class TestAboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionText_holdsProjectVersionAndRevision();
    void dialog_showsVersionQtLicenseAndLink();
    void copyButton_putsSupportTextOnClipboard();
};

void TestAboutDialog::versionText_holdsProjectVersionAndRevision()
{
    const QString text = AboutDialog::versionText();
    QVERIFY2(text.startsWith(QString::fromLatin1(buildinfo::version())), qPrintable(text));
    QVERIFY2(text.contains(QString::fromLatin1(buildinfo::revision())), qPrintable(text));
    QVERIFY(QString::fromLatin1(buildinfo::revision()) != QString());
}

void TestAboutDialog::dialog_showsVersionQtLicenseAndLink()
{
    AboutDialog dialog;
    const auto *version = dialog.findChild<QLabel *>(QStringLiteral("versionLabel"));
    QVERIFY(version);
    QVERIFY(version->text().contains(AboutDialog::versionText()));

    const auto *qt = dialog.findChild<QLabel *>(QStringLiteral("qtLabel"));
    QVERIFY(qt);
    QVERIFY(qt->text().contains(QString::fromLatin1(qVersion())));

    const auto *license = dialog.findChild<QLabel *>(QStringLiteral("licenseLabel"));
    QVERIFY(license);
    QVERIFY2(license->text().contains(QStringLiteral("Apache License, Version 2.0")),
             qPrintable(license->text()));

    const auto *link = dialog.findChild<QLabel *>(QStringLiteral("linkLabel"));
    QVERIFY(link);
    QVERIFY(link->openExternalLinks());
    QVERIFY(link->text().contains(QStringLiteral("href=\"https://signtraker.com\"")));

    QVERIFY(dialog.windowTitle().contains(QStringLiteral("SignTraker")));
}

void TestAboutDialog::copyButton_putsSupportTextOnClipboard()
{
    AboutDialog dialog;
    auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("copyButton"));
    QVERIFY(copy);
    QGuiApplication::clipboard()->clear();
    copy->click();
    const QString copied = QGuiApplication::clipboard()->text();
    QCOMPARE(copied, AboutDialog::supportText());
    QVERIFY(copied.contains(QString::fromLatin1(buildinfo::version())));
    QVERIFY(copied.contains(QString::fromLatin1(qVersion())));
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
