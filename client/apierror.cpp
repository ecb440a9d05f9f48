// SPDX-License-Identifier: Apache-2.0
#include "apierror.h"

#include "retrypolicy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace signtraker {

namespace {

// Error bodies are not documented; these keys are where the reference client looks, in its
// order of preference, each in both spellings seen from ASP.NET (PascalCase) and other stacks.
const char *const MessageKeys[] = {"Message", "message", "Error", "error",
                                   "Detail",  "detail",  "Title", "title"};

// ASP.NET Web API puts field errors under ModelState, ASP.NET Core's problem details under
// errors: {"field": ["text", ...]}.
const char *const FieldErrorKeys[] = {"ModelState", "modelState", "Errors", "errors"};

// Deep enough for every shape seen; bounded so a hostile body cannot exhaust the stack.
constexpr int MaxDepth = 16;

// A raw text body longer than this is an HTML page or a stack trace, not a message for people.
constexpr qsizetype MaxRawMessageLength = 300;

QString tr(const char *text)
{
    return QCoreApplication::translate("signtraker::ApiError", text);
}

QString extract(const QJsonValue &value, int depth);

// The message under one of MessageKeys of this object itself, without unwrapping.
QString fromMessageKeys(const QJsonObject &object, int depth)
{
    for (const char *key : MessageKeys) {
        const auto it = object.constFind(QLatin1String(key));
        if (it == object.constEnd())
            continue;
        const QString found = extract(it.value(), depth + 1);
        if (!found.isEmpty())
            return found;
    }
    // "either case": MESSAGE, ERROR and other spellings not listed above.
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        for (const char *key : MessageKeys) {
            if (it.key().compare(QLatin1String(key), Qt::CaseInsensitive) != 0)
                continue;
            const QString found = extract(it.value(), depth + 1);
            if (!found.isEmpty())
                return found;
        }
    }
    return {};
}

QString fromObject(const QJsonObject &object, int depth)
{
    const QString found = fromMessageKeys(object, depth);
    if (!found.isEmpty())
        return found;
    // A single-key wrapper such as {"errors": {...}} or {"data": [...]}.
    if (object.size() == 1 && (object.constBegin()->isObject() || object.constBegin()->isArray()))
        return extract(object.constBegin().value(), depth + 1);
    return {};
}

QString extract(const QJsonValue &value, int depth)
{
    if (depth > MaxDepth)
        return {};
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString().trimmed();
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &element : array) {
            const QString found = extract(element, depth + 1);
            if (!found.isEmpty())
                return found;
        }
        return {};
    }
    case QJsonValue::Object:
        return fromObject(value.toObject(), depth);
    default:
        // Numbers and booleans are codes, not messages.
        return {};
    }
}

// The first field error of a ModelState/errors object, as "Field: text". The field's prefix
// ("agent.Email") is the server's parameter name, meaningless to people, so only the member
// name after the last '.' is kept.
QString firstFieldError(const QJsonObject &object)
{
    for (const char *key : FieldErrorKeys) {
        const QJsonObject fields = object.value(QLatin1String(key)).toObject();
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            const QString text = extract(it.value(), 1);
            if (text.isEmpty())
                continue;
            const QString field = it.key().section(QLatin1Char('.'), -1).trimmed();
            return field.isEmpty() ? text : field % QLatin1String(": ") % text;
        }
    }
    return {};
}

// Top-level scalars (a bare "text" body) are valid JSON since RFC 7159 but QJsonDocument only
// holds objects and arrays: parse inside a one-element array instead.
std::optional<QJsonValue> parseJson(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray("[" % body % "]"), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray() ||
        document.array().size() != 1)
        return std::nullopt;
    return document.array().first();
}

// Ends text with a full stop unless it already ends a sentence, so that two parts read well.
QString sentence(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return trimmed;
    const QChar last = trimmed.back();
    if (last == QLatin1Char('.') || last == QLatin1Char('!') || last == QLatin1Char('?') ||
        last == QChar(0x2026))
        return trimmed;
    return trimmed % QLatin1Char('.');
}

QString joined(const QString &first, const QString &detail)
{
    const QString second = sentence(detail);
    return second.isEmpty() ? first : first % QLatin1Char(' ') % second;
}

QString withDetail(const QString &lead, const QString &detail)
{
    const QString trimmed = detail.trimmed();
    return trimmed.isEmpty() ? sentence(lead) : sentence(lead % QLatin1String(": ") % trimmed);
}

} // namespace

ApiError::ApiError(Kind kind, QString message)
    : m_kind(kind)
    , m_message(std::move(message))
{}

ApiError ApiError::fromHttpStatus(int status, const QByteArray &body)
{
    Kind kind = Kind::Server;
    switch (status) {
    case 400:
        kind = Kind::Validation;
        break;
    case 401:
    case 403:
        kind = Kind::Authentication;
        break;
    case 404:
        kind = Kind::NotFound;
        break;
    case 429:
        kind = Kind::RateLimited;
        break;
    default:
        // 5xx, and every other status the API does not document (418, 409, 1xx...): the
        // reference client raises its generic error, which is our Server kind.
        kind = Kind::Server;
        break;
    }

    QJsonValue parsed;
    QString message;
    if (!body.trimmed().isEmpty()) {
        if (const std::optional<QJsonValue> json = parseJson(body)) {
            parsed = *json;
            message = extractMessage(parsed);
        } else {
            const QString text = QString::fromUtf8(body).trimmed();
            parsed = text;
            // A short plain-text answer ("Unauthorized") is the service's message; an HTML
            // error page or a long trace is kept in body() but would drown the sentence.
            if (!text.startsWith(QLatin1Char('<')) && text.size() <= MaxRawMessageLength)
                message = text.simplified();
        }
    }
    if (message.isEmpty())
        message = QStringLiteral("Request failed with status %1").arg(status);

    ApiError error(kind, message);
    error.m_httpStatus = status;
    error.m_body = parsed;
    return error;
}

