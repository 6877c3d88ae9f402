#pragma once
// The learning record store on behalf of the UI: starting the sender, enqueueing the session's
// statements after every finished turn, and saving the LRS fields of "Instellingen". Called only
// from apply_intents and the session actions (never from draw code).

#include "ui/app_state.hpp"

#include <filesystem>

namespace smo::ui {

/// Starts state.xapi on the queue under `state_dir` (xapi-queue/) with the LRS of the settings
/// and the secret from `config_dir` (empty: no secret). Statements queued by an earlier run are sent.
void start_xapi_sender(AppState& state, const std::filesystem::path& state_dir,
                       const std::filesystem::path& config_dir);

/// After a turn: queues the statements of the session being played that are new (the queue
/// keeps each id once). Nothing when no LRS endpoint is set or the sender is not running.
void enqueue_xapi_statements(AppState& state);

/// Fills state.lrs_form from the settings (the secret only as "saved or not").
void fill_lrs_form(AppState& state);

/// Puts the fields in the settings (the caller saves them), writes a new secret to its 0600 file
/// and reconfigures the sender. Returns true when the settings changed.
bool save_lrs_settings(AppState& state, const SaveLrsSettings& fields);

} // namespace smo::ui
