#pragma once
#include "ui/app_state.hpp"

namespace smo::ui {
/// Debrief: first the trainee's self-rating, then the scores beside it, the findings with rule,
/// source and better wording, and the marked transcript with "Probeer opnieuw vanaf hier".
void draw_debrief(AppState& state);
} // namespace smo::ui
