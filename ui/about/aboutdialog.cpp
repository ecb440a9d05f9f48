// SPDX-License-Identifier: Apache-2.0
#include "aboutdialog.h"

#include "buildinfo.h"

#include "applicationicon.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>
#include <QtGlobal>

namespace signtraker {

namespace {

const char HomePage[] = "https://signtraker.com";

QLabel *wrappingLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    return label;
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    const QString name = tr("SignTraker Agents Admin");
    setWindowTitle(tr("About %1").arg(name));

    auto *icon = new QLabel(this);
    icon->setPixmap(applicationIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    auto *title = new QLabel(name, this);
    title->setObjectName(QStringLiteral("titleLabel"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *version = wrappingLabel(tr("Version %1").arg(versionText()), this);
    version->setObjectName(QStringLiteral("versionLabel"));

    auto *summary = wrappingLabel(
        tr("Find, create, correct, activate and deactivate the real-estate agents of a "
           "SignTraker tenant."),
        this);

    // Built against one Qt, possibly running on a newer one from the system: both matter in a bug
    // report.
    const QString qtText =
        QString::fromLatin1(QT_VERSION_STR) == QString::fromLatin1(qVersion())
            ? tr("Built with Qt %1.").arg(QString::fromLatin1(qVersion()))
            : tr("Built with Qt %1, running on Qt %2.")
                  .arg(QString::fromLatin1(QT_VERSION_STR), QString::fromLatin1(qVersion()));
    auto *qt = wrappingLabel(qtText, this);
    qt->setObjectName(QStringLiteral("qtLabel"));

    auto *license = wrappingLabel(
        tr("Copyright \u00a9 the SignTraker Agents Admin authors. Free software under the "
           "Apache License, Version 2.0."),
        this);
    license->setObjectName(QStringLiteral("licenseLabel"));

    const QString homePage = QString::fromLatin1(HomePage);
    auto *link =
        wrappingLabel(QStringLiteral("<a href=\"%1\">%1</a>").arg(homePage.toHtmlEscaped()), this);
    link->setObjectName(QStringLiteral("linkLabel"));
    link->setTextFormat(Qt::RichText);
    link->setOpenExternalLinks(true);

    // Wide enough that the paragraphs wrap into a few lines rather than a narrow column.
    summary->setMinimumWidth(summary->fontMetrics().averageCharWidth() * 56);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(version);
    text->addSpacing(8);
    text->addWidget(summary);
    text->addWidget(qt);
    text->addWidget(license);
    text->addWidget(link);
    text->addStretch();

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addSpacing(12);
    top->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copy = buttons->addButton(tr("&Copy Version Information"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyButton"));
    connect(copy, &QPushButton::clicked, this,
            [] { QGuiApplication::clipboard()->setText(supportText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);
}

QString AboutDialog::versionText()
{
    return tr("%1 (revision %2)")
        .arg(QString::fromLatin1(buildinfo::version()), QString::fromLatin1(buildinfo::revision()));
}

QString AboutDialog::supportText()
{
    // Not translated: it is pasted into bug reports that English-speaking developers read.
    return QStringLiteral("SignTraker Agents Admin %1 (revision %2)\nQt %3 (built with %4)\n%5\n")
        .arg(QString::fromLatin1(buildinfo::version()), QString::fromLatin1(buildinfo::revision()),
             QString::fromLatin1(qVersion()), QString::fromLatin1(QT_VERSION_STR),
             QSysInfo::prettyProductName());
}

} // namespace signtraker
