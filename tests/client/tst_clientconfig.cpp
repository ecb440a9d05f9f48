// SPDX-License-Identifier: Apache-2.0
// ClientConfig::resolve: every precedence rule and alias of the reference client, and the
// stricter validation. Environments are constructed here, never the process's own.
#include "clientconfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace signtraker;

namespace {

using Variables = QList<std::pair<QString, QString>>;

QProcessEnvironment environmentOf(const Variables &variables)
{
    QProcessEnvironment environment;
    for (const auto &[name, value] : variables)
        environment.insert(name, value);
    return environment;
}

const QString Key = QStringLiteral("sk-test-0123456789");

ConfigValues withKey(ConfigValues values = {})
{
    if (!values.apiKey)
        values.apiKey = Key;
    return values;
}

ConfigValues explicitUrl(const QString &url)
{
    ConfigValues values;
    values.apiKey = Key;
    values.baseUrl = url;
    return values;
}

// A certificate authority's certificate, as a TLS-inspecting proxy's would be given.
const char CaPem[] = "-----BEGIN CERTIFICATE-----\n"
                     "MIIBijCCAS+gAwIBAgIUfKNLPkvsKewFgBOEP0/FWKKIAacwCgYIKoZIzj0EAwIw\n"
                     "GTEXMBUGA1UEAwwOQ29uZmlnIFRlc3QgQ0EwIBcNMjYxMjAxMjE0NDQ2WhgPMjEy\n"
                     "NjExMDcyMTQ0NDZaMBkxFzAVBgNVBAMMDkNvbmZpZyBUZXN0IENBMFkwEwYHKoZI\n"
                     "zj0CAQYIKoZIzj0DAQcDQgAEJ+uIs07l7O4VTzH6CZnkcZ0lJ8BE2cRWSRFK3DEA\n"
                     "caw3wzntK98NvUZBfimqlf2I3VC/MJRAtpU58vIlI6YD56NTMFEwHQYDVR0OBBYE\n"
                     "FIQvo3qR9T2h78l10nc6nq4zxAxtMB8GA1UdIwQYMBaAFIQvo3qR9T2h78l10nc6\n"
                     "nq4zxAxtMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDSQAwRgIhAIckhFQR\n"
                     "j/4AkrluiI99rMtUMc9RA9wngNBhubUSDUXUAiEA/u330Q2zfXkN5F11HtIA6Hdl\n"
                     "z5QCO+XyBDjlSOl+WBU=\n"
                     "-----END CERTIFICATE-----\n";

} // namespace

Q_DECLARE_METATYPE(ConfigValues)
Q_DECLARE_METATYPE(Variables)

class TestClientConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolve_apiKeySources_firstWins_data();
    void resolve_apiKeySources_firstWins();
    void resolve_baseUrlSources_firstWins_data();
    void resolve_baseUrlSources_firstWins();
    void resolve_numbers_followPrecedence_data();
    void resolve_numbers_followPrecedence();
    void resolve_nothingSet_defaults();
    void resolve_noKey_authenticationError_data();
    void resolve_noKey_authenticationError();
    void resolve_noUrl_configurationError();
    void resolve_invalidValue_configurationErrorNamingSetting_data();
    void resolve_invalidValue_configurationErrorNamingSetting();
    void resolve_invalidValue_translatedAsWholeSentences_data();
    void resolve_invalidValue_translatedAsWholeSentences();
    void resolve_frenchLocale_numbersStillParse();
    void resolve_fromEnvironment_flagsOnlyEnvironmentValues();
    void subdomainProblem_label_validatedAsDnsLabel_data();
    void subdomainProblem_label_validatedAsDnsLabel();
    void baseUrlProblem_url_httpsOrLoopback_data();
    void baseUrlProblem_url_httpsOrLoopback();
    void urlForSubdomain_upperCase_lowered();
    void make_values_keptAsGiven();
    void resolve_caFile_followsPrecedenceAndLoads_data();
    void resolve_caFile_followsPrecedenceAndLoads();
    void resolve_caFile_unusable_configurationErrorNamingFile_data();
    void resolve_caFile_unusable_configurationErrorNamingFile();
    void resolve_maxResponse_followsPrecedence_data();
    void resolve_maxResponse_followsPrecedence();
    void resolve_parallelRequests_followsPrecedence_data();
    void resolve_parallelRequests_followsPrecedence();
    void apiKeyVariable_blankIsNoKey_data();
    void apiKeyVariable_blankIsNoKey();
};

