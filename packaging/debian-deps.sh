#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs the Debian 12 packages needed to build, test and run SignTraker Agents Admin.
# Idempotent: only missing packages are installed. Uses sudo when not root.
set -euo pipefail

packages=(
  # build
  cmake ninja-build g++ pkg-config git file
  # Qt 6 (qt6-httpserver-dev forgets its dependency on qt6-websockets-dev)
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libqt6svg6
  qt6-qpa-plugins libgl-dev qtkeychain-qt6-dev qt6-translations-l10n
  # the local copy: SQLite through Qt SQL (FTS5 is in Debian's SQLite); phone checks
  libqt6sql6-sqlite libsqlite3-dev libphonenumber-dev libprotobuf-dev
  # tests: a real Secret Service, an X server, fonts
  dbus dbus-x11 gnome-keyring libsecret-tools xvfb xauth fonts-dejavu-core
  # tests: a TLS and HTTP/2 front (started by the suites on a loopback port, never port 80),
  # certificates made at test time, an HTTP/2 server for faults (run with /usr/bin/python3)
  nginx-light openssl python3-h2
  # benchmarks compare against these peers
  curl python3 python3-requests
  # packaging checks and screenshots
  dpkg-dev desktop-file-utils appstream lintian imagemagick
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing Debian packages: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
