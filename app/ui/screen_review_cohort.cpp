#include "ui/screen_review_cohort.hpp"

#include "ui/review_actions.hpp"
#include "ui/review_views.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

namespace smo::ui {

namespace {

void draw_loading(AppState& state) {
    const auto& tr = state.strings;
    const CohortLoad& load = *state.review.loading;
    const std::size_t done = load.progress->done.load();
    const std::size_t total = load.progress->total.load();
    text_wrapped((std::string(tr("review.loading")) + " " + load.path.string()).c_str());
    const float fraction = total == 0 ? 0.0f : static_cast<float>(done) / static_cast<float>(total);
    const std::string overlay = std::to_string(done) + " / " + std::to_string(total);
    ImGui::ProgressBar(fraction, ImVec2(em(24), 0), overlay.c_str());
    ImGui::SameLine();
    if (ImGui::Button(tr("common.cancel"))) emit<CancelCohortLoad>(state);
}

void draw_problems(AppState& state) {
    const auto& tr = state.strings;
    const auto& problems = state.review.cohort.problems;
    if (problems.empty()) return;
    const std::string title =
        std::string(tr("review.problems")) + " (" + std::to_string(problems.size()) + ")###problems";
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kError);
    const bool open = ImGui::CollapsingHeader(title.c_str());
    ImGui::PopStyleColor();
    if (!open) return;
    for (const auto& p : problems)
        text_wrapped(p.reason.c_str()); // located: it starts with the file
}

void draw_filter(AppState& state) {
    const auto& tr = state.strings;
    ReviewState& r = state.review;
    FilterCohort next{r.filter.scenario_id, r.filter.trainee, r.filter.status_id.value_or("")};
    bool changed = false;
    ImGui::SetNextItemWidth(em(14));
    const std::string scenario_preview =
        next.scenario_id.empty() ? tr("review.filter.all_scenarios") : next.scenario_id;
    if (ImGui::BeginCombo("##scenario", scenario_preview.c_str())) {
        if (ImGui::Selectable(tr("review.filter.all_scenarios"), next.scenario_id.empty())) {
            next.scenario_id.clear();
            changed = true;
        }
        for (const auto& id : cohort_scenario_ids(r.cohort)) {
            if (ImGui::Selectable(id.c_str(), id == next.scenario_id)) {
                next.scenario_id = id;
                changed = true;
            }
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em(12));
    const std::string status_preview =
        next.status.empty() ? std::string(tr("review.filter.all_statuses")) : status_label(tr, next.status);
    if (ImGui::BeginCombo("##status", status_preview.c_str())) {
        if (ImGui::Selectable(tr("review.filter.all_statuses"), next.status.empty())) {
            next.status.clear();
            changed = true;
        }
        for (std::size_t i = 0; i < static_cast<std::size_t>(core::ReviewStatus::Count); ++i) {
            const std::string id(core::to_id(static_cast<core::ReviewStatus>(i)));
            if (ImGui::Selectable(status_label(tr, id).c_str(), id == next.status)) {
                next.status = id;
                changed = true;
            }
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em(12));
    if (ImGui::InputTextWithHint("##trainee", tr("review.filter.trainee"), &next.trainee)) changed = true;
    if (changed) emit<FilterCohort>(state, next.scenario_id, next.trainee, next.status);
}

// Arrow keys move the highlighted row, Enter opens it (the table is keyboard navigable).
void handle_keys(AppState& state) {
    ReviewState& r = state.review;
    if (r.order.empty() || ImGui::GetIO().WantTextInput) return;
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_DownArrow))) emit<MoveCohortCursor>(state, 1);
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_UpArrow))) emit<MoveCohortCursor>(state, -1);
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false))
        emit<OpenReviewSession>(state, r.order[r.cursor]);
}

