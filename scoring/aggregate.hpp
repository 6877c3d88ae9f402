#pragma once
// Session scoring: per-turn points, the confidentiality headline, mastery per learning goal, and
// the debrief findings. Inputs are plain records the runtime builds from its transcript.

#include "scoring/evaluation.hpp"

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace smo::scoring {

/// An `observe` turn: the trainee judged a scripted bedrijfsarts line.
struct ObserveJudgement {
    std::string expected_rule; ///< rule the line breaks; empty when the line is acceptable
    std::string given_rule;    ///< rule the trainee picked; empty for "acceptable"
};

/// A scripted option that keeps the secret but fails a positive duty (a DUTY-* rule): it refuses
/// what the employer may know, gives nothing usable, or passes over what the physician must do
/// (the second opinion, the NCvB report). Scored as a finding, not a breach.
enum class FlawKind { TooStrict, TooVague, MissedDuty, Count };
const char* flaw_kind_id(FlawKind kind); ///< "too_strict" | "too_vague" | "missed_duty"
std::optional<FlawKind> flaw_kind_from_id(std::string_view id);
std::span<const std::string_view> flaw_kinds(); ///< the ids, index = FlawKind
/// How a finding of this kind begins: "Te terughoudend: ...", "Te vaag: ...", "Plicht gemist: ...".
const char* flaw_lead_nl(FlawKind kind);
const char* flaw_lead_en(FlawKind kind);

struct Flaw {
    FlawKind kind = FlawKind::TooStrict;
    std::string rule_id; ///< the duty it fails, e.g. "DUTY-INFORM"
    bool operator==(const Flaw&) const = default;
};

/// A grey-zone option (vangnet, the emergency minimum, the worker's own disclosure, what the team
/// may be told): defensible, not the best answer. It earns half its learning-goal credits and the
/// debrief sets both sides beside each other. The texts are the scenario's (Dutch).
struct GreyZone {
    std::string for_text;     ///< why a bedrijfsarts could answer this way
    std::string against_text; ///< what it misses or risks
    bool operator==(const GreyZone&) const = default;
};

/// One turn of the session as scoring sees it.
/// A free-text answer measured against the key points of its model answer (opdracht 2a).
struct KeyPointCoverage {
    std::vector<std::string> covered; ///< key point texts the answer names, in the node's order
    std::vector<std::string> missed;
    int needed = 0;   ///< how many earn the node's credits
    std::string goal; ///< the node's first learning goal ("" when it credits none)

    bool met() const { return static_cast<int>(covered.size()) >= needed; }
};

struct TurnRecord {
    std::string turn_id;     ///< stable within the session (e.g. "t3")
    std::string node_id;     ///< scenario node id
    std::string node_kind;   ///< "choice" | "compose" | "free_text" | "observe" | "quiz"
    std::string statement;   ///< what the trainee said (empty for observe/quiz)
    std::optional<Evaluation> evaluation;      ///< for statements
    std::vector<std::string> goals_credited;   ///< LG ids this turn credits
    std::optional<ObserveJudgement> observe;
    std::optional<bool> quiz_correct;
    std::optional<Flaw> flaw; ///< the chosen option's over-caution, if any
    std::optional<GreyZone> grey_zone; ///< the chosen option is a grey zone: half credit
    std::optional<KeyPointCoverage> key_points; ///< free text measured against its key points
};

struct TurnPoints {
    std::string turn_id;
    int points = 0;                   ///< negative for breaches
    std::vector<std::string> sources; ///< rule ids and LG ids that produced the points
};

struct GoalMastery {
    std::string goal;      ///< "LG1".."LG5"
    int credited = 0;      ///< credits earned in full
    int partial = 0;       ///< credits earned at half weight (grey-zone options)
    int available = 0;     ///< credits the played path offered
    double mastery = 0.0;  ///< 0..1: (credited + partial / 2) / available
};

struct ObserveStats {
    int hits = 0;         ///< breach spotted with the right rule
    int wrong_rule = 0;   ///< breach spotted, other rule named
    int misses = 0;       ///< breach judged acceptable
    int false_alarms = 0; ///< acceptable line flagged
    int correct_accepts = 0;
};

struct SessionScore {
    int confidentiality = 100; ///< 0..100 headline
    int violations = 0;
    int cautions = 0;
    std::vector<TurnPoints> turns;
    std::vector<GoalMastery> goals;
    ObserveStats observe;
};

/// Builds the session score. `goal_credit_available` is, per LG id, how many credits the played
/// path offered (the runtime knows the options it showed). Pure: same input, same output.
SessionScore aggregate(const std::vector<TurnRecord>& turns,
                       const std::map<std::string, int>& goal_credit_available);

/// A debrief finding, in turn order.
struct Finding {
    std::string turn_id;
    enum class Kind { WentWell, ToImprove, Caution } kind = Kind::WentWell;
    std::string rule_id;     ///< or LG id for learning-goal findings
    std::string title_nl, title_en;
    std::string explanation_nl, explanation_en;
    std::string source;      ///< citation (from the rulebase)
    std::string suggestion_nl, suggestion_en;
    std::string condition_nl, condition_en; ///< for a caution: when it would be lawful
    std::vector<Span> spans;
};

/// Reflection prompts built from this session's own turns (NVAB's four questions).
struct ReflectionPrompts {
    std::vector<std::string> went_well_nl, could_improve_nl, learned_nl, take_along_nl;
    std::vector<std::string> went_well_en, could_improve_en, learned_en, take_along_en;
};

} // namespace smo::scoring

namespace smo::scoring {

struct Rulebase;

/// Points for one statement evaluation (negative for violations); what aggregate() uses per turn.
int statement_points(const Evaluation& evaluation);

/// Debrief findings in turn order: what went well, what to improve, cautions; each names its rule
/// (or LG id), the rule's texts and source citation, and for statements the spans and suggestion.
std::vector<Finding> debrief_findings(const std::vector<TurnRecord>& turns, const Rulebase& rules);

/// The four NVAB reflection questions, filled in with this session's own turns (e.g. the turn where
/// a diagnosis was named, quoting the words, asking what could have been said instead).
ReflectionPrompts reflection_prompts(const std::vector<TurnRecord>& turns, const Rulebase& rules);

} // namespace smo::scoring
