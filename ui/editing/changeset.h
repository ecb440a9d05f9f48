// SPDX-License-Identifier: Apache-2.0
// The window's name for a change: the ChangeSet of the workflows library (changes.h), so that
// the dialogs, the undo history and the change log pass the same value.
#pragma once

#include "changes.h"

namespace signtraker::ui {

using signtraker::ChangeSet;

} // namespace signtraker::ui
