// SPDX-License-Identifier: Apache-2.0
#include "transport.h"

#include "apicall.h"
#include "buildinfo.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>

namespace signtraker {

Q_LOGGING_CATEGORY(lcHttp, "signtraker.http", QtWarningMsg)

namespace {

// A request body that can be read exactly once. Qt silently sends a request again when a
// kept-alive connection closes under it, whatever the method; with a sequential device that
// cannot be rewound it reports ContentReSendError instead, so a create reaches the service at
// most once. (A QBuffer does not help: Qt reads its bytes directly.)
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_position + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min<qint64>(maxSize, m_data.size() - m_position);
        std::copy_n(m_data.constData() + m_position, count, data);
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

QString encodeQuery(const QueryItems &items)
{
    // QUrlQuery leaves '+' alone, which many servers read as a space: encode every value.
    QString query;
    for (const auto &[key, value] : items) {
        if (!query.isEmpty())
            query += u'&';
        query += QString::fromLatin1(QUrl::toPercentEncoding(key, "$"));
        query += u'=';
        query += QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    return query;
}

void scheduleWithTimer(std::chrono::milliseconds delay, QObject *context,
                       std::function<void()> action)
{
    QTimer::singleShot(delay, context, std::move(action));
}

} // namespace

Transport::Transport(const ClientConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_nam(new QNetworkAccessManager(this))
    , m_retryPolicy(config.maxRetries(), config.retryBackoffSeconds())
    , m_scheduler(scheduleWithTimer)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    // Never follow a redirect: Qt would forward Authorization to the other host.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_nam->setAutoDeleteReplies(false);
    if (!config.extraCaCertificates().isEmpty()) {
        // The system's authorities are listed explicitly: setting any list turns off Qt's
        // on-demand loading of them. Certificate errors are never ignored, whoever signed.
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslConfiguration::systemCaCertificates() +
                              config.extraCaCertificates());
        m_sslConfiguration = ssl;
    }
}

Transport::~Transport()
{
    // Calls hold replies of the network manager: end them before the manager goes.
    qDeleteAll(findChildren<ApiCall *>(Qt::FindDirectChildrenOnly));
}

void Transport::setScheduler(Scheduler scheduler)
{
    m_scheduler = std::move(scheduler);
}

void Transport::setRetryPolicy(const RetryPolicy &policy)
{
    m_retryPolicy = policy;
}

void Transport::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

ApiCall *Transport::send(const ApiRequest &request)
{
    auto *call = new ApiCall(this, request);
    // Started from the event loop so that the caller connects to finished() first, whatever
    // happens synchronously inside QNetworkAccessManager.
    QMetaObject::invokeMethod(call, &ApiCall::startAttempt, Qt::QueuedConnection);
    return call;
}

QUrl Transport::urlFor(const ApiRequest &request) const
{
    QUrl url = m_config.baseUrl();
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    url.setPath(path + request.path);
    if (!request.query.isEmpty())
        url.setQuery(encodeQuery(request.query), QUrl::StrictMode);
    return url;
}

QByteArray Transport::userAgent()
{
    QByteArray agent = QByteArray("SignTrakerAgentsAdmin/") + buildinfo::version();
    const QString application = QCoreApplication::applicationName();
    if (!application.isEmpty())
        agent += " (" + application.toUtf8() + ')';
    return agent + " Qt/" + qVersion();
}

QNetworkRequest Transport::networkRequest(const ApiRequest &request) const
{
    QNetworkRequest networkRequest(urlFor(request));
    networkRequest.setRawHeader("Authorization", "ST-API " + m_config.apiKey().toUtf8());
    networkRequest.setRawHeader("Accept", "application/json");
    // A Content-Type describes a body: a GET or an empty POST has none to describe.
    if (!request.body.isEmpty())
        networkRequest.setRawHeader("Content-Type", request.contentType);
    networkRequest.setRawHeader("User-Agent", userAgent());
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::ManualRedirectPolicy);
    // The overall deadline is the call's; Qt's own timer only measures idle time.
    networkRequest.setTransferTimeout(0);
    if (m_sslConfiguration)
        networkRequest.setSslConfiguration(*m_sslConfiguration);
    return networkRequest;
}

QNetworkReply *Transport::startReply(const ApiRequest &request)
{
    QNetworkRequest networkRequest = this->networkRequest(request);
    logRequest(networkRequest, request);
    const QByteArray verb = ApiRequest::methodName(request.method);
    if (request.method == ApiRequest::Method::Get)
        return m_nam->get(networkRequest);
    if (request.repeat == ApiRequest::Repeat::OnlyIfNotSent) {
        networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        auto *body = new OneShotBody(request.body, nullptr);
        QNetworkReply *reply = m_nam->sendCustomRequest(networkRequest, verb, body);
        body->setParent(reply);
        return reply;
    }
    return m_nam->sendCustomRequest(networkRequest, verb, request.body);
}

void Transport::logRequest(const QNetworkRequest &request, const ApiRequest &apiRequest) const
{
    if (!lcHttp().isDebugEnabled())
        return;
    QStringList headers;
    for (const QByteArray &name : request.rawHeaderList()) {
        // The key never reaches a log: Authorization is written masked.
        const QByteArray value = name.compare("Authorization", Qt::CaseInsensitive) == 0
                                     ? QByteArray("ST-API ********")
                                     : request.rawHeader(name);
        headers << QString::fromLatin1(name + ": " + value);
    }
    qCDebug(lcHttp).noquote() << ApiRequest::methodName(apiRequest.method)
                              << request.url().toString(QUrl::FullyEncoded) << '['
                              << headers.join(QLatin1String("; ")) << ']' << apiRequest.body.size()
                              << "bytes";
}

} // namespace signtraker
