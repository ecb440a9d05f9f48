// SPDX-License-Identifier: Apache-2.0
#include "apicall.h"

#include "tlsproblem.h"
#include "transport.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QNetworkReply>

#include <algorithm>
#include <optional>

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

// Qt buffers at most this much of an answer ahead of ApiCall, which reads it as it arrives.
constexpr qint64 ReadBufferBytes = 256 * 1024;

QString sizeText(qint64 bytes)
{
    constexpr qint64 MiB = 1024 * 1024;
    if (bytes >= MiB && bytes % MiB == 0)
        return QStringLiteral("%1 MiB").arg(bytes / MiB);
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Array:
        return QStringLiteral("a JSON array");
    case QJsonValue::Object:
        return QStringLiteral("a JSON object");
    case QJsonValue::String:
        return QStringLiteral("a text");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::Bool:
        return QStringLiteral("true or false");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("null");
}

// Why a successful answer is not what the request expects; empty when it is.
QString shapeProblem(ApiRequest::Expect expect, const QJsonValue &value, bool empty)
{
    using Expect = ApiRequest::Expect;
    switch (expect) {
    case Expect::Array:
        if (empty)
            return QStringLiteral("The service answered a list request with an empty body.");
        if (!value.isArray())
            return QStringLiteral("The service answered a list request with something that is "
                                  "not a list (%1).")
                .arg(describe(value));
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isObject())
                return QStringLiteral("The service answered a list request with a list that "
                                      "holds something other than records (%1).")
                    .arg(describe(item));
        }
        return {};
    case Expect::Record:
        if (empty)
            return QStringLiteral("The service answered a record request with an empty body.");
        if (!value.isObject())
            return QStringLiteral("The service answered a record request with something that is "
                                  "not a record (%1).")
                .arg(describe(value));
        if (value.toObject().value(QLatin1String("Id")).isNull() ||
            value.toObject().value(QLatin1String("Id")).isUndefined())
            return QStringLiteral("The service answered a record request with a record that has "
                                  "no Id.");
        return {};
    case Expect::Acknowledgement:
        if (empty || value.isObject())
            return {};
        return QStringLiteral("The service answered with something that is neither empty nor "
                              "a JSON object (%1).")
            .arg(describe(value));
    }
    return {};
}

// A bare JSON scalar ("ok", 3) is valid JSON that QJsonDocument cannot hold alone; it is read
// only to say what arrived instead of what was expected.
std::optional<QJsonValue> bareScalar(const QByteArray &body)
{
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + body + ']');
    if (wrapped.isArray() && wrapped.array().size() == 1)
        return wrapped.array().first();
    return std::nullopt;
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
    m_body.clear();
    m_tooLargeSize = 0;
    m_tooLargeAnnounced = false;
    m_elapsed.start();
    m_sslErrors.clear();
    m_reply = m_transport->startReply(m_request);
    m_reply->setReadBufferSize(ReadBufferBytes);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ApiCall::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &ApiCall::readBody);
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

// A Content-Length over the cap is refused before a byte of the body is read.
void ApiCall::onMetaDataChanged()
{
    if (!m_reply || !m_transport)
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_transport->config().maxResponseBytes())
        abortTooLarge(length.toLongLong(), true);
    else if (length.isValid() && length.toLongLong() > m_body.capacity())
        m_body.reserve(length.toLongLong()); // a page of agents is read without reallocating
}

// Chunked answers announce no size: the bytes are counted as they come, and at most one byte
// over the cap is ever kept.
void ApiCall::readBody()
{
    if (!m_reply || !m_transport || m_abortReason != AbortReason::None)
        return;
    const qint64 cap = m_transport->config().maxResponseBytes();
    // Straight into the body, which the announced length has reserved: no chunk copied twice.
    const qint64 wanted = std::min(m_reply->bytesAvailable(), cap + 1 - m_body.size());
    if (wanted > 0) {
        const qsizetype before = m_body.size();
        m_body.resize(before + wanted);
        const qint64 got = m_reply->read(m_body.data() + before, wanted);
        m_body.resize(before + std::max<qint64>(0, got));
    }
    if (m_body.size() > cap)
        abortTooLarge(m_body.size(), false);
}

void ApiCall::abortTooLarge(qint64 size, bool announced)
{
    m_abortReason = AbortReason::TooLarge;
    m_tooLargeSize = size;
    m_tooLargeAnnounced = announced;
    m_body.clear();
    m_reply->abort(); // finishes the reply synchronously, through onReplyFinished()
}

void ApiCall::onReplyFinished()
{
    readBody();
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
        // The real wait, as the service asked for it or as the backoff chose it.
        qCDebug(lcHttp).noquote() << QStringLiteral("retrying in %1 (retry %2 of %3): %4")
                                         .arg(RetryPolicy::waitText(delay))
                                         .arg(retriesDone + 1)
                                         .arg(policy.maxRetries())
                                         .arg(result.error.userMessage());
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

ApiError ApiCall::tooLarge(int status) const
{
    const QString cap = sizeText(m_transport ? m_transport->config().maxResponseBytes() : 0);
    ApiError error(
        ApiError::Kind::UnreadableResponse,
        m_tooLargeAnnounced
            ? QStringLiteral("The service's answer is %1, more than the limit of %2; it was not "
                             "read. Raise the limit in the profile or with "
                             "SIGNTRAKER_MAX_RESPONSE_MB if such an answer is expected.")
                  .arg(sizeText(m_tooLargeSize), cap)
            : QStringLiteral("The service's answer is larger than the limit of %1; reading "
                             "stopped there. Raise the limit in the profile or with "
                             "SIGNTRAKER_MAX_RESPONSE_MB if such an answer is expected.")
                  .arg(cap));
    error.setHttpStatus(status);
    // A write was received and probably done: only the answer was refused.
    error.setOutcomeUnknown(m_request.method != ApiRequest::Method::Get);
    return error;
}

ApiResult ApiCall::resultOf(QNetworkReply *reply) const
{
    ApiResult result;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (m_abortReason == AbortReason::TooLarge) {
        result.httpStatus = status.toInt();
        result.error = tooLarge(result.httpStatus);
        return result;
    }
    if (isConnectionLevel(reply->error()) || !status.isValid()) {
        result.error = networkError(reply);
        return result;
    }
    result.httpStatus = status.toInt();
    const QByteArray &body = m_body;
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
            result.error = RetryPolicy::withRetryAfter(
                result.error, RetryPolicy::parseRetryAfter(reply->rawHeader("Retry-After"),
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
    return successOf(result.httpStatus);
}

ApiResult ApiCall::successOf(int status) const
{
    ApiResult result;
    result.httpStatus = status;
    const bool empty = m_body.trimmed().isEmpty();
    if (!empty) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(m_body, &parseError);
        if (parseError.error == QJsonParseError::NoError) {
            result.value =
                document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        } else if (const std::optional<QJsonValue> scalar = bareScalar(m_body)) {
            result.value = *scalar;
        } else {
            result.error = unreadable(status, parseError);
        }
    }
    if (!result.error.isError()) {
        const QString problem = shapeProblem(m_request.expect, result.value, empty);
        if (!problem.isEmpty()) {
            result.error = ApiError(ApiError::Kind::UnreadableResponse, problem);
            result.error.setHttpStatus(status);
        }
    }
    if (result.error.isError()) {
        result.value = QJsonValue();
        result.error.setOutcomeUnknown(m_request.method != ApiRequest::Method::Get);
    }
    return result;
}

} // namespace signtraker
