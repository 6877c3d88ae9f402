#pragma once
// A small Wet verbetering poortwachter timeline (week 0–104) with the case's current week marked.
// The layout (where each label, tick and the week marker go) is computed without ImGui, so tests
// can check that no label overlaps another label or the marker at any UI scale.

#include "core/string_table.hpp"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace smo::ui {

/// A rectangle relative to the timeline's top-left corner, in pixels.
struct TimelineBox {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool overlaps(const TimelineBox& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
};

struct TimelineLabel {
    int week = 0;
    std::string text;               ///< "Plan van aanpak (8)"
    TimelineBox box;                ///< where the text goes
    float tick_x = 0;               ///< the milestone on the axis
    bool has_tick = true;           ///< false when its tick would cross another label
    float tick_y0 = 0, tick_y1 = 0; ///< the tick from the axis to the label
};

struct TimelineLayout {
    float axis_y = 0;
    float axis_x0 = 0, axis_x1 = 0;
    float height = 0; ///< everything (labels, marker) fits above this
    std::vector<TimelineLabel> labels;
    bool has_marker = false;
    TimelineBox marker; ///< the current-week triangle below the axis
};

/// Lays the milestones out across `width` pixels: each label goes in the row nearest the axis
/// (alternately above and below it) where it overlaps no other label, no tick and not the week
/// marker; as many rows as needed. `line_h` is the text line height, `em` the font size.
TimelineLayout layout_poortwachter_timeline(const core::Strings& strings, int current_week, float width,
                                            float line_h, float em,
                                            const std::function<float(std::string_view)>& measure);

/// Draws the timeline across the available width; `current_week` < 0 draws no marker.
void draw_poortwachter_timeline(const core::Strings& strings, int current_week);

} // namespace smo::ui
