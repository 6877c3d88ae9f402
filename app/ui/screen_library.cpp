#include "ui/screen_library.hpp"

#include "scoring/taxonomy.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <imgui.h>
#include <imgui_stdlib.h>
#include <span>
#include <string>

namespace smo::ui {

namespace {

// A combo over ids with translated labels; "" means "any".
void filter_combo(AppState& state, const char* label_key, const char* id, const std::string& current,
                  std::span<const std::string_view> options, const char* prefix, LibraryFilter next,
                  std::string LibraryFilter::*field) {
    const auto& tr = state.strings;
    std::string preview =
        current.empty() ? tr("library.filter.any") : tr((std::string(prefix) + current).c_str());
    ImGui::SetNextItemWidth(em(13));
    if (ImGui::BeginCombo(id, preview.c_str())) {
        if (ImGui::Selectable(tr("library.filter.any"), current.empty())) {
            next.*field = "";
            emit<SetLibraryFilter>(state, next.smo_type, next.assignment, next.goal);
        }
        for (auto option : options) {
            std::string key = std::string(prefix) + std::string(option);
            if (ImGui::Selectable(tr(key.c_str()), current == option)) {
                next.*field = std::string(option);
                emit<SetLibraryFilter>(state, next.smo_type, next.assignment, next.goal);
            }
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::TextUnformatted(tr(label_key));
}

// Buttons right-aligned on the title line: Bewerken, Dupliceren, Exporteren, Openen.
void card_buttons(AppState& state, const LibraryCard& card) {
    const auto& tr = state.strings;
    const ImGuiStyle& style = ImGui::GetStyle();
    const char* labels[] = {tr("library.edit"), tr("library.duplicate"), tr("library.export"),
                            tr("library.open")};
    float width = 0;
    for (const char* l : labels)
        width += ImGui::CalcTextSize(l).x + style.FramePadding.x * 2 + style.ItemSpacing.x;
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - width);
    // A bundled scenario opens read-only, with "Dupliceren om te bewerken".
    if (ImGui::SmallButton(labels[0])) emit<OpenEditor>(state, card.scenario_id);
    ImGui::SameLine();
    if (ImGui::SmallButton(labels[1])) emit<DuplicateScenario>(state, card.scenario_id);
    ImGui::SameLine();
    if (ImGui::SmallButton(labels[2]))
        emit<ExportScenario>(state, card.scenario_id, state.library_files.path);
    ImGui::SameLine();
    if (ImGui::Button(labels[3])) emit<OpenBriefing>(state, card.scenario_id);
}

void draw_card(AppState& state, const LibraryCard& card) {
    const auto& tr = state.strings;
    ImGui::PushID(card.scenario_id.c_str());
    // Tall enough for the whole summary at this width; the wheel scrolls the list, not the card.
    const ImGuiStyle& style = ImGui::GetStyle();
    const float wrap =
        std::min(ImGui::GetContentRegionAvail().x - 2 * style.WindowPadding.x, em(55)); // as text_wrapped
    const float summary_height = ImGui::CalcTextSize(card.summary.c_str(), nullptr, false, wrap).y;
    const float height = ImGui::GetFrameHeightWithSpacing() + 2 * ImGui::GetTextLineHeightWithSpacing() +
                         summary_height + 2 * style.WindowPadding.y + style.ItemSpacing.y;
    ImGui::BeginChild("##card", ImVec2(0, height), true, ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::TextUnformatted(card.title.c_str());
    if (card.own) {
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kAccent);
        ImGui::Text("[%s]", tr("library.own"));
        ImGui::PopStyleColor();
        if (card.replaces_bundled && ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", tr("library.own_replaces"));
    }
    card_buttons(state, card);
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
    char meta[256];
    std::snprintf(meta, sizeof meta, "%s · %s · %d %s · %d %s", tr(("smo_type." + card.smo_type).c_str()),
                  tr(("assignment." + card.assignment).c_str()), card.minutes, tr("library.minutes"),
                  card.decisions, tr("library.decisions"));
    ImGui::TextUnformatted(meta);
    std::string goals;
    for (const auto& g : card.goals)
        goals += (goals.empty() ? "" : ", ") + g;
    if (card.poortwachter_week >= 0) {
        std::snprintf(meta, sizeof meta, "%s: %s · %s %d", tr("library.goals"), goals.c_str(),
                      tr("library.poortwachter_week"), card.poortwachter_week);
    } else {
        std::snprintf(meta, sizeof meta, "%s: %s", tr("library.goals"), goals.c_str());
    }
    ImGui::TextUnformatted(meta);
    ImGui::PopStyleColor();
    text_wrapped(card.summary.c_str());
    ImGui::EndChild();
    ImGui::PopID();
}

// "Nieuw scenario" (template popup), the import/export path and "Importeren", and the outcome.
void draw_file_actions(AppState& state) {
    const auto& tr = state.strings;
    if (ImGui::Button(tr("library.new"))) ImGui::OpenPopup("##templates");
    if (ImGui::BeginPopup("##templates")) {
        ImGui::TextDisabled("%s", tr("library.new.choose"));
        for (const auto& t : state.services.templates) {
            if (!t.ok()) continue;
            ImGui::PushID(t.scenario->id.c_str());
            if (ImGui::Selectable(t.scenario->title.c_str()))
                emit<CreateScenarioFromTemplate>(state, t.scenario->id);
            ImGui::PopID();
        }
        ImGui::EndPopup();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em(26));
    ImGui::InputTextWithHint("##file_path", tr("library.path_hint"), &state.library_files.path);
    ImGui::SameLine();
    if (ImGui::Button(tr("library.import")))
        emit<ImportScenario>(state, state.library_files.path, state.library_files.replace_existing);
    ImGui::SameLine();
    ImGui::Checkbox(tr("library.replace"), &state.library_files.replace_existing);
    if (!state.library_files.message.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text,
                              state.library_files.message_is_error ? theme::kError : theme::kMuted);
        text_wrapped(state.library_files.message.c_str());
        ImGui::PopStyleColor();
    }
    if (!state.user_scenarios_dir.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
        ImGui::Text("%s %s", tr("library.own_folder"), state.user_scenarios_dir.c_str());
        ImGui::PopStyleColor();
    }
}

} // namespace

void draw_library(AppState& state) {
    const auto& tr = state.strings;
    heading(tr("library.title"));
    draw_file_actions(state);
    ImGui::Spacing();
    const LibraryFilter& f = state.library_filter;
    filter_combo(state, "library.filter.type", "##type", f.smo_type, scoring::smo_types(), "smo_type.", f,
                 &LibraryFilter::smo_type);
    filter_combo(state, "library.filter.assignment", "##assignment", f.assignment, scoring::assignments(),
                 "assignment.", f, &LibraryFilter::assignment);
    filter_combo(state, "library.filter.goal", "##goal", f.goal, scoring::learning_goals(), "goal.short.", f,
                 &LibraryFilter::goal);
    ImGui::Spacing();

    const LibraryView& view = state.library_view;
    if (view.total_ok == 0) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kWarning);
        text_wrapped(tr("library.empty"));
        ImGui::PopStyleColor();
        text_wrapped((state.data_dir / "scenarios").c_str());
    } else if (view.cards.empty()) {
        text_wrapped(tr("library.no_match"));
    }
    for (const auto& card : view.cards)
        draw_card(state, card);
    if (!view.broken.empty()) {
        ImGui::Spacing();
        char title[128];
        std::snprintf(title, sizeof title, "%s (%zu)###broken", tr("library.broken"), view.broken.size());
        if (ImGui::CollapsingHeader(title, ImGuiTreeNodeFlags_DefaultOpen)) {
            for (const auto& b : view.broken) {
                ImGui::PushStyleColor(ImGuiCol_Text, theme::kError);
                if (b.own)
                    ImGui::BulletText("%s [%s]", b.file.c_str(), tr("library.own"));
                else
                    ImGui::BulletText("%s", b.file.c_str());
                ImGui::PopStyleColor();
                ImGui::Indent();
                text_wrapped(b.first_diagnostic.c_str());
                // An own file with errors is work in progress: the editor shows every finding.
                if (b.own) {
                    ImGui::PushID(b.file.c_str());
                    if (ImGui::SmallButton(tr("library.edit")))
                        emit<OpenEditor>(state, std::filesystem::path(b.file).stem().string());
                    ImGui::PopID();
                }
                ImGui::Unindent();
            }
        }
    }
}

} // namespace smo::ui