void TestClientConfig::resolve_apiKeySources_firstWins_data()
{
    QTest::addColumn<ConfigValues>("explicitValues");
    QTest::addColumn<Variables>("environment");
    QTest::addColumn<ConfigValues>("profile");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("fromEnvironment");

    const QString url = QStringLiteral("https://acme.signtraker.com");
    ConfigValues explicitKey;
    explicitKey.apiKey = QStringLiteral("explicit");
    explicitKey.baseUrl = url;
    ConfigValues noKey;
    noKey.baseUrl = url;
    ConfigValues profileKey;
    profileKey.apiKey = QStringLiteral("profile");
    ConfigValues emptyExplicit = noKey;
    emptyExplicit.apiKey = QString();
    const Variables both{{QStringLiteral("SIGNTRAKER_API_KEY"), QStringLiteral("env")},
                         {QStringLiteral("SIGNTRACKER_API_KEY"), QStringLiteral("alias")}};

    QTest::newRow("explicit key beats environment")
        << explicitKey << both << profileKey << QStringLiteral("explicit") << false;
    QTest::newRow("SIGNTRAKER_ beats SIGNTRACKER_")
        << noKey << both << profileKey << QStringLiteral("env") << true;
    QTest::newRow("SIGNTRACKER_ alias alone")
        << noKey << Variables{{QStringLiteral("SIGNTRACKER_API_KEY"), QStringLiteral("alias")}}
        << profileKey << QStringLiteral("alias") << true;
    QTest::newRow("empty SIGNTRAKER_ falls to alias")
        << noKey
        << Variables{{QStringLiteral("SIGNTRAKER_API_KEY"), QString()},
                     {QStringLiteral("SIGNTRACKER_API_KEY"), QStringLiteral("alias")}}
        << profileKey << QStringLiteral("alias") << true;
    QTest::newRow("environment beats profile")
        << noKey << Variables{{QStringLiteral("SIGNTRAKER_API_KEY"), QStringLiteral("env")}}
        << profileKey << QStringLiteral("env") << true;
    QTest::newRow("profile when nothing else")
        << noKey << Variables{} << profileKey << QStringLiteral("profile") << false;
    QTest::newRow("empty explicit key falls through")
        << emptyExplicit << Variables{{QStringLiteral("SIGNTRAKER_API_KEY"), QStringLiteral("env")}}
        << ConfigValues{} << QStringLiteral("env") << true;
    QTest::newRow("blank environment falls to profile")
        << noKey << Variables{{QStringLiteral("SIGNTRAKER_API_KEY"), QStringLiteral("  ")}}
        << profileKey << QStringLiteral("profile") << false;
    QTest::newRow("pasted newline trimmed")
        << noKey << Variables{{QStringLiteral("SIGNTRAKER_API_KEY"), QStringLiteral("env\n")}}
        << ConfigValues{} << QStringLiteral("env") << true;
}

void TestClientConfig::resolve_apiKeySources_firstWins()
{
    QFETCH(ConfigValues, explicitValues);
    QFETCH(Variables, environment);
    QFETCH(ConfigValues, profile);
    QFETCH(QString, key);
    QFETCH(bool, fromEnvironment);

    const ConfigResult result =
        ClientConfig::resolve(explicitValues, environmentOf(environment), profile);
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(result.config->apiKey(), key);
    QCOMPARE(result.config->fromEnvironment(ClientConfig::Setting::ApiKey), fromEnvironment);
}

void TestClientConfig::resolve_baseUrlSources_firstWins_data()
{
    QTest::addColumn<ConfigValues>("explicitValues");
    QTest::addColumn<Variables>("environment");
    QTest::addColumn<ConfigValues>("profile");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("fromEnvironment");

    const std::pair<QString, QString> envBase{QStringLiteral("SIGNTRAKER_BASE_URL"),
                                              QStringLiteral("https://envbase.example.com")};
    const std::pair<QString, QString> envBaseAlias{QStringLiteral("SIGNTRACKER_BASE_URL"),
                                                   QStringLiteral("https://aliasbase.example.com")};
    const std::pair<QString, QString> envSub{QStringLiteral("SIGNTRAKER_SUBDOMAIN"),
                                             QStringLiteral("envsub")};
    const std::pair<QString, QString> envSubAlias{QStringLiteral("SIGNTRACKER_SUBDOMAIN"),
                                                  QStringLiteral("aliassub")};
    const Variables allEnv{envBase, envBaseAlias, envSub, envSubAlias};

    ConfigValues explicitBoth = withKey();
    explicitBoth.baseUrl = QStringLiteral("https://explicit.example.com");
    explicitBoth.subdomain = QStringLiteral("explicitsub");
    ConfigValues explicitSub = withKey();
    explicitSub.subdomain = QStringLiteral("explicitsub");
    ConfigValues profileBoth;
    profileBoth.baseUrl = QStringLiteral("https://profile.example.com");
    profileBoth.subdomain = QStringLiteral("profilesub");
    ConfigValues profileSub;
    profileSub.subdomain = QStringLiteral("profilesub");

    QTest::newRow("explicit base beats everything")
        << explicitBoth << allEnv << profileBoth << QStringLiteral("https://explicit.example.com")
        << false;
    QTest::newRow("explicit subdomain beats environment")
        << explicitSub << allEnv << profileBoth
        << QStringLiteral("https://explicitsub.signtraker.com") << false;
    QTest::newRow("env base beats env subdomain")
        << withKey() << allEnv << profileBoth << QStringLiteral("https://envbase.example.com")
        << true;
    QTest::newRow("env base alias beats env subdomain")
        << withKey() << Variables{envBaseAlias, envSub} << profileBoth
        << QStringLiteral("https://aliasbase.example.com") << true;
    QTest::newRow("SIGNTRAKER_SUBDOMAIN beats SIGNTRACKER_SUBDOMAIN")
        << withKey() << Variables{envSub, envSubAlias} << profileBoth
        << QStringLiteral("https://envsub.signtraker.com") << true;
    QTest::newRow("SIGNTRACKER_SUBDOMAIN alias alone")
        << withKey() << Variables{envSubAlias} << profileBoth
        << QStringLiteral("https://aliassub.signtraker.com") << true;
    QTest::newRow("env subdomain beats profile base")
        << withKey() << Variables{envSub} << profileBoth
        << QStringLiteral("https://envsub.signtraker.com") << true;
    QTest::newRow("profile base beats profile subdomain")
        << withKey() << Variables{} << profileBoth << QStringLiteral("https://profile.example.com")
        << false;
    QTest::newRow("profile subdomain last")
        << withKey() << Variables{} << profileSub
        << QStringLiteral("https://profilesub.signtraker.com") << false;
    QTest::newRow("empty env base falls to env subdomain")
        << withKey() << Variables{{QStringLiteral("SIGNTRAKER_BASE_URL"), QString()}, envSub}
        << ConfigValues{} << QStringLiteral("https://envsub.signtraker.com") << true;
    QTest::newRow("trailing slash dropped")
        << explicitUrl(QStringLiteral("https://acme.signtraker.com/")) << Variables{}
        << ConfigValues{} << QStringLiteral("https://acme.signtraker.com") << false;
    QTest::newRow("trailing slashes after a path dropped")
        << explicitUrl(QStringLiteral("https://proxy.example.com/signtraker//")) << Variables{}
        << ConfigValues{} << QStringLiteral("https://proxy.example.com/signtraker") << false;
    QTest::newRow("upper-case subdomain lowered")
        << withKey() << Variables{{QStringLiteral("SIGNTRAKER_SUBDOMAIN"), QStringLiteral("AcMe")}}
        << ConfigValues{} << QStringLiteral("https://acme.signtraker.com") << true;
    QTest::newRow("port kept") << explicitUrl(QStringLiteral("https://acme.example.com:8443"))
                               << Variables{} << ConfigValues{}
                               << QStringLiteral("https://acme.example.com:8443") << false;
    QTest::newRow("http on localhost")
        << explicitUrl(QStringLiteral("http://localhost:8080/")) << Variables{} << ConfigValues{}
        << QStringLiteral("http://localhost:8080") << false;
    QTest::newRow("http on 127.0.0.5")
        << explicitUrl(QStringLiteral("http://127.0.0.5:9000")) << Variables{} << ConfigValues{}
        << QStringLiteral("http://127.0.0.5:9000") << false;
    QTest::newRow("http on [::1]")
        << explicitUrl(QStringLiteral("http://[::1]:9000")) << Variables{} << ConfigValues{}
        << QStringLiteral("http://[::1]:9000") << false;
}

