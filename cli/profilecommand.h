// SPDX-License-Identifier: Apache-2.0
// profile add, list, remove and default: the same profiles (settings file) and keychain
// entries as the window. The key is read from standard input and goes to the keychain only.
#pragma once

#include "command.h"

namespace signtraker {
class KeyStore;
class ProfileStore;
struct Profile;
} // namespace signtraker

namespace signtraker::cli {

class ProfileCommand : public Command
{
    Q_OBJECT

public:
    ProfileCommand(const Invocation &invocation, Console *console, ProfileStore *profiles,
                   KeyStore *keys, QObject *parent = nullptr);

    void start() override;

    // The profile that `profile add` describes; *problem set when a value is not acceptable.
    static Profile profileFor(const Invocation &invocation, QString *problem);

private:
    void add();
    void list();
    void remove();
    void makeDefault();
    // Reports the settings file's problem and finishes with exit 2; false when there is none.
    bool settingsFailed();

    ProfileStore *m_profiles;
    KeyStore *m_keys;
};

} // namespace signtraker::cli
