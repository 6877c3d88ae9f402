#pragma once
#include "ui/app_state.hpp"

namespace smo::ui {
/// The supervisor's cohort table: open a folder of handed-in sessions (progress, cancel), the files
/// that could not be read with the reason, filters, and one sortable row per session.
void draw_review_cohort(AppState& state);
} // namespace smo::ui
