#pragma once
// What the supervisor's review mode does on behalf of the UI: reading a cohort off the frame
// loop, opening one session with its review sidecar, undoable review edits (saved at once), CSV
// exports, and the trainee's hand-in. Called only from apply_intents and the main loop.

#include "ui/app_state.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace smo::ui {

/// Starts reading the cohort under `path` (a folder, searched recursively, or one file) on a
/// worker thread. The table shows the previous cohort until the new one has arrived.
void start_cohort_load(AppState& state, const std::filesystem::path& path);

/// Takes the cohort when the worker has finished; call once per frame. True when it arrived.
bool poll_cohort_load(AppState& state);

/// Asks the worker to stop; what it read so far is dropped.
void cancel_cohort_load(AppState& state);

/// Reads the cohort on this thread (screenshots, tests).
void load_cohort_now(AppState& state, const std::filesystem::path& path);

/// Opens the cohort under `dir` for `screen` (review-cohort, -session: its first row, -analytics).
/// `wait`: read it on this thread (screenshots), else on a worker. Error for other screens.
std::optional<std::string> open_review_at_start(AppState& state, Screen screen,
                                                const std::filesystem::path& dir, bool wait);

/// Rebuilds the table order from the sort column and the filter.
void refresh_cohort_order(AppState& state);

/// Opens entry `index` of the cohort for review with its sidecar (a new review when there is none).
std::optional<std::string> open_review_session(AppState& state, std::size_t index);

/// Applies an edit to the open review through its undo history and saves the sidecar.
void apply_review_edit(AppState& state, std::unique_ptr<core::ReviewEdit> edit);
void undo_review_edit(AppState& state);
void redo_review_edit(AppState& state);

/// Writes the cohort CSV and the item CSV (either path may be empty) and says where in the message.
void export_cohort_csvs(AppState& state, const std::string& cohort_path, const std::string& items_path);

/// Hands the finished session in: the session file with its scenario embedded, and the report,
/// written to `folder`. Returns the message to show (paths or the error).
std::string hand_in_session(AppState& state, const std::string& folder);

} // namespace smo::ui
