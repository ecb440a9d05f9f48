// SPDX-License-Identifier: Apache-2.0
// SettingsDialog on the offscreen platform, with no session bus (so no keychain: the lasting
// warning and the in-memory keys of the run): validation beside the fields once touched or after
// Save, a size where the fields and placeholders are readable, environment values
// read-only with their variable, save/rename/remove/default, the key never in the settings file,
// and Test connection against the simulator.
#include "dialogs.h"
#include "keyfield.h"
#include "keystore.h"
#include "localcopy.h"
#include "profilestore.h"
#include "settingsdialog.h"
#include "simfixture.h"

#include <QAbstractSpinBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace signtraker;
using namespace signtraker::ui;
using namespace std::chrono_literals;
using sim::SimServer;

namespace {
const QString Key = QStringLiteral("k3y-Dialog-Secret-8");
}

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void noProfiles_opensANewOne();
    void everyInput_hasItsLabelAsAccessibleName();
    void validation_shownBesideTheFields_data();
    void validation_shownBesideTheFields();
    void newProfile_untouched_noProblemShownUntilSave();
    void touchedField_onlyItsProblemShown();
    void opens_wideEnoughForFieldsAndPlaceholders();
    void environment_valuesAreReadOnlyAndNamed();
    void save_newProfile_keyNotInTheSettingsFile();
    void save_keepsTheAnswerSizeCap();
    void keychainMissing_lastingWarning();
    void rename_movesTheKey();
    void remove_asksThenRemovesProfileAndKey();
    void remove_deletesTheProfilesLocalCopy();
    void makeDefault_isStored();
    void corruptSettingsFile_saveRefusedAndSaid();
    void reveal_togglesTheEchoMode();
    void testConnection_data();
    void testConnection();

private:
    std::unique_ptr<SettingsDialog> makeDialog(const QProcessEnvironment &environment = {});
    template <typename T> T *child(const char *name) const
    {
        T *widget = m_dialog->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }
    void type(const char *field, const QString &text);
    void saveProfile(const QString &name, const QString &subdomain, const QString &key);
    QString settingsFile() const { return m_dir->filePath(QStringLiteral("settings.ini")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<KeyStore> m_keys;
    std::unique_ptr<Dialogs> m_dialogs;
    std::unique_ptr<SettingsDialog> m_dialog;
};

void TestSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_profiles = std::make_unique<ProfileStore>(settingsFile());
    m_keys = std::make_unique<KeyStore>(QStringLiteral("signtraker-admin-test"));
    m_keys->setRetryDelay(10ms);
    m_dialogs = std::make_unique<Dialogs>();
    m_dialogs->setNonInteractive(true);
}

void TestSettingsDialog::cleanup()
{
    m_dialog.reset();
    m_dialogs.reset();
    m_keys.reset();
    m_profiles.reset();
    m_dir.reset();
}

std::unique_ptr<SettingsDialog>
TestSettingsDialog::makeDialog(const QProcessEnvironment &environment)
{
    auto dialog = std::make_unique<SettingsDialog>(m_profiles.get(), m_keys.get(), environment,
                                                   m_dialogs.get());
    dialog->show();
    return dialog;
}