ApiError ApiError::network(NetworkKind kind, QString message, bool outcomeUnknown)
{
    ApiError error(Kind::Network, std::move(message));
    error.m_networkKind = kind;
    error.m_outcomeUnknown = outcomeUnknown;
    return error;
}

ApiError ApiError::configuration(QString message)
{
    return ApiError(Kind::Configuration, std::move(message));
}

ApiError ApiError::authentication(QString message)
{
    return ApiError(Kind::Authentication, std::move(message));
}

// With the ASP.NET shape {"Message": "The request is invalid.", "ModelState": {"agent.Email":
// ["..."]}} the Message alone says nothing about what to fix, so the first field error is
// appended in parentheses: "The request is invalid. (Email: The Email field is not valid.)".
QString ApiError::extractMessage(const QJsonValue &body)
{
    QString message = extract(body, 0);
    // Only a message beside the field errors gains one; one found inside them is one already.
    if (message.isEmpty() || !body.isObject() || fromMessageKeys(body.toObject(), 0).isEmpty())
        return message;
    const QString fieldError = firstFieldError(body.toObject());
    if (!fieldError.isEmpty() && !message.contains(fieldError))
        message = message % QLatin1String(" (") % fieldError % QLatin1Char(')');
    return message;
}

QString ApiError::kindName() const
{
    switch (m_kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Configuration:
        return QStringLiteral("configuration");
    case Kind::Authentication:
        return QStringLiteral("authentication");
    case Kind::Validation:
        return QStringLiteral("validation");
    case Kind::NotFound:
        return QStringLiteral("not found");
    case Kind::RateLimited:
        return QStringLiteral("rate limited");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::UnreadableResponse:
        return QStringLiteral("unreadable response");
    case Kind::Redirected:
        return QStringLiteral("redirected");
    }
    return QStringLiteral("unknown");
}

QString ApiError::userMessage() const
{
    // The fallback message says nothing the first sentence does not already say.
    const bool hasServiceMessage =
        !m_message.isEmpty() &&
        m_message != QStringLiteral("Request failed with status %1").arg(m_httpStatus);
    const QString serviceMessage = hasServiceMessage ? m_message : QString();

    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Configuration:
        return sentence(m_message);
    case Kind::Authentication:
        // Without a status nothing was sent: the key is missing, and the message says how to
        // give one.
        if (m_httpStatus == 0)
            return sentence(m_message);
        return joined(tr("The API key was refused (HTTP %1).").arg(m_httpStatus), serviceMessage);
    case Kind::Validation:
        return hasServiceMessage
                   ? sentence(m_message)
                   : tr("The service rejected the request (HTTP %1).").arg(m_httpStatus);
    case Kind::NotFound:
        return joined(tr("The service has no such record (HTTP %1).").arg(m_httpStatus),
                      serviceMessage);
    case Kind::RateLimited: {
        if (m_retryAfter && *m_retryAfter > RetryPolicy::MaxRetryAfter)
            return tr("The service asks to wait %1; try again later.")
                .arg(RetryPolicy::waitText(*m_retryAfter));
        QString text = tr("The service asked to slow down (HTTP %1).").arg(m_httpStatus);
        if (m_retryAfter) {
            const qint64 seconds = (m_retryAfter->count() + 999) / 1000;
            text = text % QLatin1Char(' ') %
                   tr("It can be tried again in %1 s.").arg(qMax<qint64>(seconds, 1));
        }
        return joined(text, serviceMessage);
    }
    case Kind::Server:
        return joined(tr("The service failed to handle the request (HTTP %1).").arg(m_httpStatus),
                      serviceMessage);
    case Kind::Network:
        switch (m_networkKind) {
        case NetworkKind::ConnectionRefused:
            return withDetail(tr("The connection was refused"), m_message);
        case NetworkKind::HostNotFound:
            return withDetail(tr("The host was not found"), m_message);
        case NetworkKind::Tls:
            return withDetail(tr("The secure connection failed"), m_message);
        case NetworkKind::Timeout:
            return tr("The service did not answer in time.");
        case NetworkKind::ConnectionLost:
            return withDetail(tr("The connection was lost before the answer arrived"), m_message);
        case NetworkKind::None:
        case NetworkKind::Other:
            break;
        }
        return withDetail(tr("The service could not be reached"), m_message);
    case Kind::UnreadableResponse:
        return m_message.isEmpty() ? tr("The service's answer could not be read.")
                                   : sentence(m_message);
    case Kind::Redirected: {
        // Userinfo and query could carry a token of the other side; the host is what matters.
        const QString target = m_redirectTarget.toDisplayString(
            QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
        if (target.isEmpty())
            return tr("The service redirected the request; it was not followed so that your key "
                      "stays with your tenant.");
        return tr("The service redirected the request to %1; it was not followed so that your "
                  "key stays with your tenant.")
            .arg(target);
    }
    }
    return sentence(m_message);
}

} // namespace signtraker
