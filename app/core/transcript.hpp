#pragma once
// The runtime's plain-value state and the transcript of a session. Both are saved in the session
// JSON (session.hpp), so a session can be resumed exactly and retried from any decision.

#include "core/scenario.hpp"
#include "core/vocabulary.hpp"
#include "scoring/aggregate.hpp"
#include "scoring/evaluation.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace smo::core {

/// What the UI must do next (see Runtime):
///  Question  answer a voorbespreking/nabespreking question: choose(answer id)
///  Line      show the participant's line, then advance()
///  Choice    choose(option id) from choices()
///  Compose   compose(item ids, words) from compose_items()
///  FreeText  submit(text)
///  Observe   judge("acceptable" or a rule id from choices())
///  Quiz      choose(answer id)
///  Feedback  show feedback() for the last action, then advance()
///  End       show the outcome (current_node()->text), then advance()
///  Finished  nothing left; save and show the debrief
///  Stuck     the scenario has no way on (data error); stuck_reason() says why
enum class Phase {
    Question,
    Line,
    Choice,
    Compose,
    FreeText,
    Observe,
    Quiz,
    Feedback,
    End,
    Finished,
    Stuck,
    Count
};
const char* phase_id(Phase p);
std::optional<Phase> phase_from_id(std::string_view id);

/// Which part of the session the runtime is in.
enum class Stage { Voorbespreking, Script, Nabespreking, Done, Count };
const char* stage_id(Stage s);
std::optional<Stage> stage_from_id(std::string_view id);

struct MeterChange {
    std::string var;
    int before = 0;
    int after = 0;
    bool operator==(const MeterChange&) const = default;
};

/// Everything that changes while playing. A copy is a snapshot; restoring it and truncating the
/// transcript retries from that point.
struct RuntimeState {
    Stage stage = Stage::Voorbespreking;
    Phase phase = Phase::Question;
    std::string node_id;              ///< current script node
    std::size_t question = 0;         ///< index into voorbespreking/nabespreking
    std::map<std::string, int> vars;  ///< flags (0/1) and meters
    std::vector<std::string> present; ///< participant ids present now, in scenario order
    std::string case_id;              ///< case under discussion ("" = none)
    std::string unit_id;              ///< group unit under discussion ("" = whole group)
    std::string pending_node;         ///< where advance() goes after Feedback
    std::string feedback;             ///< shown in the Feedback phase
    std::string stuck_reason;
    std::vector<MeterChange> pending_meters;   ///< node-entry effects, attached to the next entry
    std::map<std::string, int> goal_available; ///< per LG: credits the played path offered
    int turn_counter = 0;                      ///< turns recorded so far (next turn id is t<counter+1>)

    bool operator==(const RuntimeState&) const = default;
};

/// One turn: a line someone said, or what the trainee did and how it was judged.
struct TranscriptEntry {
    std::string turn_id; ///< "t1", "t2", ... stable within the session
    std::string node_id; ///< script node id, or "voorbespreking/<question id>"
    EntryKind kind = EntryKind::Line;
    std::string speaker; ///< participant id; "" for the narrator
    std::string speaker_name;
    std::string speaker_role;
    bool by_trainee = false;        ///< the trainee acted (all decision kinds)
    /// Playtest only (Runtime::start_at): an item taken as disclosed before the start node, shown
    /// as "vooraf gekozen"; not a decision, not scored, not in a test plan, never saved.
    bool prior = false;
    std::string text;               ///< the line, or what the trainee said / answered
    std::string option_id;          ///< choice option or quiz/question answer id
    std::vector<std::string> items; ///< compose: chosen case-file items
    std::string words;              ///< compose: added words
    std::string judgement;          ///< observe: "acceptable" or rule id
    std::vector<scoring::TaggedDisclosure> disclosed;
    std::optional<scoring::Evaluation> evaluation; ///< verdict of the scoring engine for statements
    std::vector<std::string> goals_credited;
    std::optional<scoring::ObserveJudgement> observe;
    std::optional<bool> correct; ///< quiz, question, observe
    std::optional<scoring::Flaw> flaw; ///< choice: the option kept the secret but failed a duty
    std::optional<scoring::GreyZone> grey_zone; ///< choice: a defensible option, half credit
    std::optional<scoring::KeyPointCoverage> key_points; ///< free text: the model answer's key points named
    std::string feedback;
    std::vector<MeterChange> meters;
    std::vector<std::string> present; ///< participant ids present when it was said
    std::string case_id;
    std::optional<RuntimeState> before; ///< snapshot before a decision (retry point)
    // Session schema 2: what re-scoring and exports need without replaying.
    std::string at; ///< UTC time of the turn ("2026-01-15T10:15:30Z"); "" when unknown (schema 1, no clock)
    std::string unit_id; ///< group unit under discussion ("" = whole group / none)
    /// The context a statement (choice, compose, free text) was judged in; see context_at().
    std::optional<scoring::Context> context;
};

/// Decisions the trainee has taken: every move except answers to the voorbespreking and
/// nabespreking questions (those are not scenario nodes). The meeting's "Beslissing i/N" and the
/// start screen both count with this, so they always agree with Scenario::decision_points().
inline int decisions_taken(const std::vector<TranscriptEntry>& transcript) {
    int n = 0;
    for (const auto& e : transcript)
        if (e.by_trainee && !e.prior && e.kind != EntryKind::Question) ++n;
    return n;
}

} // namespace smo::core