void TestSettingsDialog::type(const char *field, const QString &text)
{
    auto *edit = child<QLineEdit>(field);
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void TestSettingsDialog::saveProfile(const QString &name, const QString &subdomain,
                                     const QString &key)
{
    Profile profile;
    profile.name = name;
    profile.subdomain = subdomain;
    m_profiles->save(profile);
    if (key.isEmpty())
        return;
    QSignalSpy written(m_keys.get(), &KeyStore::keyWritten);
    m_keys->writeKey(name, key);
    QVERIFY(written.wait(20000));
}

void TestSettingsDialog::noProfiles_opensANewOne()
{
    m_dialog = makeDialog();
    QVERIFY(m_dialog->currentProfile().isEmpty());
    QVERIFY(m_dialog->isDirty());
    QCOMPARE(child<QLineEdit>("name")->text(), QStringLiteral("New profile"));
}

void TestSettingsDialog::everyInput_hasItsLabelAsAccessibleName()
{
    m_dialog = makeDialog();
    const QStringList expected{"Name", "Subdomain", "Base URL", "API key"};
    for (const QString &name : expected) {
        bool found = false;
        for (QLineEdit *edit : m_dialog->findChildren<QLineEdit *>())
            found = found || edit->accessibleName() == name;
        QVERIFY2(found, qPrintable(name));
    }
    QStringList spins;
    for (QAbstractSpinBox *box : m_dialog->findChildren<QAbstractSpinBox *>())
        spins << box->accessibleName();
    spins.sort();
    QCOMPARE(spins,
             (QStringList{"Parallel requests", "Retries", "Retry backoff (s)", "Timeout (s)"}));
    QCOMPARE(child<QListWidget>("profiles")->accessibleName(), QStringLiteral("Profiles"));
}

void TestSettingsDialog::validation_shownBesideTheFields_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("useBaseUrl");
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("nameProblem");
    QTest::addColumn<QString>("tenantProblem");
    QTest::addColumn<QString>("keyProblem");
    QTest::newRow("valid subdomain") << "acme" << false << "acme" << Key << ""
                                     << ""
                                     << "";
    QTest::newRow("valid loopback base URL")
        << "local" << true << "http://127.0.0.1:8080" << Key << ""
        << ""
        << "";
    QTest::newRow("dotted subdomain")
        << "acme" << false << "acme.signtraker.com" << Key << ""
        << ClientConfig::subdomainProblem(QStringLiteral("acme.signtraker.com")) << "";
    QTest::newRow("http to a remote host")
        << "acme" << true << "http://acme.example.com" << Key << ""
        << ClientConfig::baseUrlProblem(QStringLiteral("http://acme.example.com")) << "";
    QTest::newRow("slash in the name") << "a/b" << false << "acme" << Key << "'/'"
                                       << ""
                                       << "";
    QTest::newRow("duplicate name") << "taken" << false << "acme" << Key << "already"
                                    << ""
                                    << "";
    QTest::newRow("no key") << "acme" << false << "acme"
                            << ""
                            << ""
                            << ""
                            << "required";
}

void TestSettingsDialog::validation_shownBesideTheFields()
{
    QFETCH(QString, name);
    QFETCH(bool, useBaseUrl);
    QFETCH(QString, tenant);
    QFETCH(QString, key);
    QFETCH(QString, nameProblem);
    QFETCH(QString, tenantProblem);
    QFETCH(QString, keyProblem);
    saveProfile(QStringLiteral("taken"), QStringLiteral("taken"), {});
    m_dialog = makeDialog();
    m_dialog->addProfile();
    type("name", name);
    const auto radios = m_dialog->findChildren<QRadioButton *>();
    QCOMPARE(radios.size(), 2);
    (useBaseUrl ? radios.at(1) : radios.at(0))->click();
    type(useBaseUrl ? "baseUrl" : "subdomain", tenant);
    type("apiKey", key);
    QPushButton *save = nullptr;
    for (QPushButton *button : m_dialog->findChildren<QPushButton *>())
        if (button->text() == QLatin1String("&Save"))
            save = button;
    QVERIFY(save);
    QVERIFY(save->isEnabled()); // pressing it is how every problem shows
    const bool valid = nameProblem.isEmpty() && tenantProblem.isEmpty() && keyProblem.isEmpty();
    QCOMPARE(m_dialog->save(), valid);

    const auto check = [](const QString &shown, const QString &expected) {
        return expected.isEmpty() ? shown.isEmpty() : shown.contains(expected);
    };
    QVERIFY2(check(m_dialog->nameProblem(), nameProblem), qPrintable(m_dialog->nameProblem()));
    QVERIFY2(check(m_dialog->tenantProblem(), tenantProblem),
             qPrintable(m_dialog->tenantProblem()));
    QVERIFY2(check(m_dialog->keyProblem(), keyProblem), qPrintable(m_dialog->keyProblem()));
    // A problem is shown in a visible label beside the field.
    for (const char *label : {"nameProblem", "tenantProblem", "keyProblem"}) {
        auto *problem = child<QLabel>(label);
        QCOMPARE(problem->isVisible(), !problem->text().isEmpty());
    }
}

