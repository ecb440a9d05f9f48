#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Runs a command inside a private D-Bus session with its own unlocked gnome-keyring Secret
# Service, in a throw-away HOME, so that keychain tests store real secrets without touching the
# user's keyring. Exit status: the command's, or 1 when the tools are missing (./dev installs
# them: packages dbus and gnome-keyring), so that the keychain half never goes unrun unnoticed.
#   tests/support/with-secret-service.sh COMMAND [ARGUMENTS...]
set -eu

if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGUMENTS...]" >&2
    exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$0: $tool not found: install the packages dbus and gnome-keyring (./dev does)" >&2
        exit 1
    fi
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/signtraker-keyring.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM
mkdir -p "$scratch/home" "$scratch/data" "$scratch/config" "$scratch/cache" "$scratch/run"
chmod 700 "$scratch/run"
# gnome-keyring keeps its keyrings under XDG_DATA_HOME and its sockets under XDG_RUNTIME_DIR;
# dbus-daemon wants XDG_RUNTIME_DIR to exist.
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
    XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/run"
# Not a desktop session: QtKeychain then picks libsecret, the Secret Service started here.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION GNOME_KEYRING_CONTROL

# The daemon forks and stays with the session bus; it exits when dbus-run-session ends it.
status=0
dbus-run-session -- sh -c '
    printf %s signtraker-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' sh "$@" || status=$?
exit "$status"
