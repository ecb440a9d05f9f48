#include "apicall.h"

#include "tlsproblem.h"
#include "transport.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkReply>

namespace signtraker {

namespace {

// Errors below 200 in QNetworkReply::NetworkError are about the connection, not an HTTP answer.
bool isConnectionLevel(QNetworkReply::NetworkError error)
{
    return (error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied) ||
           error == QNetworkReply::ContentReSendError;
}

ApiError unreadable(int status, const QJsonParseError &parseError)
{
    ApiError error(ApiError::Kind::UnreadableResponse,
                   QStringLiteral("The service answered with something that is not JSON (%1 at "
                                  "byte %2).")
                       .arg(parseError.errorString())
                       .arg(parseError.offset));
    error.setHttpStatus(status);
    return error;
}

} // namespace

ApiCall::ApiCall(Transport *transport, ApiRequest request)
    : QObject(transport)
    , m_transport(transport)
    , m_request(std::move(request))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &ApiCall::onDeadline);
}

ApiCall::~ApiCall()
{
    dropReply();
}

void ApiCall::cancel()
{
    if (m_state == State::Done)
        return;
    m_state = State::Done;
    m_deadline.stop();
    dropReply();
    deleteLater();
}

void ApiCall::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    // abort() emits finished() synchronously: disconnect first so that it is not taken for an
    // answer.
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}

void ApiCall::startAttempt()
{
    if (m_state == State::Done || !m_transport)
        return;
    ++m_attempts;
    m_state = State::Running;
    m_abortReason = AbortReason::None;
    m_elapsed.start();
    m_sslErrors.clear();
    m_reply = m_transport->startReply(m_request);
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    // Only collected to say what was wrong: without ignoreSslErrors() the handshake fails
    // before the request, and the key, is sent.
    connect(m_reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors += errors; });
    const double seconds = m_transport->config().timeoutSeconds();
    m_deadline.start(std::max(1, int(std::min(seconds, 86400.0) * 1000.0)));
}

void ApiCall::onDeadline()
{
    if (!m_reply)
        return;
    m_abortReason = AbortReason::Deadline;
    m_reply->abort(); // finishes the reply synchronously, through onReplyFinished()
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    if (!reply)
        return;
    m_deadline.stop();
    reply->deleteLater();
    if (m_state != State::Running || !m_transport)
        return;
    ApiResult result = resultOf(reply);
    result.http2 = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    qCDebug(lcHttp).noquote() << "<-" << ApiRequest::methodName(m_request.method)
                              << reply->url().path() << result.httpStatus
                              << (result.ok() ? QString() : result.error.kindName())
                              << m_elapsed.elapsed() << "ms";
    const RetryPolicy &policy = m_transport->m_retryPolicy;
    const int retriesDone = m_attempts - 1;
    if (!result.ok() && policy.shouldRetry(m_request, result.error, retriesDone)) {
        const auto delay = policy.delayBefore(retriesDone, result.error);
        m_state = State::Waiting;
        Q_EMIT retrying(result.error, retriesDone + 1, int(delay.count()));
        m_transport->m_scheduler(delay, this, [this] {
            if (m_state == State::Waiting)
                startAttempt();
        });
        return;
    }
    finish(result);
}

void ApiCall::finish(const ApiResult &result)
{
    m_state = State::Done;
    Q_EMIT finished(result);
    deleteLater();
}

ApiError ApiCall::networkError(QNetworkReply *reply) const
{
    using NK = ApiError::NetworkKind;
    const QString detail = reply->errorString();
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return ApiError::network(NK::ConnectionRefused, detail, false);
    case QNetworkReply::HostNotFoundError:
        return ApiError::network(NK::HostNotFound, detail, false);
    case QNetworkReply::SslHandshakeFailedError: {
        const QString problems = describeTlsProblems(m_sslErrors, reply->url().host());
        return ApiError::network(NK::Tls, problems.isEmpty() ? detail : problems, false);
    }
    case QNetworkReply::OperationCanceledError:
        if (m_abortReason == AbortReason::Deadline)
            return ApiError::network(
                NK::Timeout,
                QStringLiteral("No complete answer within %1 s.")
                    .arg(m_transport ? m_transport->config().timeoutSeconds() : 0),
                true);
        return ApiError::network(NK::Other, detail, true);
    case QNetworkReply::TimeoutError:
        return ApiError::network(NK::Timeout, detail, true);
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError:
        return ApiError::network(NK::ConnectionLost, detail, true);
    default:
        return ApiError::network(NK::Other, detail, true);
    }
}

ApiResult ApiCall::resultOf(QNetworkReply *reply) const
{
    ApiResult result;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (isConnectionLevel(reply->error()) || !status.isValid()) {
        result.error = networkError(reply);
        return result;
    }
    result.httpStatus = status.toInt();
    const QByteArray body = reply->readAll();
    if (result.httpStatus >= 300 && result.httpStatus < 400) {
        const QUrl target = reply->url().resolved(
            reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
        result.error = ApiError(ApiError::Kind::Redirected,
                                QStringLiteral("The service redirected the request to %1.")
                                    .arg(target.toDisplayString()));
        result.error.setHttpStatus(result.httpStatus);
        result.error.setRedirectTarget(target);
        return result;
    }
    if (result.httpStatus < 200 || result.httpStatus >= 300) {
        result.error = ApiError::fromHttpStatus(result.httpStatus, body);
        if (reply->hasRawHeader("Retry-After"))
            result.error.setRetryAfter(RetryPolicy::parseRetryAfter(reply->rawHeader("Retry-After"),
                                                                    m_transport->m_clock()));
        return result;
    }
    // Qt may finish a reply whose connection closed mid-body as a success with the bytes it had.
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && body.size() < length.toLongLong()) {
        result.error = ApiError::network(
            ApiError::NetworkKind::ConnectionLost,
            QStringLiteral("The connection closed after %1 of %2 bytes of the answer.")
                .arg(body.size())
                .arg(length.toLongLong()),
            true);
        return result;
    }
    if (body.trimmed().isEmpty())
        return result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // A bare JSON scalar ("ok", 3) is valid JSON that QJsonDocument cannot hold alone.
        const QJsonDocument wrapped = QJsonDocument::fromJson('[' + body + ']');
        if (wrapped.isArray() && wrapped.array().size() == 1) {
            result.value = wrapped.array().first();
            return result;
        }
        result.error = unreadable(result.httpStatus, parseError);
        return result;
    }
    result.value =
        document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    return result;
}

} // namespace signtraker
