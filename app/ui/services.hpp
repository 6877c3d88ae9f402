#pragma once
// Loading what the UI needs before the first frame, and driving the app to a screen for tests
// and screenshots (`--screen NAME --scenario ID`).

#include "core/play_strategies.hpp"
#include "ui/app_state.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace smo::ui {

/// Loads the scenario library, the scoring engine and the session list. Problems become warnings
/// on the start screen; the app still opens.
void load_services(AppState& state, const std::filesystem::path& sessions_dir);

/// How the screenshot driver plays on its way to a screen (`--play`, `--at`, `--retry`).
struct DriveOptions {
    core::StrategyKind strategy = core::StrategyKind::Best; ///< best or worst
    bool stop_at_feedback = false; ///< meeting: stop on the first turn feedback (oefenen)
    /// debrief: retry from the first decision that broke a rule (else the first decision), play
    /// the retry with `best` and show it beside the original
    bool retry = false;
};

/// Plays `scenario_id` as far as `screen` needs: the briefing, the third decision of the meeting
/// (or its first feedback), the first observe line, or the finished session for debrief and
/// reflection. Returns an error message when the scenario cannot get there.
std::optional<std::string> drive_to_screen(AppState& state, Screen screen, const std::string& scenario_id,
                                           const DriveOptions& how = {});

/// `--editor-pane`: shows the option audit, or a playtest from the start node played with `best`
/// up to its third decision (screenshots). Call after drive_to_screen(Screen::Editor).
std::optional<std::string> drive_editor_pane(AppState& state, const std::string& pane);
/// `--node`: selects a node in the open editor, as a click in the outline does; a JSON pointer
/// ("/nodes/3/options/1/flaw") jumps to that field as a diagnostic does (screenshots).
std::optional<std::string> drive_editor_node(AppState& state, const std::string& node_id);

/// Opens the supervisor's folder picker at `folder`, as the "Bladeren" button does (screenshots).
void open_folder_picker(AppState& state, const std::filesystem::path& folder);

/// Types `text` as the first reflection answer and waits for its spelling help (screenshots).
/// An error when the reflection screen is not shown.
std::optional<std::string> type_reflection_answer(AppState& state, const std::string& text);

/// Repeats the meeting transcript rows until there are `rows` of them (for --bench-frames: the
/// frame cost with a long meeting, without playing 200 turns).
void pad_transcript_for_benchmark(AppState& state, std::size_t rows);

} // namespace smo::ui
