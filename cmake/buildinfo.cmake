# SPDX-License-Identifier: Apache-2.0
# Writes the build-info source with the current git revision. Run at every build, it rewrites the
# file only when the revision changed, so an unchanged tree rebuilds nothing.
#   cmake -DSOURCE_DIR=... -DTEMPLATE=... -DOUTPUT=... -DSIGNTRAKER_VERSION=... -P buildinfo.cmake
execute_process(COMMAND git rev-parse --short HEAD
    WORKING_DIRECTORY ${SOURCE_DIR}
    OUTPUT_VARIABLE SIGNTRAKER_GIT_REVISION OUTPUT_STRIP_TRAILING_WHITESPACE
    ERROR_QUIET)
if(NOT SIGNTRAKER_GIT_REVISION)
    set(SIGNTRAKER_GIT_REVISION "unknown")
endif()
configure_file(${TEMPLATE} ${OUTPUT} @ONLY)