void draw_table(AppState& state) {
    const auto& tr = state.strings;
    ReviewState& r = state.review;
    const auto& columns = cohort_table_columns();
    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_ScrollX | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("##cohort", static_cast<int>(columns.size()), flags, ImVec2(0, -em(2.2f)))) return;
    ImGui::TableSetupScrollFreeze(1, 1);
    for (const auto& c : columns) {
        ImGuiTableColumnFlags cf = c.column == r.sort_column
                                       ? (r.sort_descending ? ImGuiTableColumnFlags_PreferSortDescending
                                                            : ImGuiTableColumnFlags_PreferSortAscending) |
                                             ImGuiTableColumnFlags_DefaultSort
                                       : ImGuiTableColumnFlags_None;
        // Long scenario titles are clipped (full title in the session view) so the numbers stay in view.
        const float width = c.column == core::CohortColumn::Scenario ? em(16) : 0.0f;
        if (width > 0) cf |= ImGuiTableColumnFlags_WidthFixed;
        ImGui::TableSetupColumn(tr(c.label_key), cf, width, static_cast<ImGuiID>(c.column));
    }
    ImGui::TableHeadersRow();
    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
        if (specs->SpecsCount > 0) {
            const auto& s = specs->Specs[0];
            emit<SortCohort>(state, static_cast<int>(s.ColumnUserID),
                             s.SortDirection == ImGuiSortDirection_Descending);
        }
        specs->SpecsDirty = false;
    }
    ImGuiListClipper clipper; // rows are one line each: equal heights
    clipper.Begin(static_cast<int>(r.order.size()));
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const std::size_t index = r.order[static_cast<std::size_t>(row)];
            const auto& entry = r.cohort.entries[index];
            ImGui::TableNextRow();
            ImGui::PushID(row);
            for (std::size_t col = 0; col < columns.size(); ++col) {
                ImGui::TableSetColumnIndex(static_cast<int>(col));
                const CohortCell cell = cohort_cell(tr, entry, columns[col].column);
                if (col == 0) {
                    const bool selected = static_cast<std::size_t>(row) == r.cursor;
                    if (ImGui::Selectable(cell.text.c_str(), selected, ImGuiSelectableFlags_SpanAllColumns))
                        emit<OpenReviewSession>(state, index);
                    if (selected && ImGui::IsWindowAppearing()) ImGui::SetScrollHereY();
                    continue;
                }
                if (cell.tone != CellTone::Plain)
                    ImGui::PushStyleColor(ImGuiCol_Text, cell.tone == CellTone::Bad    ? theme::kError
                                                         : cell.tone == CellTone::Warn ? theme::kWarning
                                                                                       : theme::kOk);
                ImGui::TextUnformatted(cell.text.c_str());
                if (cell.tone != CellTone::Plain) ImGui::PopStyleColor();
            }
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

} // namespace

void draw_review_cohort(AppState& state) {
    const auto& tr = state.strings;
    ReviewState& r = state.review;
    heading(tr("review.cohort.title"));
    ImGui::SetNextItemWidth(em(30));
    ImGui::InputTextWithHint("##folder", tr("review.folder_hint"), &r.folder_draft);
    ImGui::SameLine();
    if (ImGui::Button(tr("review.open")) && !r.folder_draft.empty()) emit<OpenCohort>(state, r.folder_draft);
    if (!r.folder.empty()) {
        ImGui::SameLine();
        if (ImGui::Button(tr("review.reload"))) emit<OpenCohort>(state, r.folder.string());
    }
    if (r.loading) draw_loading(state);
    if (!r.message.empty()) text_wrapped(r.message.c_str());
    if (r.folder.empty() && !r.loading) {
        text_wrapped(tr("review.cohort.empty"));
        return;
    }
    const std::string summary = cohort_summary(tr, r.cohort, r.order.size());
    text_wrapped(summary.c_str());
    draw_problems(state);
    draw_filter(state);
    ImGui::SameLine();
    if (ImGui::Button(tr("review.analytics"))) emit<GoToScreen>(state, Screen::ReviewAnalytics);
    ImGui::SameLine();
    if (ImGui::Button(tr("review.export_csv"))) {
        const std::string stem = (state.export_dir / r.folder.filename()).string();
        emit<ExportCohortCsv>(state, stem + "-cohort.csv", stem + "-items.csv");
    }
    handle_keys(state);
    draw_table(state);
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
    text_wrapped(tr("review.cohort.keys"));
    ImGui::PopStyleColor();
}

} // namespace smo::ui
