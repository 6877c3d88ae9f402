#pragma once
// What a reader of a saved session may believe: replays it against the library's scenario (see
// session_replay.hpp) and sums the outcome up in one state with a reason. The start screen marks
// resumable sessions with it; the review mode shows it per handed-in session.

#include "core/scenario_library.hpp"
#include "core/session_replay.hpp"

#include <optional>
#include <string>

namespace smo::core {

enum class Verification {
    Verified,        ///< the replay gives exactly what the file says (a newer rulebase may re-judge)
    Edited,          ///< the file differs from what the app would have written: "buiten de app bewerkt"
    ScenarioChanged, ///< the pinned scenario file is missing or different; judged against the current one
    Unreadable,      ///< the file is not a readable session (set by whoever failed to read it)
    Count
};
/// "verified" | "edited" | "scenario_changed" | "unreadable" (used by exports and --json output).
const char* verification_id(Verification v);

struct VerificationReport {
    Verification state = Verification::Verified;
    std::string reason;  ///< Dutch, one line; empty when verified without remarks
    ReplayResult replay; ///< its runtime holds the replayed (trusted) state, when the replay worked
};

/// Verifies `session` against `current` (the library's entry for its scenario id; null when the
/// library has none), judging statements with `evaluator` of rulebase `rulebase_version`.
VerificationReport verify_session(const Session& session, const LibraryEntry* current,
                                  const scoring::StatementEvaluator& evaluator,
                                  const std::string& rulebase_version);

/// Rebuilds the runtime of a saved session from its replay, so meters, verdicts and scores come from
/// the scenario and the rules, never from the file. When the replay fails because the scenario
/// changed, the stored state is used if the current scenario still has its nodes; a hand-edited
/// file that cannot be replayed is refused (nullopt + error).
std::optional<Runtime> resume_verified(const Session& session, const LibraryEntry& current,
                                       const scoring::StatementEvaluator& evaluator,
                                       const std::string& rulebase_version, std::string& error);

} // namespace smo::core
