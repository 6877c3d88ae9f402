#include "core/session_outcome.hpp"

#include "core/finding_details.hpp"
#include "core/session_scoring.hpp"

#include <algorithm>
#include <cstdio>

namespace smo::core {

SessionOutcome compute_outcome(const Session& session, const Scenario& scenario,
                               const scoring::Rulebase& rules) {
    SessionOutcome out;
    const auto records = turn_records(session.transcript);
    out.score = scoring::aggregate(records, session.state.goal_available);
    out.findings = scoring::debrief_findings(records, rules);
    add_scenario_details(out.findings, session.transcript, scenario);
    out.prompts = scoring::reflection_prompts(records, rules);
    out.observe = observe_stats(session.transcript);

    auto rating = [&](const std::string& key) {
        auto it = session.self_ratings.find(key);
        return it == session.self_ratings.end() ? 0 : it->second;
    };
    out.bars.push_back({"confidentiality", static_cast<float>(out.score.confidentiality) / 100.0f,
                        rating("confidentiality"), out.score.confidentiality});
    // Only the goals this scenario declares: the others were never on offer.
    const auto& declared = scenario.learning_goals;
    for (const auto& g : out.score.goals) {
        if (std::find(declared.begin(), declared.end(), g.goal) == declared.end()) continue;
        out.bars.push_back({g.goal, static_cast<float>(g.mastery), rating(g.goal),
                            static_cast<int>(g.mastery * 100.0 + 0.5)});
    }
    for (const auto& e : session.transcript) {
        if (!e.evaluation || e.evaluation->verdict == scoring::Verdict::Allowed) continue;
        out.flagged.push_back({e.turn_id, e.text, e.evaluation->rule_list()});
    }
    for (const auto& attempt : session.side_attempts) {
        out.side_attempts.push_back(
            compare_side_attempt(attempt, session.transcript, out.score, out.findings, rules));
        add_scenario_details(out.side_attempts.back().findings, attempt.transcript, scenario);
    }
    out.missed = missed_choices(session.transcript, scenario);
    return out;
}

SessionOutcome attempt_outcome(const Session& session, std::size_t index, const Scenario& scenario,
                               const scoring::Rulebase& rules) {
    if (index >= session.side_attempts.size()) return {};
    const SideAttempt& attempt = session.side_attempts[index];
    Session as_played;
    as_played.self_ratings = session.self_ratings;
    as_played.transcript = attempt.transcript;
    // Attempts saved before goal_available was recorded: the original's path is the best guess.
    as_played.state.goal_available =
        attempt.goal_available.empty() ? session.state.goal_available : attempt.goal_available;
    return compute_outcome(as_played, scenario, rules);
}

std::string attempt_heading(const SideAttemptOutcome& a, const Strings& tr) {
    char text[256];
    if (a.finished && a.score)
        std::snprintf(text, sizeof text, tr("review.side.finished"), a.from_turn.c_str(),
                      a.original.confidentiality, a.score->confidentiality);
    else
        std::snprintf(text, sizeof text, tr("review.side.unfinished"), a.from_turn.c_str());
    return text;
}

std::string finding_heading(const scoring::Finding& finding, bool english) {
    const std::string& title = english && !finding.title_en.empty() ? finding.title_en : finding.title_nl;
    std::string heading = title.empty() ? finding.rule_id : title + " (" + finding.rule_id + ")";
    return heading + " · " + finding.turn_id;
}

ScoreBand score_band(float measured) {
    return measured >= 0.8f ? ScoreBand::Good : measured >= 0.5f ? ScoreBand::Fair : ScoreBand::Low;
}

const char* score_band_id(ScoreBand band) {
    switch (band) {
    case ScoreBand::Good:
        return "good";
    case ScoreBand::Fair:
        return "fair";
    default:
        return "low";
    }
}

} // namespace smo::core