void TestSettingsDialog::newProfile_untouched_noProblemShownUntilSave()
{
    m_dialog = makeDialog(); // no profile: a new one, with no tenant and no key yet
    QVERIFY(m_dialog->currentProfile().isEmpty());
    for (const char *name : {"nameProblem", "tenantProblem", "keyProblem", "numbersProblem"}) {
        auto *label = child<QLabel>(name);
        QVERIFY2(label->text().isEmpty() && !label->isVisible(), name);
    }
    QVERIFY(!m_dialog->save());
    QVERIFY2(!m_dialog->tenantProblem().isEmpty(), "Save shows the missing tenant");
    QVERIFY(child<QLabel>("tenantProblem")->isVisible());
    QVERIFY(m_dialog->keyProblem().contains(QLatin1String("required")));
    QVERIFY(child<QLabel>("keyProblem")->isVisible());
    QVERIFY(m_dialog->nameProblem().isEmpty()); // the proposed name is fine
    QVERIFY(m_profiles->names().isEmpty());
    QVERIFY(m_dialog->isDirty());

    // Another new profile starts untouched again.
    m_dialog->revert();
    QVERIFY(m_dialog->tenantProblem().isEmpty());
    QVERIFY(m_dialog->keyProblem().isEmpty());
}

void TestSettingsDialog::touchedField_onlyItsProblemShown()
{
    m_dialog = makeDialog();
    type("subdomain", QStringLiteral("acme.signtraker.com"));
    QCOMPARE(m_dialog->tenantProblem(),
             ClientConfig::subdomainProblem(QStringLiteral("acme.signtraker.com")));
    QVERIFY(child<QLabel>("tenantProblem")->isVisible());
    QVERIFY(m_dialog->keyProblem().isEmpty()); // the key field was not touched
    type("subdomain", QStringLiteral("acme"));
    QVERIFY(m_dialog->tenantProblem().isEmpty());
    type("apiKey", Key);
    QVERIFY(m_dialog->keyProblem().isEmpty());
    type("apiKey", QString()); // typed, then erased
    QVERIFY(m_dialog->keyProblem().contains(QLatin1String("required")));
}

void TestSettingsDialog::opens_wideEnoughForFieldsAndPlaceholders()
{
    m_dialog = makeDialog();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QVERIFY(m_dialog->width() >= m_dialog->sizeHint().width());
    QVERIFY(m_dialog->height() >= m_dialog->minimumSizeHint().height());
    int withPlaceholder = 0;
    for (QLineEdit *edit : m_dialog->findChildren<QLineEdit *>()) {
        QVERIFY2(edit->width() >= edit->sizeHint().width(), qPrintable(edit->objectName()));
        if (edit->placeholderText().isEmpty())
            continue;
        ++withPlaceholder;
        // The text area (the width a QLineEdit gives 17 characters, less those characters) holds
        // the whole placeholder.
        const QFontMetrics metrics = edit->fontMetrics();
        const int chrome =
            edit->sizeHint().width() - 17 * metrics.horizontalAdvance(QLatin1Char('x'));
        QVERIFY2(edit->width() - chrome >= metrics.horizontalAdvance(edit->placeholderText()),
                 qPrintable(QStringLiteral("%1: %2 px for \"%3\"")
                                .arg(edit->objectName())
                                .arg(edit->width())
                                .arg(edit->placeholderText())));
    }
    QVERIFY(withPlaceholder >= 2); // subdomain and base URL
}

