#pragma once
#include "ui/app_state.hpp"

namespace smo::ui {
/// Draws the whole UI for one frame: the top bar (language, zoom) and the current screen.
/// Call between ImGui::NewFrame() and ImGui::Render(); then call apply_intents().
void draw_app(AppState& state);
} // namespace smo::ui
