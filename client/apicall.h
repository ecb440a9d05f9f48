// SPDX-License-Identifier: Apache-2.0
// One running call to the SignTraker API. It delivers exactly one finished() signal, or none
// when cancelled, and deletes itself afterwards. Widgets hold a QPointer to it, never a reply.
#pragma once

#include "apierror.h"
#include "apirequest.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <QNetworkReply>
#include <QSslError>

namespace signtraker {

class Transport;

struct ApiResult
{
    int httpStatus = 0;
    QJsonValue value; // the body, of the shape the request expects; null when empty or failed
    ApiError error;
    bool http2 = false; // the answer came over HTTP/2

    bool ok() const { return !error.isError(); }
    QJsonArray array() const { return value.toArray(); }
    QJsonObject object() const { return value.toObject(); }
};

class ApiCall : public QObject
{
    Q_OBJECT

public:
    ~ApiCall() override;

    const ApiRequest &request() const { return m_request; }
    int attempts() const { return m_attempts; }
    bool isRunning() const { return m_state == State::Running || m_state == State::Waiting; }

    // Stops the call: no finished() is emitted afterwards, and the call deletes itself.
    void cancel();

Q_SIGNALS:
    void finished(const signtraker::ApiResult &result);
    // Before each retry; for progress texts ("retrying in 2 s").
    void retrying(const signtraker::ApiError &error, int retryNumber, int delayMs);

private:
    friend class Transport;
    enum class State { Running, Waiting, Done };
    enum class AbortReason { None, Deadline, TooLarge };

    ApiCall(Transport *transport, ApiRequest request);
    void startAttempt();
    void onReplyFinished();
    void onDeadline();
    void onMetaDataChanged();
    void readBody();
    void abortTooLarge(qint64 size, bool announced);
    ApiResult resultOf(QNetworkReply *reply) const;
    ApiResult successOf(int status) const;
    ApiError tooLarge(int status) const;
    ApiError networkError(QNetworkReply *reply) const;
    void finish(const ApiResult &result);
    void dropReply();

    QPointer<Transport> m_transport;
    ApiRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QElapsedTimer m_elapsed;
    State m_state = State::Running;
    AbortReason m_abortReason = AbortReason::None;
    // The answer as read so far: read as it arrives, so that the size cap bounds memory.
    QByteArray m_body;
    qint64 m_tooLargeSize = 0;
    bool m_tooLargeAnnounced = false;
    int m_attempts = 0;
    QList<QSslError> m_sslErrors; // of the current attempt; never ignored
};

} // namespace signtraker

Q_DECLARE_METATYPE(signtraker::ApiResult)
