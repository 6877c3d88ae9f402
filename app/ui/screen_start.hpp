#pragma once
#include "ui/app_state.hpp"

namespace smo::ui {
/// Start screen: title, what the SMO is, trainee name, mode, language.
void draw_start(AppState& state);
} // namespace smo::ui
