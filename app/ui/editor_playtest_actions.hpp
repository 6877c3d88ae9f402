#pragma once
// Playtest in the editor (apply_intents calls these): start the document's current model at a
// node with chosen variables and prior disclosures, push the tester's actions, and save the path
// played as a test plan (an answers file for `smo-trainer play ID --strategy answers:FILE`).
// Nothing here writes a trainee session.

#include "ui/app_state.hpp"

#include <string>

namespace smo::ui {

void start_playtest(AppState& state, const StartPlaytest& request);
void playtest_act(AppState& state, const core::PlayAction& action);
void stop_playtest(AppState& state);
/// Writes the plan to `path`, or to `<exports>/<scenario id>.plan.json` when empty.
void save_playtest_plan(AppState& state, const std::string& path);

} // namespace smo::ui
