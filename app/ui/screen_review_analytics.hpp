#pragma once
#include "ui/app_state.hpp"

namespace smo::ui {
/// Cohort analytics drawn with ImDrawList: most breached rules, item analysis per decision,
/// goal scores per trainee, self-rating against score, status counts; numbers beside every bar.
void draw_review_analytics(AppState& state);
} // namespace smo::ui
