// SPDX-License-Identifier: Apache-2.0
// Profile: its values for the client, its problems in the client's words, and limits that agree
// with ClientConfig::resolve() at every edge.
#include "profile.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace signtraker;

class TestProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toConfigValues_setOnlyWhatIsThere();
    void problem_matchesTheClient_data();
    void problem_matchesTheClient();
    void limits_agreeWithResolve_data();
    void limits_agreeWithResolve();
    void nameProblem_data();
    void nameProblem();
};

void TestProfile::toConfigValues_setOnlyWhatIsThere()
{
    Profile profile;
    profile.name = QStringLiteral("acme");
    profile.subdomain = QStringLiteral(" acme ");
    profile.maxRetries = 3;
    profile.maxResponseMegabytes = 16;
    profile.parallelRequests = 6;
    const ConfigValues values = profile.toConfigValues();
    QCOMPARE(values.subdomain, std::optional<QString>(QStringLiteral("acme")));
    QVERIFY(!values.baseUrl);
    QVERIFY(!values.apiKey);
    QVERIFY(!values.timeoutSeconds);
    QCOMPARE(values.maxRetries, std::optional<int>(3));
    QVERIFY(!values.retryBackoffSeconds);
    QCOMPARE(values.maxResponseMegabytes, std::optional<int>(16));
    QCOMPARE(values.parallelRequests, std::optional<int>(6));
}

void TestProfile::problem_matchesTheClient_data()
{
    QTest::addColumn<QString>("subdomain");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<bool>("ok");
    QTest::newRow("subdomain") << "acme" << QString() << true;
    QTest::newRow("https base URL") << QString() << "https://acme.example.com" << true;
    QTest::newRow("http loopback") << QString() << "http://127.0.0.1:8080" << true;
    QTest::newRow("http remote") << QString() << "http://acme.example.com" << false;
    QTest::newRow("dotted subdomain") << "acme.signtraker.com" << QString() << false;
    QTest::newRow("neither") << QString() << QString() << false;
}

void TestProfile::problem_matchesTheClient()
{
    QFETCH(QString, subdomain);
    QFETCH(QString, baseUrl);
    QFETCH(bool, ok);
    Profile profile;
    profile.name = QStringLiteral("p");
    profile.subdomain = subdomain;
    profile.baseUrl = baseUrl;
    QCOMPARE(profile.problem().isEmpty(), ok);
    if (!subdomain.isEmpty() && !ok)
        QVERIFY(profile.problem().contains(ClientConfig::subdomainProblem(subdomain)));
    if (!baseUrl.isEmpty() && !ok)
        QVERIFY(profile.problem().contains(ClientConfig::baseUrlProblem(baseUrl)));
}

void TestProfile::limits_agreeWithResolve_data()
{
    QTest::addColumn<std::optional<double>>("timeout");
    QTest::addColumn<std::optional<int>>("retries");
    QTest::addColumn<std::optional<double>>("backoff");
    QTest::addColumn<bool>("ok");
    using D = std::optional<double>;
    using I = std::optional<int>;
    QTest::newRow("smallest timeout") << D(Profile::MinTimeoutSeconds) << I() << D() << true;
    QTest::newRow("zero timeout") << D(0.0) << I() << D() << false;
    QTest::newRow("largest timeout") << D(Profile::MaxTimeoutSeconds) << I() << D() << true;
    QTest::newRow("timeout beyond") << D(Profile::MaxTimeoutSeconds + 0.5) << I() << D() << false;
    QTest::newRow("no retries") << D() << I(0) << D() << true;
    QTest::newRow("most retries") << D() << I(Profile::MaxRetries) << D() << true;
    QTest::newRow("retries beyond") << D() << I(Profile::MaxRetries + 1) << D() << false;
    QTest::newRow("negative retries") << D() << I(-1) << D() << false;
    QTest::newRow("no backoff") << D() << I() << D(0.0) << true;
    QTest::newRow("largest backoff") << D() << I() << D(Profile::MaxRetryBackoffSeconds) << true;
    QTest::newRow("backoff beyond")
        << D() << I() << D(Profile::MaxRetryBackoffSeconds + 0.5) << false;
}

void TestProfile::limits_agreeWithResolve()
{
    QFETCH(std::optional<double>, timeout);
    QFETCH(std::optional<int>, retries);
    QFETCH(std::optional<double>, backoff);
    QFETCH(bool, ok);
    Profile profile;
    profile.name = QStringLiteral("p");
    profile.subdomain = QStringLiteral("acme");
    profile.timeoutSeconds = timeout;
    profile.maxRetries = retries;
    profile.retryBackoffSeconds = backoff;
    QVERIFY2(profile.problem().isEmpty() == ok, qPrintable(profile.problem()));
}

void TestProfile::nameProblem_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("ok");
    QTest::newRow("plain") << "acme" << true;
    QTest::newRow("spaces inside and unicode") << QStringLiteral("Acme Émile (prod)") << true;
    QTest::newRow("dots") << "acme.prod" << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << "   " << false;
    QTest::newRow("leading space") << " acme" << false;
    QTest::newRow("slash") << "a/b" << false;
    QTest::newRow("backslash") << "a\\b" << false;
}

namespace {

// Marks every message of Profile's context, to see that a problem is translated whole.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "signtraker::Profile") != 0)
            return {};
        return u'«' + QString::fromUtf8(sourceText) + u'»';
    }
    bool isEmpty() const override { return false; }
};

} // namespace

void TestProfile::nameProblem()
{
    QFETCH(QString, name);
    QFETCH(bool, ok);
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString problem = Profile::nameProblem(name);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(problem.isEmpty(), ok);
    if (!ok)
        QVERIFY2(problem.startsWith(u'«') && problem.endsWith(u'»'), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
