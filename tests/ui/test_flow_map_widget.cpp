// The flow-map widget in real ImGui frames without a window: fit on first draw, click to select,
// drag to pan, wheel to zoom about the cursor, drag a box to move it, Home to fit, culling.
#include "core/flow_map.hpp"
#include "ui/flow_map_widget.hpp"
#include "ui/root.hpp"
#include "ui/editor_actions.hpp"

#include "../core/flow_map_sample.hpp"
#include "ui_fixture.hpp"

#include <algorithm>
#include <cmath>

using namespace smo;

namespace {

struct MapHarness {
    explicit MapHarness(core::FlowMap m) : map(std::move(m)) {}
    core::FlowMap map;
    ui::FlowMapViewState state;
    std::string selected;
    bool allow_move = true;

    ui::FlowMapEvents frame() {
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
        ImGui::Begin("host", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove);
        ui::FlowMapEvents e = ui::draw_flow_map("map", map, state, selected, ImVec2(0, 0), allow_move);
        ImGui::End();
        ImGui::Render();
        return e;
    }
    /// Screen position of a world point, given the canvas corner of the last frame.
    ImVec2 screen_of(const ui::FlowMapEvents& e, core::FlowPoint world) const {
        const core::FlowPoint s = state.view.to_screen(world);
        return {e.canvas_min.x + s.x, e.canvas_min.y + s.y};
    }
    ImVec2 centre_of(const ui::FlowMapEvents& e, const std::string& id) const {
        const core::FlowBox* b = map.find_box(id);
        REQUIRE(b != nullptr);
        return screen_of(e, {b->pos.x + map.box_width * 0.5f, b->pos.y + map.box_height * 0.5f});
    }
    /// An empty spot: left of the leftmost box's vertical middle, inside the canvas.
    ImVec2 empty_spot(const ui::FlowMapEvents& e) const {
        for (float x = e.canvas_min.x + 4; x < e.canvas_min.x + e.canvas_size.x; x += 4)
            for (float y = e.canvas_min.y + 4; y < e.canvas_min.y + e.canvas_size.y; y += 4) {
                const core::FlowPoint local{x - e.canvas_min.x, y - e.canvas_min.y};
                if (!core::hit_test(map, state.view, local)) return ImVec2(x, y);
            }
        FAIL("no empty spot");
        return {};
    }
};

core::Scenario chain() {
    core::Scenario s;
    s.start = "a";
    for (const char* id : {"a", "b", "c"}) {
        core::Node n;
        n.id = id;
        n.text = std::string("Tekst ") + id;
        s.nodes.push_back(n);
    }
    s.nodes[0].next.push_back({"b", {}, {}});
    s.nodes[1].next.push_back({"c", {}, {}});
    s.nodes[2].kind = core::NodeKind::End;
    return s;
}

} // namespace

TEST_CASE("the flow map fits itself on the first frame and draws every box") {
    test::HeadlessImGui imgui;
    MapHarness h(core::build_flow_map(chain()));
    auto e = h.frame();
    CHECK(h.state.fitted);
    CHECK(e.boxes_drawn == 3);
    CHECK(ImGui::GetDrawData()->TotalVtxCount > 0);
    for (const auto& b : h.map.boxes) {
        const ImVec2 p = h.screen_of(e, b.pos);
        CHECK(p.x >= e.canvas_min.x);
        CHECK(p.y >= e.canvas_min.y);
    }
}

TEST_CASE("clicking a box reports it, clicking empty space reports that") {
    test::HeadlessImGui imgui;
    MapHarness h(core::build_flow_map(chain()));
    ImGuiIO& io = ImGui::GetIO();
    auto e = h.frame();
    io.MousePos = h.centre_of(e, "b");
    h.frame();
    io.MouseDown[0] = true;
    h.frame();
    io.MouseDown[0] = false;
    e = h.frame();
    REQUIRE(e.clicked.has_value());
    CHECK(*e.clicked == "b");
    CHECK_FALSE(e.clicked_empty);
    CHECK(e.hovered == std::optional<std::string>("b"));

    io.MousePos = h.empty_spot(e);
    h.frame();
    io.MouseDown[0] = true;
    h.frame();
    io.MouseDown[0] = false;
    e = h.frame();
    CHECK_FALSE(e.clicked.has_value());
    CHECK(e.clicked_empty);
}