void TestClientConfig::resolve_baseUrlSources_firstWins()
{
    QFETCH(ConfigValues, explicitValues);
    QFETCH(Variables, environment);
    QFETCH(ConfigValues, profile);
    QFETCH(QString, url);
    QFETCH(bool, fromEnvironment);

    const ConfigResult result =
        ClientConfig::resolve(explicitValues, environmentOf(environment), profile);
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(result.config->baseUrl().toString(), url);
    QCOMPARE(result.config->fromEnvironment(ClientConfig::Setting::BaseUrl), fromEnvironment);
}

void TestClientConfig::resolve_numbers_followPrecedence_data()
{
    QTest::addColumn<ConfigValues>("explicitValues");
    QTest::addColumn<Variables>("environment");
    QTest::addColumn<ConfigValues>("profile");
    QTest::addColumn<double>("timeout");
    QTest::addColumn<int>("retries");
    QTest::addColumn<double>("backoff");

    const Variables env{
        {QStringLiteral("SIGNTRAKER_TIMEOUT_SECONDS"), QStringLiteral("12.5")},
        {QStringLiteral("SIGNTRAKER_MAX_RETRIES"), QStringLiteral("3")},
        {QStringLiteral("SIGNTRAKER_RETRY_BACKOFF_SECONDS"), QStringLiteral("0.25")}};
    const Variables garbage{
        {QStringLiteral("SIGNTRAKER_TIMEOUT_SECONDS"), QStringLiteral("soon")},
        {QStringLiteral("SIGNTRAKER_MAX_RETRIES"), QStringLiteral("2.5")},
        {QStringLiteral("SIGNTRAKER_RETRY_BACKOFF_SECONDS"), QStringLiteral("0,25")}};
    ConfigValues explicitNumbers = explicitUrl(QStringLiteral("https://acme.signtraker.com"));
    explicitNumbers.timeoutSeconds = 5;
    explicitNumbers.maxRetries = 1;
    explicitNumbers.retryBackoffSeconds = 2;
    ConfigValues profile;
    profile.timeoutSeconds = 60;
    profile.maxRetries = 4;
    profile.retryBackoffSeconds = 1;
    const ConfigValues plain = explicitUrl(QStringLiteral("https://acme.signtraker.com"));

    QTest::newRow("explicit beats environment")
        << explicitNumbers << env << profile << 5.0 << 1 << 2.0;
    QTest::newRow("environment beats profile") << plain << env << profile << 12.5 << 3 << 0.25;
    QTest::newRow("profile beats default") << plain << Variables{} << profile << 60.0 << 4 << 1.0;
    QTest::newRow("defaults 30/0/0.5")
        << plain << Variables{} << ConfigValues{} << 30.0 << 0 << 0.5;
    QTest::newRow("unparsable environment falls to profile")
        << plain << garbage << profile << 60.0 << 4 << 1.0;
    QTest::newRow("unparsable environment falls to default")
        << plain << garbage << ConfigValues{} << 30.0 << 0 << 0.5;
    QTest::newRow("empty environment counts as unset")
        << plain
        << Variables{{QStringLiteral("SIGNTRAKER_TIMEOUT_SECONDS"), QString()},
                     {QStringLiteral("SIGNTRAKER_MAX_RETRIES"), QString()},
                     {QStringLiteral("SIGNTRAKER_RETRY_BACKOFF_SECONDS"), QString()}}
        << profile << 60.0 << 4 << 1.0;
    QTest::newRow("surrounding spaces tolerated")
        << plain
        << Variables{{QStringLiteral("SIGNTRAKER_TIMEOUT_SECONDS"), QStringLiteral(" 7 ")},
                     {QStringLiteral("SIGNTRAKER_MAX_RETRIES"), QStringLiteral(" 2")},
                     {QStringLiteral("SIGNTRAKER_RETRY_BACKOFF_SECONDS"), QStringLiteral("1e-1")}}
        << ConfigValues{} << 7.0 << 2 << 0.1;
    QTest::newRow("zero retries and zero backoff allowed")
        << plain
        << Variables{{QStringLiteral("SIGNTRAKER_MAX_RETRIES"), QStringLiteral("0")},
                     {QStringLiteral("SIGNTRAKER_RETRY_BACKOFF_SECONDS"), QStringLiteral("0")}}
        << profile << 60.0 << 0 << 0.0;
}

