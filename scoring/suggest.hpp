#pragma once
// Functional rewording suggestions: keep the clauses that say what the worker can do, drop the
// medical ones, and add the rule's own advice (rules.json "suggestion").

#include "scoring/analyser.hpp"
#include "scoring/evaluation.hpp"
#include "scoring/rulebase.hpp"

#include <string>
#include <string_view>

namespace smo::scoring {

struct Suggestion {
    std::string nl, en;
};

/// Builds the suggestion for a statement that was not allowed. `ev` holds the hits and spans.
Suggestion suggest_rewording(std::string_view text, const Analysis& a, const Lexicon& lexicon,
                             const Rulebase& rules, const Evaluation& ev);

} // namespace smo::scoring
