#pragma once
// View models: what the screens draw, built once per change (never per frame) from the runtime,
// the library and the scores. Building them needs no window; tests check them directly.

#include "core/runtime.hpp"
#include "core/scenario_library.hpp"
#include "core/session_outcome.hpp"
#include "core/string_table.hpp"
#include "scoring/aggregate.hpp"
#include "scoring/rulebase.hpp"
#include "ui/highlighted_text.hpp"
#include "ui/participants_table.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace smo::ui {

struct LibraryFilter {
    std::string smo_type; ///< "" = any
    std::string assignment;
    std::string goal;
    bool operator==(const LibraryFilter&) const = default;
};

struct LibraryCard {
    std::string scenario_id;
    std::string title;
    std::string summary;
    std::string smo_type;   ///< id; the screen translates
    std::string assignment; ///< id
    std::vector<std::string> goals;
    int minutes = 0;
    int poortwachter_week = -1;
    int decisions = 0;
    bool own = false;              ///< from the user's own folder: marked "eigen", may be edited
    bool replaces_bundled = false; ///< own, with the id of a bundled scenario (which is hidden)
};

struct BrokenScenario {
    std::string file;
    bool own = false;
    std::string first_diagnostic; ///< "file:line:col: message [SCnnn]"
};

struct LibraryView {
    std::vector<LibraryCard> cards; ///< after filtering
    std::size_t total_ok = 0;       ///< playable scenarios before filtering
    std::vector<BrokenScenario> broken;
};

/// Cards in `language`: the English title and summary when the scenario has them. A bundled entry
/// shadowed by an own scenario with its id gets no card (the own card says it replaces it).
LibraryView build_library_view(const std::vector<core::LibraryEntry>& library, const LibraryFilter& filter,
                               core::Language language = core::Language::Dutch);

/// A participant's seat at the table (present at the start, not speaking).
Seat seat_for(const core::Participant& participant, const core::Strings& strings);

/// Colour of a verdict mark (green, amber, red; grey for none).
ImU32 verdict_colour(std::optional<scoring::Verdict> verdict, float alpha = 1.0f);

struct TranscriptRow {
    std::string turn_id;
    std::string speaker; ///< display name ("" = narrator)
    std::string role_id;
    std::string text;
    bool by_trainee = false;
    std::optional<scoring::Verdict> verdict;
    std::vector<Highlight> highlights;
    std::string rule_summary; ///< "CONF-DIAG, CONS-OPTOUT" for marked rows
    bool retry_point = false; ///< a decision with a snapshot
    /// An answer to a quiz or (voor/na)bespreking question: not something said at the table.
    bool answer = false;
    bool question = false; ///< voorbespreking/nabespreking: left out of the meeting's transcript
};

/// Builds transcript rows; highlights mark the matched spans in the trainee's statements.
std::vector<TranscriptRow> build_transcript_rows(const std::vector<core::TranscriptEntry>& transcript,
                                                 const std::vector<std::string>& retry_points);

struct MeterView {
    std::string id;
    std::string label;
    int value = 0, min = 0, max = 10;
};

/// Everything the meeting screen draws, rebuilt after each action.
struct MeetingView {
    core::Phase phase = core::Phase::Line;
    std::string stage; ///< "voorbespreking" | "script" | "nabespreking" | "done"
    std::vector<Seat> seats;
    std::vector<MeterView> meters;
    std::vector<TranscriptRow> rows;
    std::string current_speaker;
    std::string current_text; ///< line, observe line, question text, end outcome
    std::string prompt;
    std::vector<core::ChoiceView> choices;
    struct ComposeItem {
        std::string id, text, category;
        bool is_protected = false;
        bool kept_out = false;
    };
    std::vector<ComposeItem> compose_items;
    bool allow_words = true;
    std::string feedback;
    /// Feedback phase: what the statement or answer just given was judged, rule by rule with its
    /// source and a better wording (the same findings the debrief will show), above `feedback`.
    std::vector<scoring::Finding> turn_findings;
    std::string case_title;
    std::string stuck_reason;
    int decisions_done = 0;
    int decisions_total = 0;
    scoring::ObserveStats observe; ///< judged scripted lines so far (observe assignment)
    /// Toets: nothing that reveals a verdict (dots, rule codes, marked spans, meters, feedback,
    /// observe tallies, protected-category colours) until the self-rating and debrief.
    bool verdicts_hidden = false;
};

/// `rules` (may be null) names the rules offered as observe verdicts in the active language.
/// In toets `mode` the view carries no verdicts (see MeetingView::verdicts_hidden). Options,
/// answers and observe rules come in the session's order (`option_order_seed`, core/option_order.hpp;
/// 0 = scenario order); "acceptable" stays the first observe verdict.
MeetingView build_meeting_view(const core::Runtime& runtime, const core::Strings& strings,
                               const scoring::Rulebase* rules, core::SessionMode mode,
                               std::uint32_t option_order_seed = 0);

/// "Name (role)" for the participant list, without doubling a role the name already shows
/// ("Jij (coassistent)" stays as it is).
std::string name_with_role(const std::string& name, const std::string& role_label);

/// Labels joined with ", " (no separator before the first or after the last).
std::string join_labels(const std::vector<std::string>& labels);

/// A statement with no ticked case-file item and no words (only white space) says nothing: it is
/// never submitted, in any turn kind.
bool statement_is_empty(const std::vector<std::string>& items, std::string_view words);

/// Ticks or unticks a compose item; the statement says the items in the order they were ticked.
void toggle_compose_item(std::vector<std::string>& selected, const std::string& item_id, bool on);

/// Removes everything that reveals a verdict from transcript rows (toets during play).
void hide_verdicts(std::vector<TranscriptRow>& rows);

/// The self-rating rows of the debrief: confidentiality, then the scenario's learning goals.
std::vector<std::string> self_rating_keys(const core::Scenario& scenario);
/// Every self-rating row has a value 1..5 (toets cannot reveal the scores before that).
bool self_rating_complete(const core::Scenario& scenario, const std::map<std::string, int>& ratings);

/// The debrief draws the session's outcome (computed in core, never here) and its transcript.
struct DebriefView : core::SessionOutcome {
    std::vector<TranscriptRow> rows;
};

/// `session` is the record of `runtime` (its main runtime, not a side attempt); the outcome is
/// computed from the session synced with the runtime, the rows from the runtime's transcript.
DebriefView build_debrief_view(const core::Session& session, const core::Runtime& runtime,
                               const scoring::Rulebase& rules);

/// Side attempt `index` (0-based in Session::side_attempts) as a debrief of its own: its bars,
/// findings and transcript (no retry points: a retry starts from the original session).
DebriefView build_attempt_debrief_view(const core::Session& session, std::size_t index,
                                       const core::Scenario& scenario, const scoring::Rulebase& rules);

/// The debrief's switch between attempts: the original first, then each retry with where it started
/// and its confidentiality score ("Nieuwe poging vanaf t5 · 85 %"), or that it was not finished.
std::vector<std::string> attempt_switch_labels(const core::Session& session, const core::Strings& strings);

} // namespace smo::ui
