// Flow map speed: the view model + layout of a generated 200-node scenario (rebuilt after each
// committed edit), and one full ImGui frame of the map widget (NewFrame .. Render, no GL) at
// three zoom levels. Target: editor frame with a 200-node map <= 2 ms median.
#include "core/flow_map.hpp"
#include "core/flow_map_sample.hpp"

#include <benchmark/benchmark.h>

#ifdef SMO_BENCH_WITH_UI
#include "ui/flow_map_widget.hpp"

#include <imgui.h>
#endif

namespace {

void BM_BuildFlowMap(benchmark::State& state) {
    const auto scenario = smo::test::generated_flow_scenario(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        auto map = smo::core::build_flow_map(scenario);
        benchmark::DoNotOptimize(map);
    }
}
BENCHMARK(BM_BuildFlowMap)->Arg(200)->Arg(1000)->Unit(benchmark::kMicrosecond);

void BM_FindNodes(benchmark::State& state) {
    const auto scenario = smo::test::generated_flow_scenario(200);
    for (auto _ : state)
        benchmark::DoNotOptimize(smo::core::find_nodes(scenario, "reintegratie 15"));
}
BENCHMARK(BM_FindNodes)->Unit(benchmark::kMicrosecond);

#ifdef SMO_BENCH_WITH_UI

/// zoom 0: fit the whole map; otherwise that zoom, centred on the middle node.
void BM_FlowMapFrame(benchmark::State& state) {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1280, 800);
    io.DeltaTime = 1.0f / 60.0f;
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->AddFontDefault();
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    io.MousePos = ImVec2(640, 400); // over the map: hover and tooltip work is included

    const auto map = smo::core::build_flow_map(smo::test::generated_flow_scenario(200));
    smo::ui::FlowMapViewState view;
    const float zoom = static_cast<float>(state.range(0)) / 100.0f;
    std::size_t drawn = 0;
    int vertices = 0;
    for (auto _ : state) {
        ImGui::NewFrame();
        if (view.fitted && zoom > 0.0f && view.view.zoom != zoom) {
            view.view.zoom = zoom;
            view.centre_request = "n100";
        }
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(io.DisplaySize);
        ImGui::Begin("editor", nullptr, ImGuiWindowFlags_NoDecoration);
        auto e = smo::ui::draw_flow_map("map", map, view, "n100", ImVec2(0, 0), true);
        ImGui::End();
        ImGui::Render();
        drawn = e.boxes_drawn;
        vertices = ImGui::GetDrawData()->TotalVtxCount;
    }
    state.counters["boxes_drawn"] = static_cast<double>(drawn);
    state.counters["vertices"] = static_cast<double>(vertices);
    ImGui::DestroyContext();
}
BENCHMARK(BM_FlowMapFrame)->ArgName("zoom_pct")->Arg(0)->Arg(50)->Arg(100)->Unit(benchmark::kMicrosecond);

#endif

} // namespace

BENCHMARK_MAIN();
