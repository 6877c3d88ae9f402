#include "ui/screen_flow_map.hpp"

#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

namespace smo::ui {

void open_flow_map(AppState& state, std::shared_ptr<const core::Scenario> scenario) {
    FlowMapPreview preview;
    preview.map = core::build_flow_map(*scenario);
    preview.scenario = std::move(scenario);
    state.flow_map = std::move(preview);
}

void pad_flow_map_for_benchmark(AppState& state, std::size_t nodes) {
    if (!state.flow_map || state.flow_map->scenario->nodes.empty()) return;
    const core::Scenario& original = *state.flow_map->scenario;
    auto padded = std::make_shared<core::Scenario>(original);
    for (int copy = 1; padded->nodes.size() < nodes; ++copy) {
        const std::string suffix = "~" + std::to_string(copy);
        const std::string next_start = original.start + suffix;
        // The previous copy's end nodes now lead into this copy.
        for (std::size_t i = padded->nodes.size() - original.nodes.size(); i < padded->nodes.size(); ++i) {
            core::Node& n = padded->nodes[i];
            if (n.kind != core::NodeKind::End) continue;
            n.kind = core::NodeKind::Line;
            n.next = {core::Edge{next_start, {}, {}}};
        }
        for (core::Node n : original.nodes) {
            n.id += suffix;
            for (auto& e : n.next)
                e.to += suffix;
            for (auto& o : n.options)
                for (auto& e : o.next)
                    e.to += suffix;
            padded->nodes.push_back(std::move(n));
        }
    }
    open_flow_map(state, std::move(padded));
}

void find_in_flow_map(AppState& state, const std::string& query) {
    if (!state.flow_map) return;
    state.flow_map->query = query;
    state.flow_map->matches = core::find_nodes(*state.flow_map->scenario, query);
    state.flow_map->match_index = 0;
}

void next_flow_map_match(AppState& state) {
    if (!state.flow_map || state.flow_map->matches.empty()) return;
    FlowMapPreview& fm = *state.flow_map;
    fm.selected = fm.matches[fm.match_index % fm.matches.size()];
    fm.view.centre_request = fm.selected;
    fm.match_index = (fm.match_index + 1) % fm.matches.size();
}

void select_flow_node(AppState& state, const std::string& node_id) {
    if (state.flow_map) state.flow_map->selected = node_id;
}

void draw_flow_map_screen(AppState& state) {
    const auto& tr = state.strings;
    if (!state.flow_map) {
        text_wrapped(tr("flowmap.none"));
        return;
    }
    const FlowMapPreview& fm = *state.flow_map;
    heading(fm.scenario->title.empty() ? fm.scenario->id.c_str() : fm.scenario->title.c_str());

    // Find: Enter centres the next match.
    std::string query = fm.query;
    ImGui::SetNextItemWidth(em(18));
    const bool enter =
        ImGui::InputTextWithHint("##find", tr("flowmap.find"), &query, ImGuiInputTextFlags_EnterReturnsTrue);
    if (ImGui::IsItemEdited()) emit<FindInFlowMap>(state, query);
    if (enter) {
        emit<NextFlowMapMatch>(state);
        ImGui::SetKeyboardFocusHere(-1);
    }
    ImGui::SameLine();
    if (!fm.query.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, fm.matches.empty() ? theme::kWarning : theme::kMuted);
        ImGui::Text("%zu %s", fm.matches.size(), tr("flowmap.matches"));
        ImGui::PopStyleColor();
        ImGui::SameLine();
    }
    if (ImGui::Button(tr("flowmap.fit"))) state.flow_map->view.fitted = false;
    if (!fm.selected.empty()) {
        ImGui::SameLine();
        ImGui::TextUnformatted(fm.selected.c_str());
    }

    // Pan and zoom are the widget's own state (like a scroll position); selection goes by intent.
    const FlowMapEvents e =
        draw_flow_map("##map", fm.map, state.flow_map->view, fm.selected, ImVec2(0, 0), false);
    if (e.clicked) emit<SelectFlowNode>(state, *e.clicked);
    if (e.clicked_empty) emit<SelectFlowNode>(state, std::string());
}

} // namespace smo::ui
