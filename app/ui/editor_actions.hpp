#pragma once
// The scenario editor's actions, called by apply_intents: open a scenario (own files editable,
// bundled ones read-only), run an edit / undo / redo and refresh what depends on the document
// (flow map, option audit, recovery file), save, leave with the Save / Discard / Cancel question,
// and the recovery question at start.

#include "ui/app_state.hpp"

#include <optional>
#include <string>

namespace smo::ui {

/// Opens the editor on the library scenario (or own file) with this id; own scenarios with
/// errors open too. Returns why it could not be opened.
std::optional<std::string> open_editor(AppState& state, const std::string& scenario_id);

/// True when the editor holds changes that are not in the file.
bool editor_dirty(const AppState& state);

void execute_edit(AppState& state, EditScenario& edit);
void undo_edit(AppState& state);
void redo_edit(AppState& state);
void end_edit_merge(AppState& state);
void select_editor_item(AppState& state, const core::EditorItem& item);
void jump_to_pointer(AppState& state, const std::string& pointer);
void find_in_editor(AppState& state, const std::string& query);
void next_editor_match(AppState& state);
void set_editor_pane(AppState& state, EditorPane pane);
void move_map_node(AppState& state, const std::string& node_id, float x, float y);

/// Writes the document to its file (atomic, with a backup of the previous version); true on success.
bool save_edits(AppState& state);
/// Leaves for `to`, or asks first when there are unsaved edits.
void leave_editor(AppState& state, Screen to);
void resolve_leave(AppState& state, ResolveLeave::Choice choice);
/// The window is closing: true when it may close now (nothing unsaved), else asks.
bool editor_allows_close(AppState& state);

/// Reads the recovery files of an earlier run (AppState::state_dir) into the question queue.
void load_editor_recoveries(AppState& state);
void resolve_recovery(AppState& state, bool restore);

/// Benchmarks: pads the open document with copies of its nodes up to `nodes` (never saved).
void pad_editor_for_benchmark(AppState& state, std::size_t nodes);

} // namespace smo::ui
