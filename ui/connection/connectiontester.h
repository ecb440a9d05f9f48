// SPDX-License-Identifier: Apache-2.0
// "Test connection": GET /api/agents?$top=1 with the given settings, and what happened in plain
// words (connected; key refused; host not found; certificate problem; timed out). Latest wins:
// a new test cancels the one running. No widgets, so the dialogs and tests share it.
#pragma once

#include "apierror.h"
#include "clientconfig.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace signtraker {
class ApiCall;
class SignTrakerClient;
struct ApiResult;
} // namespace signtraker

namespace signtraker::ui {

class ConnectionTester : public QObject
{
    Q_OBJECT

public:
    enum class Result {
        Connected,
        KeyRefused,
        HostNotFound,
        CertificateProblem,
        TimedOut,
        ConnectionRefused,
        Configuration, // the settings themselves are wrong: nothing was sent
        OtherProblem,
    };
    Q_ENUM(Result)

    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    void test(const ClientConfig &config);
    void cancel();
    bool isRunning() const;

    static Result classify(const ApiError &error);
    // One sentence for people; the error's own words follow where they help.
    static QString describe(Result result, const ApiError &error = {});

Q_SIGNALS:
    void finished(signtraker::ui::ConnectionTester::Result result, const QString &message);

private:
    void onFinished(const ApiResult &result);

    SignTrakerClient *m_client = nullptr;
    QPointer<ApiCall> m_call;
};

} // namespace signtraker::ui
