#pragma once
#include "ui/app_state.hpp"

namespace smo::ui {
/// Briefing: the case file as the bedrijfsarts knows it, participants, learning goals, the
/// Poortwachter timeline and the voorbespreking questions.
void draw_briefing(AppState& state);
} // namespace smo::ui
