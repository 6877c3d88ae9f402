#include "ui/frame_pacing.hpp"

#include <algorithm>

namespace smo::ui {

int frames_after(int frames_left, bool intents_applied, bool background_work) {
    int left = std::max(frames_left, 0);
    if (intents_applied) left = std::max(left, kFramesAfterChange);
    if (background_work) left = std::max(left, 2);
    return left;
}

} // namespace smo::ui
