#pragma once
// A small scenario that uses every node kind, and a fake evaluator, for the runtime, session,
// play and crash tests. The fake flags a violation for every protected category it is told about
// (tags) and for the word "hernia" in text, so tests do not depend on the real lexicon.

#include "core/scenario_loader.hpp"
#include "scoring/evaluation.hpp"
#include "scoring/taxonomy.hpp"

#include <doctest/doctest.h>
#include <memory>
#include <string>

namespace smo::test {

inline const char* kRuntimeScenario = R"json({
  "schema_version": 1, "id": "runtime_test", "version": "0.1", "language": "nl",
  "title": "Runtime", "summary": "Alle knoopsoorten.", "estimated_minutes": 5,
  "smo_type": "individueel_opeenvolgend", "assignment": "deelnemen",
  "learning_goals": ["LG1", "LG2", "LG3", "LG4", "LG5"],
  "participants": [
    {"id": "coas", "name": "Jij", "role": "coassistent"},
    {"id": "ba", "name": "Dokter", "role": "bedrijfsarts"},
    {"id": "lg", "name": "Baas", "role": "leidinggevende"},
    {"id": "hr", "name": "Personeelszaken", "role": "hr", "present": false}
  ],
  "cases": [
    {"id": "a", "title": "A", "worker": {"name": "Anna"}, "worker_informed": true, "kept_out": ["private"],
     "file": [{"id": "a_func", "text": "Ze kan niet tillen.", "category": "functional"},
              {"id": "a_diag", "text": "Ze heeft een hernia.", "category": "diagnosis"},
              {"id": "a_dur", "text": "Over zes weken aan het werk.", "category": "duration"}]},
    {"id": "b", "title": "B", "worker": {"name": "Bert"}, "worker_informed": false,
     "file": [{"id": "b_func", "text": "Hij kan geen nachtdiensten doen.", "category": "functional"}]}
  ],
  "voorbespreking": [
    {"id": "v1", "text": "Welke vorm?", "credits": ["LG1"], "answers": [
      {"id": "goed", "text": "Individueel", "correct": true, "explanation": "Ja."},
      {"id": "fout", "text": "Thema", "correct": false, "explanation": "Nee."}]}
  ],
  "nabespreking": [
    {"id": "n1", "text": "Wie krijgt het advies?", "credits": ["LG4"], "answers": [
      {"id": "beiden", "text": "Werkgever en werknemer", "correct": true, "explanation": "Ja."},
      {"id": "werkgever", "text": "Alleen de werkgever", "correct": false, "explanation": "Nee."}]}
  ],
  "variables": [
    {"id": "trust", "kind": "meter", "initial": 5, "min": 0, "max": 6},
    {"id": "told", "kind": "flag", "initial": false}
  ],
  "start": "open",
  "nodes": [
    {"id": "open", "kind": "line", "case": "a", "speaker": "lg", "text": "Wat heeft Anna?", "next": "c1"},
    {"id": "c1", "kind": "choice", "prompt": "Wat zeg je?", "options": [
      {"id": "func", "text": "Ze kan niet tillen.", "discloses": ["a_func"], "credits": ["LG4"], "feedback": "Goed.",
       "effects": [{"var": "trust", "add": 3}], "next": "hr_in"},
      {"id": "diag", "text": "Ze heeft een hernia.", "discloses": [{"item": "a_diag"}], "feedback": "Diagnose!",
       "effects": [{"var": "trust", "add": -4}, {"var": "told", "set": true}], "next": "hr_in"},
      {"id": "secret", "text": "Alleen als het vertrouwen laag is.", "when": [{"var": "trust", "op": "<", "value": 2}],
       "feedback": "Verborgen.", "next": "hr_in"}]},
    {"id": "hr_in", "kind": "line", "speaker": "hr", "enter": ["hr"], "leave": ["lg"], "text": "Ik schuif aan.", "next": "comp"},
    {"id": "comp", "kind": "compose", "prompt": "Terugkoppeling?", "credits": ["LG5"], "feedback": "Uitleg.", "next": "ft"},
    {"id": "ft", "kind": "free_text", "prompt": "Advies?", "model_answer": "Pas het werk aan.",
     "poor_answer": "Ze heeft een hernia.", "credits": ["LG2"], "feedback": "Preventie.", "next": "obs"},
    {"id": "obs", "kind": "observe", "case": "b", "speaker": "ba", "text": "Bert heeft een hernia.",
     "expected": "CONF-DIAG", "candidate_rules": ["CONF-DIAG", "CONF-MED"], "credits": ["LG4"],
     "feedback": "Diagnose genoemd.", "next": "q"},
    {"id": "q", "kind": "quiz", "prompt": "Week van de probleemanalyse?", "credits": ["LG3"], "answers": [
      {"id": "w6", "text": "Week 6", "correct": true, "explanation": "Juist."},
      {"id": "w42", "text": "Week 42", "correct": false, "explanation": "Nee."}],
     "next": [{"to": "bad_end", "when": [{"var": "told", "value": true}]},
              {"to": "good_end", "when": [{"var": "trust", "op": ">=", "value": 5}]},
              {"to": "mixed_end"}]},
    {"id": "good_end", "kind": "end", "outcome": "good", "text": "Goed gedaan."},
    {"id": "mixed_end", "kind": "end", "outcome": "mixed", "text": "Gemengd."},
    {"id": "bad_end", "kind": "end", "outcome": "poor", "text": "Er is iets gelekt."}
  ]
})json";

inline std::shared_ptr<const core::Scenario> runtime_scenario() {
    auto loaded = core::load_scenario_text(kRuntimeScenario, "runtime_test.json");
    REQUIRE(loaded.ok());
    return loaded.scenario;
}

class FakeEvaluator final : public scoring::StatementEvaluator {
public:
    mutable int calls = 0;
    mutable scoring::Context last_context;

    scoring::Evaluation evaluate(const scoring::Statement& st, const scoring::Context& ctx) const override {
        ++calls;
        last_context = ctx;
        scoring::Evaluation e;
        auto add = [&](const std::string& category, std::vector<scoring::Span> spans) {
            const auto* info = scoring::find_category(category);
            if (info == nullptr || !info->is_protected) return;
            scoring::RuleHit hit;
            hit.rule_id = std::string(info->primary_rule);
            hit.severity = scoring::Severity::Critical;
            hit.spans = std::move(spans);
            e.hits.push_back(hit);
            e.verdict = scoring::Verdict::Violation;
            e.severity = scoring::Severity::Critical;
        };
        for (const auto& t : st.tagged) add(t.category, {});
        if (auto pos = st.text.find("hernia"); st.analyse_text && pos != std::string::npos && st.tagged.empty())
            add("diagnosis", {scoring::Span{pos, pos + 6, "diagnosis", "hernia"}});
        return e;
    }
};

} // namespace smo::test
