#pragma once
// Whether the trainee's turns are safely on disk. An autosave can fail (disk full, folder not
// writable): the turns stay in memory, every later turn retries, and every screen shows a banner
// until a write succeeds or a current copy was saved elsewhere. Closing the window with turns
// that exist only in memory asks first. Called from apply_intents and the main loop only.

#include "ui/app_state.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace smo::ui {

/// What the banner on every screen shows while the last autosave failed.
struct SaveBanner {
    std::string error;                 ///< why the last write failed
    std::filesystem::path copy_path;   ///< where the trainee saved a copy ("" = none)
    bool copy_current = false;         ///< that copy holds every turn played so far
};

/// The banner to show, or nullopt while the session's last write succeeded (or no session is open).
std::optional<SaveBanner> save_banner(const AppState& state);

/// True when closing now would lose turns: the last autosave failed and no current copy exists.
bool has_unsaved_turns(const AppState& state);

/// Tries the autosave again now; on success while a close was asked for, the window may close.
void retry_save(AppState& state);

/// Writes the session record to `path` (atomic replace, mode 0600) as the trainee's own copy.
std::optional<std::string> save_session_copy(AppState& state, const std::filesystem::path& path);

/// Updates whether the saved copy is still current; call after every batch of intents.
void refresh_save_status(AppState& state);

/// The window was asked to close: true when it may close now, otherwise opens the confirmation.
bool confirm_close(AppState& state);

} // namespace smo::ui
