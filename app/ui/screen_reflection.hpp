#pragma once
#include "ui/app_state.hpp"

namespace smo::ui {
/// Reflection: the NVAB toolbox's four questions with prompts from this session, and for each
/// flagged turn "wat had je kunnen zeggen?", checked live. Autosaved as typed; export at the end.
void draw_reflection(AppState& state);
} // namespace smo::ui
