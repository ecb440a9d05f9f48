// SPDX-License-Identifier: Apache-2.0
// The pick lists of a connection: every office and every manager, read once with all their pages
// and shared by every form and filter of that connection; refresh() reads them again. The service
// has no list of post types: DefaultPostType is entered by Id.
#pragma once

#include "apierror.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace signtraker {

class AllPagesWalker;
class SignTrakerClient;

class ReferenceLists : public QObject
{
    Q_OBJECT

public:
    struct Entry
    {
        qint64 id = 0;
        QString name;
        friend bool operator==(const Entry &, const Entry &) = default;
    };
    enum class State { Empty, Loading, Ready, Failed };
    Q_ENUM(State)

    // The one instance of client, created on first use as its child (and so gone with it).
    static ReferenceLists *of(SignTrakerClient *client);

    explicit ReferenceLists(SignTrakerClient *client, QObject *parent = nullptr);
    ~ReferenceLists() override;

    State state() const { return m_state; }
    // Ordered by name; empty until Ready (and after a failure: a short list is never shown).
    QList<Entry> offices() const { return m_offices; }
    // Ordered by last name, named "First Last".
    QList<Entry> managers() const { return m_managers; }
    // Why the last reading failed.
    ApiError error() const { return m_error; }

    // Reads the lists unless they are read or being read (a failed reading is tried again).
    void ensureLoaded();
    // Reads both lists again; the current ones stay until the new ones are complete.
    void refresh();

Q_SIGNALS:
    void stateChanged(signtraker::ReferenceLists::State state);
    // Both lists were read anew.
    void changed();
    // A list could not be read: both are then empty, so that nobody picks from half a list.
    void failed(const signtraker::ApiError &error);

private:
    using Rows = std::shared_ptr<QList<Entry>>;
    AllPagesWalker *walk(int list, const Rows &rows, bool managers);
    void onWalked(const ApiError &error);
    void setState(State state);

    SignTrakerClient *m_client;
    State m_state = State::Empty;
    QList<Entry> m_offices;
    QList<Entry> m_managers;
    ApiError m_error;
    QPointer<AllPagesWalker> m_officeWalker;
    QPointer<AllPagesWalker> m_managerWalker;
    Rows m_newOffices;
    Rows m_newManagers;
    int m_pending = 0;
};

} // namespace signtraker
