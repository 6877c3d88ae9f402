#pragma once
// "Probeer opnieuw vanaf hier": a retry from an earlier decision runs on a copy of the runtime and
// is kept in the session record beside the original, which stays as it was. Callers (the UI,
// tests) own the side runtime; these functions keep the session record in step with it and
// compare a recorded attempt with the original.

#include "core/runtime.hpp"
#include "core/session.hpp"
#include "scoring/aggregate.hpp"
#include "scoring/rulebase.hpp"

#include <optional>
#include <string>
#include <vector>

namespace smo::core {

/// Starts a retry from the snapshot before `turn_id`: returns a copy of `original` restored to that
/// point and appends a SideAttempt (stamped `now`) to `session`. On failure (not a decision turn)
/// returns nullopt with `error` set and leaves `session` unchanged.
std::optional<Runtime> start_side_attempt(const Runtime& original, const std::string& turn_id,
                                          Session& session, const std::string& now, std::string& error);

/// Call after every successful action on the side runtime: copies its transcript into the session's
/// latest attempt and, once the attempt is finished, its score.
void record_side_attempt(Session& session, const Runtime& side);

/// A recorded attempt beside the original, for the debrief, the report and a reviewer.
struct SideAttemptOutcome {
    std::string from_turn;
    std::string started_at;
    bool finished = false;
    std::optional<scoring::SessionScore> score;      ///< the attempt's score, once finished
    scoring::SessionScore original;                  ///< the original session's score
    std::vector<scoring::Finding> findings;          ///< the attempt's findings from `from_turn` on
    std::vector<scoring::Finding> original_findings; ///< the original's findings from `from_turn` on
    /// Attempt minus original (confidentiality points, violations); 0 while unfinished.
    int confidentiality_change = 0;
    int violations_change = 0;
};

/// Compares `attempt` with the original transcript, its score and its findings.
SideAttemptOutcome compare_side_attempt(const SideAttempt& attempt,
                                        const std::vector<TranscriptEntry>& original,
                                        const scoring::SessionScore& original_score,
                                        const std::vector<scoring::Finding>& original_findings,
                                        const scoring::Rulebase& rules);

} // namespace smo::core
