#include "core/finding_details.hpp"

#include "core/session_scoring.hpp"
#include "scoring/taxonomy.hpp"

#include <algorithm>

namespace smo::core {

namespace {

const TranscriptEntry* entry_of(const std::vector<TranscriptEntry>& transcript, const std::string& turn_id) {
    auto it = std::find_if(transcript.begin(), transcript.end(),
                           [&](const TranscriptEntry& e) { return e.turn_id == turn_id; });
    return it == transcript.end() ? nullptr : &*it;
}

const Answer* correct_in(const std::vector<Answer>& answers) {
    auto it = std::find_if(answers.begin(), answers.end(), [](const Answer& a) { return a.correct; });
    return it == answers.end() ? nullptr : &*it;
}

const Answer* question_answer(const std::vector<Question>& questions, const std::string& question_id) {
    for (const auto& q : questions)
        if (q.id == question_id) return correct_in(q.answers);
    return nullptr;
}

/// Rules broken by saying too much about the worker: the better wording is what the worker can do.
bool is_disclosure_rule(const std::string& rule_id) {
    return (rule_id.rfind("CONF-", 0) == 0 || rule_id.rfind("CONS-", 0) == 0) && rule_id != "CONF-BEHAV" &&
           rule_id != "CONF-CONFID";
}

} // namespace

const Answer* right_answer(const Scenario& scenario, const TranscriptEntry& entry) {
    if (entry.kind == EntryKind::Quiz) {
        const Node* node = scenario.find_node(entry.node_id);
        return node == nullptr ? nullptr : correct_in(node->answers);
    }
    if (entry.kind != EntryKind::Question) return nullptr;
    const auto slash = entry.node_id.find('/');
    if (slash == std::string::npos) return nullptr;
    const std::string part = entry.node_id.substr(0, slash), id = entry.node_id.substr(slash + 1);
    if (part == "voorbespreking") return question_answer(scenario.voorbespreking, id);
    if (part == "nabespreking") return question_answer(scenario.nabespreking, id);
    return nullptr;
}

std::string case_suggestion(const Scenario& scenario, const std::string& case_id) {
    const Case* c = scenario.find_case(case_id);
    if (c == nullptr) return {};
    std::string said;
    int used = 0;
    for (const auto& item : c->file) {
        if (scoring::is_protected_category(item.category)) continue;
        if (std::find(c->kept_out.begin(), c->kept_out.end(), item.category) != c->kept_out.end()) continue;
        said += (said.empty() ? "" : " ") + item.text;
        if (++used == 2) break;
    }
    if (said.empty()) return {};
    const std::string who = c->worker.name.empty() ? std::string("de werknemer") : c->worker.name;
    return "Zeg alleen wat " + who + " nu wel en niet kan en wat je verwacht, bijvoorbeeld: '" + said + "'";
}

void add_scenario_details(std::vector<scoring::Finding>& findings,
                          const std::vector<TranscriptEntry>& transcript, const Scenario& scenario) {
    std::string suggested_turn;
    for (auto& f : findings) {
        if (f.kind == scoring::Finding::Kind::WentWell) {
            // Nothing to improve: a "Beter:" line would contradict the praise.
            f.suggestion_nl.clear();
            f.suggestion_en.clear();
            continue;
        }
        const TranscriptEntry* e = entry_of(transcript, f.turn_id);
        if (e == nullptr) continue;
        if (e->correct == false && !e->observe) {
            if (!e->feedback.empty()) f.explanation_nl = f.explanation_en = e->feedback;
            if (const Answer* right = right_answer(scenario, *e)) {
                f.suggestion_nl = "Het juiste antwoord: " + right->text;
                f.suggestion_en = "The right answer: " + right->text;
                if (e->feedback.empty() && !right->explanation.empty())
                    f.explanation_nl = f.explanation_en = right->explanation;
            }
            continue;
        }
        if (e->evaluation && !e->case_id.empty() && is_disclosure_rule(f.rule_id)) {
            if (std::string better = case_suggestion(scenario, e->case_id); !better.empty()) {
                // One case-specific rewording per turn replaces the rules' generic examples.
                const bool first = suggested_turn != f.turn_id;
                f.suggestion_nl = first ? better : std::string();
                f.suggestion_en = f.suggestion_nl; // the case file is written in Dutch
                suggested_turn = f.turn_id;
            }
        }
    }
}

std::vector<scoring::Finding> turn_findings(const TranscriptEntry& entry, const Scenario& scenario,
                                            const scoring::Rulebase& rules) {
    const std::vector<TranscriptEntry> one{entry};
    auto findings = scoring::debrief_findings(turn_records(one), rules);
    add_scenario_details(findings, one, scenario);
    return findings;
}

} // namespace smo::core
