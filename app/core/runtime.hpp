#pragma once
// A deterministic state machine over an immutable scenario. The UI pulls (phase(), current_node(),
// choices(), transcript()) and pushes (choose, compose, submit, judge, advance); the runtime never
// calls the UI. Same scenario + same actions = same transcript. Every statement of the trainee is
// judged by the injected StatementEvaluator in the context of the moment (who is present, which
// case, SMO type). Wrong calls (wrong phase, unknown id) return an error and change nothing.

#include "core/scenario.hpp"
#include "core/transcript.hpp"
#include "scoring/aggregate.hpp"
#include "scoring/evaluation.hpp"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace smo::core {

/// Result of a push. `ok == false` leaves the runtime unchanged; `error` says why (Dutch).
struct ActionResult {
    bool ok = true;
    std::string error;
    static ActionResult fail(std::string message) { return {false, std::move(message)}; }
};

/// Something the trainee can pick now: an option, an answer, or an observe verdict.
struct ChoiceView {
    std::string id;
    std::string text;
};

/// Maximum length of a typed statement or added words (bytes).
inline constexpr std::size_t kMaxStatementBytes = 4000;

/// Who sits at the table and what is under discussion: the part of RuntimeState the scoring
/// context reads (present participant ids in scenario order, case id, group unit id; "" = none).
struct Meeting {
    std::vector<std::string> present;
    std::string case_id;
    std::string unit_id;
    bool operator==(const Meeting&) const = default;
};

/// The meeting when the script starts: the participants marked present, the case when there is
/// only one, no unit.
Meeting opening_meeting(const Scenario& scenario);

/// What entering `node` does to the meeting: `leave`, then `enter` (kept in scenario order), then
/// `case`/`unit` (set or cleared). The runtime applies it on every node it enters.
void enter_meeting(const Scenario& scenario, const Node& node, Meeting& meeting);

/// Node id of the transcript entries Runtime::start_at() adds for items taken as already disclosed.
inline constexpr const char* kPriorNodeId = "playtest/prior";

/// Where Runtime::start_at() begins (a playtest: see core/playtest.hpp).
struct StartPoint {
    std::string node_id;                  ///< script node to start at
    std::map<std::string, int> vars;      ///< variable values on arrival; missing ones: initial value
    Meeting meeting;                      ///< the meeting on arrival, before the node's own changes
    std::vector<std::string> prior_items; ///< case-file items the trainee already disclosed earlier
};

class Runtime {
  public:
    /// Starts a new session at the first voorbespreking question (or the start node).
    /// `evaluator` must outlive the runtime.
    Runtime(std::shared_ptr<const Scenario> scenario, const scoring::StatementEvaluator& evaluator);

    /// Continues a saved session. Fails (nullopt + error) when the state names nodes, cases or
    /// participants the scenario does not have (e.g. the scenario changed since).
    static std::optional<Runtime> resume(std::shared_ptr<const Scenario> scenario,
                                         const scoring::StatementEvaluator& evaluator, RuntimeState state,
                                         std::vector<TranscriptEntry> transcript, std::string& error,
                                         int retries = 0);

    /// Starts in the script at `start.node_id` without the voorbespreking (a playtest). Variables
    /// are clamped to their min..max (flags 0/1). Each prior item becomes one transcript entry
    /// before the node (by_trainee, `prior`, node id kPriorNodeId, kind Compose, disclosing the
    /// item with its category); those are not decisions and are never scored. Then the node is
    /// entered as in play (its enter/leave/case/unit and effects apply). Fails (nullopt + Dutch
    /// error naming it) on an unknown node, variable, participant, case, unit or item, or an item
    /// given twice. The runtime is in memory only: nothing is saved unless the caller saves it.
    static std::optional<Runtime> start_at(std::shared_ptr<const Scenario> scenario,
                                           const scoring::StatementEvaluator& evaluator,
                                           const StartPoint& start, std::string& error);

