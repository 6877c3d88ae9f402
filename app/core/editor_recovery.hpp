#pragma once
// Crash-safe recovery of an unsaved editor document. While a scenario has unsaved edits the editor
// writes its text to <state>/editor-recovery/<id>.json (atomically); after a crash the next start
// lists these files and asks whether to restore or discard each. A clean save or discard removes it.

#include "core/scenario_files.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace smo::core {

/// One unsaved document.
struct EditorRecovery {
    std::string scenario_id;      ///< names the recovery file (`<id>.json`)
    std::filesystem::path target; ///< the scenario file the text belongs to (may not exist yet)
    std::string text;             ///< the whole unsaved document
    std::string saved_at;         ///< UTC, "2026-12-05T21:30:00Z"; set by write_recovery
    std::string target_sha256;    ///< of the target's content when editing began; "" for a new file
    std::filesystem::path file;   ///< the recovery file; set by write_recovery and list_recoveries
};

/// `<state_dir>/editor-recovery`.
std::filesystem::path recovery_dir(const std::filesystem::path& state_dir);

/// Writes (or replaces) the recovery file of `recovery.scenario_id` atomically with mode 0600 and
/// sets `saved_at` and `file`. Call after each committed edit while the document is dirty. An id
/// that is not a valid scenario id is stored as "document" so a half-typed id cannot escape the folder.
FileResult write_recovery(const std::filesystem::path& state_dir, EditorRecovery& recovery);

struct PendingRecoveries {
    std::vector<EditorRecovery> pending; ///< sorted by scenario id
    std::vector<std::string> problems;   ///< unreadable recovery files, with the reason (kept on disk)
};

/// The recovery files left by an earlier run; call once at start, before opening the editor.
PendingRecoveries list_recoveries(const std::filesystem::path& state_dir);

/// A recovery ready to reopen in the editor (as a dirty document).
struct RestoredDocument {
    EditorRecovery recovery;
    /// The target file was changed or removed since editing began: ask before saving over it.
    bool target_changed = false;
};

/// Reads one recovery file. The file stays until the restored document is saved or discarded, so
/// a second crash loses nothing. Nullopt with `error` when it cannot be read.
std::optional<RestoredDocument> restore_recovery(const std::filesystem::path& recovery_file,
                                                 std::string& error);

/// Removes the recovery file (after a save, or when the user chose to discard). Nullopt on success.
std::optional<std::string> discard_recovery(const EditorRecovery& recovery);

} // namespace smo::core
