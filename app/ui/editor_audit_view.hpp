#pragma once
// "Alle opties toetsen": every scripted statement scored in its node's context, beside what the
// author meant; mismatches first in colour, a click jumps to the option's form.

#include "ui/app_state.hpp"

namespace smo::ui {

void draw_option_audit(AppState& state);

} // namespace smo::ui
