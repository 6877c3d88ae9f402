#include "core/session_replay.hpp"

#include "core/session_scoring.hpp"

#include <algorithm>
#include <array>

namespace smo::core {

namespace {

constexpr std::array<const char*, 2> kDifferenceKinds{"edited", "rescored"};
static_assert(kDifferenceKinds.size() == static_cast<std::size_t>(DifferenceKind::Count));

// Plenty for any scenario: every node is entered at most a few times per decision.
constexpr int kMaxAdvancesPerStep = 10000;

bool is_decision_phase(Phase p) {
    return p == Phase::Question || p == Phase::Choice || p == Phase::Compose || p == Phase::FreeText ||
           p == Phase::Observe || p == Phase::Quiz;
}

// Moves past lines, feedback and the end text until the trainee must act (or nothing is left).
void advance_to_decision(Runtime& rt) {
    for (int i = 0; i < kMaxAdvancesPerStep && !is_decision_phase(rt.phase()); ++i) {
        if (rt.phase() == Phase::Finished || rt.phase() == Phase::Stuck) return;
        rt.advance();
    }
}

ActionResult apply_recorded(Runtime& rt, const TranscriptEntry& e) {
    if (e.kind == EntryKind::Choice || e.kind == EntryKind::Quiz || e.kind == EntryKind::Question)
        return rt.choose(e.option_id);
    if (e.kind == EntryKind::Compose) return rt.compose(e.items, e.words);
    if (e.kind == EntryKind::FreeText) return rt.submit(e.text);
    if (e.kind == EntryKind::Observe) return rt.judge(e.judgement);
    return ActionResult::fail("beurtsoort '" + std::string(to_id(e.kind)) +
                              "' wordt niet door de deelnemer gekozen");
}

std::string verdict_text(const std::optional<scoring::Evaluation>& e) {
    if (!e) return "-";
    std::string out = scoring::verdict_id(e->verdict);
    auto rules = e->rule_ids();
    if (!rules.empty()) {
        out += " (";
        for (std::size_t i = 0; i < rules.size(); ++i)
            out += (i ? ", " : "") + rules[i];
        out += ")";
    }
    return out;
}

std::string meters_text(const std::vector<MeterChange>& meters) {
    std::string out;
    for (const auto& m : meters)
        out += (out.empty() ? "" : ", ") + m.var + " " + std::to_string(m.before) + "→" +
               std::to_string(m.after);
    return out.empty() ? "-" : out;
}

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& s : items)
        out += (out.empty() ? "" : ", ") + s;
    return out.empty() ? "-" : out;
}

std::string flaw_text(const std::optional<scoring::Flaw>& f) {
    return f ? std::string(scoring::flaw_kind_id(f->kind)) + " " + f->rule_id : "-";
}

// "2/3 kernpunten: werkplekonderzoek, RI&E" (the named ones; "-" without key points).
std::string key_points_text(const std::optional<scoring::KeyPointCoverage>& k) {
    if (!k) return "-";
    std::string out = std::to_string(k->covered.size()) + "/" + std::to_string(k->needed) + " kernpunten";
    for (std::size_t i = 0; i < k->covered.size(); ++i)
        out += (i == 0 ? ": " : ", ") + k->covered[i];
    return out;
}

// "2/4", or "2+1½/4" with half credits (grey zones).
std::string goal_text(const scoring::GoalMastery& g) {
    std::string out = std::to_string(g.credited);
    if (g.partial > 0) out += "+" + std::to_string(g.partial) + "½";
    return out + "/" + std::to_string(g.available);
}

std::string bool_text(const std::optional<bool>& b) {
    return !b ? "-" : (*b ? "goed" : "fout");
}

struct Comparer {
    std::vector<ReplayDifference>& out;
    bool rulebase_changed;

    void add(DifferenceKind kind, const std::string& where, const std::string& field, std::string stored,
             std::string replayed) {
        if (stored == replayed) return;
        out.push_back({kind, where, field, std::move(stored), std::move(replayed)});
    }
    // Judgements can legitimately change with the rulebase; everything else cannot.
    DifferenceKind judged() const {
        return rulebase_changed ? DifferenceKind::Rescored : DifferenceKind::Edited;
    }

    void entries(const TranscriptEntry& s, const TranscriptEntry& r) {
        const std::string& at = s.turn_id.empty() ? r.turn_id : s.turn_id;
        auto E = DifferenceKind::Edited;
        add(E, at, "turn_id", s.turn_id, r.turn_id);
        add(E, at, "node_id", s.node_id, r.node_id);
        add(E, at, "kind", std::string(to_id(s.kind)), std::string(to_id(r.kind)));
        add(E, at, "speaker", s.speaker, r.speaker);
        add(E, at, "text", s.text, r.text);
        add(E, at, "option_id", s.option_id, r.option_id);
        add(E, at, "meters", meters_text(s.meters), meters_text(r.meters));
        add(E, at, "correct", bool_text(s.correct), bool_text(r.correct));
        add(E, at, "flaw", flaw_text(s.flaw), flaw_text(r.flaw));
        add(E, at, "grey_zone", s.grey_zone ? "ja" : "nee", r.grey_zone ? "ja" : "nee");
        add(E, at, "key_points", key_points_text(s.key_points), key_points_text(r.key_points));
        add(E, at, "case_id", s.case_id, r.case_id);
        add(judged(), at, "verdict", verdict_text(s.evaluation), verdict_text(r.evaluation));
        add(judged(), at, "goals_credited", join(s.goals_credited), join(r.goals_credited));
    }

