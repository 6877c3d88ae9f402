#include "core/session_scoring.hpp"

#include "core/runtime.hpp"

namespace smo::core {

scoring::SessionScore score_runtime(const Runtime& runtime) {
    return scoring::aggregate(runtime.turn_records(), runtime.state().goal_available);
}

} // namespace smo::core
