#!/bin/sh
# Renders the main window in demo mode under Xvfb and saves docs/screenshots/main-window.png.
#   scripts/screenshot.sh [BUILD_DIR]      (default: build)
# Needs xvfb-run (xvfb) and import (imagemagick). UI state goes to a temporary config folder, so
# the picture never depends on the settings of whoever runs it.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$here/build"}
exe="$build/app/signtraker-admin"
out="$here/docs/screenshots/main-window.png"
[ -x "$exe" ] || { echo "no $exe: build the signtraker-admin target first" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing (apt install xvfb)" >&2; exit 1; }
command -v import >/dev/null || { echo "import is missing (apt install imagemagick)" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir -p "$(dirname "$out")"

XDG_CONFIG_HOME="$tmp/config" XDG_RUNTIME_DIR="$tmp" LANG=en_US.UTF-8 LC_ALL=C.UTF-8 \
QT_QPA_PLATFORM=xcb QT_LOGGING_RULES='qt.qpa.*=false' \
xvfb-run --auto-servernum --server-args='-screen 0 1280x800x24 -dpi 96' sh -c '
    "$1" --demo &
    app=$!
    sleep "${SCREENSHOT_DELAY:-5}"
    import -window root "$2"
    kill "$app"
    wait "$app" 2>/dev/null || true
' sh "$exe" "$out"
echo "wrote $out"
