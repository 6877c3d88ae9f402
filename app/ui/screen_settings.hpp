#pragma once
#include "ui/app_state.hpp"

namespace smo::ui {
/// "Instellingen": the learning record store (xAPI) fields and the sender's status
/// (queued / sent / refused / last error).
void draw_settings(AppState& state);
} // namespace smo::ui
