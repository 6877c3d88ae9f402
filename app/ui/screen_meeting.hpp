#pragma once
#include "ui/app_state.hpp"

namespace smo::ui {
/// Meeting: the table, meters, the transcript, the current line and the response panel for the
/// current phase (options, compose, free text, observe verdicts, quiz). Keyboard: 1–9 pick an
/// option, Enter continues or submits.
void draw_meeting(AppState& state);
} // namespace smo::ui
