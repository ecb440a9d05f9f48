// SPDX-License-Identifier: Apache-2.0
// The single way to send a request to the SignTraker API: it owns the headers, the deadline,
// the redirect and TLS policy, the retries and the request log. Everything else builds an
// ApiRequest and receives an ApiCall.
#pragma once

#include "apirequest.h"
#include "clientconfig.h"
#include "retrypolicy.h"

#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QObject>
#include <QSslConfiguration>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace signtraker {

class ApiCall;

// "signtraker.http": one line per request and answer, with Authorization masked.
Q_DECLARE_LOGGING_CATEGORY(lcHttp)

class Transport : public QObject
{
    Q_OBJECT

public:
    // Runs action after delay unless context is gone; tests replace it to skip the waiting.
    using Scheduler = std::function<void(std::chrono::milliseconds delay, QObject *context,
                                         std::function<void()> action)>;

    explicit Transport(const ClientConfig &config, QObject *parent = nullptr);
    ~Transport() override;

    const ClientConfig &config() const { return m_config; }
    ApiCall *send(const ApiRequest &request);

    QUrl urlFor(const ApiRequest &request) const;
    static QByteArray userAgent();

    void setScheduler(Scheduler scheduler);
    void setRetryPolicy(const RetryPolicy &policy);
    // For Retry-After given as an HTTP date.
    void setClock(std::function<QDateTime()> clock);

private:
    friend class ApiCall;
    QNetworkReply *startReply(const ApiRequest &request);
    QNetworkRequest networkRequest(const ApiRequest &request) const;
    void logRequest(const QNetworkRequest &request, const ApiRequest &apiRequest) const;

    ClientConfig m_config;
    QNetworkAccessManager *m_nam;
    RetryPolicy m_retryPolicy;
    Scheduler m_scheduler;
    std::function<QDateTime()> m_clock;
    std::optional<QSslConfiguration> m_sslConfiguration; // with the configuration's extra CAs
};

} // namespace signtraker
