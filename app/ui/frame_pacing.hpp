#pragma once
// When the event-driven main loop draws another frame. Idle, it sleeps until input arrives; a
// state change must still reach the screen without the mouse moving (issue: after "Zeg dit" the
// feedback panel stayed blank until the next mouse event).

namespace smo::ui {

/// Frames drawn after input or a state change, so the new state, hover highlights and layouts
/// that need a second pass (wrapped text, scrolling to new transcript lines) all settle.
inline constexpr int kFramesAfterChange = 3;

/// Frames still to draw after this one. `frames_left` is what was left before the intents of this
/// frame were applied; `intents_applied` tells whether any were (each may change what is shown);
/// `background_work` is a worker whose progress is on screen (a cohort loading).
int frames_after(int frames_left, bool intents_applied, bool background_work);

} // namespace smo::ui