    // --- pull
    Phase phase() const { return m_state.phase; }
    const RuntimeState& state() const { return m_state; }
    const Scenario& scenario() const { return *m_scenario; }
    const std::shared_ptr<const Scenario>& scenario_ptr() const { return m_scenario; }
    /// The script node being shown (also during its Feedback and at End); null in question stages.
    const Node* current_node() const;
    /// The voorbespreking/nabespreking question being asked; null otherwise.
    const Question* current_question() const;
    /// Options (Choice, only those whose conditions hold), answers (Quiz, Question) or verdicts
    /// (Observe: "acceptable" first, then the candidate rules). Empty in other phases.
    std::vector<ChoiceView> choices() const;
    /// Case-file items offered in a Compose phase.
    std::vector<const CaseFileItem*> compose_items() const;
    const std::string& feedback() const { return m_state.feedback; }
    const std::string& stuck_reason() const { return m_state.stuck_reason; }
    const std::vector<TranscriptEntry>& transcript() const { return m_transcript; }
    std::vector<const Participant*> present_participants() const;
    const Case* current_case() const;
    /// The participant the trainee speaks as (coassistent, else bedrijfsarts, else aios); may be null.
    const Participant* trainee_participant() const;
    /// The scoring context right now.
    scoring::Context context() const;
    /// The scoring context turn `turn_id` was judged in (see core/turn_context.hpp); nullopt when the
    /// transcript has no such turn.
    std::optional<scoring::Context> context_at(const std::string& turn_id) const;
    /// Stamps every new transcript entry with `clock()` (UTC). Without a clock entries get no time,
    /// which keeps replays byte-identical; SessionRecorder sets utc_timestamp_now.
    void set_clock(std::string (*clock)()) { m_clock = clock; }
    int retries() const { return m_retries; }

    // --- push
    ActionResult choose(const std::string& id);
    ActionResult compose(const std::vector<std::string>& item_ids, const std::string& words);
    ActionResult submit(const std::string& text);
    ActionResult judge(const std::string& verdict);
    ActionResult advance();

    /// Turn ids that have a snapshot (decisions), in order.
    std::vector<std::string> retry_points() const;
    /// Replay: the scenario's reactions to the next composed and free-text statements follow these
    /// verdicts, as recorded when the session was played, not a newer rulebase's; the meeting is
    /// then reproduced exactly while the statements themselves are re-scored.
    void react_as_recorded(std::vector<scoring::Verdict> verdicts);
    /// Restores the snapshot taken before `turn_id` and drops that turn and all later ones.
    ActionResult retry_from(const std::string& turn_id);

    // --- for strategies, previews and scoring (read-only)
    scoring::Statement option_statement(const Option& option) const;
    scoring::Statement compose_statement(const std::vector<std::string>& item_ids,
                                         const std::string& words) const;
    scoring::Evaluation evaluate(const scoring::Statement& statement) const;
    /// Options available now (Choice phase), in scenario order.
    std::vector<const Option*> available_options() const;
    /// Scoring's view of the decision turns.
    std::vector<scoring::TurnRecord> turn_records() const;

  private:
    Runtime() = default;
    void begin();
    void enter_node(const std::string& node_id);
    void enter_questions(Stage stage);
    void finish_decision(TranscriptEntry entry, const std::vector<Edge>* next);
    /// Composed and free-text statements: the scenario's reaction to the verdict moves the meters
    /// (recorded on the statement, before the next edge is chosen) and lets someone respond.
    void finish_statement(TranscriptEntry entry, const std::vector<Edge>& next);
    std::optional<std::string> resolve(const std::vector<Edge>& edges) const;
    bool conditions_hold(const std::vector<Condition>& conditions) const;
    std::vector<MeterChange> apply_effects(const std::vector<Effect>& effects);
    void stuck(std::string reason);
    TranscriptEntry new_entry(EntryKind kind);
    const std::vector<Question>& stage_questions() const;
    void count_available_goals(const Node& node);

    std::shared_ptr<const Scenario> m_scenario;
    const scoring::StatementEvaluator* m_evaluator = nullptr;
    RuntimeState m_state;
    std::vector<TranscriptEntry> m_transcript;
    std::vector<scoring::Verdict> m_recorded_reactions; ///< see react_as_recorded
    std::size_t m_next_recorded_reaction = 0;
    int m_retries = 0;
    std::string (*m_clock)() = nullptr;
};

} // namespace smo::core
