#pragma once
// What only the scenario knows, added to the findings the scoring module built: a wrong quiz
// answer's explanation and the right answer, the case's own facts in "Beter:", and no "Beter:" on
// what went well. The debrief, the review, the report and the meeting's feedback panel all read
// findings through here, so they say the same.

#include "core/scenario.hpp"
#include "core/transcript.hpp"
#include "scoring/aggregate.hpp"
#include "scoring/rulebase.hpp"

#include <string>
#include <vector>

namespace smo::core {

/// The right answer of the quiz node or voorbespreking/nabespreking question a turn answered;
/// nullptr when the turn answered none or the scenario has no correct answer.
const Answer* right_answer(const Scenario& scenario, const TranscriptEntry& entry);

/// A better wording built from the case's own file: what the worker can and cannot do now, in
/// the words the bedrijfsarts knows. Empty when the case has no functional items to offer.
std::string case_suggestion(const Scenario& scenario, const std::string& case_id);

/// Completes `findings` (of `transcript`, in turn order) with the scenario's details (see above).
void add_scenario_details(std::vector<scoring::Finding>& findings,
                          const std::vector<TranscriptEntry>& transcript, const Scenario& scenario);

/// The findings of one turn, as the debrief will show them: for the feedback right after it.
std::vector<scoring::Finding> turn_findings(const TranscriptEntry& entry, const Scenario& scenario,
                                            const scoring::Rulebase& rules);

} // namespace smo::core
