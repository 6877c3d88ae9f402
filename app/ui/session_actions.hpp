#pragma once
// Starting, playing, retrying and finishing a session on behalf of the UI. Called only from
// apply_intents (never from draw code): these load files, run the scoring engine and autosave.

#include "core/play_strategies.hpp"
#include "ui/app_state.hpp"

#include <optional>
#include <string>

namespace smo::ui {

/// Rebuilds the filtered library cards.
void refresh_library_view(AppState& state);

/// Rebuilds the meeting view of the active session (its mode and option order) after a change
/// the view shows: a move, the language, the end of a retry.
void refresh_meeting_view(AppState& state);

/// Starts a new session of `scenario_id` (autosaved at once). Returns an error message on failure.
std::optional<std::string> start_session(AppState& state, const std::string& scenario_id);

/// Resumes a saved, unfinished session.
std::optional<std::string> resume_saved_session(AppState& state, const std::string& session_id);

/// Applies one move to the active runtime (the side attempt when one is open), autosaves,
/// rebuilds the views and moves to the debrief when the meeting is over.
std::optional<std::string> perform(AppState& state, const core::PlayAction& action);

/// The debrief shows attempt `index` (0 = the original, i = side attempt i-1); out of range: ignored.
void show_attempt(AppState& state, std::size_t index);

/// Opens a side attempt from the snapshot before `turn_id` (the original session stays intact).
std::optional<std::string> open_side_attempt(AppState& state, const std::string& turn_id);

/// Re-checks the trainee's live drafts (free text, reflection alternatives) with the engine.
void recheck_free_text(AppState& state);
void recheck_alternative(AppState& state, const std::string& turn_id);

/// "Feedback openen": loads the supervisor's review beside the handed-in copy of this session
/// (`<file>.review.json`); it must belong to this session. Shown in the debrief and the report.
void open_feedback(AppState& state, const std::string& handed_in_file);

/// Writes the Markdown and HTML report of the finished session into state.export_dir and puts
/// the paths (or the error) in play.export_message.
void export_session_report(AppState& state);

/// The screen that shows the runtime's current phase (meeting, observe, debrief).
Screen screen_for(const PlayState& play);

} // namespace smo::ui