void TestSettingsDialog::environment_valuesAreReadOnlyAndNamed()
{
    saveProfile(QStringLiteral("acme"), QStringLiteral("acme"), {});
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("SIGNTRAKER_BASE_URL"), QStringLiteral("https://env.test"));
    environment.insert(QStringLiteral("SIGNTRACKER_API_KEY"), Key);
    environment.insert(QStringLiteral("SIGNTRAKER_MAX_RETRIES"), QStringLiteral("4"));
    environment.insert(QStringLiteral("SIGNTRAKER_PARALLEL_REQUESTS"), QStringLiteral("2"));
    m_dialog = makeDialog(environment);
    QCOMPARE(m_dialog->currentProfile(), QStringLiteral("acme"));

    auto *baseUrl = child<QLineEdit>("baseUrl");
    QCOMPARE(baseUrl->text(), QStringLiteral("https://env.test"));
    QVERIFY(baseUrl->isReadOnly());
    QVERIFY(child<QLineEdit>("subdomain")->isReadOnly());
    QCOMPARE(child<QLabel>("tenantNote")->text(),
             QStringLiteral("from the environment: SIGNTRAKER_BASE_URL"));

    auto *key = child<QLineEdit>("apiKey");
    QVERIFY(key->isReadOnly());
    QVERIFY(key->text().isEmpty()); // the environment's key is used, never shown
    QCOMPARE(child<QLabel>("keyNote")->text(),
             QStringLiteral("from the environment: SIGNTRACKER_API_KEY"));

    auto *retries = child<QSpinBox>("retries");
    QCOMPARE(retries->value(), 4);
    QVERIFY(retries->isReadOnly());
    QVERIFY(child<QLabel>("numbersNote")->text().contains(QLatin1String("SIGNTRAKER_MAX_RETRIES")));
    QVERIFY(!child<QAbstractSpinBox>("timeout")->isReadOnly());
    auto *parallel = child<QSpinBox>("parallelRequests");
    QCOMPARE(parallel->value(), 2);
    QVERIFY(parallel->isReadOnly());
    QVERIFY(child<QLabel>("numbersNote")
                ->text()
                .contains(QLatin1String("SIGNTRAKER_PARALLEL_REQUESTS")));

    // Saving keeps the stored tenant: environment values are not written into the profile.
    type("name", QStringLiteral("acme2"));
    QVERIFY(m_dialog->save());
    const std::optional<Profile> saved = m_profiles->profile(QStringLiteral("acme2"));
    QVERIFY(saved);
    QCOMPARE(saved->subdomain, QStringLiteral("acme"));
    QVERIFY(saved->baseUrl.isEmpty());
    QVERIFY(!saved->maxRetries);
    QVERIFY(!saved->parallelRequests);
}

// A member without a field on the form (set in the settings file) survives a save from here,
// and so does the stored number of parallel requests, shown in its field.
void TestSettingsDialog::save_keepsTheAnswerSizeCap()
{
    Profile profile;
    profile.name = QStringLiteral("acme");
    profile.subdomain = QStringLiteral("acme");
    profile.maxResponseMegabytes = 16;
    profile.parallelRequests = 2;
    m_profiles->save(profile);
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("SIGNTRAKER_API_KEY"), Key);
    m_dialog = makeDialog(environment);
    QCOMPARE(m_dialog->currentProfile(), QStringLiteral("acme"));
    type("name", QStringLiteral("acme2"));
    QVERIFY(m_dialog->save());
    const std::optional<Profile> saved = m_profiles->profile(QStringLiteral("acme2"));
    QVERIFY(saved);
    QCOMPARE(saved->maxResponseMegabytes, std::optional<int>(16));
    QCOMPARE(saved->parallelRequests, std::optional<int>(2));
}

void TestSettingsDialog::corruptSettingsFile_saveRefusedAndSaid()
{
    // A [section without its bracket: QSettings reads the file with FormatError.
    const QByteArray corrupt = "[profiles]\nacme\\subdomain=acme\n[broken \x01\xff\n"
                               "prod\\subdomain=prod\n";
    m_profiles.reset();
    {
        QFile file(settingsFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(corrupt);
    }
    m_profiles = std::make_unique<ProfileStore>(settingsFile());
    m_dialog = makeDialog();
    QSignalSpy written(m_keys.get(), &KeyStore::keyWritten);
    type("name", QStringLiteral("newco"));
    type("subdomain", QStringLiteral("newco"));
    type("apiKey", Key);
    QPushButton *saveButton = nullptr;
    for (QPushButton *button : m_dialog->findChildren<QPushButton *>()) {
        if (button->text() == QLatin1String("&Save"))
            saveButton = button;
    }
    QVERIFY(saveButton);
    QVERIFY(saveButton->isEnabled()); // the form is fine: only the file stands in the way
    QVERIFY(!m_dialog->save());
    QVERIFY(!m_dialogs->asked().isEmpty());
    const Dialogs::Asked warning = m_dialogs->asked().last();
    QCOMPARE(warning.kind, Dialogs::Kind::Warning);
    QVERIFY2(warning.text.contains(settingsFile()), qPrintable(warning.text));
    QVERIFY(m_dialog->isDirty()); // what was typed is kept
    QFile file(settingsFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), corrupt);
    QCOMPARE(written.size(), 0); // nor did the key go to the keychain
}

