#pragma once
// The in-app folder picker for a cohort: walk folders, open one (or a .zip inside it).

#include "ui/app_state.hpp"

namespace smo::ui {

/// Draws the picker as a modal while state.review.picker is set.
void draw_folder_picker(AppState& state);

} // namespace smo::ui
