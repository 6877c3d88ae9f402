#pragma once
// What `review` and `report` both need before they can read a handed-in session: the data folder,
// the scoring engine and the scenario library checked against the engine's rules.

#include "core/cohort.hpp"
#include "core/scenario_library.hpp"
#include "scoring/evaluate.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <ostream>
#include <vector>

namespace smo::cli {

struct ReviewData {
    std::filesystem::path data_dir;
    std::unique_ptr<scoring::StatementEvaluator> evaluator; ///< owns `engine`
    const scoring::Engine* engine = nullptr;
    std::vector<core::LibraryEntry> library;
};

/// Loads the data of `--data-dir` (or the built-in search) and the scenarios of `--scenarios`
/// (default <data>/scenarios). On failure prints why, prefixed "smo-trainer <command>:", to `err`
/// and returns nullopt (the caller exits 1).
std::optional<ReviewData> load_review_data(const char* command,
                                           const std::optional<std::filesystem::path>& data_dir,
                                           const std::optional<std::filesystem::path>& scenarios,
                                           const std::filesystem::path& exe_path, std::ostream& err);

/// One handed-in session file, replayed and re-scored: the entry, and the session as the replay
/// gives it (transcript and scores never as the file claims them).
struct TrustedSession {
    core::CohortEntry entry;
    core::Session session;
};

/// Loads and replays `file` against `data`. On failure prints why to `err` ("smo-trainer <command>:
/// FILE: <refusal>: reason") and returns nullopt (the caller exits 1); a session that is not
/// verified gets a warning and is returned.
std::optional<TrustedSession> load_trusted_session(const char* command, const char* refusal,
                                                   const std::filesystem::path& file, const ReviewData& data,
                                                   std::ostream& err);

} // namespace smo::cli