void TestSettingsDialog::save_newProfile_keyNotInTheSettingsFile()
{
    m_dialog = makeDialog();
    QSignalSpy changed(m_dialog.get(), &SettingsDialog::profilesChanged);
    QSignalSpy keySaved(m_dialog.get(), &SettingsDialog::keySaved);
    type("name", QStringLiteral("acme"));
    type("subdomain", QStringLiteral("acme"));
    type("apiKey", Key);
    child<QSpinBox>("retries")->setValue(2);
    child<QSpinBox>("parallelRequests")->setValue(6);
    QVERIFY(m_dialog->save());
    QCOMPARE(changed.size(), 1);
    QVERIFY(keySaved.wait(20000));
    QVERIFY(!m_dialog->isDirty());
    QCOMPARE(m_dialog->currentProfile(), QStringLiteral("acme"));

    const std::optional<Profile> saved = m_profiles->profile(QStringLiteral("acme"));
    QVERIFY(saved);
    QCOMPARE(saved->subdomain, QStringLiteral("acme"));
    QCOMPARE(saved->maxRetries, std::optional<int>(2));
    QCOMPARE(saved->parallelRequests, std::optional<int>(6));
    QVERIFY(!saved->timeoutSeconds);
    QCOMPARE(m_profiles->defaultProfile(), QStringLiteral("acme")); // the first is the default

    QSignalSpy read(m_keys.get(), &KeyStore::keyRead);
    m_keys->readKey(QStringLiteral("acme"));
    QVERIFY(read.wait(20000));
    QCOMPARE(read.first().at(1).toString(), Key);

    QFile file(settingsFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("acme"));
    const QByteArray key = Key.toUtf8();
    for (const QByteArray &spelling : {key, key.toBase64(), key.toHex(), key.toPercentEncoding()})
        QVERIFY2(!bytes.contains(spelling), spelling.constData());
}

void TestSettingsDialog::keychainMissing_lastingWarning()
{
    saveProfile(QStringLiteral("acme"), QStringLiteral("acme"), {});
    m_dialog = makeDialog();
    // Loading the profile reads its key: with no session bus that fails, twice, and the warning
    // stays up from then on.
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->keychainWarning().isEmpty(), 20000);
    QCOMPARE(m_dialog->keychainWarning(), KeyStore::unavailableWarning());
    QVERIFY(child<QLabel>("keychainWarning")->isVisible());
    m_dialog->addProfile();
    QVERIFY(child<QLabel>("keychainWarning")->isVisible());
}

void TestSettingsDialog::rename_movesTheKey()
{
    saveProfile(QStringLiteral("old"), QStringLiteral("acme"), Key);
    m_profiles->setDefaultProfile(QStringLiteral("old"));
    m_dialog = makeDialog();
    QTRY_COMPARE_WITH_TIMEOUT(child<QLineEdit>("apiKey")->text(), Key, 20000);
    m_dialog->renameProfile();
    QVERIFY(child<QLineEdit>("name")->hasFocus());
    type("name", QStringLiteral("new"));
    QVERIFY(m_dialog->save());
    QCOMPARE(m_profiles->names(), QStringList{QStringLiteral("new")});
    QCOMPARE(m_profiles->defaultProfile(), QStringLiteral("new"));

    QSignalSpy read(m_keys.get(), &KeyStore::keyRead);
    m_keys->readKey(QStringLiteral("new"));
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(read.cbegin(), read.cend(),
                                         [](const QList<QVariant> &args) {
                                             return args.at(0).toString() == QLatin1String("new") &&
                                                    args.at(1).toString() == Key;
                                         }),
                             20000);
}

void TestSettingsDialog::remove_asksThenRemovesProfileAndKey()
{
    saveProfile(QStringLiteral("acme"), QStringLiteral("acme"), Key);
    saveProfile(QStringLiteral("other"), QStringLiteral("other"), {});
    m_profiles->setDefaultProfile(QStringLiteral("acme"));
    m_dialog = makeDialog();
    QTRY_VERIFY_WITH_TIMEOUT(!child<QLineEdit>("apiKey")->text().isEmpty(), 20000);
    QSignalSpy removedKey(m_keys.get(), &KeyStore::keyRemoved);

    m_dialogs->setNextAnswer(QMessageBox::Cancel);
    m_dialog->removeProfile();
    QTRY_COMPARE(m_dialogs->asked().size(), 1);
    QVERIFY(m_dialogs->asked().first().text.contains(QLatin1String("acme")));
    QCOMPARE(m_profiles->names().size(), 2);

    m_dialogs->setNextAnswer(QMessageBox::Yes);
    m_dialog->removeProfile();
    QTRY_COMPARE(m_profiles->names(), QStringList{QStringLiteral("other")});
    QVERIFY(removedKey.wait(20000));
    QCOMPARE(removedKey.first().first().toString(), QStringLiteral("acme"));
    QVERIFY(m_profiles->defaultProfile().isEmpty());
    QCOMPARE(m_dialog->currentProfile(), QStringLiteral("other"));
}

