#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Renders the application icon's hicolor PNG sizes from the SVG. The PNGs are committed, so that a
# build needs no SVG renderer; run this again (needs librsvg2-bin) after changing the SVG.
set -euo pipefail
cd "$(dirname "$0")"
svg=com.signtraker.AgentsAdmin.svg
for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "hicolor/${size}x${size}"
    rsvg-convert --width "$size" --height "$size" "$svg" -o "hicolor/${size}x${size}/com.signtraker.AgentsAdmin.png"
done
