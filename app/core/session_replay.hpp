#pragma once
// Never trust a stored session: replay its recorded decisions through the scenario and re-score
// every statement. Meters, verdicts and scores then come from the replay, and every place where
// the file says something else is reported, so a hand-edited session ("99 / 10", a verdict turned
// green) is marked instead of believed. Used on resume (start screen) and by the review mode.

#include "core/runtime.hpp"
#include "core/session.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace smo::core {

/// Why the file and the replay disagree at one place.
enum class DifferenceKind {
    Edited,   ///< the file says something the scenario and the actions cannot produce
    Rescored, ///< a verdict or score the current rulebase judges differently (rulebase changed)
    Count
};
const char* difference_kind_id(DifferenceKind kind);

struct ReplayDifference {
    DifferenceKind kind = DifferenceKind::Edited;
    std::string where;    ///< turn id ("t7"), "state" or "scores"
    std::string field;    ///< "verdict", "meters", "vars/vertrouwen", "confidentiality", ...
    std::string stored;   ///< what the file says
    std::string replayed; ///< what the replay gives
};

struct ReplayResult {
    /// The replayed runtime; null when a recorded action could not be applied (see error).
    std::optional<Runtime> runtime;
    std::string error; ///< why the replay stopped (Dutch); empty when every action applied
    std::vector<ReplayDifference> differences;

    /// The file differs from what the app would have written: hand-edited, or its scenario changed.
    bool edited() const;
    /// Only verdicts/scores differ, because the rulebase changed since the session was played.
    bool rescored_only() const;
};

/// Replays `session`'s decisions (choices, compositions, typed statements, judgements, answers) on
/// a fresh runtime of `scenario`, judging every statement with `evaluator`, and compares turn by
/// turn and the final state. `current_rulebase_version` tells verdict changes caused by a newer
/// rulebase (Rescored) from edits. Pure: reads nothing from disk.
ReplayResult replay_session(const Session& session, std::shared_ptr<const Scenario> scenario,
                            const scoring::StatementEvaluator& evaluator,
                            const std::string& current_rulebase_version);

/// One line for lists ("t4 meters: 99 → 6"), in Dutch.
std::string describe(const ReplayDifference& difference);

} // namespace smo::core
