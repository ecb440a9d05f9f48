// SPDX-License-Identifier: Apache-2.0
#include "simserver.h"

#include "fidelity.h"
#include "odataerror.h"
#include "odataqueryoptions.h"
#include "odataschema.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace signtraker::sim {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        break;
    }
    return "UNKNOWN";
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        break;
    }
    return "Status";
}

QString queryValue(const RecordedRequest &request, QStringView key)
{
    for (const auto &[name, value] : request.query)
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

bool hasQueryKey(const RecordedRequest &request, QStringView key)
{
    for (const auto &item : request.query)
        if (item.first.compare(key, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QByteArray mediaType(const RecordedRequest &request)
{
    return request.headers.value("content-type").split(';').first().trimmed().toLower();
}

} // namespace

SimServer::SimServer(QObject *parent)
    : QAbstractHttpServer(parent)
{}

SimServer::~SimServer() = default;

bool SimServer::listen(quint16 port)
{
    if (m_tcpServer)
        return false;
    auto *server = new QTcpServer(this);
    if (!server->listen(QHostAddress::LocalHost, port)) {
        delete server;
        return false;
    }
    bind(server);
    // Connected after bind(): the base class has accepted the socket by the time this runs.
    connect(server, &QTcpServer::newConnection, this, [this] { ++m_connectionCount; });
    m_tcpServer = server;
    return true;
}

quint16 SimServer::port() const
{
    return m_tcpServer ? m_tcpServer->serverPort() : 0;
}

QUrl SimServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

void SimServer::setApiKey(const QString &key)
{
    m_apiKey = key;
}

void SimServer::setLatency(int ms, int jitterMs)
{
    m_latencyMs = std::max(ms, 0);
    m_jitterMs = std::max(jitterMs, 0);
}

void SimServer::setErrorRate(double p)
{
    m_errorRate = std::clamp(p, 0.0, 1.0);
}

void SimServer::setRateLimit(int requestsPerSecond)
{
    m_rateLimit = std::max(requestsPerSecond, 0);
    m_admitted.clear();
}

void SimServer::setFaultSeed(quint32 seed)
{
    m_faultRandom.seed(seed);
}

void SimServer::scriptNext(const ScriptedReply &reply)
{
    m_script.push_back({{}, {}, reply});
}

void SimServer::scriptNext(const QByteArray &method, const QString &pathPrefix,
                           const ScriptedReply &reply)
{
    m_script.push_back({method.toUpper(), pathPrefix, reply});
}

void SimServer::clearScript()
{
    m_script.clear();
}

void SimServer::clearRequests()
{
    m_requests.clear();
    m_firstSerial = m_nextSerial;
}

bool SimServer::setRequestLog(const QString &file)
{
    m_log.close();
    if (file.isEmpty())
        return true;
    m_log.setFileName(file);
    return m_log.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

QList<std::pair<QString, QString>> SimServer::decodeQuery(const QByteArray &rawQuery)
{
    QList<std::pair<QString, QString>> items;
    for (const QByteArray &pair : rawQuery.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        QByteArray key = equals < 0 ? pair : pair.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        items.append({QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                      QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return items;
}

bool SimServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // QtHttpServer writes the head and the body of an answer separately; with Nagle's algorithm
    // on, the body then waits for the client's delayed ACK (40 ms on Linux) on every call.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    RecordedRequest record;
    record.method = methodName(request.method());
    record.path = request.url().path(QUrl::FullyDecoded);
    record.query = decodeQuery(request.url().query(QUrl::FullyEncoded).toUtf8());
    for (const auto &[name, value] : request.headers()) {
        const QByteArray key = name.toLower();
        const auto existing = record.headers.constFind(key);
        record.headers.insert(
            key, existing == record.headers.constEnd() ? value : *existing + ", " + value);
    }
    record.body = request.body();

    const qint64 serial = m_nextSerial++;
    m_requests.append(record);
    Q_EMIT requestRecorded(record);

    QPointer<QTcpSocket> guarded(socket);
    for (auto it = m_script.begin(); it != m_script.end(); ++it) {
        if ((!it->method.isEmpty() && it->method != record.method) ||
            (!it->pathPrefix.isEmpty() && !record.path.startsWith(it->pathPrefix)))
            continue;
        const ScriptedReply reply = it->reply;
        m_script.erase(it);
        if (reply.handleFirst)
            route(record); // its effect on the tenant only; the answer is the scripted one
        QTimer::singleShot(
            std::max(reply.delayMs, 0), this,
            [this, serial, record, guarded, reply] { act(serial, record, guarded, reply); });
        return true;
    }
    handleNormally(serial, record, guarded);
    return true;
}

void SimServer::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // handleRequest() takes every request.
}

void SimServer::act(qint64 serial, const RecordedRequest &request, QPointer<QTcpSocket> socket,
                    const ScriptedReply &reply)
{
    switch (reply.action) {
    case ScriptedReply::Action::HandleNormally:
        handleNormally(serial, request, socket);
        return;
    case ScriptedReply::Action::CloseWithoutReply:
        close(serial, socket, request);
        return;
    case ScriptedReply::Action::Respond:
    case ScriptedReply::Action::CloseMidBody:
        send(serial, socket, request, {reply.status, reply.body, reply.headers},
             reply.action == ScriptedReply::Action::CloseMidBody);
        return;
    }
}

bool SimServer::admitByRateLimit()
{
    if (m_rateLimit <= 0)
        return true;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    while (!m_admitted.empty() && m_admitted.front() <= now - 1000)
        m_admitted.pop_front();
    if (qsizetype(m_admitted.size()) >= m_rateLimit)
        return false;
    m_admitted.push_back(now);
    return true;
}

void SimServer::handleNormally(qint64 serial, const RecordedRequest &request,
                               QPointer<QTcpSocket> socket)
{
    Response response;
    if (!admitByRateLimit()) {
        response = {429,
                    QJsonDocument(
                        QJsonObject{{QStringLiteral("Message"), fidelity::TooManyRequestsMessage}})
                        .toJson(QJsonDocument::Compact),
                    {{"Content-Type", "application/json; charset=utf-8"}, {"Retry-After", "1"}}};
    } else if (m_errorRate > 0 &&
               std::uniform_real_distribution<double>(0.0, 1.0)(m_faultRandom) < m_errorRate) {
        response = {503,
                    QJsonDocument(QJsonObject{{QStringLiteral("Message"),
                                               fidelity::ServiceUnavailableMessage}})
                        .toJson(QJsonDocument::Compact),
                    {{"Content-Type", "application/json; charset=utf-8"}}};
    } else {
        response = route(request);
    }

    int delay = m_latencyMs;
    if (m_jitterMs > 0)
        delay += std::uniform_int_distribution<int>(-m_jitterMs, m_jitterMs)(m_faultRandom);
    delay = std::max(delay, 0);
    if (delay == 0) {
        send(serial, socket, request, response);
        return;
    }
    QTimer::singleShot(delay, this, [this, serial, socket, request, response] {
        send(serial, socket, request, response);
    });
}

namespace {

QByteArray jsonBody(const QJsonValue &value)
{
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

} // namespace

SimServer::Response SimServer::route(const RecordedRequest &request)
{
    auto json = [](int status, const QJsonValue &value) {
        return Response{
            status, jsonBody(value), {{"Content-Type", "application/json; charset=utf-8"}}};
    };
    auto message = [&json](int status, const QString &text) {
        return json(status, QJsonObject{{QStringLiteral("Message"), text}});
    };

    // Authentication comes first, for every path.
    const QByteArray authorization = request.headers.value("authorization").trimmed();
    const qsizetype space = authorization.indexOf(' ');
    const bool authorized = space > 0 &&
                            authorization.left(space).compare("ST-API", Qt::CaseInsensitive) == 0 &&
                            QString::fromUtf8(authorization.mid(space + 1).trimmed()) == m_apiKey;
    if (!authorized)
        return message(401, fidelity::DeniedMessage);

    QString path = request.path.toLower();
    if (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    const QByteArray &method = request.method;
    auto notAllowed = [&message, &method] {
        return message(405, QStringLiteral("The requested resource does not support http method "
                                           "'%1'.")
                                .arg(QString::fromLatin1(method)));
    };

    if (path == u"/api/agents") {
        if (method == "GET")
            return listAgents(request);
        if (method == "POST")
            return createAgent(request);
        return notAllowed();
    }
    if (path == u"/api/agents/activate" || path == u"/api/agents/deactivate") {
        if (method != "POST")
            return notAllowed();
        return setInactive(request, path.endsWith(u"/deactivate"));
    }
    if (path.startsWith(u"/api/agents/") && path.count(u'/') == 3) {
        bool ok = false;
        const qint64 id = path.mid(12).toLongLong(&ok);
        if (method != "GET" && method != "PATCH")
            return notAllowed();
        if (!ok)
            return {404, {}, {}};
        return method == "GET" ? getAgent(id) : updateAgent(id, request);
    }
    if (path == u"/api/offices")
        return method == "GET" ? listOffices(request) : notAllowed();
    if (path == u"/api/enterprises")
        return method == "GET" ? listEnterprises(request) : notAllowed();
    return message(404, QStringLiteral("No HTTP resource was found that matches the request URI "
                                       "'%1'.")
                            .arg(baseUrl().toString() + request.path));
}

SimServer::Response SimServer::messageResponse(int status, const QString &text)
{
    return {status,
            jsonBody(QJsonObject{{QStringLiteral("Message"), text}}),
            {{"Content-Type", "application/json; charset=utf-8"}}};
}

void SimServer::applyListFaults(ODataQueryOptions &options) const
{
    options.capTop(m_maxTop);
    if (m_ignoreSkip)
        options.ignoreSkip();
}

SimServer::Response SimServer::listAgents(const RecordedRequest &request)
{
    try {
        ODataQueryOptions options = ODataQueryOptions::parse(request.query, ODataSchema::agent());
        applyListFaults(options);
        const JsonTable &table = m_tenant.agentTable();
        std::function<bool(qsizetype)> prefilter;
        const QString email = queryValue(request, u"email");
        if (!email.isEmpty()) {
            const qsizetype match = table.indexOfId(m_tenant.agentIdByEmail(email));
            prefilter = [match](qsizetype row) { return row == match; };
        }
        return {200,
                jsonBody(options.apply(table, prefilter)),
                {{"Content-Type", "application/json; charset=utf-8"}}};
    } catch (const ODataError &error) {
        return messageResponse(400, fidelity::QueryInvalidPrefix + error.message());
    }
}

SimServer::Response SimServer::listOffices(const RecordedRequest &request)
{
    std::function<bool(qsizetype)> prefilter;
    if (hasQueryKey(request, u"enterpriseId")) {
        bool ok = false;
        const qint64 enterpriseId = queryValue(request, u"enterpriseId").toLongLong(&ok);
        if (!ok)
            return messageResponse(400, fidelity::RequestInvalidMessage);
        const JsonTable &offices = m_tenant.officeTable();
        prefilter = [this, &offices, enterpriseId](qsizetype row) {
            return m_tenant.enterpriseOfOffice(
                       offices.at(row).value(QLatin1String("Id")).toInteger()) == enterpriseId;
        };
    }
    try {
        ODataQueryOptions options = ODataQueryOptions::parse(request.query, ODataSchema::office());
        applyListFaults(options);
        return {200,
                jsonBody(options.apply(m_tenant.officeTable(), prefilter)),
                {{"Content-Type", "application/json; charset=utf-8"}}};
    } catch (const ODataError &error) {
        return messageResponse(400, fidelity::QueryInvalidPrefix + error.message());
    }
}

SimServer::Response SimServer::listEnterprises(const RecordedRequest &request)
{
    try {
        ODataQueryOptions options =
            ODataQueryOptions::parse(request.query, ODataSchema::enterprise());
        applyListFaults(options);
        return {200,
                jsonBody(options.apply(m_tenant.enterpriseTable())),
                {{"Content-Type", "application/json; charset=utf-8"}}};
    } catch (const ODataError &error) {
        return messageResponse(400, fidelity::QueryInvalidPrefix + error.message());
    }
}

SimServer::Response SimServer::getAgent(qint64 id)
{
    const auto agent = m_tenant.agent(id);
    if (!agent)
        return {404, {}, {}};
    return {200, jsonBody(*agent), {{"Content-Type", "application/json; charset=utf-8"}}};
}

SimServer::Response SimServer::writeResponse(const AgentWriteResult &result)
{
    if (result.status == 404)
        return {404, {}, {}};
    if (!result.ok())
        return messageResponse(result.status, result.message);
    return {200, jsonBody(result.agent), {{"Content-Type", "application/json; charset=utf-8"}}};
}

SimServer::Response SimServer::unsupportedMediaType(const RecordedRequest &request)
{
    return messageResponse(415, QStringLiteral("The request entity's media type '%1' is not "
                                               "supported for this resource.")
                                    .arg(QString::fromLatin1(mediaType(request))));
}

namespace {

std::optional<QJsonObject> bodyObject(const RecordedRequest &request)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace

SimServer::Response SimServer::createAgent(const RecordedRequest &request)
{
    if (mediaType(request) != "application/json")
        return unsupportedMediaType(request);
    const auto body = bodyObject(request);
    if (!body)
        return messageResponse(400, QStringLiteral("The request body must be a JSON object."));
    return writeResponse(m_tenant.createAgent(*body));
}

SimServer::Response SimServer::updateAgent(qint64 id, const RecordedRequest &request)
{
    const QByteArray type = mediaType(request);
    if (type != "application/merge-patch+json" && type != "application/json")
        return unsupportedMediaType(request);
    if (!m_tenant.agent(id))
        return {404, {}, {}};
    const auto body = bodyObject(request);
    if (!body)
        return messageResponse(400, QStringLiteral("The request body must be a JSON object "
                                                   "(a JSON Merge Patch)."));
    return writeResponse(m_tenant.updateAgent(id, *body));
}

SimServer::Response SimServer::setInactive(const RecordedRequest &request, bool inactive)
{
    bool ok = false;
    const qint64 id = queryValue(request, u"id").toLongLong(&ok);
    if (!ok)
        return messageResponse(400, fidelity::RequestInvalidMessage);
    const AgentWriteResult result = m_tenant.setAgentInactive(id, inactive);
    if (!result.ok())
        return {result.status, {}, {}};
    return {200, {}, {}};
}

// Answers are written as raw HTTP/1.1 rather than through QHttpServerResponder: that gives
// exact control of the status line (any code), the headers and a deliberately cut body, and a
// late answer needs nothing but the socket (a responder is built from the request object that
// the base class reuses for the connection's next request).
void SimServer::send(qint64 serial, const QPointer<QTcpSocket> &socket,
                     const RecordedRequest &request, const Response &response, bool closeMidBody)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
        finish(serial, request, 0);
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                      reasonPhrase(response.status) + "\r\n";
    bool hasLength = false;
    for (const auto &[name, value] : response.headers) {
        hasLength = hasLength || name.compare("content-length", Qt::CaseInsensitive) == 0;
        head += name + ": " + value + "\r\n";
    }
    if (!hasLength)
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    const bool closeAfter =
        request.headers.value("connection").compare("close", Qt::CaseInsensitive) == 0;
    if (closeAfter)
        head += "Connection: close\r\n";
    head += "\r\n";

    socket->write(head);
    if (closeMidBody) {
        socket->write(response.body.left(std::max<qsizetype>(1, response.body.size() / 2)));
        socket->disconnectFromHost();
        finish(serial, request, 0);
        return;
    }
    socket->write(response.body);
    if (closeAfter)
        socket->disconnectFromHost();
    finish(serial, request, response.status);
}

void SimServer::close(qint64 serial, const QPointer<QTcpSocket> &socket,
                      const RecordedRequest &request)
{
    if (socket)
        socket->disconnectFromHost();
    finish(serial, request, 0);
}

void SimServer::finish(qint64 serial, const RecordedRequest &request, int status)
{
    RecordedRequest answered = request;
    answered.status = status;
    if (serial >= m_firstSerial && serial - m_firstSerial < m_requests.size())
        m_requests[serial - m_firstSerial].status = status;
    if (m_log.isOpen()) {
        QJsonArray query;
        for (const auto &[key, value] : request.query)
            query.append(QJsonArray{key, value});
        const QJsonObject line{{QStringLiteral("method"), QString::fromLatin1(request.method)},
                               {QStringLiteral("path"), request.path},
                               {QStringLiteral("query"), query},
                               {QStringLiteral("status"), status}};
        m_log.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
        m_log.flush();
    }
    Q_EMIT requestAnswered(answered);
}

} // namespace signtraker::sim
