// SPDX-License-Identifier: Apache-2.0
#include "connectiontester.h"

#include "apicall.h"
#include "signtrakerclient.h"

namespace signtraker::ui {

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{}

ConnectionTester::~ConnectionTester()
{
    cancel();
}

void ConnectionTester::test(const ClientConfig &config)
{
    cancel();
    if (m_client)
        m_client->deleteLater();
    m_client = new SignTrakerClient(config, this);
    ListQuery query;
    query.top = 1;
    m_call = m_client->listAgents(query);
    connect(m_call, &ApiCall::finished, this, &ConnectionTester::onFinished);
}

void ConnectionTester::cancel()
{
    if (m_call)
        m_call->cancel();
    m_call.clear();
}

bool ConnectionTester::isRunning() const
{
    return m_call && m_call->isRunning();
}

void ConnectionTester::onFinished(const ApiResult &result)
{
    m_call.clear();
    const Result outcome = result.ok() ? Result::Connected : classify(result.error);
    Q_EMIT finished(outcome, describe(outcome, result.error));
}

ConnectionTester::Result ConnectionTester::classify(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::None:
        return Result::Connected;
    case ApiError::Kind::Authentication:
        return Result::KeyRefused;
    case ApiError::Kind::Configuration:
        return Result::Configuration;
    case ApiError::Kind::Network:
        switch (error.networkKind()) {
        case ApiError::NetworkKind::HostNotFound:
            return Result::HostNotFound;
        case ApiError::NetworkKind::Tls:
            return Result::CertificateProblem;
        case ApiError::NetworkKind::Timeout:
            return Result::TimedOut;
        case ApiError::NetworkKind::ConnectionRefused:
            return Result::ConnectionRefused;
        case ApiError::NetworkKind::None:
        case ApiError::NetworkKind::ConnectionLost:
        case ApiError::NetworkKind::Other:
            break;
        }
        break;
    default:
        break;
    }
    return Result::OtherProblem;
}

QString ConnectionTester::describe(Result result, const ApiError &error)
{
    switch (result) {
    case Result::Connected:
        return tr("Connected.");
    case Result::KeyRefused:
        return tr("Key refused: the service did not accept this API key.");
    case Result::HostNotFound:
        return tr("Host not found: check the subdomain or base URL.");
    case Result::CertificateProblem:
        return tr("Certificate problem: the secure connection could not be verified.");
    case Result::TimedOut:
        return tr("Timed out: the service did not answer in time.");
    case Result::ConnectionRefused:
        return tr("Connection refused: nothing answers at that address.");
    case Result::Configuration:
        return error.message();
    case Result::OtherProblem:
        break;
    }
    return tr("Not connected: %1").arg(error.userMessage());
}

} // namespace signtraker::ui
