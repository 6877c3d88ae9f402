#pragma once
// The spelling help under a text field: unknown words with the dictionary's suggestions, never a
// block on submitting (ImGui 1.86 has no squiggles, so a line under the field).

#include "ui/app_state.hpp"

#include <string>

namespace smo::ui {

/// "Spelling: hernai → hernia, hierna · ..." for `text`, once the worker has checked it; nothing
/// while it checks, for empty text or when no dictionary is installed.
void draw_spelling_hint(AppState& state, const std::string& text);

/// The hint's text for a checked result ("" when every word is known); `label` is "Spelling:".
std::string spelling_hint_text(const std::vector<core::UnknownWord>& unknown, const char* label,
                               const char* no_suggestion);

} // namespace smo::ui
