#pragma once
// The scenario editor's flow map drawn with ImDrawList in a child region: boxes coloured by node
// kind, arrows with heads and condition labels, dead ends in red, unreachable nodes grey and
// dashed, the selection highlighted. Drag empty space (left or middle button) to pan, wheel to
// zoom about the cursor, click a box to select it, drag a box to move it (when allowed), Home to
// fit. The widget only reports what the user did; the caller turns a move into an undoable
// command and rebuilds the core::FlowMap after each committed edit.

#include "core/flow_map.hpp"

#include <imgui.h>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace smo::ui {

/// Pan/zoom and gesture state of one map; owned by the caller (AppState), never static.
struct FlowMapViewState {
    core::FlowView view;
    bool fitted = false;                       ///< false: core::first_view on the next frame (Home too)
    std::optional<std::string> centre_request; ///< centre this node on the next frame
    // Gesture in progress (between mouse down and up).
    std::optional<std::string> pressed_node;
    bool moving_node = false;
    bool panning = false;
    core::FlowPoint move_delta; ///< world offset of the box being dragged
};

/// What happened this frame.
struct FlowMapEvents {
    std::optional<std::string> clicked; ///< a box was clicked: select this node
    bool clicked_empty = false;         ///< a click on empty space
    /// A dragged box was dropped: node id and its new top-left (world units, snapped to the
    /// nearest free place so it overlaps no other box).
    std::optional<std::pair<std::string, core::FlowPoint>> moved;
    std::optional<std::string> hovered; ///< box under the mouse
    std::size_t boxes_drawn = 0;        ///< boxes inside the viewport (others are culled)
    ImVec2 canvas_min;                  ///< screen position of the map's top-left corner
    ImVec2 canvas_size;                 ///< the viewport in screen units
};

/// Draws `map` in a child region of `size` (use ImVec2(0, 0) for all available space).
/// `selected` is outlined; `allow_move` lets the user drag boxes.
FlowMapEvents draw_flow_map(const char* str_id, const core::FlowMap& map, FlowMapViewState& state,
                            std::string_view selected, ImVec2 size, bool allow_move);

} // namespace smo::ui
