#pragma once
// The start screen's list of saved sessions: refreshing it (readable and unreadable files), moving
// an unreadable file aside, and the check made before resuming against a changed scenario.

#include "ui/app_state.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace smo::ui {

/// How many finished sessions "Mijn sessies" lists (newest first); unfinished ones are all listed.
inline constexpr int kRecentFinishedShown = 30;

/// One row of "Mijn sessies" on the start screen.
struct MySessionRow {
    std::string session_id;
    std::string scenario; ///< the scenario's title (its id when it is not in the library)
    std::string date;     ///< last activity, local time
    std::string mode;     ///< "oefenen" / "toets" in the active language
    std::string score;    ///< "85 %" once finished, else "Beslissing 3 / 7"
    core::SessionStatus status = core::SessionStatus::Busy;
    std::string status_label; ///< "bezig" / "afgerond" / "ingeleverd"
};

/// The rows of "Mijn sessies": every unfinished session, then the newest finished ones.
std::vector<MySessionRow> build_my_sessions(const AppState& state);

/// Re-reads the sessions folder into services.sessions and services.unreadable_sessions.
void refresh_sessions(AppState& state);

/// Moves an unreadable session file aside (see SessionStore::move_aside) and refreshes the list;
/// the outcome is put in state.sessions_message.
void move_session_aside(AppState& state, const std::filesystem::path& file);

/// The warning to show before resuming `session_id`: its file was edited outside the app, or its
/// scenario file changed since the session started (SHA-256 differs); nullopt otherwise.
std::optional<std::string> resume_warning(const AppState& state, const std::string& session_id);

} // namespace smo::ui
