#pragma once
// Internal to smo_scoring: the accumulator every rule family adds its hits to.

#include "scoring/analyser.hpp"
#include "scoring/evaluation.hpp"
#include "scoring/lexicon.hpp"
#include "scoring/rulebase.hpp"

#include <string_view>
#include <vector>

namespace smo::scoring {

/// Collects rule hits for one statement, merged per rule id: the worst verdict and severity win,
/// distinct reasons are joined, spans are kept once. Without `with_reasons` (`check --jsonl` prints
/// neither) the hits keep no reasons and no spans; verdicts, severities and conditions are the same.
class HitAccumulator {
  public:
    HitAccumulator(const Rulebase& rules, const Lexicon& lexicon, const Analysis& analysis,
                   bool with_reasons = true)
        : m_rules(rules), m_lexicon(lexicon), m_analysis(analysis), m_with_reasons(with_reasons) {}

    /// Whether reasons are kept: a family building a reason text may skip it when not.
    bool with_reasons() const { return m_with_reasons; }

    /// The rule's severity from the rulebase: none for conditional rules, raised for sensitive terms
    /// where the rule says so, medium for a rule the rulebase lacks.
    Severity severity_of(std::string_view rule, bool sensitive) const;
    /// The source span of a lexicon hit, with its category and term.
    Span span_of(const Hit& h) const;

    /// Adds a hit (or merges it into the rule's earlier one). `h` may be nullptr (no span).
    void add(std::string_view rule, Verdict v, Severity s, const Hit* h, std::string_view why_nl,
             std::string_view why_en, Condition condition = Condition::None);
    /// A violation at the rule's own severity.
    void violation(std::string_view rule, const Hit* h, std::string_view why_nl, std::string_view why_en,
                   bool sensitive = false) {
        add(rule, Verdict::Violation, severity_of(rule, sensitive), h, why_nl, why_en);
    }
    /// A violation at the cue hit `h` when the statement has it; nothing when `h` is nullptr.
    void violation_at_cue(std::string_view rule, const Hit* h, std::string_view why_nl,
                          std::string_view why_en) {
        if (h != nullptr) violation(rule, h, why_nl, why_en);
    }
    /// A caution: allowed only under `condition`, a fact the statement leaves open.
    void caution(std::string_view rule, Condition condition, const Hit* h, std::string_view why_nl,
                 std::string_view why_en) {
        add(rule, Verdict::Caution, Severity::None, h, why_nl, why_en, condition);
    }

    bool has(std::string_view rule) const;
    /// Hands the hits over, in the order they were first added.
    std::vector<RuleHit> take() { return std::move(m_hits); }

  private:
    const Rulebase& m_rules;
    const Lexicon& m_lexicon;
    const Analysis& m_analysis;
    bool m_with_reasons;
    std::vector<RuleHit> m_hits;
};

} // namespace smo::scoring
