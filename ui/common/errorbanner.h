// SPDX-License-Identifier: Apache-2.0
// A non-modal error strip shown above the content it is about: the message in plain words, a
// Retry button, and a Details disclosure with what the service said (status, kind, body). It
// never takes focus from the user's work and never blocks.
#pragma once

#include "apierror.h"

#include <QFrame>
#include <QPointer>
#include <QString>

class QAction;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace signtraker::ui {

class ErrorBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Severity { Error, Warning };

    explicit ErrorBanner(QWidget *parent = nullptr);

    // Shows error.userMessage(); the details list the kind, the HTTP status, the service's
    // message and body. context ("Loading agents") prefixes the message when given.
    void showError(const signtraker::ApiError &error, const QString &context = {});
    void showMessage(const QString &message, const QString &details = {},
                     Severity severity = Severity::Error);
    // Hides the banner and forgets the message.
    void clear();

    QString message() const;
    QString details() const;
    bool hasMessage() const;
    Severity severity() const { return m_severity; }

    // Retry is shown by default; hide it for errors that retrying cannot fix.
    void setRetryVisible(bool visible);
    bool isRetryVisible() const;
    // A button for action beside the message now shown, in place of Retry (Settings… for a
    // connection that failed); it goes with that message.
    void setMessageAction(QAction *action);
    QPushButton *actionButton() const { return m_actionButton; }
    void setDetailsExpanded(bool expanded);
    bool isDetailsExpanded() const;

    QPushButton *retryButton() const { return m_retry; }
    QToolButton *detailsButton() const { return m_detailsToggle; }
    QToolButton *closeButton() const { return m_close; }

    // The details text for an error, as showError() puts it (also for logs and bug reports).
    static QString detailsOf(const signtraker::ApiError &error);
    // The details' first line, translated whole ("Kind: network"): ApiError::kindName() is the
    // CLI's and the log's English word.
    static QString kindText(signtraker::ApiError::Kind kind);

Q_SIGNALS:
    void retryRequested();
    void dismissed();

private:
    void updateDetailsToggle();

    QLabel *m_icon;
    QLabel *m_message;
    QPushButton *m_retry;
    QPushButton *m_actionButton;
    QPointer<QAction> m_action;
    QToolButton *m_detailsToggle;
    QToolButton *m_close;
    QPlainTextEdit *m_details;
    Severity m_severity = Severity::Error;
    bool m_retryVisible = true;
};

} // namespace signtraker::ui
