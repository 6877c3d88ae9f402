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

} // namespace smo::ui
