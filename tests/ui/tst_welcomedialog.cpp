// SPDX-License-Identifier: Apache-2.0
// WelcomeDialog: the demo path, a refused key (nothing saved), a bad subdomain (Connect stays
// off), and a tested connection that saves the profile as the default with its key in the
// keychain (here, without a session bus: in memory for the run) and never in the settings file.
#include "keystore.h"
#include "profilestore.h"
#include "simfixture.h"
#include "welcomedialog.h"

#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace signtraker;
using namespace signtraker::ui;
using namespace std::chrono_literals;
using sim::SimServer;

namespace {
const QString Key = QStringLiteral("k3y-Welcome-Secret-6");
}

class TestWelcomeDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void demo_emitsDemoChosen();
    void badSubdomain_problemShown_connectDisabled_data();
    void badSubdomain_problemShown_connectDisabled();
    void wrongKey_saysSo_savesNothing();
    void rightKey_savesTheDefaultProfile();
    void accessibleNames();

private:
    void fill(const QString &tenant, const QString &key);
    QPushButton *button(const QString &text) const;
    QString settingsFile() const { return m_dir->filePath(QStringLiteral("settings.ini")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<KeyStore> m_keys;
    std::unique_ptr<WelcomeDialog> m_dialog;
};

void TestWelcomeDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestWelcomeDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_profiles = std::make_unique<ProfileStore>(settingsFile());
    m_keys = std::make_unique<KeyStore>(QStringLiteral("signtraker-admin-test"));
    m_keys->setRetryDelay(10ms);
    m_dialog = std::make_unique<WelcomeDialog>(m_profiles.get(), m_keys.get());
    m_dialog->show();
}

void TestWelcomeDialog::cleanup()
{
    m_dialog.reset();
    m_keys.reset();
    m_profiles.reset();
    m_dir.reset();
}

void TestWelcomeDialog::fill(const QString &tenant, const QString &key)
{
    auto *tenantEdit = m_dialog->findChild<QLineEdit *>(QStringLiteral("tenant"));
    auto *keyEdit = m_dialog->findChild<QLineEdit *>(QStringLiteral("apiKey"));
    QVERIFY(tenantEdit && keyEdit);
    QTest::keyClicks(tenantEdit, tenant);
    QTest::keyClicks(keyEdit, key);
}

QPushButton *TestWelcomeDialog::button(const QString &text) const
{
    for (QPushButton *candidate : m_dialog->findChildren<QPushButton *>())
        if (candidate->text() == text)
            return candidate;
    return nullptr;
}

void TestWelcomeDialog::demo_emitsDemoChosen()
{
    QSignalSpy demo(m_dialog.get(), &WelcomeDialog::demoChosen);
    QSignalSpy created(m_dialog.get(), &WelcomeDialog::profileCreated);
    QTest::mouseClick(button(QStringLiteral("Try the &demo")), Qt::LeftButton);
    QCOMPARE(demo.size(), 1);
    QVERIFY(created.isEmpty());
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(m_profiles->names().isEmpty());
}

void TestWelcomeDialog::badSubdomain_problemShown_connectDisabled_data()
{
    QTest::addColumn<QString>("tenant");
    QTest::newRow("dotted") << "acme.signtraker.com";
    QTest::newRow("space") << "ac me";
    QTest::newRow("http remote") << "http://acme.example.com";
}

void TestWelcomeDialog::badSubdomain_problemShown_connectDisabled()
{
    QFETCH(QString, tenant);
    fill(tenant, Key);
    QVERIFY(!m_dialog->tenantProblem().isEmpty());
    QVERIFY(!button(QStringLiteral("&Connect"))->isEnabled());
}

void TestWelcomeDialog::wrongKey_saysSo_savesNothing()
{
    const std::unique_ptr<SimServer> server = test::startSimulator(1, 0, Key);
    QVERIFY(server);
    fill(server->baseUrl().toString(), QStringLiteral("wrong-key"));
    QVERIFY(m_dialog->tenantProblem().isEmpty());
    QSignalSpy created(m_dialog.get(), &WelcomeDialog::profileCreated);
    QTest::mouseClick(button(QStringLiteral("&Connect")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_dialog->status().startsWith(QLatin1String("Key refused")), 10000);
    QVERIFY(created.isEmpty());
    QVERIFY(m_profiles->names().isEmpty());
    QVERIFY(m_dialog->isVisible());
    QVERIFY(button(QStringLiteral("&Connect"))->isEnabled()); // try again
}

void TestWelcomeDialog::rightKey_savesTheDefaultProfile()
{
    const std::unique_ptr<SimServer> server = test::startSimulator(1, 0, Key);
    QVERIFY(server);
    fill(server->baseUrl().toString(), Key);
    QSignalSpy created(m_dialog.get(), &WelcomeDialog::profileCreated);
    m_dialog->connectToTenant();
    QVERIFY(created.wait(20000));
    const QString name = created.first().first().toString();
    QCOMPARE(name, QStringLiteral("127.0.0.1"));
    QCOMPARE(m_profiles->defaultProfile(), name);
    QCOMPARE(m_profiles->profile(name)->baseUrl, server->baseUrl().toString());
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));

    QSignalSpy read(m_keys.get(), &KeyStore::keyRead);
    m_keys->readKey(name);
    QVERIFY(read.wait(20000));
    QCOMPARE(read.first().at(1).toString(), Key);

    QFile file(settingsFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains(Key.toUtf8()));
    QVERIFY(!bytes.contains(Key.toUtf8().toBase64()));
    QVERIFY(!bytes.contains(Key.toUtf8().toHex()));
}

void TestWelcomeDialog::accessibleNames()
{
    QStringList names;
    for (QLineEdit *edit : m_dialog->findChildren<QLineEdit *>())
        names << edit->accessibleName();
    names.sort();
    QCOMPARE(names, (QStringList{"API key", "Subdomain"}));
}

QTEST_MAIN(TestWelcomeDialog)
#include "tst_welcomedialog.moc"
