#pragma once
#include "ui/app_state.hpp"

namespace smo::ui {
/// One handed-in session under review: verification, scores beside the self-rating, findings, the
/// marked transcript with a comment and agree/disagree per statement, the reflection, and the
/// overall comment, status and sign-off (undoable, saved in the sidecar at once).
void draw_review_session(AppState& state);
} // namespace smo::ui
