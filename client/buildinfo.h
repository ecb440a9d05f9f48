// SPDX-License-Identifier: Apache-2.0
// The version and git revision of this build, for About, --version and the User-Agent. They live
// in one generated source so that a new commit recompiles one file, not the whole tree.
#pragma once

namespace signtraker::buildinfo {

// "0.1.0"
const char *version();
// The short git revision of the source tree, or "unknown" outside a git checkout.
const char *revision();

} // namespace signtraker::buildinfo