TEST_CASE("dragging empty space pans the map and selects nothing") {
    test::HeadlessImGui imgui;
    MapHarness h(core::build_flow_map(chain()));
    ImGuiIO& io = ImGui::GetIO();
    auto e = h.frame();
    const ImVec2 start = h.empty_spot(e);
    io.MousePos = start;
    h.frame();
    io.MouseDown[0] = true;
    h.frame();
    const core::FlowPoint pan_before = h.state.view.pan;
    for (int i = 1; i <= 5; ++i) {
        io.MousePos = ImVec2(start.x + 10.0f * static_cast<float>(i), start.y + 4.0f * static_cast<float>(i));
        h.frame();
    }
    io.MouseDown[0] = false;
    e = h.frame();
    CHECK_FALSE(e.clicked.has_value());
    CHECK_FALSE(e.clicked_empty);
    // Panning starts once the drag threshold is passed; from then on the map follows the mouse.
    CHECK(h.state.view.pan.x > pan_before.x + 20.0f);
    CHECK(h.state.view.pan.y > pan_before.y + 8.0f);
    CHECK(h.state.view.pan.x <= pan_before.x + 50.0f);
}

TEST_CASE("the wheel zooms about the cursor") {
    test::HeadlessImGui imgui;
    MapHarness h(core::build_flow_map(chain()));
    ImGuiIO& io = ImGui::GetIO();
    auto e = h.frame();
    io.MousePos = h.centre_of(e, "a");
    h.frame();
    const core::FlowPoint local{io.MousePos.x - e.canvas_min.x, io.MousePos.y - e.canvas_min.y};
    const core::FlowPoint world = h.state.view.to_world(local);
    const float zoom = h.state.view.zoom;
    io.MouseWheel = 2.0f;
    h.frame();
    io.MouseWheel = 0.0f;
    CHECK(h.state.view.zoom == doctest::Approx(std::min(zoom * 1.15f * 1.15f, core::FlowView::kMaxZoom)));
    CHECK(h.state.view.to_world(local).x == doctest::Approx(world.x));
    CHECK(h.state.view.to_world(local).y == doctest::Approx(world.y));
}

TEST_CASE("dragging a box reports its new place, free of other boxes, not when moving is off") {
    test::HeadlessImGui imgui;
    MapHarness h(core::build_flow_map(chain()));
    ImGuiIO& io = ImGui::GetIO();
    auto e = h.frame();
    const core::FlowBox a = *h.map.find_box("a");
    const ImVec2 from = h.centre_of(e, "a");
    io.MousePos = from;
    h.frame();
    io.MouseDown[0] = true;
    h.frame();
    const float dx = 300.0f;
    for (int i = 1; i <= 6; ++i) {
        io.MousePos = ImVec2(from.x + dx * static_cast<float>(i) / 6.0f, from.y);
        h.frame();
    }
    CHECK(h.state.moving_node);
    io.MouseDown[0] = false;
    e = h.frame();
    REQUIRE(e.moved.has_value());
    CHECK(e.moved->first == "a");
    CHECK_FALSE(e.clicked.has_value());
    const core::FlowPoint p = e.moved->second;
    CHECK(p.x == doctest::Approx(a.pos.x + dx / h.state.view.zoom));
    CHECK(p.y == doctest::Approx(a.pos.y));

    // Moving off: the same drag pans instead.
    h.allow_move = false;
    const core::FlowPoint pan = h.state.view.pan;
    io.MousePos = h.centre_of(e, "b");
    h.frame();
    io.MouseDown[0] = true;
    h.frame();
    for (int i = 1; i <= 6; ++i) {
        io.MousePos.x += 20.0f;
        h.frame();
    }
    io.MouseDown[0] = false;
    e = h.frame();
    CHECK_FALSE(e.moved.has_value());
    CHECK(h.state.view.pan.x > pan.x);
}

