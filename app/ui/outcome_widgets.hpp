#pragma once
// The parts of a session outcome that the trainee's debrief and the supervisor's review both draw:
// score bars beside the self-rating, and the findings with rule, source and better wording.

#include "core/session_outcome.hpp"
#include "core/string_table.hpp"

namespace smo::ui {

/// "Vertrouwelijkheid" or the short name of a learning goal.
const char* bar_label(const core::Strings& tr, const std::string& key);

void draw_score_bars(const core::Strings& tr, const core::SessionOutcome& outcome);

void draw_findings(const core::Strings& tr, const core::SessionOutcome& outcome, core::Language lang);

/// The findings of the turn just played, open (the meeting's feedback panel).
void draw_turn_findings(const core::Strings& tr, const std::vector<scoring::Finding>& findings,
                        core::Language lang);

/// The decisions where a better option existed: what was said, the better option and why.
void draw_missed_choices(const core::Strings& tr, const core::SessionOutcome& outcome);

/// Each retry ("Probeer opnieuw vanaf hier") with its score beside the original and both findings.
void draw_side_attempts(const core::Strings& tr, const core::SessionOutcome& outcome, core::Language lang);

} // namespace smo::ui
