// SPDX-License-Identifier: Apache-2.0
#include "errorbanner.h"

#include "apierror.h"
#include "icons.h"
#include "statuscolors.h"

#include <QAction>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace signtraker::ui {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_message(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_actionButton(new QPushButton(this))
    , m_detailsToggle(new QToolButton(this))
    , m_close(new QToolButton(this))
    , m_details(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Error"));

    // The service's message as it is: never read as HTML.
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_message->setObjectName(QStringLiteral("errorMessage"));

    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setAccessibleName(tr("Retry"));
    m_retry->setIcon(Icons::fromTheme(QStringLiteral("view-refresh")));

    m_actionButton->setObjectName(QStringLiteral("messageActionButton"));
    m_actionButton->setVisible(false);

    m_detailsToggle->setObjectName(QStringLiteral("detailsButton"));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsToggle->setAccessibleName(tr("Details"));

    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss"));

    m_details->setReadOnly(true);
    m_details->setObjectName(QStringLiteral("errorDetails"));
    m_details->setAccessibleName(tr("Details"));
    m_details->setMaximumHeight(fontMetrics().lineSpacing() * 8);
    m_details->setVisible(false);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addWidget(m_message, 1);
    row->addWidget(m_retry, 0, Qt::AlignTop);
    row->addWidget(m_actionButton, 0, Qt::AlignTop);
    row->addWidget(m_detailsToggle, 0, Qt::AlignTop);
    row->addWidget(m_close, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(row);
    layout->addWidget(m_details);

    connect(m_retry, &QPushButton::clicked, this, &ErrorBanner::retryRequested);
    connect(m_actionButton, &QPushButton::clicked, this, [this] {
        if (m_action)
            m_action->trigger();
    });
    connect(m_detailsToggle, &QToolButton::toggled, this, [this](bool on) {
        m_details->setVisible(on);
        updateDetailsToggle();
    });
    connect(m_close, &QToolButton::clicked, this, [this] {
        clear();
        Q_EMIT dismissed();
    });

    updateDetailsToggle();
    setVisible(false);
}

void ErrorBanner::updateDetailsToggle()
{
    const bool on = m_detailsToggle->isChecked();
    m_detailsToggle->setText(on ? tr("Hide details") : tr("Details"));
    m_detailsToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    m_detailsToggle->setVisible(!m_details->toPlainText().isEmpty());
}

QString ErrorBanner::kindText(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::None:
        return tr("Kind: no error");
    case ApiError::Kind::Configuration:
        return tr("Kind: configuration");
    case ApiError::Kind::Authentication:
        return tr("Kind: authentication");
    case ApiError::Kind::Validation:
        return tr("Kind: validation");
    case ApiError::Kind::NotFound:
        return tr("Kind: not found");
    case ApiError::Kind::RateLimited:
        return tr("Kind: too many requests");
    case ApiError::Kind::Server:
        return tr("Kind: server error");
    case ApiError::Kind::Network:
        return tr("Kind: network");
    case ApiError::Kind::UnreadableResponse:
        return tr("Kind: unreadable answer");
    case ApiError::Kind::Redirected:
        return tr("Kind: redirected");
    }
    return tr("Kind: unknown");
}

QString ErrorBanner::detailsOf(const ApiError &error)
{
    QStringList lines;
    lines << kindText(error.kind());
    if (error.httpStatus() != 0)
        lines << tr("HTTP status: %1").arg(error.httpStatus());
    if (!error.message().isEmpty())
        lines << tr("Message: %1").arg(error.message());
    if (error.redirectTarget().isValid())
        lines << tr("Redirected to: %1").arg(error.redirectTarget().toDisplayString());
    if (error.retryAfter())
        lines << tr("Retry after: %1 ms").arg(qint64(error.retryAfter()->count()));
    if (error.outcomeUnknown())
        lines << tr("The request may have reached the service.");
    const QJsonValue body = error.body();
    if (body.isObject() || body.isArray()) {
        const QJsonDocument document =
            body.isObject() ? QJsonDocument(body.toObject()) : QJsonDocument(body.toArray());
        lines << tr("Body:") << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    } else if (body.isString()) {
        lines << tr("Body: %1").arg(body.toString());
    }
    return lines.join(u'\n').trimmed();
}

void ErrorBanner::showError(const ApiError &error, const QString &context)
{
    const QString text =
        context.isEmpty() ? error.userMessage() : tr("%1: %2").arg(context, error.userMessage());
    showMessage(text, detailsOf(error), Severity::Error);
}

void ErrorBanner::showMessage(const QString &message, const QString &details, Severity severity)
{
    m_severity = severity;
    m_message->setText(message);
    m_details->setPlainText(details);
    const QString iconName = severity == Severity::Error ? QStringLiteral("dialog-error")
                                                         : QStringLiteral("dialog-warning");
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(Icons::fromTheme(iconName).pixmap(size, size));

    // Tinted from the application's palette (not this widget's, which holds the last tint).
    QPalette pal = palette();
    pal.setColor(QPalette::Window,
                 StatusColors::panel(severity == Severity::Error ? StatusColors::Status::Error
                                                                 : StatusColors::Status::Warning,
                                     QPalette()));
    setPalette(pal);

    m_retry->setVisible(m_retryVisible);
    m_action = nullptr;
    m_actionButton->setVisible(false);
    updateDetailsToggle();
    setVisible(true);
}

void ErrorBanner::setMessageAction(QAction *action)
{
    m_action = action;
    const bool shown = action && hasMessage();
    if (action) {
        m_actionButton->setText(action->text());
        m_actionButton->setIcon(action->icon());
        m_actionButton->setAccessibleName(action->text().remove(u'&'));
    }
    m_actionButton->setVisible(shown);
    m_retry->setVisible(m_retryVisible && hasMessage() && !shown);
}

void ErrorBanner::clear()
{
    m_message->clear();
    m_details->clear();
    m_action = nullptr;
    m_actionButton->setVisible(false);
    m_detailsToggle->setChecked(false);
    updateDetailsToggle();
    setVisible(false);
}

QString ErrorBanner::message() const
{
    return m_message->text();
}

QString ErrorBanner::details() const
{
    return m_details->toPlainText();
}

bool ErrorBanner::hasMessage() const
{
    return !m_message->text().isEmpty();
}

void ErrorBanner::setRetryVisible(bool visible)
{
    m_retryVisible = visible;
    m_retry->setVisible(visible && hasMessage());
}

bool ErrorBanner::isRetryVisible() const
{
    return m_retryVisible;
}

void ErrorBanner::setDetailsExpanded(bool expanded)
{
    m_detailsToggle->setChecked(expanded);
}

bool ErrorBanner::isDetailsExpanded() const
{
    return m_detailsToggle->isChecked();
}

} // namespace signtraker::ui