void TestClientConfig::resolve_numbers_followPrecedence()
{
    QFETCH(ConfigValues, explicitValues);
    QFETCH(Variables, environment);
    QFETCH(ConfigValues, profile);
    QFETCH(double, timeout);
    QFETCH(int, retries);
    QFETCH(double, backoff);

    const ConfigResult result =
        ClientConfig::resolve(explicitValues, environmentOf(environment), profile);
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(result.config->timeoutSeconds(), timeout);
    QCOMPARE(result.config->maxRetries(), retries);
    QCOMPARE(result.config->retryBackoffSeconds(), backoff);
}

void TestClientConfig::resolve_nothingSet_defaults()
{
    const ConfigResult result = ClientConfig::resolve(
        {}, environmentOf({{QStringLiteral("SIGNTRAKER_API_KEY"), Key},
                           {QStringLiteral("SIGNTRAKER_SUBDOMAIN"), QStringLiteral("acme")}}));
    QVERIFY(result.ok());
    QVERIFY(!result.error.isError());
    QCOMPARE(result.config->timeoutSeconds(), ClientConfig::DefaultTimeoutSeconds);
    QCOMPARE(result.config->timeoutSeconds(), 30.0);
    QCOMPARE(result.config->maxRetries(), 0);
    QCOMPARE(result.config->retryBackoffSeconds(), 0.5);
}

void TestClientConfig::resolve_noKey_authenticationError_data()
{
    QTest::addColumn<ConfigValues>("explicitValues");
    QTest::addColumn<Variables>("environment");
    QTest::addColumn<ConfigValues>("profile");

    ConfigValues withUrl;
    withUrl.baseUrl = QStringLiteral("https://acme.signtraker.com");
    ConfigValues blankKey = withUrl;
    blankKey.apiKey = QStringLiteral(" ");
    ConfigValues profileBlank;
    profileBlank.apiKey = QString();
    QTest::newRow("nothing anywhere") << withUrl << Variables{} << ConfigValues{};
    QTest::newRow("empty variables and empty profile key")
        << blankKey
        << Variables{{QStringLiteral("SIGNTRAKER_API_KEY"), QString()},
                     {QStringLiteral("SIGNTRACKER_API_KEY"), QString()}}
        << profileBlank;
    QTest::newRow("key under another name")
        << withUrl << Variables{{QStringLiteral("SIGNTRAKER_KEY"), Key}} << ConfigValues{};
    // The key is checked first, as in the reference client, even with no URL either.
    QTest::newRow("no key and no url") << ConfigValues{} << Variables{} << ConfigValues{};
}

void TestClientConfig::resolve_noKey_authenticationError()
{
    QFETCH(ConfigValues, explicitValues);
    QFETCH(Variables, environment);
    QFETCH(ConfigValues, profile);

    const ConfigResult result =
        ClientConfig::resolve(explicitValues, environmentOf(environment), profile);
    QVERIFY(!result.ok());
    QCOMPARE(result.error.kind(), ApiError::Kind::Authentication);
    QCOMPARE(
        result.error.message(),
        QStringLiteral("API key is required. Set SIGNTRAKER_API_KEY or store it in a profile."));
}

void TestClientConfig::resolve_noUrl_configurationError()
{
    const ConfigResult result = ClientConfig::resolve(
        withKey(), environmentOf({{QStringLiteral("SIGNTRAKER_BASE_URL"), QString()}}));
    QVERIFY(!result.ok());
    QCOMPARE(result.error.kind(), ApiError::Kind::Configuration);
    QVERIFY(result.error.message().contains(QStringLiteral("SIGNTRAKER_BASE_URL")));
    QVERIFY(result.error.message().contains(QStringLiteral("SIGNTRAKER_SUBDOMAIN")));
    QVERIFY(!result.error.message().contains(Key));
}

