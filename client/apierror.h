// SPDX-License-Identifier: Apache-2.0
// A typed error from any SignTraker call: what went wrong, in plain words, with what the
// service said. Mirrors the reference client's exception hierarchy as a value.
#pragma once

#include <QJsonValue>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

namespace signtraker {

class ApiError
{
public:
    enum class Kind {
        None,
        Configuration,      // bad or missing settings, found before any traffic
        Authentication,     // 401/403, or no key
        Validation,         // 400
        NotFound,           // 404
        RateLimited,        // 429
        Server,             // 5xx and other unexpected statuses
        Network,            // connection, DNS, TLS, timeout: see networkKind()
        UnreadableResponse, // a 2xx that is not the list or record asked for, or too large
        Redirected,         // a 3xx: never followed, the key must not travel elsewhere
    };
    enum class NetworkKind { None, ConnectionRefused, HostNotFound, Tls, Timeout, ConnectionLost, Other };

    ApiError() = default;
    ApiError(Kind kind, QString message);

    // From an HTTP answer that is not a success; the message is extracted from the body the way
    // the reference client does it.
    static ApiError fromHttpStatus(int status, const QByteArray &body);
    static ApiError network(NetworkKind kind, QString message, bool outcomeUnknown);
    static ApiError configuration(QString message);
    static ApiError authentication(QString message);

    // The message under Message/message/error/detail/title (either case), inside single-key
    // wrappers or lists; empty when there is none.
    static QString extractMessage(const QJsonValue &body);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    NetworkKind networkKind() const { return m_networkKind; }
    int httpStatus() const { return m_httpStatus; }
    QString message() const { return m_message; }
    QJsonValue body() const { return m_body; }
    QUrl redirectTarget() const { return m_redirectTarget; }
    std::optional<std::chrono::milliseconds> retryAfter() const { return m_retryAfter; }
    // True when a request may have reached the service although no answer arrived (timeout or
    // connection lost after sending): a create must then be checked, not repeated.
    bool outcomeUnknown() const { return m_outcomeUnknown; }

    void setHttpStatus(int status) { m_httpStatus = status; }
    void setRetryAfter(std::optional<std::chrono::milliseconds> delay) { m_retryAfter = delay; }
    void setRedirectTarget(const QUrl &target) { m_redirectTarget = target; }
    void setOutcomeUnknown(bool unknown) { m_outcomeUnknown = unknown; }

    // A short English name of the kind ("validation", "network"), for logs and the CLI.
    QString kindName() const;
    // A sentence for people: the service's message, or what happened in plain words.
    QString userMessage() const;

private:
    Kind m_kind = Kind::None;
    NetworkKind m_networkKind = NetworkKind::None;
    int m_httpStatus = 0;
    QString m_message;
    QJsonValue m_body;
    QUrl m_redirectTarget;
    std::optional<std::chrono::milliseconds> m_retryAfter;
    bool m_outcomeUnknown = false;
};

} // namespace signtraker

Q_DECLARE_METATYPE(signtraker::ApiError)
