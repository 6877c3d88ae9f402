#pragma once
// Everything a reader of a finished session needs, computed once in core: the debrief draws it,
// the Markdown/HTML report prints it, the CLI prints it. No reader recomputes scores.

#include "core/missed_choices.hpp"
#include "core/scenario.hpp"
#include "core/session.hpp"
#include "core/side_attempts.hpp"
#include "core/string_table.hpp"
#include "scoring/aggregate.hpp"
#include "scoring/rulebase.hpp"

#include <string>
#include <vector>

namespace smo::core {

/// One bar of the debrief headline: the measured score beside the trainee's self-rating.
struct ScoreBar {
    std::string key;     ///< "confidentiality" or LG id
    float measured = 0;  ///< 0..1
    int self_rating = 0; ///< 0 = not rated, else 1..5
    int percent = 0;     ///< measured in whole percent (rounded), as the report prints it
};

/// How a score is coloured everywhere (debrief, review, report): good from 80 %, fair from 50 %.
enum class ScoreBand { Low, Fair, Good, Count };
ScoreBand score_band(float measured);
const char* score_band_id(ScoreBand band); ///< "low" | "fair" | "good" (CSS classes)

/// A statement judged violation or caution, which the reflection asks to rephrase.
struct FlaggedTurn {
    std::string turn_id;
    std::string text;
    std::string rules; ///< "CONF-DIAG, CONS-OPTOUT"
};

struct SessionOutcome {
    /// Confidentiality first, then the scenario's declared learning goals in score order.
    std::vector<ScoreBar> bars;
    scoring::SessionScore score;
    /// Per turn, in turn order: rule, spans, source and better wording.
    std::vector<scoring::Finding> findings;
    scoring::ReflectionPrompts prompts;
    std::vector<FlaggedTurn> flagged;
    scoring::ObserveStats observe; ///< observe assignment: hits, misses, wrong rule, false alarms
    std::vector<SideAttemptOutcome> side_attempts; ///< in the order they were started
    std::vector<MissedChoice> missed;              ///< decisions where a better option existed
};

/// How a finding is named everywhere (debrief, review, report): the rule's title first, then its
/// code and the turn, e.g. "Diagnose genoemd (CONF-DIAG) · t18".
std::string finding_heading(const scoring::Finding& finding, bool english);

/// "Nieuwe poging vanaf t5: geheimhouding 35% -> 85%" (or "niet afgemaakt"), as the debrief, the
/// review and the report name a retry.
std::string attempt_heading(const SideAttemptOutcome& attempt, const Strings& strings);

/// The outcome of `session` (synced with its runtime; see sync_session) of `scenario`, judged
/// with `rules`. Pure: reads the recorded turns and evaluations, never re-evaluates statements.
SessionOutcome compute_outcome(const Session& session, const Scenario& scenario,
                               const scoring::Rulebase& rules);

/// The outcome of side attempt `index` ("Probeer opnieuw vanaf hier") as if it were the session:
/// its whole transcript, scored with the credits its own path offered and the session's
/// self-ratings. Empty (no bars) when `index` is out of range.
SessionOutcome attempt_outcome(const Session& session, std::size_t index, const Scenario& scenario,
                               const scoring::Rulebase& rules);

} // namespace smo::core
