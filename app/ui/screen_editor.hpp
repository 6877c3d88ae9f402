#pragma once
// The scenario editor (`--screen editor --scenario ID`): outline, flow map / option audit /
// playtest, the selected element's form, and the diagnostics of the last committed edit.

#include "ui/app_state.hpp"

namespace smo::ui {

void draw_editor(AppState& state);
/// The Save / Discard / Cancel question and the recovery question (root level modals).
void draw_editor_modals(AppState& state);

} // namespace smo::ui
