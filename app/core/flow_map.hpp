#pragma once
// The scenario editor's flow map as plain data: one box per node, one arrow per `next` edge of a
// node or of an option, reachability from `start`, dead ends, an automatic layered layout for
// nodes without a stored position, and the pan/zoom maths. No ImGui: app/ui/flow_map_widget
// draws this, the tests check it. Rebuild it after each committed edit, never per frame.

#include "core/scenario.hpp"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace smo::core {

/// A point in world units (the map's own plane) or in screen units relative to the viewport's
/// top-left corner, depending on where it is used.
struct FlowPoint {
    float x = 0.0f;
    float y = 0.0f;
    bool operator==(const FlowPoint&) const = default;
};

/// An axis-aligned rectangle; `max` is exclusive.
struct FlowRect {
    FlowPoint min;
    FlowPoint max;
    bool contains(FlowPoint p) const { return p.x >= min.x && p.x < max.x && p.y >= min.y && p.y < max.y; }
    /// True when the two rectangles share area (touching edges do not count).
    bool overlaps(const FlowRect& o) const {
        return min.x < o.max.x && o.min.x < max.x && min.y < o.max.y && o.min.y < max.y;
    }
};

/// Why a node cannot go on. `None` for end nodes and nodes with a way on.
enum class DeadEnd {
    None,
    NoWayOn,           ///< not an end node and no `next` (or a choice without options)
    OptionWithoutNext, ///< a choice with an option that has no `next`: choosing it gets stuck
    MissingTarget,     ///< an edge points at a node id that does not exist
    Count
};
const char* dead_end_id(DeadEnd d); ///< "none", "no_way_on", "option_without_next", "missing_target"

struct FlowBox {
    std::string id;
    NodeKind kind = NodeKind::Line;
    std::string label;   ///< short text: the prompt of a decision, else the text; cut with "…"
    FlowPoint pos;       ///< top-left corner in world units
    bool stored = false; ///< `pos` came from the stored positions, not from the layout
    bool is_start = false;
    bool reachable = false; ///< reachable from `start` along any edge (conditions ignored)
    DeadEnd dead_end = DeadEnd::None;
    int layer = -1; ///< layout row (distance from start on the longest path); -1: unreachable
};

struct FlowArrow {
    std::size_t from = 0;          ///< index into FlowMap::boxes
    std::optional<std::size_t> to; ///< index into FlowMap::boxes; empty when `target` is missing
    std::string target;            ///< the `to` id as written in the file
    std::string option_id;         ///< empty for a node's own `next`
    std::string condition;         ///< the edge's `when`, e.g. "trust >= 3, consent == true"
    std::string label;             ///< what the map writes on the arrow: option id and condition
    /// Cubic Bézier in world units: from the source box's bottom edge to the target's top edge.
    /// A missing target ends in a short stub below the source.
    FlowPoint p0, c1, c2, p3;
    FlowPoint label_pos; ///< the curve's midpoint, where the label is centred
};

/// Sizes of the automatic layout, in world units.
struct FlowLayoutParams {
    float box_width = 200.0f;
    float box_height = 64.0f;
    float gap_x = 48.0f;     ///< between boxes of one row
    float gap_y = 72.0f;     ///< between rows (room for arrow labels)
    int crossing_passes = 4; ///< barycenter sweeps (down and up) to reduce crossings
};

struct FlowMap {
    std::vector<FlowBox> boxes; ///< in file order
    std::vector<FlowArrow> arrows;
    float box_width = 0.0f;
    float box_height = 0.0f;

    /// The box of node `id`, or null.
    const FlowBox* find_box(std::string_view id) const;
    std::optional<std::size_t> index_of(std::string_view id) const;
    FlowRect rect(const FlowBox& b) const { return {b.pos, {b.pos.x + box_width, b.pos.y + box_height}}; }
    /// Bounding rectangle of every box; an empty map gives a zero rectangle.
    FlowRect bounds() const;

    std::map<std::string, std::size_t, std::less<>> by_id;
};

/// Stored node positions (top-left corners) by node id; these win over the automatic layout.
using FlowPositions = std::map<std::string, FlowPoint, std::less<>>;

/// Builds the map of `scenario`. Nodes in `stored` keep their position; the others get the
/// layered layout (rows by longest path from `start` with back edges ignored, order within a
/// row by barycenter sweeps, unreachable nodes in a column right of everything) and are moved
/// aside so they never overlap any other box. Stored positions are taken as given.
FlowMap build_flow_map(const Scenario& scenario, const FlowPositions& stored = {},
                       const FlowLayoutParams& params = {});

/// "trust >= 3" / "consent == true"; several joined by ", ".
std::string condition_text(const Condition& c);
std::string conditions_text(const std::vector<Condition>& conditions);

/// True when no two boxes of `map` overlap.
bool boxes_disjoint(const FlowMap& map);

/// The free top-left position closest to `wanted` (searched on a grid of half a box) where
/// node `id` overlaps no other box; use it when a dragged box is dropped.
FlowPoint nearest_free_position(const FlowMap& map, std::string_view id, FlowPoint wanted);

/// Node ids whose id, label, text or prompt contains `query` (case- and diacritics-insensitive;
/// "_" and "-" count as spaces), in file order. Matches on the id come first. Empty query: none.
std::vector<std::string> find_nodes(const Scenario& scenario, std::string_view query);

/// Pan and zoom: screen = world * zoom + pan, with screen relative to the viewport's corner.
struct FlowView {
    static constexpr float kMinZoom = 0.1f;
    static constexpr float kMaxZoom = 4.0f;
    FlowPoint pan;
    float zoom = 1.0f;

    FlowPoint to_screen(FlowPoint world) const { return {world.x * zoom + pan.x, world.y * zoom + pan.y}; }
    FlowPoint to_world(FlowPoint screen) const {
        return {(screen.x - pan.x) / zoom, (screen.y - pan.y) / zoom};
    }
    /// Multiplies the zoom by `factor` (clamped to [kMinZoom, kMaxZoom]) keeping the world point
    /// under `anchor` (a screen point, usually the cursor) where it is.
    void zoom_about(FlowPoint anchor, float factor);
};

/// The node under screen point `screen`, or nothing. Later boxes win (they are drawn on top).
std::optional<std::string> hit_test(const FlowMap& map, const FlowView& view, FlowPoint screen);

/// `view` panned so node `id`'s box is centred in a viewport of `viewport` size; the zoom stays.
/// Unknown id: `view` unchanged.
FlowView centre_on(const FlowMap& map, const FlowView& view, std::string_view id, FlowPoint viewport);

/// The view that shows every box inside `viewport` with `margin` screen units around it; the
/// zoom is clamped (at most 1, at least kMinZoom), the map is centred.
FlowView fit_to_view(const FlowMap& map, FlowPoint viewport, float margin);

/// The view an editor opens with: the whole map when it fits at `readable_zoom` or more; else
/// `readable_zoom` with the start box at the top, centred across (text is legible from the start).
FlowView first_view(const FlowMap& map, FlowPoint viewport, float margin, float readable_zoom = 0.6f);

} // namespace smo::core
