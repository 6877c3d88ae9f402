#pragma once
// The review sidecar on disk: `<session file>.review.json` beside the handed-in session, which is
// never written. Loading never modifies a file; saving is an atomic replace (0600) under an
// exclusive lock on `<sidecar>.lock`, merged with what another reviewer may have saved meanwhile.

#include "core/review.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace smo::core {

/// "<session file>.review.json" (e.g. jan-smo1-2026-12-01.smo.json.review.json).
std::filesystem::path review_path_for(const std::filesystem::path& session_file);

/// The sidecar's lock file: "<sidecar>.lock". It stays after use (removing it would race).
std::filesystem::path review_lock_path_for(const std::filesystem::path& session_file);

/// What load_review found.
struct ReviewLoad {
    std::optional<Review> review; ///< nullopt when there is no sidecar or it cannot be used
    std::string error;            ///< Dutch, located (file:line:col: ... (at /pointer)); empty when fine
};

/// Loads the sidecar beside `session_file`. No sidecar: no review and no error. A sidecar that is
/// not a regular file, corrupt, too new, or belongs to another session (its session_id differs
/// from `expected_session_id`, or its session_sha256 from `expected_sha256`) gives an error that
/// says where and what to do. An empty expected value is not checked. Never modifies any file.
ReviewLoad load_review(const std::filesystem::path& session_file, const std::string& expected_session_id,
                       const std::string& expected_sha256);

/// Saves `review` as the sidecar of `session_file`, merged (merge_reviews(on disk, review)) with
/// the sidecar as it is on disk now, under the sidecar's lock, so two reviewers saving at once
/// both keep their comments. Refuses (and writes nothing) when the sidecar on disk cannot be read
/// or belongs to another session: it is never overwritten. Returns the error, or nullopt.
/// Union merging cannot remove anything: a comment or override the reviewer deleted comes back
/// from disk. An editor that deletes uses save_review_edits().
std::optional<std::string> save_review(const std::filesystem::path& session_file, const Review& review);

/// Saves an editor's changes: `edited` is the review now, `base` the review as loaded (or as last
/// written). Merges with merge_review_edits(on disk, base, edited), so deletions stick and what
/// others saved meanwhile is kept; same lock, refusals and atomic write as save_review. On success
/// `*written` (when given) is what the file now holds: use it as the next `base` and show it.
std::optional<std::string> save_review_edits(const std::filesystem::path& session_file, const Review& base,
                                             const Review& edited, Review* written = nullptr);

} // namespace smo::core
