#include "core/session_scoring.hpp"

#include "core/runtime.hpp"

namespace smo::core {

std::vector<scoring::TurnRecord> turn_records(const std::vector<TranscriptEntry>& transcript) {
    std::vector<scoring::TurnRecord> out;
    for (const auto& e : transcript) {
        if (!e.by_trainee || e.prior) continue; // a playtest's prior items were not this session's turns
        scoring::TurnRecord r;
        r.turn_id = e.turn_id;
        r.node_id = e.node_id;
        r.node_kind = to_id(e.kind == EntryKind::Question ? EntryKind::Quiz : e.kind);
        if (e.kind == EntryKind::Choice || e.kind == EntryKind::Compose || e.kind == EntryKind::FreeText)
            r.statement = e.text;
        r.evaluation = e.evaluation;
        r.goals_credited = e.goals_credited;
        r.observe = e.observe;
        r.flaw = e.flaw;
        r.grey_zone = e.grey_zone;
        r.key_points = e.key_points;
        if (e.kind == EntryKind::Quiz || e.kind == EntryKind::Question) r.quiz_correct = e.correct;
        out.push_back(std::move(r));
    }
    return out;
}

scoring::SessionScore score_transcript(const std::vector<TranscriptEntry>& transcript,
                                       const std::map<std::string, int>& goal_available) {
    return scoring::aggregate(turn_records(transcript), goal_available);
}

scoring::SessionScore score_runtime(const Runtime& runtime) {
    return score_transcript(runtime.transcript(), runtime.state().goal_available);
}

scoring::ObserveStats observe_stats(const std::vector<TranscriptEntry>& transcript) {
    scoring::ObserveStats s;
    for (const auto& e : transcript) {
        if (!e.observe) continue;
        const auto& o = *e.observe;
        if (o.expected_rule.empty()) {
            if (o.given_rule.empty())
                ++s.correct_accepts;
            else
                ++s.false_alarms;
        } else if (o.given_rule.empty()) {
            ++s.misses;
        } else if (o.given_rule == o.expected_rule) {
            ++s.hits;
        } else {
            ++s.wrong_rule;
        }
    }
    return s;
}

} // namespace smo::core