void TestClientConfig::resolve_invalidValue_configurationErrorNamingSetting_data()
{
    QTest::addColumn<ConfigValues>("explicitValues");
    QTest::addColumn<Variables>("environment");
    QTest::addColumn<QString>("mentioned");

    const ConfigValues plain = explicitUrl(QStringLiteral("https://acme.signtraker.com"));
    auto with = [&](auto member, auto value) {
        ConfigValues values = plain;
        values.*member = value;
        return values;
    };
    auto subdomain = [](const QString &name) {
        ConfigValues values = withKey();
        values.subdomain = name;
        return values;
    };

    QTest::newRow("http on a public host")
        << explicitUrl(QStringLiteral("http://acme.signtraker.com")) << Variables{}
        << QStringLiteral("https");
    QTest::newRow("http on 10.0.0.1") << explicitUrl(QStringLiteral("http://10.0.0.1:8080"))
                                      << Variables{} << QStringLiteral("https");
    QTest::newRow("http on localhost lookalike")
        << explicitUrl(QStringLiteral("http://localhost.evil.com")) << Variables{}
        << QStringLiteral("https");
    QTest::newRow("ftp scheme") << explicitUrl(QStringLiteral("ftp://acme.signtraker.com"))
                                << Variables{} << QStringLiteral("https");
    QTest::newRow("no scheme") << explicitUrl(QStringLiteral("acme.signtraker.com")) << Variables{}
                               << QStringLiteral("base URL");
    QTest::newRow("userinfo") << explicitUrl(QStringLiteral("https://me:pw@acme.signtraker.com"))
                              << Variables{} << QStringLiteral("password");
    QTest::newRow("query") << explicitUrl(QStringLiteral("https://acme.signtraker.com/?x=1"))
                           << Variables{} << QStringLiteral("query");
    QTest::newRow("fragment") << explicitUrl(QStringLiteral("https://acme.signtraker.com/#x"))
                              << Variables{} << QStringLiteral("fragment");
    QTest::newRow("bad env base url names the variable")
        << withKey()
        << Variables{{QStringLiteral("SIGNTRAKER_BASE_URL"), QStringLiteral("http://acme.example")}}
        << QStringLiteral("SIGNTRAKER_BASE_URL");
    QTest::newRow("subdomain with dot") << subdomain(QStringLiteral("acme.signtraker.com"))
                                        << Variables{} << QStringLiteral("dots");
    QTest::newRow("subdomain with underscore")
        << subdomain(QStringLiteral("ac_me")) << Variables{} << QStringLiteral("'_'");
    QTest::newRow("subdomain with space")
        << subdomain(QStringLiteral("ac me")) << Variables{} << QStringLiteral("a space");
    QTest::newRow("subdomain leading hyphen")
        << subdomain(QStringLiteral("-acme")) << Variables{} << QStringLiteral("'-'");
    QTest::newRow("bad env subdomain names the variable")
        << withKey() << Variables{{QStringLiteral("SIGNTRACKER_SUBDOMAIN"), QStringLiteral("a/b")}}
        << QStringLiteral("SIGNTRACKER_SUBDOMAIN");
    QTest::newRow("negative explicit timeout")
        << with(&ConfigValues::timeoutSeconds, -1.0) << Variables{} << QStringLiteral("timeout");
    QTest::newRow("zero timeout") << with(&ConfigValues::timeoutSeconds, 0.0) << Variables{}
                                  << QStringLiteral("timeout");
    QTest::newRow("absurd timeout")
        << with(&ConfigValues::timeoutSeconds, 86400.0) << Variables{} << QStringLiteral("3600");
    QTest::newRow("negative env timeout names the variable")
        << plain << Variables{{QStringLiteral("SIGNTRAKER_TIMEOUT_SECONDS"), QStringLiteral("-5")}}
        << QStringLiteral("SIGNTRAKER_TIMEOUT_SECONDS");
    QTest::newRow("negative retries")
        << with(&ConfigValues::maxRetries, -1) << Variables{} << QStringLiteral("retries");
    QTest::newRow("absurd retries")
        << with(&ConfigValues::maxRetries, 1000) << Variables{} << QStringLiteral("retries");
    QTest::newRow("negative env retries")
        << plain << Variables{{QStringLiteral("SIGNTRAKER_MAX_RETRIES"), QStringLiteral("-2")}}
        << QStringLiteral("SIGNTRAKER_MAX_RETRIES");
    QTest::newRow("negative backoff") << with(&ConfigValues::retryBackoffSeconds, -0.5)
                                      << Variables{} << QStringLiteral("backoff");
    QTest::newRow("zero answer size") << with(&ConfigValues::maxResponseMegabytes, 0) << Variables{}
                                      << QStringLiteral("largest answer");
    QTest::newRow("absurd answer size in environment")
        << plain
        << Variables{{QStringLiteral("SIGNTRAKER_MAX_RESPONSE_MB"), QStringLiteral("5000")}}
        << QStringLiteral("SIGNTRAKER_MAX_RESPONSE_MB");
    QTest::newRow("no parallel request") << with(&ConfigValues::parallelRequests, 0) << Variables{}
                                         << QStringLiteral("parallel requests");
    QTest::newRow("more parallel requests than Qt's connections per host")
        << plain << Variables{{QStringLiteral("SIGNTRAKER_PARALLEL_REQUESTS"), QStringLiteral("7")}}
        << QStringLiteral("SIGNTRAKER_PARALLEL_REQUESTS");
    QTest::newRow("infinite backoff in environment")
        << plain
        << Variables{{QStringLiteral("SIGNTRAKER_RETRY_BACKOFF_SECONDS"), QStringLiteral("inf")}}
        << QStringLiteral("backoff");
}

void TestClientConfig::resolve_invalidValue_configurationErrorNamingSetting()
{
    QFETCH(ConfigValues, explicitValues);
    QFETCH(Variables, environment);
    QFETCH(QString, mentioned);

    const ConfigResult result = ClientConfig::resolve(explicitValues, environmentOf(environment));
    QVERIFY(!result.ok());
    QCOMPARE(result.error.kind(), ApiError::Kind::Configuration);
    QVERIFY2(result.error.message().contains(mentioned, Qt::CaseInsensitive),
             qPrintable(result.error.message()));
    QVERIFY(!result.error.message().contains(Key));
    QVERIFY(!result.error.userMessage().contains(Key));
}

namespace {

// Marks every message of ClientConfig's context: a message made of translated pieces shows
// which parts went through a translation and which did not.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "signtraker::ClientConfig") != 0)
            return {};
        return u'«' + QString::fromUtf8(sourceText) + u'»';
    }
    bool isEmpty() const override { return false; }
};

} // namespace

void TestClientConfig::resolve_invalidValue_translatedAsWholeSentences_data()
{
    resolve_invalidValue_configurationErrorNamingSetting_data();
}

