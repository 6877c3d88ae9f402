#pragma once
// The scenario model: what scenarios/<id>.json describes, as typed, immutable C++ values.
// Built only by the loader (scenario_loader.hpp); the runtime and UI share it read-only through
// `std::shared_ptr<const Scenario>`. Every element keeps its JSON pointer (`ptr`) so validator
// diagnostics and the editor can point back at the file. Ids are stable strings, never indices.

#include "core/vocabulary.hpp"
#include "scoring/aggregate.hpp"
#include "scoring/evaluation.hpp"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace smo::core {

/// File-format versions this program reads (see scenarios/README.md for the history).
inline constexpr int kScenarioSchemaVersion = 1;
inline constexpr int kScenarioMinSchemaVersion = 1;

struct Participant {
    std::string id;
    std::string name;
    std::string role; ///< role id (scoring/taxonomy.hpp)
    std::string description;
    bool present = true; ///< present when the meeting starts; nodes may let people enter/leave
    std::string ptr;
};

struct CaseFileItem {
    std::string id;
    std::string text;     ///< what the bedrijfsarts knows, as it would be said
    std::string category; ///< category id (assets/lexicon/README.md)
    std::string ptr;
};

/// The (fictional) worker a case is about.
struct Worker {
    std::string name;
    std::string job; ///< function / department in plain words
    std::optional<int> age;
    std::string ptr;
};

struct Case {
    std::string id;
    std::string title;
    Worker worker;
    bool worker_informed = true;       ///< the employer told the worker the case will be discussed
    std::vector<std::string> kept_out; ///< category ids the worker asked to keep out
    std::string kept_out_note;         ///< the worker's request in words
    std::optional<int> poortwachter_week;
    std::vector<CaseFileItem> file; ///< known to the bedrijfsarts only
    std::string ptr;

    const CaseFileItem* find_item(const std::string& item_id) const;
};

/// One team or unit in a thema/beleid meeting; counts are per category or free label.
struct GroupUnit {
    std::string id;
    std::string name;
    int staff = 0;                     ///< head count
    std::map<std::string, int> counts; ///< e.g. {"absent": 3, "long_term": 1}
    std::string ptr;
};

struct GroupData {
    std::string description;
    std::vector<GroupUnit> units;
    std::string ptr;
    const GroupUnit* find_unit(const std::string& unit_id) const;
};

enum class VariableKind { Flag, Meter, Count };

struct Variable {
    std::string id;
    VariableKind kind = VariableKind::Meter;
    std::string label;
    int initial = 0; ///< flags: 0 or 1
    int min = 0;
    int max = 10; ///< flags: 1
    std::string ptr;
};

enum class CompareOp { Eq, Ne, Lt, Le, Gt, Ge, Count };

/// `{"var": "trust", "op": ">=", "value": 3}`; flags compare with true/false (stored as 1/0).
struct Condition {
    std::string var;
    CompareOp op = CompareOp::Eq;
    int value = 0;
    bool value_is_bool = false; ///< written as true/false (for the flag/meter check)
    std::string ptr;
};

/// `{"var": "trust", "add": -2}` or `{"var": "asked_consent", "set": true}`.
struct Effect {
    std::string var;
    bool is_set = false; ///< set (true) or add (false)
    int value = 0;
    bool value_is_bool = false;
    std::string ptr;
};

/// How the meeting reacts to a composed or free-text statement judged with one verdict (scripted
/// options carry their own effects): the meters move, and someone at the table may respond.
struct Reaction {
    std::vector<Effect> effects;
    std::string speaker; ///< participant id; "" = nobody responds
    std::string text;    ///< what the speaker says (only when present at that moment)
    std::string ptr;
};

/// A way on: go to `to` when every condition holds. The first matching edge wins.
struct Edge {
    std::string to;
    std::vector<Condition> when;
    std::string ptr;
};

/// Something an option or compose step discloses: a case-file item and/or a category.
struct Disclosure {
    std::string item;     ///< case-file item id, may be empty
    std::string category; ///< category id; when empty, the item's category
    std::string ptr;
};

struct Option {
    std::string id;
    std::string text; ///< what the trainee says
    std::vector<Disclosure> discloses;
    std::vector<std::string> credits; ///< learning goals (LG1..LG5)
    std::string feedback;
    /// Keeps the secret but fails a duty (too strict or too vague): scored as over-caution.
    std::optional<scoring::Flaw> flaw;
    /// Defensible but not the best (a grey zone): half the credits, both sides in the debrief.
    std::optional<scoring::GreyZone> grey_zone;
    std::vector<Effect> effects;
    std::vector<Condition> when; ///< option offered only when all hold
    std::vector<Edge> next;
    std::string ptr;
};

