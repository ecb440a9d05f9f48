#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Renders the main window in demo mode under Xvfb, once with the system look and once with the
# dark theme, into docs/screenshots/main-window.png and main-window-dark.png.
#   scripts/screenshot.sh [BUILD_DIR]      (default: build)
# Needs xvfb-run (xvfb) and import (imagemagick). UI state goes to a temporary config folder, so
# the pictures never depend on the settings of whoever runs it.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$here/build"}
exe="$build/app/signtraker-admin"
[ -x "$exe" ] || { echo "no $exe: build the signtraker-admin target first" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing (apt install xvfb)" >&2; exit 1; }
command -v import >/dev/null || { echo "import is missing (apt install imagemagick)" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir -p "$here/docs/screenshots"

shoot() { # THEME OUTPUT
    XDG_CONFIG_HOME="$tmp/config-$1" XDG_RUNTIME_DIR="$tmp" LANG=en_US.UTF-8 LC_ALL=C.UTF-8 \
    QT_QPA_PLATFORM=xcb QT_LOGGING_RULES='qt.qpa.*=false' \
    xvfb-run --auto-servernum --server-args='-screen 0 1280x800x24 -dpi 96' sh -c '
        "$1" --demo --theme "$2" &
        app=$!
        sleep "${SCREENSHOT_DELAY:-5}"
        import -window root "$3"
        kill "$app"
        wait "$app" 2>/dev/null || true
    ' sh "$exe" "$1" "$2"
    echo "wrote $2"
}

shoot system "$here/docs/screenshots/main-window.png"
shoot dark "$here/docs/screenshots/main-window-dark.png"