// Each problem is one or two whole sentences, each translated whole: nothing outside a
// translation but the spaces between them, and no English fragment inside a translated one.
void TestClientConfig::resolve_invalidValue_translatedAsWholeSentences()
{
    QFETCH(ConfigValues, explicitValues);
    QFETCH(Variables, environment);
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const ConfigResult result = ClientConfig::resolve(explicitValues, environmentOf(environment));
    QCoreApplication::removeTranslator(&translator);
    QVERIFY(!result.ok());
    const QString message = result.error.message();
    static const QRegularExpression sentence(QStringLiteral("«[^«»]*[.)]»"));
    QString rest = message;
    rest.remove(sentence);
    QVERIFY2(rest.trimmed().isEmpty(), qPrintable(message));
    QVERIFY2(message.count(u'«') <= 2, qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("(from")), qPrintable(message));
}

void TestClientConfig::resolve_frenchLocale_numbersStillParse()
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::French));
    const ConfigResult result = ClientConfig::resolve(
        explicitUrl(QStringLiteral("https://acme.signtraker.com")),
        environmentOf({{QStringLiteral("SIGNTRAKER_TIMEOUT_SECONDS"), QStringLiteral("1.5")}}));
    QLocale::setDefault(previous);
    QVERIFY(result.ok());
    QCOMPARE(result.config->timeoutSeconds(), 1.5);
}

void TestClientConfig::resolve_fromEnvironment_flagsOnlyEnvironmentValues()
{
    ConfigValues explicitValues;
    explicitValues.timeoutSeconds = 9;
    ConfigValues profile;
    profile.maxRetries = 2;
    const ConfigResult result = ClientConfig::resolve(
        explicitValues,
        environmentOf({{QStringLiteral("SIGNTRACKER_API_KEY"), Key},
                       {QStringLiteral("SIGNTRAKER_SUBDOMAIN"), QStringLiteral("acme")},
                       {QStringLiteral("SIGNTRAKER_TIMEOUT_SECONDS"), QStringLiteral("3")},
                       {QStringLiteral("SIGNTRAKER_MAX_RETRIES"), QStringLiteral("many")},
                       {QStringLiteral("SIGNTRAKER_RETRY_BACKOFF_SECONDS"), QStringLiteral("2")}}),
        profile);
    QVERIFY(result.ok());
    const ClientConfig &config = *result.config;
    QVERIFY(config.fromEnvironment(ClientConfig::Setting::ApiKey));
    QVERIFY(config.fromEnvironment(ClientConfig::Setting::BaseUrl));
    QVERIFY(!config.fromEnvironment(ClientConfig::Setting::TimeoutSeconds)); // explicit won
    QVERIFY(!config.fromEnvironment(ClientConfig::Setting::MaxRetries));     // unparsable
    QVERIFY(config.fromEnvironment(ClientConfig::Setting::RetryBackoffSeconds));
    QCOMPARE(config.timeoutSeconds(), 9.0);
    QCOMPARE(config.maxRetries(), 2);
    QCOMPARE(config.retryBackoffSeconds(), 2.0);
}

void TestClientConfig::subdomainProblem_label_validatedAsDnsLabel_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<bool>("valid");

    QTest::newRow("plain") << QStringLiteral("acme") << true;
    QTest::newRow("digits and hyphen") << QStringLiteral("acme-2") << true;
    QTest::newRow("one character") << QStringLiteral("a") << true;
    QTest::newRow("upper case accepted") << QStringLiteral("ACME") << true;
    QTest::newRow("63 characters") << QString(63, QLatin1Char('a')) << true;
    QTest::newRow("64 characters") << QString(64, QLatin1Char('a')) << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("dot") << QStringLiteral("acme.evil") << false;
    QTest::newRow("underscore") << QStringLiteral("ac_me") << false;
    QTest::newRow("space") << QStringLiteral("ac me") << false;
    QTest::newRow("trailing space") << QStringLiteral("acme ") << false;
    QTest::newRow("leading hyphen") << QStringLiteral("-acme") << false;
    QTest::newRow("trailing hyphen") << QStringLiteral("acme-") << false;
    QTest::newRow("slash") << QStringLiteral("acme/x") << false;
    QTest::newRow("at sign") << QStringLiteral("evil.com@acme") << false;
    QTest::newRow("non-ascii letter") << QStringLiteral("acmé") << false;
}

void TestClientConfig::subdomainProblem_label_validatedAsDnsLabel()
{
    QFETCH(QString, label);
    QFETCH(bool, valid);
    QCOMPARE(ClientConfig::subdomainProblem(label).isEmpty(), valid);
}

void TestClientConfig::baseUrlProblem_url_httpsOrLoopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("valid");

    QTest::newRow("https") << QStringLiteral("https://acme.signtraker.com") << true;
    QTest::newRow("https with path") << QStringLiteral("https://proxy.example.com/st/") << true;
    QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080") << true;
    QTest::newRow("http 127.0.0.5") << QStringLiteral("http://127.0.0.5") << true;
    QTest::newRow("http 127.255.255.254") << QStringLiteral("http://127.255.255.254") << true;
    QTest::newRow("http [::1]") << QStringLiteral("http://[::1]:1234") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost") << true;
    QTest::newRow("http LOCALHOST") << QStringLiteral("http://LOCALHOST:80") << true;
    QTest::newRow("http public") << QStringLiteral("http://acme.signtraker.com") << false;
    QTest::newRow("http 128.0.0.1") << QStringLiteral("http://128.0.0.1") << false;
    QTest::newRow("http 192.168.1.1") << QStringLiteral("http://192.168.1.1") << false;
    QTest::newRow("http [::2]") << QStringLiteral("http://[::2]") << false;
    QTest::newRow("no host") << QStringLiteral("https://") << false;
    QTest::newRow("relative") << QStringLiteral("/api") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("garbage") << QStringLiteral("https://exa mple.com") << false;
    QTest::newRow("userinfo") << QStringLiteral("https://user@acme.signtraker.com") << false;
    QTest::newRow("query") << QStringLiteral("https://acme.signtraker.com?k=v") << false;
    QTest::newRow("fragment") << QStringLiteral("https://acme.signtraker.com#top") << false;
    QTest::newRow("file scheme") << QStringLiteral("file:///etc/passwd") << false;
}