void TestSettingsDialog::remove_deletesTheProfilesLocalCopy()
{
    // The copy's files (database and SQLite's side files) stand for one the window made.
    const auto writeCopy = [](const QString &profile) {
        const QString path = LocalCopy::pathForProfile(profile);
        QDir().mkpath(QFileInfo(path).absolutePath());
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile file(path + suffix);
            if (!file.open(QIODevice::WriteOnly) || file.write("copy") != 4)
                return false;
        }
        return true;
    };
    QVERIFY(writeCopy(QStringLiteral("acme")));
    QVERIFY(writeCopy(QStringLiteral("other")));
    saveProfile(QStringLiteral("acme"), QStringLiteral("acme"), {});
    saveProfile(QStringLiteral("other"), QStringLiteral("other"), {});
    m_dialog = makeDialog();
    QVERIFY(m_dialog->selectProfile(QStringLiteral("acme")));

    m_dialogs->setNextAnswer(QMessageBox::Yes);
    m_dialog->removeProfile();
    QTRY_COMPARE(m_profiles->names(), QStringList{QStringLiteral("other")});
    QVERIFY(m_dialogs->asked().first().text.contains(QLatin1String("local copy")));
    const QString removed = LocalCopy::pathForProfile(QStringLiteral("acme"));
    QVERIFY(!QFile::exists(removed));
    QVERIFY(!QFile::exists(removed + QStringLiteral("-wal")));
    QVERIFY(QFile::exists(LocalCopy::pathForProfile(QStringLiteral("other"))));
    QVERIFY(LocalCopy::removeForProfile(QStringLiteral("other")));
}

void TestSettingsDialog::makeDefault_isStored()
{
    saveProfile(QStringLiteral("acme"), QStringLiteral("acme"), {});
    saveProfile(QStringLiteral("other"), QStringLiteral("other"), {});
    m_profiles->setDefaultProfile(QStringLiteral("acme"));
    m_dialog = makeDialog();
    QVERIFY(m_dialog->selectProfile(QStringLiteral("other")));
    m_dialog->makeDefault();
    QCOMPARE(m_profiles->defaultProfile(), QStringLiteral("other"));
    QVERIFY(
        child<QListWidget>("profiles")->currentItem()->text().contains(QLatin1String("default")));
}

void TestSettingsDialog::reveal_togglesTheEchoMode()
{
    m_dialog = makeDialog();
    auto *key = child<KeyField>("apiKey");
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    key->revealAction()->trigger();
    QCOMPARE(key->echoMode(), QLineEdit::Normal);
    key->revealAction()->trigger();
    QCOMPARE(key->echoMode(), QLineEdit::Password);
}

void TestSettingsDialog::testConnection_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<ConnectionTester::Result>("result");
    QTest::addColumn<QString>("words");
    QTest::newRow("connected") << Key << ConnectionTester::Result::Connected << "Connected";
    QTest::newRow("key refused") << "wrong-key" << ConnectionTester::Result::KeyRefused
                                 << "Key refused";
}

void TestSettingsDialog::testConnection()
{
    QFETCH(QString, key);
    QFETCH(ConnectionTester::Result, result);
    QFETCH(QString, words);
    const std::unique_ptr<SimServer> server = test::startSimulator(1, 0, Key);
    QVERIFY(server);
    m_dialog = makeDialog();
    type("name", QStringLiteral("local"));
    m_dialog->findChildren<QRadioButton *>().at(1)->click();
    type("baseUrl", server->baseUrl().toString());
    type("apiKey", key);
    QSignalSpy tested(m_dialog.get(), &SettingsDialog::connectionTested);
    m_dialog->testConnection();
    QVERIFY(tested.wait(10000));
    QCOMPARE(tested.first().at(0).value<ConnectionTester::Result>(), result);
    QVERIFY2(m_dialog->testResult().startsWith(words), qPrintable(m_dialog->testResult()));
    QVERIFY(!m_dialog->testResult().contains(Key));
    QCOMPARE(server->requests().size(), 1);
    QVERIFY(m_profiles->names().isEmpty()); // testing saves nothing
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
