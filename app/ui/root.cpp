#include "ui/root.hpp"

#include "ui/folder_picker.hpp"
#include "ui/save_status.hpp"
#include "ui/screen_briefing.hpp"
#include "ui/screen_debrief.hpp"
#include "ui/screen_editor.hpp"
#include "ui/screen_library.hpp"
#include "ui/screen_meeting.hpp"
#include "ui/screen_observe.hpp"
#include "ui/screen_reflection.hpp"
#include "ui/screen_review_analytics.hpp"
#include "ui/screen_review_cohort.hpp"
#include "ui/screen_review_session.hpp"
#include "ui/screen_settings.hpp"
#include "ui/screen_start.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <cstdio>
#include <imgui.h>
#include <imgui_stdlib.h>
#include <string>

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

// Shown above every screen while the last autosave failed: the turns are only in memory.
void draw_save_banner(AppState& state) {
    auto banner = save_banner(state);
    if (!banner) return;
    const auto& tr = state.strings;
    ImGui::PushID("save_banner");
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kError);
    text_wrapped((std::string(tr("save.failed")) + " " + banner->error).c_str());
    ImGui::PopStyleColor();
    if (banner->copy_current) {
        text_wrapped((std::string(tr("save.copy_current")) + " " + banner->copy_path.string()).c_str());
    } else {
        text_wrapped(tr("save.kept_in_memory"));
    }
    if (ImGui::Button(tr("save.retry"))) emit<RetrySave>(state);
    ImGui::SameLine();
    if (ImGui::Button(tr("save.elsewhere"))) emit<OpenSaveAs>(state);
    ImGui::PopID();
    ImGui::Separator();
}

void draw_save_as_dialog(AppState& state) {
    const auto& tr = state.strings;
    const std::string title = std::string(tr("save.elsewhere.title")) + "###save_as";
    if (state.save_as_open && !ImGui::IsPopupOpen("###save_as")) ImGui::OpenPopup("###save_as");
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    text_wrapped(tr("save.elsewhere.body"));
    ImGui::SetNextItemWidth(em(32));
    ImGui::InputText("##path", &state.save_as_path);
    if (!state.save_as_error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kError);
        text_wrapped(state.save_as_error.c_str());
        ImGui::PopStyleColor();
    }
    if (ImGui::Button(tr("save.elsewhere.save"))) emit<SaveSessionAs>(state, state.save_as_path);
    ImGui::SameLine();
    if (ImGui::Button(tr("common.cancel"))) emit<CloseSaveAs>(state);
    if (!state.save_as_open) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

void draw_resume_warning(AppState& state) {
    const auto& tr = state.strings;
    const std::string title = std::string(tr("resume.warning.title")) + "###resume_changed";
    if (state.resume_warning && !ImGui::IsPopupOpen("###resume_changed"))
        ImGui::OpenPopup("###resume_changed");
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    if (state.resume_warning) {
        ImGui::PushTextWrapPos(em(36));
        ImGui::TextUnformatted(state.resume_warning->message.c_str());
        ImGui::PopTextWrapPos();
        if (ImGui::Button(tr("resume.scenario_changed.continue"))) {
            emit<ResumeSession>(state, state.resume_warning->session_id, true);
        }
        ImGui::SameLine();
        if (ImGui::Button(tr("common.cancel"))) emit<CancelResume>(state);
    } else {
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void draw_close_confirmation(AppState& state) {
    const auto& tr = state.strings;
    const std::string title = std::string(tr("close.unsaved.title")) + "###close_unsaved";
    if (state.close_requested && !state.save_as_open && !ImGui::IsPopupOpen("###close_unsaved"))
        ImGui::OpenPopup("###close_unsaved");
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    text_wrapped(tr("close.unsaved.body"));
    if (ImGui::Button(tr("save.retry"))) emit<RetrySave>(state);
    ImGui::SameLine();
    if (ImGui::Button(tr("save.elsewhere"))) emit<OpenSaveAs>(state);
    ImGui::SameLine();
    if (ImGui::Button(tr("close.unsaved.quit"))) emit<QuitWithoutSaving>(state);
    ImGui::SameLine();
    if (ImGui::Button(tr("common.cancel"))) emit<CancelClose>(state);
    // The save dialog takes over; this one reopens afterwards if turns are still unsaved.
    if (!state.close_requested || state.save_as_open) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
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
        draw_save_banner(state);
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
        case Screen::ReviewCohort:
            draw_review_cohort(state);
            break;
        case Screen::ReviewSession:
            draw_review_session(state);
            break;
        case Screen::ReviewAnalytics:
            draw_review_analytics(state);
            break;
        case Screen::Editor:
            draw_editor(state);
            break;
        case Screen::Settings:
            draw_settings(state);
            break;
        default:
            break;
        }
        ImGui::EndChild();
    }
    ImGui::End();
    // Modals at the root id level, so any screen (or the main loop) can raise them.
    draw_save_as_dialog(state);
    draw_folder_picker(state);
    draw_resume_warning(state);
    draw_close_confirmation(state);
    draw_editor_modals(state);
}

} // namespace smo::ui
