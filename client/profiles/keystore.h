// SPDX-License-Identifier: Apache-2.0
// The API key of each profile, in the system keychain through QtKeychain (service
// "signtraker-admin", account = profile name), never in a file. Every call is asynchronous and
// ends in exactly one signal. Without a keychain the keys are kept in memory for this run only:
// there is no plaintext fallback.
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

namespace signtraker {

class KeyStore : public QObject
{
    Q_OBJECT

public:
    explicit KeyStore(const QString &service = QStringLiteral("signtraker-admin"),
                      QObject *parent = nullptr);
    ~KeyStore() override;

    QString service() const { return m_service; }

    // keyRead: key empty and error set when there is none or it could not be read. A read that
    // fails because the keychain service is still starting is tried once more after
    // retryDelay().
    void readKey(const QString &profile);
    // keyWritten: error empty when the key is in the keychain. Without a keychain the error says
    // so, and the key is kept in memory (readKey() finds it) until the process ends.
    void writeKey(const QString &profile, const QString &key);
    // keyRemoved: error empty when no entry is left (also when there was none).
    void removeKey(const QString &profile);
    // Moves the entry of a renamed profile; keyRenamed. No entry under from is not an error.
    void renameKey(const QString &from, const QString &to);

    // False once a job failed for lack of a keychain (no Secret Service, no backend): from then
    // on, for the rest of the run, keys are kept in memory only and the keychain is not asked.
    bool isAvailable() const { return m_available; }
    // The lasting warning to show while isAvailable() is false.
    static QString unavailableWarning();

    std::chrono::milliseconds retryDelay() const { return m_retryDelay; }
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }

Q_SIGNALS:
    void keyRead(const QString &profile, const QString &key, const QString &error);
    void keyWritten(const QString &profile, const QString &error);
    void keyRemoved(const QString &profile, const QString &error);
    void keyRenamed(const QString &from, const QString &to, const QString &error);
    void availabilityChanged(bool available);

private:
    // What a keychain job ended with, reduced to what callers need.
    struct Outcome
    {
        enum Kind { Done, NotFound, NoKeychain, Failed } kind = Done;
        QString key;   // reads only
        QString error; // for people; never holds the key
    };
    using Handler = std::function<void(const Outcome &)>;

    void startRead(const QString &profile, Handler done);
    void startWrite(const QString &profile, const QString &key, Handler done);
    void startDelete(const QString &profile, Handler done);
    void readAttempt(const QString &profile, bool isRetry);
    void markUnavailable();
    static QString keptInMemory();
    QString readFromMemory(const QString &profile, QString *error) const;

    QString m_service;
    bool m_available = true;
    std::chrono::milliseconds m_retryDelay{500};
    QHash<QString, QString> m_memory; // only while !m_available
};

} // namespace signtraker
