#pragma once
// The one place app/core turns a played runtime into a session score (smo::scoring::aggregate).

#include "scoring/aggregate.hpp"

namespace smo::core {

class Runtime;

/// Scores the decision turns of `runtime` with the goal credits its played path offered.
scoring::SessionScore score_runtime(const Runtime& runtime);

} // namespace smo::core
