// SPDX-License-Identifier: Apache-2.0
// EnvironmentOverrides names the variable that wins, as ClientConfig::resolve() picks it.
#include "environmentoverrides.h"

#include "clientconfig.h"

#include <QTest>

using namespace signtraker;

class TestEnvironmentOverrides : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void variables_data();
    void variables();
    void agreesWithResolve();
};

void TestEnvironmentOverrides::variables_data()
{
    QTest::addColumn<QStringList>("assignments"); // NAME=value
    QTest::addColumn<QString>("apiKey");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("subdomain");
    QTest::addColumn<QString>("timeout");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<bool>("empty");
    QTest::newRow("nothing") << QStringList() << ""
                             << ""
                             << ""
                             << "" << false << true;
    QTest::newRow("reference spelling first")
        << QStringList{"SIGNTRACKER_API_KEY=b", "SIGNTRAKER_API_KEY=a"} << "SIGNTRAKER_API_KEY"
        << ""
        << ""
        << "" << false << false;
    QTest::newRow("misspelling alone")
        << QStringList{"SIGNTRACKER_API_KEY=b", "SIGNTRACKER_SUBDOMAIN=acme"}
        << "SIGNTRACKER_API_KEY"
        << ""
        << "SIGNTRACKER_SUBDOMAIN"
        << "" << true << false;
    QTest::newRow("base URL hides the subdomain")
        << QStringList{"SIGNTRAKER_SUBDOMAIN=acme", "SIGNTRACKER_BASE_URL=https://x.test"} << ""
        << "SIGNTRACKER_BASE_URL"
        << ""
        << "" << false << false;
    QTest::newRow("blank is unset")
        << QStringList{"SIGNTRAKER_API_KEY=  ", "SIGNTRAKER_BASE_URL="} << ""
        << ""
        << ""
        << "" << false << true;
    QTest::newRow("unparsable number is unset")
        << QStringList{"SIGNTRAKER_TIMEOUT_SECONDS=soon"} << ""
        << ""
        << ""
        << "" << false << true;
    QTest::newRow("number") << QStringList{"SIGNTRAKER_TIMEOUT_SECONDS=12.5"} << ""
                            << ""
                            << ""
                            << "SIGNTRAKER_TIMEOUT_SECONDS" << false << false;
}

void TestEnvironmentOverrides::variables()
{
    QFETCH(QStringList, assignments);
    QFETCH(QString, apiKey);
    QFETCH(QString, baseUrl);
    QFETCH(QString, subdomain);
    QFETCH(QString, timeout);
    QFETCH(bool, complete);
    QFETCH(bool, empty);
    QProcessEnvironment environment;
    for (const QString &assignment : assignments)
        environment.insert(assignment.section(QLatin1Char('='), 0, 0),
                           assignment.section(QLatin1Char('='), 1));
    const EnvironmentOverrides overrides(environment);
    QCOMPARE(overrides.apiKeyVariable(), apiKey);
    QCOMPARE(overrides.baseUrlVariable(), baseUrl);
    QCOMPARE(overrides.subdomainVariable(), subdomain);
    QCOMPARE(overrides.timeoutVariable(), timeout);
    QCOMPARE(overrides.isComplete(), complete);
    QCOMPARE(overrides.isEmpty(), empty);
}

void TestEnvironmentOverrides::agreesWithResolve()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("SIGNTRACKER_API_KEY"), QStringLiteral("k"));
    environment.insert(QStringLiteral("SIGNTRAKER_SUBDOMAIN"), QStringLiteral("acme"));
    environment.insert(QStringLiteral("SIGNTRAKER_MAX_RETRIES"), QStringLiteral("2"));
    environment.insert(QStringLiteral("SIGNTRAKER_PARALLEL_REQUESTS"), QStringLiteral("3"));
    const EnvironmentOverrides overrides(environment);
    const ConfigResult resolved = ClientConfig::resolve({}, environment, {});
    QVERIFY(resolved.ok());
    QCOMPARE(resolved.config->fromEnvironment(ClientConfig::Setting::ApiKey),
             !overrides.apiKeyVariable().isEmpty());
    QCOMPARE(resolved.config->fromEnvironment(ClientConfig::Setting::BaseUrl),
             overrides.providesTenant());
    QCOMPARE(resolved.config->fromEnvironment(ClientConfig::Setting::MaxRetries),
             !overrides.maxRetriesVariable().isEmpty());
    QCOMPARE(resolved.config->fromEnvironment(ClientConfig::Setting::TimeoutSeconds),
             !overrides.timeoutVariable().isEmpty());
    QCOMPARE(resolved.config->fromEnvironment(ClientConfig::Setting::ParallelRequests),
             !overrides.parallelRequestsVariable().isEmpty());
    QCOMPARE(resolved.config->parallelRequests(), 3);
    QVERIFY(!overrides.isEmpty());
    QCOMPARE(overrides.value(overrides.parallelRequestsVariable()), QStringLiteral("3"));
    QCOMPARE(overrides.value(overrides.subdomainVariable()), QStringLiteral("acme"));
}

QTEST_GUILESS_MAIN(TestEnvironmentOverrides)
#include "tst_environmentoverrides.moc"
