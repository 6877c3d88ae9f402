#include "ui/root.hpp"

#include "ui/screen_briefing.hpp"
#include "ui/screen_debrief.hpp"
#include "ui/screen_library.hpp"
#include "ui/screen_meeting.hpp"
#include "ui/screen_observe.hpp"
#include "ui/screen_reflection.hpp"
#include "ui/screen_start.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <cstdio>
#include <imgui.h>

namespace smo::ui {

namespace {

void draw_top_bar(AppState& state) {
    const auto& tr = state.strings;
    ImGui::TextUnformatted(tr("app.short_title"));
    float right_width = em(17.5f);
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - right_width);
    if (ImGui::SmallButton("A-")) emit<ZoomOut>(state);
    ImGui::SameLine();
    char zoom[16];
    std::snprintf(zoom, sizeof zoom, "%d%%", static_cast<int>(state.settings.ui_scale * 100.0f + 0.5f));
    if (ImGui::SmallButton(zoom)) emit<ZoomReset>(state);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("topbar.zoom_tooltip"));
    ImGui::SameLine();
    if (ImGui::SmallButton("A+")) emit<ZoomIn>(state);
    ImGui::SameLine();
    ImGui::TextUnformatted("|");
    ImGui::SameLine();
    bool dutch = state.settings.language == core::Language::Dutch;
    if (ImGui::RadioButton("NL", dutch)) emit<SetLanguage>(state, core::Language::Dutch);
    ImGui::SameLine();
    if (ImGui::RadioButton("EN", !dutch)) emit<SetLanguage>(state, core::Language::English);
    ImGui::Separator();
}

} // namespace

void draw_app(AppState& state) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                             ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    if (ImGui::Begin("##root", nullptr, flags)) {
        draw_top_bar(state);
        ImGui::BeginChild("##screen", ImVec2(0, 0), false);
        switch (state.screen) {
        case Screen::Start:
            draw_start(state);
            break;
        case Screen::Library:
            draw_library(state);
            break;
        case Screen::Briefing:
            draw_briefing(state);
            break;
        case Screen::Meeting:
            draw_meeting(state);
            break;
        case Screen::Observe:
            draw_observe(state);
            break;
        case Screen::Debrief:
            draw_debrief(state);
            break;
        case Screen::Reflection:
            draw_reflection(state);
            break;
        default:
            break;
        }
        ImGui::EndChild();
    }
    ImGui::End();
}

} // namespace smo::ui
