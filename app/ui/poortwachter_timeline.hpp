#pragma once
// A small Wet verbetering poortwachter timeline (week 0–104) with the case's current week marked.

#include "core/string_table.hpp"

namespace smo::ui {

/// Draws the timeline across the available width; `current_week` < 0 draws no marker.
void draw_poortwachter_timeline(const core::Strings& strings, int current_week);

} // namespace smo::ui