    void state(const RuntimeState& s, const RuntimeState& r, const Scenario& scenario) {
        auto E = DifferenceKind::Edited;
        add(E, "state", "phase", phase_id(s.phase), phase_id(r.phase));
        add(E, "state", "stage", stage_id(s.stage), stage_id(r.stage));
        add(E, "state", "node_id", s.node_id, r.node_id);
        add(E, "state", "case_id", s.case_id, r.case_id);
        std::vector<std::string> names;
        for (const auto& [k, v] : s.vars)
            names.push_back(k);
        for (const auto& [k, v] : r.vars)
            if (!s.vars.count(k)) names.push_back(k);
        for (const auto& name : names) {
            auto si = s.vars.find(name);
            auto ri = r.vars.find(name);
            std::string stored = si == s.vars.end() ? "-" : std::to_string(si->second);
            std::string replayed = ri == r.vars.end() ? "-" : std::to_string(ri->second);
            // An out-of-range value is reported with its range, so "99 / 10" reads as what it is.
            if (const Variable* var = scenario.find_variable(name);
                var && si != s.vars.end() && (si->second < var->min || si->second > var->max))
                stored += " (buiten " + std::to_string(var->min) + ".." + std::to_string(var->max) + ")";
            add(E, "state", "vars/" + name, stored, replayed);
        }
    }

    void scores(const std::optional<scoring::SessionScore>& s, const scoring::SessionScore& r) {
        if (!s) {
            add(DifferenceKind::Edited, "scores", "scores", "-", "aanwezig");
            return;
        }
        add(judged(), "scores", "confidentiality", std::to_string(s->confidentiality),
            std::to_string(r.confidentiality));
        add(judged(), "scores", "violations", std::to_string(s->violations), std::to_string(r.violations));
        add(judged(), "scores", "cautions", std::to_string(s->cautions), std::to_string(r.cautions));
        for (const auto& g : r.goals) {
            auto it = std::find_if(s->goals.begin(), s->goals.end(),
                                   [&](const scoring::GoalMastery& m) { return m.goal == g.goal; });
            std::string stored = it == s->goals.end()
                                     ? "-"
                                     : goal_text(*it);
            add(judged(), "scores", "goals/" + g.goal, stored, goal_text(g));
        }
    }
};

} // namespace

const char* difference_kind_id(DifferenceKind kind) {
    auto i = static_cast<std::size_t>(kind);
    return i < kDifferenceKinds.size() ? kDifferenceKinds[i] : "?";
}

bool ReplayResult::edited() const {
    if (!error.empty()) return true;
    return std::any_of(differences.begin(), differences.end(),
                       [](const ReplayDifference& d) { return d.kind == DifferenceKind::Edited; });
}

bool ReplayResult::rescored_only() const {
    return !edited() && !differences.empty();
}

ReplayResult replay_session(const Session& session, std::shared_ptr<const Scenario> scenario,
                            const scoring::StatementEvaluator& evaluator,
                            const std::string& current_rulebase_version) {
    ReplayResult result;
    Runtime rt(std::move(scenario), evaluator);
    // The meeting reacted to the verdicts of the day; a newer rulebase re-scores, not re-plays.
    std::vector<scoring::Verdict> recorded;
    for (const auto& entry : session.transcript)
        if (entry.by_trainee && (entry.kind == EntryKind::Compose || entry.kind == EntryKind::FreeText))
            recorded.push_back(entry.evaluation ? entry.evaluation->verdict : scoring::Verdict::Allowed);
    rt.react_as_recorded(std::move(recorded));
    for (const auto& entry : session.transcript) {
        if (!entry.by_trainee) continue;
        advance_to_decision(rt);
        ActionResult applied = apply_recorded(rt, entry);
        if (!applied.ok) {
            result.error = "beurt " + entry.turn_id + " kan niet opnieuw gespeeld worden: " + applied.error;
            return result;
        }
    }
    // Play on through lines and feedback to where the file stopped.
    for (int i = 0; i < kMaxAdvancesPerStep; ++i) {
        const bool caught_up =
            rt.transcript().size() >= session.transcript.size() && rt.phase() == session.state.phase;
        if (caught_up || is_decision_phase(rt.phase()) || rt.phase() == Phase::Finished ||
            rt.phase() == Phase::Stuck)
            break;
        rt.advance();
    }

    Comparer compare{result.differences, session.rulebase_version != current_rulebase_version};
    const auto& replayed = rt.transcript();
    const std::size_t common = std::min(replayed.size(), session.transcript.size());
    for (std::size_t i = 0; i < common; ++i)
        compare.entries(session.transcript[i], replayed[i]);
    if (replayed.size() != session.transcript.size())
        compare.add(DifferenceKind::Edited, "state", "transcript",
                    std::to_string(session.transcript.size()) + " beurten",
                    std::to_string(replayed.size()) + " beurten");
    compare.state(session.state, rt.state(), rt.scenario());
    if (session.finished || session.scores) {
        compare.add(DifferenceKind::Edited, "state", "finished", session.finished ? "ja" : "nee",
                    rt.phase() == Phase::Finished ? "ja" : "nee");
        if (rt.phase() == Phase::Finished) compare.scores(session.scores, score_runtime(rt));
    }
    result.runtime = std::move(rt);
    return result;
}

std::string describe(const ReplayDifference& d) {
    return d.where + " " + d.field + ": " + d.stored + " → " + d.replayed;
}

} // namespace smo::core
