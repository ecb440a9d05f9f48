#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Puts the project's licence line at the top of every source and build file git tracks, or, with
# --check, lists the files without it and fails (the CTest test spdx_headers runs that).
#
#   scripts/spdx.sh           add the line where it is missing; running it again changes nothing
#   scripts/spdx.sh --check   list the files missing it; exit 1 if there are any
#
# Which files, and why:
#   C++ (.cpp .h .cpp.in .h.in)       "// SPDX-..." as the first line. The .in templates too: the
#                                     line carries over into the source CMake generates from them.
#   CMakeLists.txt, .cmake, .sh, .py,
#   and scripts whose #! names sh,
#   bash or python (./dev, .ci/run)   "# SPDX-..." as the first line, after the #! line if there
#                                     is one (and after a Python coding line, which must stay in
#                                     the first two lines).
#   Everything else is left alone: JSON has no comments; the i18n .ts catalogues and Designer .ui
#   files are XML that lupdate and Designer rewrite; .png and .svg are artwork; the .desktop
#   entry, the AppStream metainfo (it states project_license itself), the Debian changelog and
#   copyright (the licence statement itself), LICENSE, the man page, Markdown and tool
#   configuration (.clang-format, .gitignore, CMakePresets.json) are data or documents, not code.
# A file that already names an SPDX licence in its first ten lines is left as it is, whatever
# the licence: a file from elsewhere keeps its own, and no file ever gets the line twice.
set -euo pipefail

readonly LINE_TEXT='SPDX-License-Identifier: Apache-2.0'

mode=apply
case "${1-}" in
'') ;;
--check) mode=check ;;
-h | --help)
    sed -n '3,7p' "$0" | sed 's/^# \{0,1\}//'
    exit 0
    ;;
*)
    echo "spdx.sh: unknown argument '$1' (use --check, or nothing to add the lines)" >&2
    exit 2
    ;;
esac

cd "$(dirname "$0")/.."

# The files git tracks; in a source tree without git (an unpacked tarball), every file outside
# the build and VCS directories.
list_files() {
    if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
        git ls-files -z
    else
        find . \( -path './.git' -o -path './build*' -o -path './obj-*' \) -prune -o -type f \
            -printf '%P\0'
    fi
}

# The file's first ten lines into head_lines, with shell builtins only: the test runs this over
# every tracked file, and a process or two per file made it take a minute on a busy machine.
read_head() {
    head_lines=()
    local line i
    for ((i = 0; i < 10; i++)); do
        if ! IFS= read -r line; then
            [[ -n $line ]] && head_lines+=("$line")
            break
        fi
        head_lines+=("$line")
    done <"$1"
}

# Sets marker to the file's comment marker, or to nothing when the file is not one to mark.
marker_for() {
    local file=$1 shebang='^#!.*[/ ](sh|bash|python3?)([[:space:]]|$)'
    marker=''
    case "$file" in
    *.cpp | *.h | *.cpp.in | *.h.in) marker='//' ;;
    CMakeLists.txt | */CMakeLists.txt | *.cmake | *.cmake.in | *.sh | *.py) marker='#' ;;
    *) if [[ ${head_lines[0]-} =~ $shebang ]]; then marker='#'; fi ;;
    esac
}

has_identifier() {
    local line
    for line in "${head_lines[@]}"; do
        [[ $line == *SPDX-License-Identifier:* ]] && return 0
    done
    return 1
}

# How many lines stay above the licence line: a #! line, and a Python coding line after it.
lines_before() {
    local marker=$1 count=0 coding='^[[:space:]]*#.*coding[:=]'
    if [[ $marker == '#' ]]; then
        [[ ${head_lines[0]-} == '#!'* ]] && count=1
        [[ ${head_lines[count]-} =~ $coding ]] && count=$((count + 1))
    fi
    echo "$count"
}

add_identifier() {
    local file=$1 marker=$2 before temporary
    before=$(lines_before "$marker")
    temporary=$(mktemp)
    awk -v line="$marker $LINE_TEXT" -v before="$before" \
        'NR == before + 1 { print line } { print } END { if (NR < before + 1) print line }' \
        "$file" >"$temporary"
    # Written back through the same inode, so that the file keeps its mode (executable scripts).
    cat "$temporary" >"$file"
    rm -f "$temporary"
}

missing=()
while IFS= read -r -d '' file; do
    [[ -f $file && ! -L $file ]] || continue
    read_head "$file"
    marker_for "$file"
    [[ -n $marker ]] || continue
    has_identifier && continue
    if [[ $mode == check ]]; then
        missing+=("$file")
    else
        add_identifier "$file" "$marker"
        echo "spdx.sh: added to $file"
    fi
done < <(list_files)

if ((${#missing[@]} > 0)); then
    echo "spdx.sh: ${#missing[@]} file(s) lack the line '$LINE_TEXT';" \
        "scripts/spdx.sh adds it:" >&2
    printf '  %s\n' "${missing[@]}" >&2
    exit 1
fi
exit 0
