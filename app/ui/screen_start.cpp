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

// "Mijn sessies": every session on this machine with scenario, local date, mode, score and status;
// unfinished ones go on where they stopped, finished ones reopen at their debrief.
void draw_my_sessions(AppState& state) {
    const auto& tr = state.strings;
    const std::vector<MySessionRow> rows = build_my_sessions(state);
    if (rows.empty()) return;
    heading(tr("sessions.title"));
    if (!ImGui::BeginTable("##my_sessions", 6,
                           ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                               ImGuiTableFlags_SizingStretchProp))
        return;
    ImGui::TableSetupColumn(tr("sessions.scenario"), ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn(tr("sessions.date"), ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableSetupColumn(tr("sessions.mode"), ImGuiTableColumnFlags_WidthStretch, 0.8f);
    ImGui::TableSetupColumn(tr("sessions.score"), ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn(tr("sessions.status"), ImGuiTableColumnFlags_WidthStretch, 0.9f);
    ImGui::TableSetupColumn("##open", ImGuiTableColumnFlags_WidthStretch, 0.9f);
    ImGui::TableHeadersRow();
    for (const auto& row : rows) {
        ImGui::PushID(row.session_id.c_str());
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        text_wrapped(row.scenario.c_str());
        draw_session_mark(state, row.session_id);
        ImGui::TableSetColumnIndex(1);
        ImGui::TextUnformatted(row.date.c_str());
        ImGui::TableSetColumnIndex(2);
        ImGui::TextUnformatted(row.mode.c_str());
        ImGui::TableSetColumnIndex(3);
        ImGui::TextUnformatted(row.score.c_str());
        ImGui::TableSetColumnIndex(4);
        ImGui::TextUnformatted(row.status_label.c_str());
        ImGui::TableSetColumnIndex(5);
        const bool busy = row.status == core::SessionStatus::Busy;
        if (ImGui::SmallButton(tr(busy ? "start.resume" : "sessions.open")))
            emit<ResumeSession>(state, row.session_id);
        ImGui::PopID();
    }
    ImGui::EndTable();
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
    if (state.services_loading) {
        // The window opens first; the rules, lexicon and library arrive a moment later.
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
        text_wrapped(tr("start.loading"));
        ImGui::PopStyleColor();
    } else {
        char count[128];
        std::snprintf(count, sizeof count, tr("start.scenarios.count"), state.library_view.total_ok);
        text_wrapped(count);
    }
    if (ImGui::Button(tr("start.open_library"))) emit<GoToScreen>(state, Screen::Library);
    ImGui::SameLine();
    if (ImGui::Button(tr("start.settings"))) emit<GoToScreen>(state, Screen::Settings);

    // The trainee's own sessions come before the supervisor's entry: most users are trainees.
    draw_my_sessions(state);

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
        emit<BrowseFolder>(
            state,
            core::picker_start(state.review.folder_draft, core::process_env()("HOME").value_or("")).string());
    for (const auto& recent : state.settings.recent_review_folders) {
        ImGui::PushID(recent.c_str());
        if (ImGui::SmallButton(recent.c_str())) emit<OpenCohort>(state, recent);
        ImGui::PopID();
    }
    if (!state.review.folder.empty()) {
        if (ImGui::Button(tr("start.supervisor.back_to_cohort")))
            emit<GoToScreen>(state, Screen::ReviewCohort);
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
}

} // namespace smo::ui
