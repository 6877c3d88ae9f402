#pragma once
// "Where a better option existed": the decisions in a played session where the trainee picked an
// option the author credited less than another one offered at that moment, or a quiz answer that
// was wrong. A reviewer discusses these first; the trainee sees them in the report.

#include "core/scenario.hpp"
#include "core/transcript.hpp"

#include <string>
#include <vector>

namespace smo::core {

struct MissedChoice {
    std::string turn_id;
    std::string node_id;
    std::string prompt;      ///< what the trainee was asked
    std::string chosen_text; ///< what the trainee said or answered
    std::string better_id;   ///< option or answer id
    std::string better_text;
    std::string why;                         ///< the better option's feedback or the answer's explanation
    std::vector<std::string> better_credits; ///< learning goals the better option credits
};

/// Choice turns where an offered option (its `when` held in the state before the turn) credits
/// more learning goals than the chosen one, or where the chosen statement was judged a breach and
/// a credited option was offered; and quiz/question turns answered wrongly. In turn order.
std::vector<MissedChoice> missed_choices(const std::vector<TranscriptEntry>& transcript,
                                         const Scenario& scenario);

} // namespace smo::core