TEST_CASE("Home fits the map again and centre requests centre a node") {
    test::HeadlessImGui imgui;
    MapHarness h(core::build_flow_map(smo::test::generated_flow_scenario(200)));
    ImGuiIO& io = ImGui::GetIO();
    io.KeyMap[ImGuiKey_Home] = 36;
    auto e = h.frame();
    const core::FlowView fitted = h.state.view;
    h.state.centre_request = "n150";
    e = h.frame();
    const ImVec2 c = h.centre_of(e, "n150");
    CHECK(c.x == doctest::Approx(e.canvas_min.x + e.canvas_size.x * 0.5f));
    CHECK(c.y == doctest::Approx(e.canvas_min.y + e.canvas_size.y * 0.5f));
    io.MousePos = c;
    h.frame();
    io.KeysDown[36] = true;
    h.frame();
    io.KeysDown[36] = false;
    h.frame();
    CHECK(h.state.view.pan == fitted.pan);
    CHECK(h.state.view.zoom == fitted.zoom);
}

TEST_CASE("a 200-node map zoomed in draws only the boxes in view") {
    test::HeadlessImGui imgui;
    MapHarness h(core::build_flow_map(smo::test::generated_flow_scenario(200)));
    auto e = h.frame();
    h.state.view.zoom = 1.0f;
    h.state.centre_request = "n100";
    e = h.frame();
    CHECK(e.boxes_drawn > 0);
    CHECK(e.boxes_drawn < h.map.boxes.size() / 4);
}

TEST_CASE("the editor's map opens a scenario, finds nodes by intent and pads for the benchmark") {
    test::HeadlessImGui imgui;
    test::UiFixture f;
    REQUIRE_FALSE(ui::drive_to_screen(f.state, ui::Screen::Editor, "zorggroep_linde_smo"));
    CHECK(f.state.screen == ui::Screen::Editor);
    REQUIRE(f.state.editor.open());
    const core::Scenario scenario = *f.state.editor.doc->scenario();
    CHECK(f.state.editor.map.boxes.size() == scenario.nodes.size());
    CHECK(ui::drive_to_screen(f.state, ui::Screen::Editor, "bestaat_niet").has_value());

    // Find by the start node's id; Enter (NextEditorMatch) selects it and centres on it.
    ui::emit<ui::FindInEditor>(f.state, scenario.start);
    f.apply();
    REQUIRE_FALSE(f.state.editor.matches.empty());
    CHECK(f.state.editor.matches.front() == scenario.start);
    ui::emit<ui::SelectEditorItem>(f.state, core::EditorItem{core::EditorItemKind::Briefing, {}});
    ui::emit<ui::NextEditorMatch>(f.state);
    f.apply();
    CHECK(f.state.editor.selected == core::EditorItem{core::EditorItemKind::Node, scenario.start});
    CHECK(f.state.editor.view.centre_request == std::optional<std::string>(scenario.start));

    ui::pad_editor_for_benchmark(f.state, 200);
    const auto& map = f.state.editor.map;
    CHECK(map.boxes.size() >= 200);
    CHECK(core::boxes_disjoint(map));
    // The copies are chained, so padding adds no unreachable boxes.
    const auto reachable_before = std::count_if(map.boxes.begin(), map.boxes.begin() + scenario.nodes.size(),
                                                [](const core::FlowBox& b) { return b.reachable; });
    CHECK(std::count_if(map.boxes.begin(), map.boxes.end(), [](const core::FlowBox& b) {
              return b.reachable;
          }) >= reachable_before * static_cast<long>(map.boxes.size() / scenario.nodes.size()));
    ImGui::NewFrame();
    ui::draw_app(f.state);
    ImGui::Render();
    CHECK(ImGui::GetDrawData()->TotalVtxCount > 0);
}
