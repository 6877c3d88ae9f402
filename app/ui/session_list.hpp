#pragma once
// The start screen's list of saved sessions: refreshing it (readable and unreadable files), moving
// an unreadable file aside, and the check made before resuming against a changed scenario.

#include "ui/app_state.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace smo::ui {

/// How many finished sessions the start screen lists (newest first).
inline constexpr int kRecentFinishedShown = 5;

/// Re-reads the sessions folder into services.sessions and services.unreadable_sessions.
void refresh_sessions(AppState& state);

/// Moves an unreadable session file aside (see SessionStore::move_aside) and refreshes the list;
/// the outcome is put in state.sessions_message.
void move_session_aside(AppState& state, const std::filesystem::path& file);

/// The warning to show before resuming `session_id`: its file was edited outside the app, or its
/// scenario file changed since the session started (SHA-256 differs); nullopt otherwise.
std::optional<std::string> resume_warning(const AppState& state, const std::string& session_id);

} // namespace smo::ui
