#pragma once
#include "ui/app_state.hpp"

namespace smo::ui {
/// Observe (assignment `observeren`): the scripted bedrijfsarts speaks; the trainee marks each line
/// acceptable or names the rule it breaks. Shows hits, misses and false alarms so far.
void draw_observe(AppState& state);
} // namespace smo::ui