void TestClientConfig::baseUrlProblem_url_httpsOrLoopback()
{
    QFETCH(QString, url);
    QFETCH(bool, valid);
    const QString problem = ClientConfig::baseUrlProblem(url);
    QVERIFY2(problem.isEmpty() == valid, qPrintable(problem));
}

void TestClientConfig::urlForSubdomain_upperCase_lowered()
{
    QCOMPARE(ClientConfig::urlForSubdomain(QStringLiteral("Acme")),
             QUrl(QStringLiteral("https://acme.signtraker.com")));
}

void TestClientConfig::make_values_keptAsGiven()
{
    const ClientConfig config = ClientConfig::make(QUrl(QStringLiteral("http://127.0.0.1:5000/")),
                                                   QStringLiteral("k"), 2.5, 3, 0.1);
    QCOMPARE(config.baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:5000")));
    QCOMPARE(config.apiKey(), QStringLiteral("k"));
    QCOMPARE(config.timeoutSeconds(), 2.5);
    QCOMPARE(config.maxRetries(), 3);
    QCOMPARE(config.retryBackoffSeconds(), 0.1);
    QVERIFY(!config.fromEnvironment(ClientConfig::Setting::ApiKey));
}

void TestClientConfig::resolve_caFile_followsPrecedenceAndLoads_data()
{
    QTest::addColumn<QString>("explicitFile"); // "ca" names the good file, "bad" an unusable one
    QTest::addColumn<QString>("environmentFile");
    QTest::addColumn<QString>("profileFile");
    QTest::addColumn<bool>("fromEnvironment");
    QTest::newRow("none") << QString() << QString() << QString() << false;
    const QString ca = QStringLiteral("ca");
    const QString bad = QStringLiteral("bad");
    QTest::newRow("explicit") << ca << bad << bad << false;
    QTest::newRow("environment") << QString() << ca << bad << true;
    QTest::newRow("profile") << QString() << QString() << ca << false;
}

void TestClientConfig::resolve_caFile_followsPrecedenceAndLoads()
{
    QFETCH(QString, explicitFile);
    QFETCH(QString, environmentFile);
    QFETCH(QString, profileFile);
    QFETCH(bool, fromEnvironment);
    QTemporaryDir dir;
    QFile ca(dir.filePath(QStringLiteral("ca")));
    QVERIFY(ca.open(QIODevice::WriteOnly) && ca.write(CaPem) > 0);
    ca.close();
    auto path = [&](const QString &name) {
        return name.isEmpty() ? std::optional<QString>() : dir.filePath(name);
    };

    ConfigValues values = explicitUrl(QStringLiteral("https://acme.signtraker.com"));
    values.caCertificatesFile = path(explicitFile);
    ConfigValues profile;
    profile.caCertificatesFile = path(profileFile);
    Variables environment;
    if (!environmentFile.isEmpty())
        environment << std::pair(QStringLiteral("SIGNTRAKER_CA_FILE"),
                                 dir.filePath(environmentFile));
    const ConfigResult result = ClientConfig::resolve(values, environmentOf(environment), profile);
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    const bool any = !QString(explicitFile + environmentFile + profileFile).isEmpty();
    QCOMPARE(result.config->caCertificatesFile(), any ? ca.fileName() : QString());
    QCOMPARE(result.config->extraCaCertificates().size(), any ? 1 : 0);
    if (any)
        QCOMPARE(
            result.config->extraCaCertificates().first().subjectInfo(QSslCertificate::CommonName),
            QStringList{QStringLiteral("Config Test CA")});
    QCOMPARE(result.config->fromEnvironment(ClientConfig::Setting::CaCertificatesFile),
             fromEnvironment);
}

void TestClientConfig::resolve_caFile_unusable_configurationErrorNamingFile_data()
{
    QTest::addColumn<QByteArray>("content"); // "-" for no file at all
    QTest::newRow("missing") << QByteArray("-");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not PEM") << QByteArray("just some text\n");
}

void TestClientConfig::resolve_caFile_unusable_configurationErrorNamingFile()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("proxy-ca.pem"));
    if (content != "-") {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content);
    }
    // Falling back to the system's authorities alone would hide the mistake until a proxy's
    // certificate is refused with a message that does not mention the file.
    const ConfigResult result =
        ClientConfig::resolve(explicitUrl(QStringLiteral("https://acme.signtraker.com")),
                              environmentOf({{QStringLiteral("SIGNTRAKER_CA_FILE"), file}}));
    QVERIFY(!result.ok());
    QCOMPARE(result.error.kind(), ApiError::Kind::Configuration);
    QVERIFY2(result.error.message().contains(file), qPrintable(result.error.message()));
    QVERIFY2(result.error.message().contains(QLatin1String("SIGNTRAKER_CA_FILE")),
             qPrintable(result.error.message()));
}