/// A multiple-choice answer (quiz nodes, voorbespreking and nabespreking).
struct Answer {
    std::string id;
    std::string text;
    bool correct = false;
    std::string explanation;
    std::string ptr;
};

struct Question {
    std::string id;
    std::string text;
    std::vector<Answer> answers;
    std::vector<std::string> credits;
    std::string ptr;
};

/// What a good free-text answer names; one of `match` (phrases, '*' at the end for longer words)
/// must occur in the answer (core/key_points.hpp).
struct KeyPoint {
    std::string id;
    std::string text; ///< the point as the debrief names it ("werkplekonderzoek op de afdeling")
    std::vector<std::string> match;
    std::string ptr;
};

enum class NodeKind { Line, Choice, Compose, FreeText, Observe, Quiz, End, Count };

const char* node_kind_id(NodeKind k);
const char* compare_op_id(CompareOp op); ///< "==", "!=", "<", "<=", ">", ">="
bool compare(int lhs, CompareOp op,
             int rhs);        ///< "line", "choice", "compose", "free_text", "observe", "quiz", "end"
bool is_decision(NodeKind k); ///< the trainee acts (all kinds except line and end)

/// Where the editor's flow map draws a node (`"map": {"x": 120, "y": 40}`), in map units.
struct MapPosition {
    float x = 0;
    float y = 0;
};

struct Node {
    std::string id;
    NodeKind kind = NodeKind::Line;
    std::string speaker;            ///< participant id (line, observe); empty = narrator
    std::string text;               ///< line / observe: the spoken line; end: outcome text
    std::string prompt;             ///< decision: what the trainee is asked to do
    std::string case_id;            ///< the case under discussion from this node on ("" = unchanged)
    bool clears_case = false;       ///< `"case": null`: no individual case from this node on
    std::string unit_id;            ///< group unit under discussion from this node on ("" = unchanged)
    bool clears_unit = false;       ///< `"unit": null`: the whole group again
    std::vector<std::string> enter; ///< participants who join at this node
    std::vector<std::string> leave; ///< participants who leave at this node
    std::vector<Effect> effects;    ///< applied when the node is entered
    std::vector<Edge> next;         ///< line, compose, free_text, observe, quiz
    std::vector<Option> options;    ///< choice
    // compose
    std::vector<std::string> items; ///< case-file items offered; empty = all items of the case
    bool allow_words = true;
    // compose, free_text, observe, quiz: credit when done well
    std::vector<std::string> credits;
    std::string feedback; ///< compose/free_text/observe: shown after the action
    // free_text
    std::string model_answer; ///< a good answer (headless play, debrief)
    std::string poor_answer;  ///< a typical breach (headless `worst`)
    std::vector<KeyPoint> key_points; ///< what the answer must name for its credits; none = any lawful text
    int key_points_needed = 0;        ///< how many of them; 0 = all
    // observe: "acceptable" or a rule id, and the rules the trainee can pick from
    std::string expected;
    std::vector<std::string> candidate_rules;
    // quiz
    std::vector<Answer> answers;
    // end
    std::string outcome;                     ///< "good" | "mixed" | "poor" (text is in `text`)
    std::optional<MapPosition> map_position; ///< none: the editor lays the node out itself
    std::string ptr;
};

inline constexpr const char* kJudgeAcceptable = "acceptable";

struct Scenario {
    int schema_version = kScenarioSchemaVersion;
    std::string id;
    std::string version; ///< author's version of the content, e.g. "1.0.0"
    std::string language = "nl";
    std::string title;
    std::string summary;
    std::string title_en; ///< English title for the library when the UI is in English
    std::string summary_en;
    std::string author;
    int estimated_minutes = 0;
    std::optional<SmoType> smo_type;      ///< empty only when the file's value was invalid
    std::optional<Assignment> assignment; ///< idem
    std::vector<std::string> learning_goals;
    std::optional<int> poortwachter_week;
    std::vector<Participant> participants;
    std::vector<Case> cases;
    std::optional<GroupData> group;
    std::vector<Question> voorbespreking;
    std::vector<Question> nabespreking;
    std::vector<Variable> variables;
    /// By verdict: reactions to composed and free-text statements ("reactions" in the file).
    std::optional<Reaction> on_allowed, on_caution, on_violation;
    std::string start;
    std::vector<Node> nodes;

    const Node* find_node(const std::string& node_id) const;
    const Participant* find_participant(const std::string& participant_id) const;
    const Case* find_case(const std::string& case_id) const;
    const Variable* find_variable(const std::string& var_id) const;
    /// The item with this id in any case.
    const CaseFileItem* find_item(const std::string& item_id) const;
    std::size_t decision_points() const;
    /// The reaction to a statement with `verdict`; nullptr when the scenario defines none.
    const Reaction* reaction_to(scoring::Verdict verdict) const;
};

} // namespace smo::core
