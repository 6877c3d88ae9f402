#include "ui/screen_briefing.hpp"

#include "scoring/taxonomy.hpp"
#include "ui/participants_table.hpp"
#include "ui/poortwachter_timeline.hpp"
#include "ui/theme.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

#include <algorithm>
#include <cstdio>
#include <imgui.h>

namespace smo::ui {

namespace {

/// The label of an optional smo_type/assignment ("" when the file's value was invalid).
template <typename E> std::string id_of(const std::optional<E>& value) {
    return value ? std::string(core::to_id(*value)) : std::string();
}

void category_badge(const core::Strings& tr, const std::string& category, bool kept_out) {
    bool prot = scoring::is_protected_category(category);
    ImVec4 col = kept_out ? theme::kError : (prot ? theme::kWarning : theme::kOk);
    ImGui::PushStyleColor(ImGuiCol_Text, col);
    std::string label = std::string("[") + tr(("category." + category).c_str()) + "]";
    ImGui::TextUnformatted(label.c_str());
    ImGui::PopStyleColor();
}

void draw_case(const core::Strings& tr, const core::Case& c) {
    ImGui::PushID(c.id.c_str());
    std::string title = c.title.empty() ? c.worker.name : c.title;
    if (ImGui::CollapsingHeader((title + "###case").c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
        ImGui::Indent();
        char line[256];
        if (c.worker.age) {
            std::snprintf(line, sizeof line, "%s, %d %s — %s", c.worker.name.c_str(), *c.worker.age,
                          tr("briefing.years"), c.worker.job.c_str());
        } else {
            std::snprintf(line, sizeof line, "%s — %s", c.worker.name.c_str(), c.worker.job.c_str());
        }
        text_wrapped(line);
        ImGui::PushStyleColor(ImGuiCol_Text, c.worker_informed ? theme::kOk : theme::kError);
        text_wrapped(tr(c.worker_informed ? "briefing.informed_yes" : "briefing.informed_no"));
        ImGui::PopStyleColor();
        if (!c.kept_out.empty() || !c.kept_out_note.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, theme::kError);
            std::vector<std::string> labels;
            for (const auto& k : c.kept_out)
                labels.emplace_back(tr(("category." + k).c_str()));
            text_wrapped((std::string(tr("briefing.kept_out")) + " " + join_labels(labels)).c_str());
            ImGui::PopStyleColor();
            if (!c.kept_out_note.empty()) text_wrapped(c.kept_out_note.c_str());
        }
        if (c.poortwachter_week) {
            std::snprintf(line, sizeof line, "%s %d", tr("library.poortwachter_week"), *c.poortwachter_week);
            ImGui::TextUnformatted(line);
        }
        ImGui::Spacing();
        ImGui::TextUnformatted(tr("briefing.case_file"));
        if (ImGui::BeginTable("##file", 2, ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg)) {
            ImGui::TableSetupColumn("cat", ImGuiTableColumnFlags_WidthFixed, em(11));
            ImGui::TableSetupColumn("text", ImGuiTableColumnFlags_WidthStretch);
            for (const auto& item : c.file) {
                ImGui::TableNextRow();
                ImGui::TableSetColumnIndex(0);
                bool kept =
                    std::find(c.kept_out.begin(), c.kept_out.end(), item.category) != c.kept_out.end();
                category_badge(tr, item.category, kept);
                ImGui::TableSetColumnIndex(1);
                ImGui::PushTextWrapPos(0.0f);
                ImGui::TextUnformatted(item.text.c_str());
                ImGui::PopTextWrapPos();
            }
            ImGui::EndTable();
        }
        ImGui::Unindent();
    }
    ImGui::PopID();
}

void draw_group(const core::Strings& tr, const core::GroupData& group) {
    heading(tr("briefing.group"));
    if (!group.description.empty()) text_wrapped(group.description.c_str());
    if (ImGui::BeginTable("##units", 3, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg)) {
        // The counts are the long column: each on its own line, wrapped, never cut off.
        ImGui::TableSetupColumn(tr("briefing.unit"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn(tr("briefing.staff"), ImGuiTableColumnFlags_WidthFixed, em(7));
        ImGui::TableSetupColumn(tr("briefing.counts"), ImGuiTableColumnFlags_WidthStretch, 2.5f);
        ImGui::TableHeadersRow();
        for (const auto& u : group.units) {
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::TextUnformatted(u.name.c_str());
            ImGui::TableSetColumnIndex(1);
            ImGui::Text("%d", u.staff);
            ImGui::TableSetColumnIndex(2);
            for (const auto& [k, v] : u.counts)
                text_wrapped((k + ": " + std::to_string(v)).c_str());
        }
        ImGui::EndTable();
    }
}

} // namespace

void draw_briefing(AppState& state) {
    const auto& tr = state.strings;
    const core::LibraryEntry* entry = state.selected_entry();
    if (entry == nullptr || !entry->scenario) {
        text_wrapped(tr("error.scenario_not_found"));
        if (ImGui::Button(tr("nav.library"))) emit<GoToScreen>(state, Screen::Library);
        return;
    }
    const core::Scenario& s = *entry->scenario;
    // Opened afresh (from the library, often scrolled down): start at the top.
    static int last_drawn_frame = -2;
    if (ImGui::GetFrameCount() - last_drawn_frame > 1) ImGui::SetScrollY(0.0f);
    last_drawn_frame = ImGui::GetFrameCount();
    ImGui::PushFont(ImGui::GetIO().Fonts->Fonts.Size > 1 ? ImGui::GetIO().Fonts->Fonts[1] : nullptr);
    text_wrapped(s.title.c_str());
    ImGui::PopFont();
    char meta[256];
    std::snprintf(meta, sizeof meta, "%s · %s · %d %s", tr(("smo_type." + id_of(s.smo_type)).c_str()),
                  tr(("assignment." + id_of(s.assignment)).c_str()), s.estimated_minutes,
                  tr("library.minutes"));
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
    ImGui::TextUnformatted(meta);
    ImGui::PopStyleColor();
    text_wrapped(s.summary.c_str());
    ImGui::Spacing();
    if (ImGui::Button(tr("briefing.start"))) emit<StartMeeting>(state);
    ImGui::SameLine();
    if (ImGui::Button(tr("nav.library"))) emit<GoToScreen>(state, Screen::Library);
    ImGui::Spacing();

    heading(tr("briefing.poortwachter"));
    int week = s.poortwachter_week.value_or(-1);
    if (week < 0 && !s.cases.empty() && s.cases.front().poortwachter_week)
        week = *s.cases.front().poortwachter_week;
    draw_poortwachter_timeline(tr, week);

    if (!s.cases.empty()) {
        heading(tr("briefing.cases"));
        for (const auto& c : s.cases)
            draw_case(tr, c);
    }
    if (s.group) draw_group(tr, *s.group);

    heading(tr("briefing.participants"));
    std::vector<Seat> seats;
    for (const auto& p : s.participants)
        seats.push_back(seat_for(p, tr));
    draw_participants_table(seats, tr("table.confidential_legend"), 13.0f);
    for (const auto& p : s.participants) {
        std::string line = name_with_role(p.name, tr(("role." + p.role).c_str())) +
                           (p.description.empty() ? "" : ": " + p.description);
        ImGui::Bullet();
        ImGui::SameLine();
        text_wrapped(line.c_str());
    }

    heading(tr("briefing.goals"));
    for (const auto& g : s.learning_goals) {
        ImGui::Bullet();
        ImGui::SameLine();
        text_wrapped((g + " — " + tr(("goal.long." + g).c_str())).c_str());
    }

    if (!s.voorbespreking.empty()) {
        heading(tr("briefing.voorbespreking"));
        for (const auto& q : s.voorbespreking) {
            ImGui::PushID(q.id.c_str());
            text_wrapped(q.text.c_str());
            if (ImGui::TreeNode("##expl", "%s", tr("briefing.show_explanations"))) {
                for (const auto& a : q.answers) {
                    ImGui::PushStyleColor(ImGuiCol_Text, a.correct ? theme::kOk : theme::kMuted);
                    ImGui::Bullet();
                    ImGui::SameLine();
                    text_wrapped(a.text.c_str());
                    ImGui::PopStyleColor();
                    ImGui::Indent();
                    text_wrapped(a.explanation.c_str());
                    ImGui::Unindent();
                }
                ImGui::TreePop();
            }
            ImGui::PopID();
        }
    }
    ImGui::Spacing();
    // A second button with the same label needs its own id, or ImGui ignores its clicks.
    if (ImGui::Button((std::string(tr("briefing.start")) + "##start_bottom").c_str()))
        emit<StartMeeting>(state);
}

} // namespace smo::ui
