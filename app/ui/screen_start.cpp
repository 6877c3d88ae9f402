#include "ui/screen_start.hpp"

#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <cstdio>
#include <imgui.h>
#include <imgui_stdlib.h>

namespace smo::ui {

void draw_start(AppState& state) {
    const auto& tr = state.strings;
    ImGui::PushFont(ImGui::GetIO().Fonts->Fonts.Size > 1 ? ImGui::GetIO().Fonts->Fonts[1] : nullptr);
    ImGui::TextUnformatted(tr("app.title"));
    ImGui::PopFont();
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
    text_wrapped(tr("start.subtitle"));
    ImGui::PopStyleColor();
    ImGui::Spacing();

    for (const auto& w : state.warnings) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kWarning);
        text_wrapped(w.c_str());
        ImGui::PopStyleColor();
    }
    if (!state.save_error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kError);
        text_wrapped(state.save_error.c_str());
        ImGui::PopStyleColor();
    }

    heading(tr("start.what_is_smo.title"));
    text_wrapped(tr("start.what_is_smo.body"));
    ImGui::Spacing();
    text_wrapped(tr("start.what_is_smo.confidentiality"));
    ImGui::Spacing();

    heading(tr("start.you.title"));
    ImGui::SetNextItemWidth(em(18));
    ImGui::InputTextWithHint("##trainee_name", tr("start.name_hint"), &state.name_draft);
    if (ImGui::IsItemDeactivatedAfterEdit()) emit<SetTraineeName>(state, state.name_draft);
    ImGui::SameLine();
    ImGui::TextUnformatted(tr("start.name_label"));

    ImGui::TextUnformatted(tr("start.mode_label"));
    ImGui::SameLine();
    if (ImGui::RadioButton(tr("mode.oefenen"), state.settings.mode == core::SessionMode::Oefenen)) {
        emit<SetMode>(state, "oefenen");
    }
    ImGui::SameLine();
    if (ImGui::RadioButton(tr("mode.toets"), state.settings.mode == core::SessionMode::Toets)) {
        emit<SetMode>(state, "toets");
    }
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
    text_wrapped(
        tr(state.settings.mode == core::SessionMode::Toets ? "mode.toets.help" : "mode.oefenen.help"));
    ImGui::PopStyleColor();

    ImGui::Spacing();
    heading(tr("start.scenarios.title"));
    char count[128];
    std::snprintf(count, sizeof count, tr("start.scenarios.count"), state.library_view.total_ok);
    text_wrapped(count);
    if (ImGui::Button(tr("start.open_library"))) emit<GoToScreen>(state, Screen::Library);

    // Unfinished sessions first (resume), then the recent finished ones.
    bool any_unfinished = false;
    for (const auto& s : state.services.sessions) {
        if (s.finished) continue;
        if (!any_unfinished) heading(tr("start.resume.title"));
        any_unfinished = true;
        ImGui::PushID(s.session_id.c_str());
        char line[256];
        std::snprintf(line, sizeof line, "%s · %s · %s · %zu %s", s.scenario_id.c_str(), s.trainee.c_str(),
                      s.updated_at.c_str(), s.turns, tr("start.turns"));
        if (ImGui::Button(tr("start.resume"))) emit<ResumeSession>(state, s.session_id);
        ImGui::SameLine();
        ImGui::TextUnformatted(line);
        ImGui::PopID();
    }
    bool any_finished = false;
    int shown = 0;
    for (const auto& s : state.services.sessions) {
        if (!s.finished || shown >= 5) continue;
        if (!any_finished) heading(tr("start.recent.title"));
        any_finished = true;
        ++shown;
        char line[256];
        std::snprintf(line, sizeof line, "%s · %s · %s", s.scenario_id.c_str(), s.trainee.c_str(),
                      s.updated_at.c_str());
        ImGui::BulletText("%s", line);
    }
}

} // namespace smo::ui
