#include "ui/flow_map_widget.hpp"

#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace smo::ui {

namespace {

// [SECTION] Palette: pastel fills on the light theme, one per node kind, with a darker border.
struct KindColours {
    ImVec4 fill;
    ImVec4 border;
};
const std::array kKindColours{
    KindColours{{0.91f, 0.92f, 0.94f, 1.0f}, {0.40f, 0.42f, 0.46f, 1.0f}}, // line: neutral (kMuted)
    KindColours{{0.80f, 0.87f, 0.95f, 1.0f}, {0.10f, 0.33f, 0.55f, 1.0f}}, // choice: Header, kAccent
    KindColours{{0.80f, 0.92f, 0.90f, 1.0f}, {0.10f, 0.45f, 0.42f, 1.0f}}, // compose: teal
    KindColours{{0.88f, 0.85f, 0.96f, 1.0f}, {0.38f, 0.27f, 0.60f, 1.0f}}, // free_text: violet
    KindColours{{0.97f, 0.91f, 0.78f, 1.0f}, {0.70f, 0.40f, 0.00f, 1.0f}}, // observe: kWarning
    KindColours{{0.91f, 0.94f, 0.80f, 1.0f}, {0.42f, 0.48f, 0.10f, 1.0f}}, // quiz: olive
    KindColours{{0.82f, 0.93f, 0.84f, 1.0f}, {0.10f, 0.50f, 0.20f, 1.0f}}, // end: kOk
};
static_assert(kKindColours.size() == static_cast<std::size_t>(core::NodeKind::Count));

constexpr float kWheelStep = 1.15f;   // zoom factor per wheel notch
constexpr float kMinTextPx = 6.0f;    // below this font size box text is not drawn
constexpr float kMinLabelZoom = 0.5f; // arrow labels only from this zoom on

// Unreachable boxes: the kind colour washed out towards light grey.
ImVec4 greyed(ImVec4 c) {
    return {c.x * 0.35f + 0.57f, c.y * 0.35f + 0.57f, c.z * 0.35f + 0.57f, c.w};
}

ImU32 u32(ImVec4 c) {
    return ImGui::ColorConvertFloat4ToU32(c);
}

ImVec2 add(ImVec2 a, ImVec2 b) {
    return {a.x + b.x, a.y + b.y};
}

core::FlowPoint shifted(core::FlowPoint p, core::FlowPoint d) {
    return {p.x + d.x, p.y + d.y};
}

bool intersects(ImVec2 amin, ImVec2 amax, ImVec2 bmin, ImVec2 bmax) {
    return amin.x < bmax.x && bmin.x < amax.x && amin.y < bmax.y && bmin.y < amax.y;
}

void dashed_line(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 col, float thickness, float dash) {
    const float len = std::hypot(b.x - a.x, b.y - a.y);
    if (len <= 0.0f) return;
    const ImVec2 dir{(b.x - a.x) / len, (b.y - a.y) / len};
    for (float t = 0.0f; t < len; t += dash * 2.0f) {
        const float e = std::min(t + dash, len);
        dl->AddLine({a.x + dir.x * t, a.y + dir.y * t}, {a.x + dir.x * e, a.y + dir.y * e}, col, thickness);
    }
}

void dashed_rect(ImDrawList* dl, ImVec2 min, ImVec2 max, ImU32 col, float thickness, float dash) {
    dashed_line(dl, min, {max.x, min.y}, col, thickness, dash);
    dashed_line(dl, {max.x, min.y}, max, col, thickness, dash);
    dashed_line(dl, max, {min.x, max.y}, col, thickness, dash);
    dashed_line(dl, {min.x, max.y}, min, col, thickness, dash);
}

// [SECTION] Drawing

struct Canvas {
    ImDrawList* dl;
    ImVec2 min, max;
    const core::FlowView* view;
    ImVec2 to_screen(core::FlowPoint w) const {
        const core::FlowPoint s = view->to_screen(w);
        return {min.x + s.x, min.y + s.y};
    }
};

void draw_arrow(const Canvas& c, const core::FlowMap& map, const core::FlowArrow& a,
                core::FlowPoint from_shift, core::FlowPoint to_shift) {
    const ImVec2 p0 = c.to_screen(shifted(a.p0, from_shift));
    const ImVec2 c1 = c.to_screen(shifted(a.c1, from_shift));
    const ImVec2 c2 = c.to_screen(shifted(a.c2, to_shift));
    const ImVec2 p3 = c.to_screen(shifted(a.p3, to_shift));
    const ImVec2 lo{std::min({p0.x, c1.x, c2.x, p3.x}), std::min({p0.y, c1.y, c2.y, p3.y})};
    const ImVec2 hi{std::max({p0.x, c1.x, c2.x, p3.x}), std::max({p0.y, c1.y, c2.y, p3.y})};
    if (!intersects(add(lo, {-1, -1}), add(hi, {1, 1}), c.min, c.max)) return; // culled
    const float zoom = c.view->zoom;
    const bool broken = !a.to.has_value();
    const bool dim = !map.boxes[a.from].reachable;
    const ImU32 col = u32(broken ? theme::kError : dim ? greyed(theme::kMuted) : theme::kMuted);
    const float thick = std::clamp(1.6f * zoom, 1.0f, 3.0f);
    c.dl->AddBezierCubic(p0, c1, c2, p3, col, thick);
    // Arrow head along the curve's last tangent.
    ImVec2 dir{p3.x - c2.x, p3.y - c2.y};
    float len = std::hypot(dir.x, dir.y);
    if (len < 0.001f) {
        dir = {0.0f, 1.0f};
        len = 1.0f;
    }
    dir = {dir.x / len, dir.y / len};
    const float head = std::clamp(9.0f * zoom, 4.0f, 16.0f);
    const ImVec2 back{p3.x - dir.x * head, p3.y - dir.y * head};
    const ImVec2 side{-dir.y * head * 0.5f, dir.x * head * 0.5f};
    c.dl->AddTriangleFilled(p3, add(back, side), {back.x - side.x, back.y - side.y}, col);
    if (broken) c.dl->AddCircle(p3, head * 0.6f, col, 0, thick);

    if (a.label.empty() || zoom < kMinLabelZoom) return;
    ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize() * zoom * 0.85f;
    const ImVec2 text = font->CalcTextSizeA(size, 1e9f, 0.0f, a.label.c_str());
    const ImVec2 mid = c.to_screen(shifted(a.label_pos, from_shift));
    const ImVec2 tl{mid.x - text.x * 0.5f, mid.y - text.y * 0.5f};
    const float pad = 2.0f * zoom;
    c.dl->AddRectFilled({tl.x - pad, tl.y - pad}, {tl.x + text.x + pad, tl.y + text.y + pad},
                        u32(ImVec4(0.97f, 0.97f, 0.96f, 0.9f)), 2.0f * zoom);
    c.dl->AddText(font, size, tl, broken ? u32(theme::kError) : ImGui::GetColorU32(ImGuiCol_Text),
                  a.label.c_str());
}

void draw_box(const Canvas& c, const core::FlowMap& map, const core::FlowBox& b, core::FlowPoint pos,
              bool selected, bool hovered) {
    const ImVec2 min = c.to_screen(pos);
    const ImVec2 max = c.to_screen({pos.x + map.box_width, pos.y + map.box_height});
    const float zoom = c.view->zoom;
    const float pad = 6.0f * zoom;
    if (!intersects({min.x - pad, min.y - pad}, {max.x + pad, max.y + pad}, c.min, c.max)) return;
    const KindColours& kc = kKindColours[static_cast<std::size_t>(b.kind)];
    const float rounding = 5.0f * zoom;
    const ImVec4 fill = b.reachable ? kc.fill : greyed(kc.fill);
    c.dl->AddRectFilled(min, max,
                        u32(hovered ? ImVec4(fill.x * 0.95f, fill.y * 0.95f, fill.z * 0.95f, 1.0f) : fill),
                        rounding);
    const float thick = std::clamp(1.5f * zoom, 1.0f, 3.0f);
    if (selected) {
        c.dl->AddRect({min.x - 3.0f * zoom - 2.0f, min.y - 3.0f * zoom - 2.0f},
                      {max.x + 3.0f * zoom + 2.0f, max.y + 3.0f * zoom + 2.0f}, u32(theme::kAccent),
                      rounding + 3.0f, 0, std::max(2.5f, 3.0f * zoom));
    }
    if (!b.reachable) {
        dashed_rect(c.dl, min, max, u32(theme::kMuted), thick, std::max(3.0f, 7.0f * zoom));
    } else if (b.dead_end != core::DeadEnd::None) {
        c.dl->AddRect(min, max, u32(theme::kError), rounding, 0, thick * 1.8f);
    } else {
        c.dl->AddRect(min, max, u32(kc.border), rounding, 0, thick);
    }
    if (b.dead_end != core::DeadEnd::None) {
        // A red "!" badge on the top-right corner: the mark stays visible even when greyed.
        const float r = std::clamp(8.0f * zoom, 4.0f, 14.0f);
        const ImVec2 centre{max.x - r * 0.2f, min.y + r * 0.2f};
        c.dl->AddCircleFilled(centre, r, u32(theme::kError));
        const float fs = r * 1.5f;
        const ImVec2 ts = ImGui::GetFont()->CalcTextSizeA(fs, 1e9f, 0.0f, "!");
        c.dl->AddText(ImGui::GetFont(), fs, {centre.x - ts.x * 0.5f, centre.y - ts.y * 0.5f}, IM_COL32_WHITE,
                      "!");
    }
    if (b.is_start) {
        const float s = 7.0f * zoom;
        const ImVec2 mid{min.x - s * 0.4f, (min.y + max.y) * 0.5f};
        c.dl->AddTriangleFilled({mid.x - s, mid.y - s}, {mid.x - s, mid.y + s}, {mid.x + s * 0.2f, mid.y},
                                u32(theme::kAccent));
    }
    const float fs = ImGui::GetFontSize() * zoom;
    if (fs < kMinTextPx) return;
    ImFont* font = ImGui::GetFont();
    const ImVec4 clip{min.x + pad, min.y, max.x - pad, max.y - pad * 0.5f};
    const ImU32 text = b.reachable ? ImGui::GetColorU32(ImGuiCol_Text) : u32(theme::kMuted);
    c.dl->AddText(font, fs, {min.x + pad, min.y + pad * 0.6f}, u32(b.reachable ? kc.border : theme::kMuted),
                  b.id.c_str(), nullptr, 0.0f, &clip);
    const float label_fs = fs * 0.85f;
    c.dl->AddText(font, label_fs, {min.x + pad, min.y + pad * 0.6f + fs * 1.15f}, text, b.label.c_str(),
                  nullptr, max.x - min.x - 2.0f * pad, &clip);
}

// [SECTION] Input

core::FlowPoint local_mouse(ImVec2 canvas_min) {
    const ImVec2 m = ImGui::GetIO().MousePos;
    return {m.x - canvas_min.x, m.y - canvas_min.y};
}

void handle_keys(FlowMapViewState& state, core::FlowPoint viewport) {
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Home), false)) state.fitted = false;
    const float step = 0.1f * std::min(viewport.x, viewport.y);
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_LeftArrow))) state.view.pan.x += step;
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_RightArrow))) state.view.pan.x -= step;
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_UpArrow))) state.view.pan.y += step;
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_DownArrow))) state.view.pan.y -= step;
}

} // namespace

