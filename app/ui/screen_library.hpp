#pragma once
#include "ui/app_state.hpp"

namespace smo::ui {
/// Library: scenario cards with filters, an empty state, and the files that failed to load.
void draw_library(AppState& state);
} // namespace smo::ui
