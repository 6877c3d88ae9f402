#pragma once
// The editor's playtest pane: choose a start node, variable values and prior disclosures, play
// the branch, and save the path as a test plan.

#include "ui/app_state.hpp"

namespace smo::ui {

void draw_playtest(AppState& state);

} // namespace smo::ui
