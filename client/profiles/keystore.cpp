// SPDX-License-Identifier: Apache-2.0
#include "keystore.h"

#include <qt6keychain/keychain.h>

#include <QTimer>

namespace signtraker {

namespace {

// The errors that mean "there is no keychain to talk to" rather than "this entry": the libsecret
// backend reports a missing or unreachable Secret Service as OtherError.
bool isLackOfKeychain(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError ||
           error == QKeychain::NotImplemented;
}

template <typename JobType> JobType *newJob(const QString &service, const QString &profile)
{
    // No parent: a job whose Secret Service call is still pending must outlive us, or its
    // callback would reach a deleted job. It deletes itself once finished.
    auto *job = new JobType(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext copy of the key
    job->setKey(profile);
    return job;
}

} // namespace

KeyStore::KeyStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

KeyStore::~KeyStore() = default;

QString KeyStore::unavailableWarning()
{
    return tr("No system keychain is available: the API key is kept in memory for this run "
              "only and will have to be entered again next time.");
}

QString KeyStore::keptInMemory()
{
    return tr("no system keychain is available; the key is kept in memory for this run only");
}

void KeyStore::startRead(const QString &profile, Handler done)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_service, profile);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        Outcome outcome;
        const QKeychain::Error error = job->error();
        if (error == QKeychain::NoError) {
            outcome.key = job->textData();
        } else if (error == QKeychain::EntryNotFound) {
            outcome.kind = Outcome::NotFound;
            outcome.error = tr("no key is stored in the keychain for this profile");
        } else {
            outcome.kind = isLackOfKeychain(error) ? Outcome::NoKeychain : Outcome::Failed;
            outcome.error = job->errorString();
        }
        done(outcome);
    });
    job->start();
}

void KeyStore::startWrite(const QString &profile, const QString &key, Handler done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(m_service, profile);
    job->setTextData(key);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        Outcome outcome;
        const QKeychain::Error error = job->error();
        if (error != QKeychain::NoError) {
            outcome.kind = isLackOfKeychain(error) ? Outcome::NoKeychain : Outcome::Failed;
            outcome.error = job->errorString();
        }
        done(outcome);
    });
    job->start();
}

void KeyStore::startDelete(const QString &profile, Handler done)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(m_service, profile);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        Outcome outcome;
        const QKeychain::Error error = job->error();
        if (error == QKeychain::EntryNotFound) {
            outcome.kind = Outcome::NotFound;
        } else if (error != QKeychain::NoError) {
            outcome.kind = isLackOfKeychain(error) ? Outcome::NoKeychain : Outcome::Failed;
            outcome.error = job->errorString();
        }
        done(outcome);
    });
    job->start();
}

void KeyStore::markUnavailable()
{
    if (!m_available)
        return;
    m_available = false;
    Q_EMIT availabilityChanged(false);
}

QString KeyStore::readFromMemory(const QString &profile, QString *error) const
{
    const auto found = m_memory.constFind(profile);
    if (found != m_memory.constEnd())
        return *found;
    *error = tr("no key for this profile in this run, and no system keychain to read one from");
    return {};
}

void KeyStore::readKey(const QString &profile)
{
    if (!m_available) {
        // Still asynchronous, as with a keychain: callers connect after calling.
        QTimer::singleShot(0, this, [this, profile] {
            QString error;
            const QString key = readFromMemory(profile, &error);
            Q_EMIT keyRead(profile, key, error);
        });
        return;
    }
    readAttempt(profile, false);
}

void KeyStore::readAttempt(const QString &profile, bool isRetry)
{
    startRead(profile, [this, profile, isRetry](const Outcome &outcome) {
        if (outcome.kind != Outcome::NoKeychain) {
            Q_EMIT keyRead(profile, outcome.key, outcome.error);
            return;
        }
        if (!isRetry && m_available) {
            // At login the Secret Service may still be starting: one more try, a little later.
            QTimer::singleShot(m_retryDelay, this, [this, profile] {
                if (m_available)
                    readAttempt(profile, true);
                else
                    readKey(profile);
            });
            return;
        }
        markUnavailable();
        QString error;
        const QString key = readFromMemory(profile, &error);
        Q_EMIT keyRead(profile, key, error);
    });
}

void KeyStore::writeKey(const QString &profile, const QString &key)
{
    if (!m_available) {
        m_memory.insert(profile, key);
        QTimer::singleShot(0, this,
                           [this, profile] { Q_EMIT keyWritten(profile, keptInMemory()); });
        return;
    }
    startWrite(profile, key, [this, profile, key](const Outcome &outcome) {
        if (outcome.kind == Outcome::NoKeychain) {
            markUnavailable();
            m_memory.insert(profile, key);
            Q_EMIT keyWritten(profile, keptInMemory());
            return;
        }
        Q_EMIT keyWritten(profile, outcome.error);
    });
}

void KeyStore::removeKey(const QString &profile)
{
    if (!m_available) {
        m_memory.remove(profile);
        // An entry from an earlier run may still be in the keychain we cannot reach.
        QTimer::singleShot(0, this, [this, profile] {
            Q_EMIT keyRemoved(profile, tr("no system keychain is available; an entry from an "
                                          "earlier run may remain in it"));
        });
        return;
    }
    startDelete(profile, [this, profile](const Outcome &outcome) {
        if (outcome.kind == Outcome::NoKeychain) {
            markUnavailable();
            m_memory.remove(profile);
            Q_EMIT keyRemoved(profile, tr("no system keychain is available; an entry from an "
                                          "earlier run may remain in it"));
            return;
        }
        Q_EMIT keyRemoved(profile, outcome.kind == Outcome::NotFound ? QString() : outcome.error);
    });
}

void KeyStore::renameKey(const QString &from, const QString &to)
{
    if (!m_available) {
        if (m_memory.contains(from))
            m_memory.insert(to, m_memory.take(from));
        QTimer::singleShot(0, this, [this, from, to] { Q_EMIT keyRenamed(from, to, {}); });
        return;
    }
    // Copy, then delete: a failure half-way leaves the key under its old name, never nowhere.
    startRead(from, [this, from, to](const Outcome &read) {
        if (read.kind == Outcome::NotFound) {
            Q_EMIT keyRenamed(from, to, {});
            return;
        }
        if (read.kind != Outcome::Done) {
            if (read.kind == Outcome::NoKeychain)
                markUnavailable();
            Q_EMIT keyRenamed(from, to, read.error);
            return;
        }
        startWrite(to, read.key, [this, from, to](const Outcome &written) {
            if (written.kind != Outcome::Done) {
                if (written.kind == Outcome::NoKeychain)
                    markUnavailable();
                Q_EMIT keyRenamed(from, to, written.error);
                return;
            }
            startDelete(from, [this, from, to](const Outcome &deleted) {
                Q_EMIT keyRenamed(from, to,
                                  deleted.kind == Outcome::NotFound ? QString() : deleted.error);
            });
        });
    });
}

} // namespace signtraker
