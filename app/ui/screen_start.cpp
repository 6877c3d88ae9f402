#include "ui/screen_start.hpp"

#include "core/paths.hpp"
#include "ui/session_list.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <cstdio>
#include <imgui.h>
#include <imgui_stdlib.h>

namespace smo::ui {

namespace {

// "Buiten de app bewerkt" / "scenario gewijzigd" under a session line, with the reason.
void draw_session_mark(const AppState& state, const std::string& session_id) {
    auto mark = state.services.session_marks.find(session_id);
    if (mark == state.services.session_marks.end()) return;
    const bool edited = mark->second.state == core::Verification::Edited;
    ImGui::PushStyleColor(ImGuiCol_Text, edited ? theme::kError : theme::kWarning);
    const std::string text =
        std::string(state.strings(edited ? "start.session.edited" : "start.session.scenario_changed")) +
        ": " + mark->second.reason;
    ImGui::Indent(em(1));
    text_wrapped(text.c_str());
    ImGui::Unindent(em(1));
    ImGui::PopStyleColor();
}

} // namespace

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

    // The supervisor's entry: a folder (or one file) of handed-in sessions.
    heading(tr("start.supervisor.title"));
    text_wrapped(tr("start.supervisor.help"));
    ImGui::SetNextItemWidth(em(30));
    ImGui::InputTextWithHint("##review_folder", tr("review.folder_hint"), &state.review.folder_draft);
    ImGui::SameLine();
    ImGui::BeginDisabled(state.review.folder_draft.empty());
    if (ImGui::Button(tr("review.open"))) emit<OpenCohort>(state, state.review.folder_draft);
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(tr("review.browse")))
        emit<BrowseFolder>(state, core::picker_start(state.review.folder_draft,
                                                     core::process_env()("HOME").value_or(""))
                                      .string());
    for (const auto& recent : state.settings.recent_review_folders) {
        ImGui::PushID(recent.c_str());
        if (ImGui::SmallButton(recent.c_str())) emit<OpenCohort>(state, recent);
        ImGui::PopID();
    }
    if (!state.review.folder.empty()) {
        if (ImGui::Button(tr("start.supervisor.back_to_cohort")))
            emit<GoToScreen>(state, Screen::ReviewCohort);
    }

    // Unfinished sessions first (resume), then the recent finished ones.
    bool any_unfinished = false;
    for (const auto& s : state.services.sessions) {
        if (s.finished) continue;
        if (!any_unfinished) heading(tr("start.resume.title"));
        any_unfinished = true;
        ImGui::PushID(s.session_id.c_str());
        // The same count as the meeting's "Beslissing i/N" (core::decisions_taken).
        const core::LibraryEntry* entry = core::find_in_library(state.services.library, s.scenario_id);
        const int total = entry && entry->scenario ? static_cast<int>(entry->scenario->decision_points()) : 0;
        char line[256];
        std::snprintf(line, sizeof line, "%s · %s · %s · %s %d / %d", s.scenario_id.c_str(),
                      s.trainee.c_str(), s.updated_at.c_str(), tr("meeting.decisions"), s.decisions, total);
        if (ImGui::Button(tr("start.resume"))) emit<ResumeSession>(state, s.session_id);
        ImGui::SameLine();
        ImGui::TextUnformatted(line);
        draw_session_mark(state, s.session_id);
        ImGui::PopID();
    }
    // Files that could not be read stay visible with the reason; nothing is ever deleted.
    if (!state.services.unreadable_sessions.empty()) {
        heading(tr("start.unreadable.title"));
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
        text_wrapped(tr("start.unreadable.help"));
        ImGui::PopStyleColor();
        for (const auto& u : state.services.unreadable_sessions) {
            const std::string name = u.path.filename().string();
            ImGui::PushID(name.c_str());
            if (ImGui::Button(tr("start.unreadable.move_aside")))
                emit<MoveSessionAside>(state, u.path.string());
            ImGui::SameLine();
            text_wrapped((name + ": " + u.reason).c_str());
            ImGui::PopID();
        }
    }
    if (!state.sessions_message.empty()) text_wrapped(state.sessions_message.c_str());
    bool any_finished = false;
    int shown = 0;
    for (const auto& s : state.services.sessions) {
        if (!s.finished || shown >= kRecentFinishedShown) continue;
        if (!any_finished) heading(tr("start.recent.title"));
        any_finished = true;
        ++shown;
        char line[256];
        std::snprintf(line, sizeof line, "%s · %s · %s", s.scenario_id.c_str(), s.trainee.c_str(),
                      s.updated_at.c_str());
        ImGui::BulletText("%s", line);
        draw_session_mark(state, s.session_id);
    }
}

} // namespace smo::ui
