#pragma once
// The one place app/core turns recorded turns into a session score (smo::scoring::aggregate).

#include "core/transcript.hpp"
#include "scoring/aggregate.hpp"

#include <map>
#include <string>
#include <vector>

namespace smo::core {

class Runtime;

/// Scoring's view of the trainee's decision turns in `transcript`, in order.
std::vector<scoring::TurnRecord> turn_records(const std::vector<TranscriptEntry>& transcript);

/// Scores `transcript` with the goal credits its played path offered (RuntimeState::goal_available).
scoring::SessionScore score_transcript(const std::vector<TranscriptEntry>& transcript,
                                       const std::map<std::string, int>& goal_available);

/// Scores the decision turns of `runtime` with the goal credits its played path offered.
scoring::SessionScore score_runtime(const Runtime& runtime);

/// Observe assignment: the trainee's judgements of the scripted lines in `transcript` so far.
scoring::ObserveStats observe_stats(const std::vector<TranscriptEntry>& transcript);

} // namespace smo::core
