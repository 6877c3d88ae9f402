#pragma once
// The contract between the scoring module and its callers (runtime, CLI, UI): what a statement
// is, the context it is said in, and the verdict that comes back. Pure data, no JSON.

#include "scoring/condition.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace smo::scoring {

enum class Verdict { Allowed, Caution, Violation, Count };
enum class Severity { None, Low, Medium, High, Critical, Count };

const char* verdict_id(Verdict v);   ///< "allowed" | "caution" | "violation"
const char* severity_id(Severity s); ///< "none" | "low" | "medium" | "high" | "critical"

/// Who hears the statement and under which conditions. Defaults are those of `check --jsonl`.
struct Context {
    std::vector<std::string> who_present{"bedrijfsarts", "leidinggevende", "hr"}; ///< role ids
    std::string smo_type = "individueel_opeenvolgend";
    bool worker_informed = true;       ///< worker told beforehand that the case is discussed
    std::vector<std::string> kept_out; ///< category ids the worker asked to keep out (PROT 2.24)
    std::optional<int> group_size;     ///< staff in the group a group statement is about
    /// Names of the people at the table ("Wendy Smit"): addressing them is not an individual case.
    std::vector<std::string> participant_names;
    bool worker_present() const;                   ///< "werknemer" in who_present
    bool audience_without_confidentiality() const; ///< anyone present without beroepsgeheim
};

/// A matched piece of the statement text; byte offsets into the original UTF-8 text.
struct Span {
    std::size_t start = 0;
    std::size_t end = 0;
    std::string category; ///< category id (assets/lexicon/README.md) or a cue id
    std::string term;     ///< the lexicon term that matched (normalised)
};

/// A disclosure tagged by the scenario author (option or compose), authoritative without text analysis.
struct TaggedDisclosure {
    std::string category; ///< category id
    std::string item_id;  ///< case-file item id, may be empty
    std::string text;     ///< the item's text, for the debrief
};

struct Statement {
    std::string text;                     ///< what the trainee said or typed; may be empty
    std::vector<TaggedDisclosure> tagged; ///< from the scenario; analysed together with the text
    /// Scripted option texts are written by authors and tagged; set false to trust the tags only.
    bool analyse_text = true;
};

/// One rule that fired (violated, or conditional for a caution).
struct RuleHit {
    std::string rule_id;
    Verdict verdict = Verdict::Violation; ///< Violation or Caution
    Severity severity = Severity::None;
    std::string reason_nl; ///< why, about this statement
    std::string reason_en;
    std::vector<Span> spans;               ///< the words that caused it (empty for tag-only hits)
    Condition condition = Condition::None; ///< for a caution: the fact that would make it lawful
};

struct Evaluation {
    Verdict verdict = Verdict::Allowed;
    Severity severity = Severity::None;   ///< the worst hit's severity
    std::vector<RuleHit> hits;            ///< violated and conditional rules, worst first
    std::vector<std::string> allow_rules; ///< ALLOW-* ids that the statement relies on
    std::vector<std::string> categories;  ///< category ids detected (text and tags), sorted, unique
    std::vector<Span> spans;              ///< every matched span, in text order
    std::string suggestion_nl;            ///< a functional rewording, empty when allowed
    std::string suggestion_en;

    /// Rule ids of the hits, in order (for `check --jsonl`: "rules").
    std::vector<std::string> rule_ids() const;
    /// The same ids joined with ", " (transcript rows, findings).
    std::string rule_list() const;
    /// For a caution: the condition of its first conditional hit; None otherwise.
    Condition condition() const;
    /// How one matched span is judged, so the debrief and the report colour it alike: the worst
    /// hit that marked it; else protected wording counts as caution, functional wording as allowed.
    Verdict span_verdict(const Span& span) const;
};

} // namespace smo::scoring

namespace smo::scoring {

/// What the runtime calls for every statement. The scoring Engine implements it; tests may fake it.
class StatementEvaluator {
  public:
    virtual ~StatementEvaluator() = default;
    virtual Evaluation evaluate(const Statement& statement, const Context& context) const = 0;
};

} // namespace smo::scoring
