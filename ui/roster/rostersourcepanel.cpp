// SPDX-License-Identifier: Apache-2.0
#include "rostersourcepanel.h"

#include "dialogs.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace signtraker::ui {

namespace {

// A roster is a spreadsheet export: more than this is not one.
constexpr qint64 MaxRosterBytes = 64 * 1024 * 1024;

QString separatorText(QChar separator)
{
    if (separator == QLatin1Char(','))
        return RosterSourcePanel::tr("comma");
    if (separator == QLatin1Char(';'))
        return RosterSourcePanel::tr("semicolon");
    if (separator == QLatin1Char('\t'))
        return RosterSourcePanel::tr("tab");
    return QStringLiteral("“%1”").arg(separator);
}

} // namespace

RosterSourcePanel::RosterSourcePanel(Dialogs *dialogs, QWidget *parent)
    : QWidget(parent)
    , m_dialogs(dialogs)
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_encoding(new QComboBox(this))
    , m_separator(new QComboBox(this))
    , m_detected(new QLabel(this))
{
    m_path->setObjectName(QStringLiteral("rosterFile"));
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("Choose the brokerage’s roster (CSV)"));
    m_path->setAccessibleName(tr("Roster file"));
    m_browse->setObjectName(QStringLiteral("browseRoster"));
    m_browse->setAccessibleName(tr("Choose the roster file"));

    m_encoding->setObjectName(QStringLiteral("rosterEncoding"));
    m_encoding->setAccessibleName(tr("Encoding"));
    m_encoding->addItem(tr("Detect"), -1);
    for (const auto encoding : {RosterFile::Encoding::Utf8, RosterFile::Encoding::Utf8WithBom,
                                RosterFile::Encoding::Windows1252})
        m_encoding->addItem(RosterFile::encodingName(encoding), int(encoding));
    m_separator->setObjectName(QStringLiteral("rosterSeparator"));
    m_separator->setAccessibleName(tr("Separator"));
    m_separator->addItem(tr("Detect"), QString());
    m_separator->addItem(tr("Comma (,)"), QStringLiteral(","));
    m_separator->addItem(tr("Semicolon (;)"), QStringLiteral(";"));
    m_separator->addItem(tr("Tab"), QStringLiteral("\t"));
    m_detected->setObjectName(QStringLiteral("rosterDetection"));
    m_detected->setTextFormat(Qt::PlainText);
    m_detected->setWordWrap(true);
    m_detected->setAccessibleName(tr("What was detected in the roster"));

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    auto *readRow = new QHBoxLayout;
    readRow->addWidget(m_encoding);
    auto *separatorLabel = new QLabel(tr("Separa&tor:"), this);
    separatorLabel->setBuddy(m_separator);
    readRow->addWidget(separatorLabel);
    readRow->addWidget(m_separator);
    readRow->addStretch(1);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Roster &file:"), fileRow);
    form->addRow(tr("&Encoding:"), readRow);
    form->addRow(QString(), m_detected);
    // The buddies of the labels QFormLayout made for the rows.
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(fileRow)))
        label->setBuddy(m_path);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(readRow)))
        label->setBuddy(m_encoding);

    connect(m_browse, &QPushButton::clicked, this, &RosterSourcePanel::browse);
    connect(m_encoding, &QComboBox::activated, this, &RosterSourcePanel::reread);
    connect(m_separator, &QComboBox::activated, this, &RosterSourcePanel::reread);
    showDetection();
}

RosterFile::Options RosterSourcePanel::overrides() const
{
    RosterFile::Options options;
    const int encoding = m_encoding->currentData().toInt();
    if (encoding >= 0)
        options.encoding = RosterFile::Encoding(encoding);
    const QString separator = m_separator->currentData().toString();
    if (!separator.isEmpty())
        options.separator = separator.front();
    return options;
}

void RosterSourcePanel::browse()
{
    const QString directory =
        m_fileName.isEmpty() ? QDir::homePath() : QFileInfo(m_fileName).absolutePath();
    m_dialogs->openFileName(this, tr("Open Roster"), directory,
                            tr("CSV files (*.csv *.txt);;All files (*)"),
                            [this](const QString &fileName) {
                                if (!fileName.isEmpty())
                                    setFileName(fileName);
                            });
}

void RosterSourcePanel::setFileName(const QString &fileName)
{
    m_fileName = fileName;
    m_path->setText(QDir::toNativeSeparators(fileName));
    m_loaded = false;
    m_bytes.clear();
    QFile file(fileName);
    QString problem;
    if (!file.open(QIODevice::ReadOnly))
        problem = tr("The roster %1 could not be opened: %2.")
                      .arg(QDir::toNativeSeparators(fileName), file.errorString());
    else if (file.size() > MaxRosterBytes)
        problem = tr("The roster %1 is too large to be a roster (more than 64 MB).")
                      .arg(QDir::toNativeSeparators(fileName));
    else
        m_bytes = file.readAll();
    if (problem.isEmpty()) {
        reread();
        return;
    }
    m_file = RosterFile();
    showDetection();
    Q_EMIT readFailed(problem);
}

void RosterSourcePanel::reread()
{
    if (m_fileName.isEmpty())
        return;
    m_file = RosterFile::parse(m_bytes, overrides());
    m_loaded = m_file.error().isEmpty();
    showDetection();
    if (m_loaded)
        Q_EMIT fileRead();
    else
        Q_EMIT readFailed(tr("The roster %1 could not be read: %2")
                              .arg(QDir::toNativeSeparators(m_fileName), m_file.error()));
}

void RosterSourcePanel::showDetection()
{
    if (!m_loaded) {
        m_detected->setText(m_fileName.isEmpty() ? tr("No roster chosen yet.")
                                                 : tr("The roster could not be read."));
        return;
    }
    m_detected->setText(
        tr("%n rows, %1, separated by %2.", nullptr, int(m_file.rows().size()))
            .arg(RosterFile::encodingName(m_file.encoding()), separatorText(m_file.separator())));
}

} // namespace signtraker::ui
