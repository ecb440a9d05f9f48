// SPDX-License-Identifier: Apache-2.0
// signtraker-cli from arguments to exit status: parses the command line, resolves the
// configuration (options, environment, profile, keychain), runs the command and ends with one
// finished(exitCode). main() only wires it to QCoreApplication; tests run it in-process with
// their own streams, environment, settings file and keychain service.
#pragma once

#include "console.h"
#include "invocation.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QIODevice;
class QTextStream;

namespace signtraker {
class KeyStore;
class ProfileStore;
class SignTrakerClient;
struct ConnectionOutcome;
} // namespace signtraker

namespace signtraker::cli {

class Command;

class CliRunner : public QObject
{
    Q_OBJECT

public:
    struct Context
    {
        QStringList arguments; // without the program name
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        QTextStream *out = nullptr;
        QTextStream *err = nullptr;
        QIODevice *in = nullptr;
        bool inputIsTerminal = false; // a person can answer questions on in
        QString settingsFile;         // empty: the window's location
        QString keychainService = QStringLiteral("signtraker-admin"); // the window's entries
    };

    explicit CliRunner(Context context, QObject *parent = nullptr);
    ~CliRunner() override;

    // May emit finished() before it returns: call it from the running event loop (main queues
    // it) or connect first.
    void start();
    // The command being run, once there is one (for tests).
    Command *command() const { return m_command; }

    // The key in the environment, SIGNTRAKER_API_KEY first, trimmed; empty when neither is set
    // or both are blank.
    static QString environmentKey(const QProcessEnvironment &environment);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void finish(int exitCode);
    KeyStore *keyStore();
    void runClientCommand();
    void run(const ConnectionOutcome &outcome);
    void setVerbose(bool verbose);

    Context m_context;
    Console m_console;
    Invocation m_invocation;
    std::unique_ptr<ProfileStore> m_profiles;
    KeyStore *m_keys = nullptr;
    SignTrakerClient *m_client = nullptr;
    Command *m_command = nullptr;
    bool m_verbose = false;
    bool m_finished = false;
};

} // namespace signtraker::cli
