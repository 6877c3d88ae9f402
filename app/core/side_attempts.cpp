#include "core/side_attempts.hpp"

#include "core/session_scoring.hpp"

#include <algorithm>
#include <set>

namespace smo::core {

namespace {

/// Turn ids from `from_turn` on (the retried turn and everything after it).
std::set<std::string> turns_from(const std::vector<TranscriptEntry>& transcript,
                                 const std::string& from_turn) {
    std::set<std::string> out;
    auto it = std::find_if(transcript.begin(), transcript.end(),
                           [&](const TranscriptEntry& e) { return e.turn_id == from_turn; });
    for (; it != transcript.end(); ++it)
        out.insert(it->turn_id);
    return out;
}

std::vector<scoring::Finding> findings_in(const std::vector<scoring::Finding>& findings,
                                          const std::set<std::string>& turns) {
    std::vector<scoring::Finding> out;
    std::copy_if(findings.begin(), findings.end(), std::back_inserter(out),
                 [&](const scoring::Finding& f) { return turns.count(f.turn_id) > 0; });
    return out;
}

} // namespace

std::optional<Runtime> start_side_attempt(const Runtime& original, const std::string& turn_id,
                                          Session& session, const std::string& now, std::string& error) {
    Runtime copy = original;
    auto result = copy.retry_from(turn_id);
    if (!result.ok) {
        error = result.error;
        return std::nullopt;
    }
    SideAttempt attempt;
    attempt.from_turn = turn_id;
    attempt.started_at = now;
    attempt.transcript = copy.transcript();
    session.side_attempts.push_back(std::move(attempt));
    return copy;
}

void record_side_attempt(Session& session, const Runtime& side) {
    if (session.side_attempts.empty()) return;
    SideAttempt& attempt = session.side_attempts.back();
    attempt.transcript = side.transcript();
    attempt.finished = side.phase() == Phase::Finished;
    attempt.goal_available = side.state().goal_available;
    if (attempt.finished) attempt.scores = score_runtime(side);
}

SideAttemptOutcome compare_side_attempt(const SideAttempt& attempt,
                                        const std::vector<TranscriptEntry>& original,
                                        const scoring::SessionScore& original_score,
                                        const std::vector<scoring::Finding>& original_findings,
                                        const scoring::Rulebase& rules) {
    SideAttemptOutcome out;
    out.from_turn = attempt.from_turn;
    out.started_at = attempt.started_at;
    out.finished = attempt.finished;
    out.score = attempt.scores;
    out.original = original_score;
    out.findings = findings_in(scoring::debrief_findings(turn_records(attempt.transcript), rules),
                               turns_from(attempt.transcript, attempt.from_turn));
    out.original_findings = findings_in(original_findings, turns_from(original, attempt.from_turn));
    if (attempt.finished && attempt.scores) {
        out.confidentiality_change = attempt.scores->confidentiality - original_score.confidentiality;
        out.violations_change = attempt.scores->violations - original_score.violations;
    }
    return out;
}

} // namespace smo::core