FlowMapEvents draw_flow_map(const char* str_id, const core::FlowMap& map, FlowMapViewState& state,
                            std::string_view selected, ImVec2 size, bool allow_move) {
    FlowMapEvents events;
    const ImGuiWindowFlags flags =
        ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoMove;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0.0f, 0.0f));
    const bool open = ImGui::BeginChild(str_id, size, true, flags);
    ImGui::PopStyleVar();
    if (!open) {
        ImGui::EndChild();
        return events;
    }
    const ImVec2 cmin = ImGui::GetCursorScreenPos();
    ImVec2 avail = ImGui::GetContentRegionAvail();
    avail.x = std::max(avail.x, 1.0f);
    avail.y = std::max(avail.y, 1.0f);
    const ImVec2 cmax = add(cmin, avail);
    const core::FlowPoint viewport{avail.x, avail.y};
    events.canvas_min = cmin;
    events.canvas_size = avail;

    if (!state.fitted) {
        state.view = core::first_view(map, viewport, em(1.5f));
        state.fitted = true;
    }
    if (state.centre_request) {
        state.view = core::centre_on(map, state.view, *state.centre_request, viewport);
        state.centre_request.reset();
    }

    // One invisible button over the canvas takes every mouse button, so drags start here only.
    ImGui::InvisibleButton("##canvas", avail,
                           ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonMiddle);
    const bool hovered = ImGui::IsItemHovered();
    const bool active = ImGui::IsItemActive();
    const ImGuiIO& io = ImGui::GetIO();
    const core::FlowPoint mouse = local_mouse(cmin);
    if (hovered) events.hovered = core::hit_test(map, state.view, mouse);

    if (ImGui::IsItemActivated()) {
        state.pressed_node = ImGui::IsMouseClicked(ImGuiMouseButton_Left)
                                 ? core::hit_test(map, state.view, mouse)
                                 : std::nullopt;
        state.moving_node = false;
        state.panning = false;
        state.move_delta = {};
    }
    if (active) {
        const bool left_drag = ImGui::IsMouseDragging(ImGuiMouseButton_Left);
        const bool middle_drag = ImGui::IsMouseDragging(ImGuiMouseButton_Middle);
        if (left_drag && state.pressed_node && allow_move && !state.panning) {
            state.moving_node = true;
            const ImVec2 d = ImGui::GetMouseDragDelta(ImGuiMouseButton_Left);
            state.move_delta = {d.x / state.view.zoom, d.y / state.view.zoom};
        } else if (middle_drag || (left_drag && (!state.pressed_node || !allow_move))) {
            state.panning = true;
            state.view.pan.x += io.MouseDelta.x;
            state.view.pan.y += io.MouseDelta.y;
        }
    }
    if (ImGui::IsItemDeactivated()) {
        if (state.moving_node && state.pressed_node) {
            if (const core::FlowBox* b = map.find_box(*state.pressed_node)) {
                const core::FlowPoint wanted = shifted(b->pos, state.move_delta);
                events.moved = std::make_pair(b->id, core::nearest_free_position(map, b->id, wanted));
            }
        } else if (!state.panning && !state.moving_node && io.MouseReleased[ImGuiMouseButton_Left]) {
            if (state.pressed_node) {
                events.clicked = state.pressed_node;
            } else {
                events.clicked_empty = true;
            }
        }
        state.pressed_node.reset();
        state.moving_node = false;
        state.panning = false;
        state.move_delta = {};
    }
    if (hovered && io.MouseWheel != 0.0f) state.view.zoom_about(mouse, std::pow(kWheelStep, io.MouseWheel));
    if (hovered || ImGui::IsWindowFocused()) handle_keys(state, viewport);

    // Drawing, clipped to the canvas; the box being dragged and its arrows follow the mouse.
    Canvas c{ImGui::GetWindowDrawList(), cmin, cmax, &state.view};
    c.dl->PushClipRect(cmin, cmax, true);
    c.dl->AddRectFilled(cmin, cmax, u32(ImVec4(0.99f, 0.99f, 0.985f, 1.0f)));
    // Index of the box being dragged, or kNone (a plain index: GCC 12 misreads an optional here).
    constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    const std::size_t moving =
        state.moving_node && state.pressed_node ? map.index_of(*state.pressed_node).value_or(kNone) : kNone;
    for (const auto& a : map.arrows) {
        const core::FlowPoint from_shift = a.from == moving ? state.move_delta : core::FlowPoint{};
        const core::FlowPoint to_shift = a.to == moving ? state.move_delta : core::FlowPoint{};
        draw_arrow(c, map, a, from_shift, to_shift);
    }
    const float pad = 6.0f * state.view.zoom;
    for (std::size_t i = 0; i < map.boxes.size(); ++i) {
        if (i == moving) continue; // drawn last, on top
        const core::FlowBox& b = map.boxes[i];
        const ImVec2 bmin = c.to_screen(b.pos);
        const ImVec2 bmax = c.to_screen({b.pos.x + map.box_width, b.pos.y + map.box_height});
        if (!intersects({bmin.x - pad, bmin.y - pad}, {bmax.x + pad, bmax.y + pad}, cmin, cmax)) continue;
        ++events.boxes_drawn;
        draw_box(c, map, b, b.pos, b.id == selected, events.hovered == b.id);
    }
    if (moving != kNone) {
        const core::FlowBox& b = map.boxes[moving];
        draw_box(c, map, b, shifted(b.pos, state.move_delta), b.id == selected, true);
        ++events.boxes_drawn;
    }
    c.dl->PopClipRect();
    if (events.hovered && !state.moving_node && !state.panning) {
        if (const core::FlowBox* b = map.find_box(*events.hovered)) {
            ImGui::BeginTooltip();
            ImGui::TextUnformatted(b->id.c_str());
            ImGui::PushTextWrapPos(em(24));
            ImGui::TextUnformatted(b->label.c_str());
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
    }
    ImGui::EndChild();
    return events;
}

} // namespace smo::ui
