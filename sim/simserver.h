// SPDX-License-Identifier: Apache-2.0
// The SignTraker service on loopback: the agents, offices and enterprises endpoints over an
// in-memory Tenant, OData list options, the service's auth and error bodies, injected faults
// (latency, 503s, 429s) and a scripting API with which tests dictate the next answers and read
// back what was received. Every answer is written asynchronously; nothing blocks the thread.
#pragma once

#include "recordedrequest.h"
#include "scriptedreply.h"
#include "tenant.h"

#include <QAbstractHttpServer>
#include <QFile>
#include <QList>
#include <QPointer>
#include <QUrl>
#include <deque>
#include <random>

class QTcpServer;
class QTcpSocket;

namespace signtraker::sim {

class ODataQueryOptions;

class SimServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SimServer(QObject *parent = nullptr); // empty tenant, key "demo"
    ~SimServer() override;

    Tenant &tenant() { return m_tenant; }
    const Tenant &tenant() const { return m_tenant; }

    bool listen(quint16 port = 0); // 127.0.0.1 only
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT

    void setApiKey(const QString &key);
    QString apiKey() const { return m_apiKey; }
    void setLatency(int ms, int jitterMs = 0);
    void setErrorRate(double p);              // fraction of API requests answered 503
    void setRateLimit(int requestsPerSecond); // 0: no limit
    void setFaultSeed(quint32 seed);          // the error-rate and jitter draws
    // Every list (agents, offices, enterprises) answers at most n rows, silently, as ASP.NET's
    // page size does; 0: no cap (the default).
    void setMaxTop(int n) { m_maxTop = qMax(0, n); }
    int maxTop() const { return m_maxTop; }
    // A broken service for tests and demos: every list ignores $skip and starts at the first row.
    void setIgnoreSkip(bool ignore) { m_ignoreSkip = ignore; }
    bool ignoresSkip() const { return m_ignoreSkip; }

    // FIFO: each request consumes the first queued reply that matches it.
    void scriptNext(const ScriptedReply &reply);
    void scriptNext(const QByteArray &method, const QString &pathPrefix,
                    const ScriptedReply &reply);
    int scriptedRepliesPending() const { return int(m_script.size()); }
    void clearScript();

    QList<RecordedRequest> requests() const { return m_requests; }
    void clearRequests();
    int connectionCount() const { return m_connectionCount; }
    // Appends one JSON line per answered request: method, path, decoded query items, status.
    bool setRequestLog(const QString &file);

    // Splits a raw query ("a=1&%24top=2&b=x+y") into fully decoded items, '+' read as a space
    // before percent-decoding, so that %2B stays a plus.
    static QList<std::pair<QString, QString>> decodeQuery(const QByteArray &rawQuery);

Q_SIGNALS:
    // Emitted when a request has been read, before it is answered (status 0).
    void requestRecorded(const signtraker::sim::RecordedRequest &request);
    // Emitted when the answer has been written or the connection dropped (status set).
    void requestAnswered(const signtraker::sim::RecordedRequest &request);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Response
    {
        int status = 200;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
    };
    struct Script
    {
        QByteArray method; // empty: any
        QString pathPrefix;
        ScriptedReply reply;
    };

    void handleNormally(qint64 serial, const RecordedRequest &request, QPointer<QTcpSocket> socket);
    void act(qint64 serial, const RecordedRequest &request, QPointer<QTcpSocket> socket,
             const ScriptedReply &reply);
    Response route(const RecordedRequest &request);
    void applyListFaults(ODataQueryOptions &options) const;
    Response listAgents(const RecordedRequest &request);
    Response listOffices(const RecordedRequest &request);
    Response listEnterprises(const RecordedRequest &request);
    Response getAgent(qint64 id);
    Response createAgent(const RecordedRequest &request);
    Response updateAgent(qint64 id, const RecordedRequest &request);
    Response setInactive(const RecordedRequest &request, bool inactive);
    bool admitByRateLimit();
    static Response messageResponse(int status, const QString &text);
    static Response writeResponse(const AgentWriteResult &result);
    static Response unsupportedMediaType(const RecordedRequest &request);

    void send(qint64 serial, const QPointer<QTcpSocket> &socket, const RecordedRequest &request,
              const Response &response, bool closeMidBody = false);
    void close(qint64 serial, const QPointer<QTcpSocket> &socket, const RecordedRequest &request);
    void finish(qint64 serial, const RecordedRequest &request, int status);

    Tenant m_tenant;
    QString m_apiKey = QStringLiteral("demo");
    int m_latencyMs = 0;
    int m_jitterMs = 0;
    double m_errorRate = 0;
    int m_rateLimit = 0;
    int m_maxTop = 0;
    bool m_ignoreSkip = false;
    std::deque<qint64> m_admitted; // ms timestamps within the last second
    std::mt19937 m_faultRandom{20240601u};
    std::deque<Script> m_script;
    QList<RecordedRequest> m_requests;
    qint64 m_firstSerial = 0; // serial of m_requests.first()
    qint64 m_nextSerial = 0;
    int m_connectionCount = 0;
    QTcpServer *m_tcpServer = nullptr;
    QFile m_log;
};

} // namespace signtraker::sim
