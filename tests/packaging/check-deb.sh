#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the .deb from a built tree, checks what it holds and what it declares, unpacks it into a
# scratch root, runs the installed programs from there, validates the desktop files and runs
# lintian. Driven by CTest (tests/packaging/CMakeLists.txt); exit 77 means skipped (not Debian).
#   check-deb.sh BUILD_DIR VERSION
set -euo pipefail

build_dir=$(cd "$1" && pwd)
version=$2
app_id=com.signtraker.AgentsAdmin

for tool in dpkg-deb dpkg-shlibdeps; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool not found (not a Debian system)"; exit 77; }
done
for tool in cpack desktop-file-validate appstreamcli lintian readelf; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool not found (packaging/debian-deps.sh installs it)"; exit 1; }
done

# The package name as packaging/CMakeLists.txt gave it to CPack.
package=$(sed -nE 's/^set\(CPACK_PACKAGE_NAME "([^"]*)"\)$/\1/p' "$build_dir/CPackConfig.cmake")
[ -n "$package" ] || { echo "FAIL: no CPACK_PACKAGE_NAME in $build_dir/CPackConfig.cmake"; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }

echo "== cpack -G DEB"
# Packages what the build tree installs; the tree must be built (CTest runs after the build).
cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log"; echo "FAIL: cpack"; exit 1; }
debs=("$work"/out/"${package}"_*.deb)
[ -f "${debs[0]}" ] || { cat "$work/cpack.log"; echo "FAIL: no .deb made"; exit 1; }
deb=${debs[0]}
echo "made $(basename "$deb")"

echo "== control"
dpkg-deb --field "$deb"
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = "$package" ] && ok "Package: $package" || fail "Package is $(field Package)"
[ "$(field Version)" = "$version" ] && ok "Version: $version" || fail "Version is $(field Version), project is $version"
depends=$(field Depends)
# From dpkg-shlibdeps: the Qt libraries the executables link, with versions.
for dep in 'libqt6core6 (>=' 'libqt6widgets6 (>=' 'libqt6network6 (>=' 'libc6 (>=' libqt6svg6 libqt6sql6-sqlite libphonenumber8; do
    [[ "$depends" == *"$dep"* ]] && ok "Depends has $dep" || fail "Depends lacks $dep: $depends"
done
[ -n "$(field Section)" ] && [ -n "$(field Maintainer)" ] && [ -n "$(field Homepage)" ] &&
    ok "Section, Maintainer, Homepage set" || fail "Section, Maintainer or Homepage missing"

echo "== file list"
dpkg-deb --contents "$deb" | awk '{print $6}' | sed 's|^\./|/|' | sort >"$work/files"
cat "$work/files"
expected=(
    /usr/bin/signtraker-admin
    /usr/bin/signtraker-cli
    /usr/bin/signtraker-sim
    /usr/share/applications/$app_id.desktop
    /usr/share/metainfo/$app_id.metainfo.xml
    /usr/share/icons/hicolor/scalable/apps/$app_id.svg
    /usr/share/man/man1/signtraker-cli.1.gz
    /usr/share/doc/$package/copyright
    /usr/share/doc/$package/changelog.gz
)
for size in 16 22 24 32 48 64 128 256; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for f in "${expected[@]}"; do
    grep -qxF "$f" "$work/files" && ok "has $f" || fail "missing $f"
done
# Nothing for developers (static libraries, headers, CMake files) leaks into the package.
if grep -E '\.(a|h|cmake)$|^/usr/include/|^/usr/local/' "$work/files"; then
    fail "development files or /usr/local paths in the package"
fi

echo "== unpack into a scratch root"
root=$work/root
dpkg-deb --extract "$deb" "$root"
for exe in signtraker-admin signtraker-cli signtraker-sim; do
    bin=$root/usr/bin/$exe
    # A RUNPATH into the build tree would load the build's libraries; qt_standard_project_setup()
    # gives installed programs $ORIGIN-relative ones only, which are harmless.
    runpath=$(readelf -d "$bin" | sed -nE 's/.*(RPATH|RUNPATH).*\[(.*)\]/\2/p')
    if tr ':' '\n' <<<"$runpath" | grep -v '^$' | grep -vq '^\$ORIGIN'; then
        fail "$exe has a RUNPATH outside \$ORIGIN: $runpath"
    fi
    file "$bin" | grep -q 'stripped' && ! file "$bin" | grep -q 'not stripped' &&
        ok "$exe stripped" || fail "$exe not stripped"
done

echo "== run the installed programs"
export QT_QPA_PLATFORM=offscreen
unset LD_LIBRARY_PATH
if out=$(timeout 60 "$root/usr/bin/signtraker-admin" --version 2>&1); then
    echo "$out"
    [[ "$out" == *"$version"* ]] && ok "signtraker-admin --version shows $version" ||
        fail "signtraker-admin --version does not show $version"
else
    echo "$out"; fail "signtraker-admin --version exited non-zero"
fi
if out=$(timeout 60 "$root/usr/bin/signtraker-cli" --help 2>&1); then
    echo "$out" | head -n 15
    [[ "$out" == *signtraker-cli* || "$out" == *[Uu]sage* ]] && ok "signtraker-cli --help" ||
        fail "signtraker-cli --help shows no usage"
else
    echo "$out"; fail "signtraker-cli --help exited non-zero"
fi
if out=$(timeout 60 "$root/usr/bin/signtraker-sim" --help 2>&1); then
    ok "signtraker-sim --help"
else
    echo "$out"; fail "signtraker-sim --help exited non-zero"
fi

echo "== desktop integration"
desktop-file-validate "$root/usr/share/applications/$app_id.desktop" &&
    ok "desktop-file-validate" || fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" &&
    ok "appstreamcli validate" || fail "appstreamcli validate"
# The licence is stated alike in the metainfo and in the package's copyright file.
grep -qF '<project_license>Apache-2.0</project_license>' \
    "$root/usr/share/metainfo/$app_id.metainfo.xml" && ok "metainfo licence Apache-2.0" ||
    fail "metainfo's project_license is not Apache-2.0"
grep -qxF 'License: Apache-2.0' "$root/usr/share/doc/$package/copyright" &&
    ok "copyright licence Apache-2.0" || fail "copyright does not state License: Apache-2.0"
# The tree as a whole: the metainfo's launchable, the .desktop file and the icon find each other.
appstreamcli validate-tree --no-net "$root" && ok "appstreamcli validate-tree" ||
    fail "appstreamcli validate-tree"
# The newest release in the metainfo and the changelog is the project's version.
release=$(grep -o '<release version="[^"]*"' "$root/usr/share/metainfo/$app_id.metainfo.xml" |
    head -n 1 | cut -d'"' -f2)
[ "$release" = "$version" ] && ok "metainfo release $release" ||
    fail "metainfo's newest release is $release, project is $version (resources/$app_id.metainfo.xml)"
changelog=$(gzip -dc "$root/usr/share/doc/$package/changelog.gz" | head -n 1 | sed -E 's/.*\(([^)]*)\).*/\1/')
[ "$changelog" = "$version" ] && ok "changelog $changelog" ||
    fail "changelog's newest entry is $changelog, project is $version (packaging/changelog)"

echo "== lintian"
# Every tag is shown, warnings included; only errors fail the test. Nothing is suppressed.
lintian_args=(--tag-display-limit 0 --fail-on error)
if lintian "${lintian_args[@]}" "$deb"; then
    ok "lintian: no errors"
else
    fail "lintian reported errors"
fi

echo
if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all package checks passed"