void TestClientConfig::resolve_maxResponse_followsPrecedence_data()
{
    QTest::addColumn<std::optional<int>>("explicitMb");
    QTest::addColumn<QString>("environmentMb");
    QTest::addColumn<std::optional<int>>("profileMb");
    QTest::addColumn<qint64>("expectedBytes");
    QTest::addColumn<bool>("fromEnvironment");
    constexpr qint64 MiB = 1024 * 1024;
    const std::optional<int> none;
    QTest::newRow("default 64 MiB") << none << QString() << none << 64 * MiB << false;
    QTest::newRow("profile") << none << QString() << std::optional<int>(8) << 8 * MiB << false;
    QTest::newRow("environment over profile")
        << none << QStringLiteral(" 128 ") << std::optional<int>(8) << 128 * MiB << true;
    QTest::newRow("unparsable environment falls back")
        << none << QStringLiteral("lots") << std::optional<int>(8) << 8 * MiB << false;
    QTest::newRow("explicit over all") << std::optional<int>(2) << QStringLiteral("128")
                                       << std::optional<int>(8) << 2 * MiB << false;
}

void TestClientConfig::resolve_maxResponse_followsPrecedence()
{
    QFETCH(std::optional<int>, explicitMb);
    QFETCH(QString, environmentMb);
    QFETCH(std::optional<int>, profileMb);
    QFETCH(qint64, expectedBytes);
    QFETCH(bool, fromEnvironment);
    ConfigValues explicitValues = explicitUrl(QStringLiteral("https://acme.signtraker.com"));
    explicitValues.maxResponseMegabytes = explicitMb;
    ConfigValues profile;
    profile.maxResponseMegabytes = profileMb;
    Variables variables;
    if (!environmentMb.isEmpty())
        variables.append({QStringLiteral("SIGNTRAKER_MAX_RESPONSE_MB"), environmentMb});
    const ConfigResult result =
        ClientConfig::resolve(explicitValues, environmentOf(variables), profile);
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(result.config->maxResponseBytes(), expectedBytes);
    QCOMPARE(result.config->fromEnvironment(ClientConfig::Setting::MaxResponseMegabytes),
             fromEnvironment);
    QCOMPARE(result.config->withMaxResponseBytes(1000).maxResponseBytes(), qint64(1000));
}

void TestClientConfig::resolve_parallelRequests_followsPrecedence_data()
{
    QTest::addColumn<std::optional<int>>("explicitRequests");
    QTest::addColumn<QString>("environmentRequests");
    QTest::addColumn<std::optional<int>>("profileRequests");
    QTest::addColumn<int>("expected");
    QTest::addColumn<bool>("fromEnvironment");
    const std::optional<int> none;
    QTest::newRow("default 4") << none << QString() << none << 4 << false;
    QTest::newRow("profile") << none << QString() << std::optional<int>(2) << 2 << false;
    QTest::newRow("environment over profile")
        << none << QStringLiteral(" 6 ") << std::optional<int>(2) << 6 << true;
    QTest::newRow("unparsable environment falls back")
        << none << QStringLiteral("many") << std::optional<int>(2) << 2 << false;
    QTest::newRow("explicit over all")
        << std::optional<int>(1) << QStringLiteral("6") << std::optional<int>(2) << 1 << false;
}

void TestClientConfig::resolve_parallelRequests_followsPrecedence()
{
    QFETCH(std::optional<int>, explicitRequests);
    QFETCH(QString, environmentRequests);
    QFETCH(std::optional<int>, profileRequests);
    QFETCH(int, expected);
    QFETCH(bool, fromEnvironment);
    ConfigValues explicitValues = explicitUrl(QStringLiteral("https://acme.signtraker.com"));
    explicitValues.parallelRequests = explicitRequests;
    ConfigValues profile;
    profile.parallelRequests = profileRequests;
    Variables variables;
    if (!environmentRequests.isEmpty())
        variables.append({QStringLiteral("SIGNTRAKER_PARALLEL_REQUESTS"), environmentRequests});
    const ConfigResult result =
        ClientConfig::resolve(explicitValues, environmentOf(variables), profile);
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(result.config->parallelRequests(), expected);
    QCOMPARE(result.config->fromEnvironment(ClientConfig::Setting::ParallelRequests),
             fromEnvironment);
    QCOMPARE(result.config->withParallelRequests(9).parallelRequests(), 6);
    QCOMPARE(result.config->withParallelRequests(0).parallelRequests(), 1);
}

void TestClientConfig::apiKeyVariable_blankIsNoKey_data()
{
    QTest::addColumn<Variables>("environment");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << Variables{} << QString();
    QTest::newRow("spaces") << Variables{{QStringLiteral("SIGNTRAKER_API_KEY"),
                                          QStringLiteral("   ")}}
                            << QString();
    QTest::newRow("tab and newline")
        << Variables{{QStringLiteral("SIGNTRAKER_API_KEY"), QStringLiteral("\t\n")}} << QString();
    QTest::newRow("blank first, second spelling set")
        << Variables{{QStringLiteral("SIGNTRAKER_API_KEY"), QStringLiteral("  ")},
                     {QStringLiteral("SIGNTRACKER_API_KEY"), QStringLiteral("k")}}
        << QStringLiteral("SIGNTRACKER_API_KEY");
    QTest::newRow("set") << Variables{{QStringLiteral("SIGNTRAKER_API_KEY"), QStringLiteral("k")}}
                         << QStringLiteral("SIGNTRAKER_API_KEY");
}

void TestClientConfig::apiKeyVariable_blankIsNoKey()
{
    QFETCH(Variables, environment);
    QFETCH(QString, expected);
    QCOMPARE(ClientConfig::apiKeyVariable(environmentOf(environment)), expected);
    // resolve() follows the same rule: no variable, no key from the environment.
    ConfigValues url;
    url.baseUrl = QStringLiteral("https://acme.signtraker.com");
    QCOMPARE(ClientConfig::resolve(url, environmentOf(environment)).ok(), !expected.isEmpty());
}

QTEST_GUILESS_MAIN(TestClientConfig)
#include "tst_clientconfig.moc"
