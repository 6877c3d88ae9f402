#include "ui/screen_review_analytics.hpp"

#include "ui/outcome_widgets.hpp"
#include "ui/review_views.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <algorithm>
#include <imgui.h>

namespace smo::ui {

namespace {

constexpr std::size_t kTopRules = 12;

// Label, a bar drawn with ImDrawList, and the number beside it (the numbers are the text alternative).
void draw_count_bars(const char* id, const std::vector<std::pair<std::string, int>>& rows, ImVec4 colour) {
    int max = 1;
    for (const auto& [label, n] : rows)
        max = std::max(max, n);
    if (!ImGui::BeginTable(id, 3, ImGuiTableFlags_SizingFixedFit)) return;
    ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed, em(14));
    ImGui::TableSetupColumn("bar", ImGuiTableColumnFlags_WidthFixed, em(20));
    ImGui::TableSetupColumn("n", ImGuiTableColumnFlags_WidthFixed, em(4));
    for (const auto& [label, n] : rows) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::TextUnformatted(label.c_str());
        ImGui::TableSetColumnIndex(1);
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float width = em(20) * static_cast<float>(n) / static_cast<float>(max);
        const float height = ImGui::GetTextLineHeight();
        ImGui::GetWindowDrawList()->AddRectFilled(p, ImVec2(p.x + std::max(width, 1.0f), p.y + height),
                                                  ImGui::ColorConvertFloat4ToU32(colour));
        ImGui::Dummy(ImVec2(em(20), height));
        ImGui::TableSetColumnIndex(2);
        ImGui::Text("%d", n);
    }
    ImGui::EndTable();
}

// Self-rating (1..5) against the measured score, one dot per session, with the diagonal of a
// perfectly calibrated trainee; the table beside it gives the same points as numbers.
void draw_calibration(const core::Strings& tr, const core::Cohort& cohort,
                      const std::vector<core::CalibrationPoint>& points) {
    const ImVec2 size = em(16, 12);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 axis = ImGui::ColorConvertFloat4ToU32(theme::kMuted);
    draw->AddRect(origin, ImVec2(origin.x + size.x, origin.y + size.y), axis);
    draw->AddLine(ImVec2(origin.x, origin.y + size.y), ImVec2(origin.x + size.x, origin.y), axis);
    for (const auto& p : points) {
        const float x = origin.x + size.x * static_cast<float>(p.self_rating - 1) / 4.0f;
        const float y = origin.y + size.y * (1.0f - static_cast<float>(p.measured_percent) / 100.0f);
        draw->AddCircleFilled(ImVec2(x, y), em(0.3f), ImGui::ColorConvertFloat4ToU32(theme::kAccent));
    }
    ImGui::Dummy(size);
    ImGui::SameLine();
    ImGui::BeginGroup();
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
    text_wrapped(tr("review.analytics.calibration_axes"));
    ImGui::PopStyleColor();
    for (const auto& p : points) {
        const auto& e = cohort.entries[p.entry];
        ImGui::Text("%s: %d/5 · %d%%", e.trainee().c_str(), p.self_rating, p.measured_percent);
    }
    ImGui::EndGroup();
}

void draw_items(const core::Strings& tr, const core::CohortAnalytics& a) {
    for (const auto& scenario : a.items) {
        if (!ImGui::TreeNode(scenario.scenario_id.c_str())) continue;
        if (ImGui::BeginTable("##items", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit)) {
            ImGui::TableSetupColumn(tr("review.analytics.node"));
            ImGui::TableSetupColumn(tr("review.analytics.option"));
            ImGui::TableSetupColumn(tr("review.analytics.chosen"));
            ImGui::TableSetupColumn(tr("review.analytics.breaches"));
            ImGui::TableSetupColumn(tr("review.analytics.breach_share"));
            ImGui::TableHeadersRow();
            for (const auto& node : scenario.nodes) {
                for (const auto& option : node.options) {
                    ImGui::TableNextRow();
                    ImGui::TableSetColumnIndex(0);
                    ImGui::TextUnformatted(node.node_id.c_str());
                    ImGui::TableSetColumnIndex(1);
                    ImGui::TextUnformatted(option.option_id.c_str());
                    ImGui::TableSetColumnIndex(2);
                    ImGui::Text("%d", option.chosen);
                    ImGui::TableSetColumnIndex(3);
                    if (option.breaches > 0) ImGui::PushStyleColor(ImGuiCol_Text, theme::kError);
                    ImGui::Text("%d", option.breaches);
                    if (option.breaches > 0) ImGui::PopStyleColor();
                    ImGui::TableSetColumnIndex(4);
                    const int share =
                        option.chosen > 0 ? (100 * option.breaches + option.chosen / 2) / option.chosen : 0;
                    ImGui::Text("%d%%", share);
                }
            }
            ImGui::EndTable();
        }
        ImGui::TreePop();
    }
}

void draw_trainee_goals(const core::Strings& tr, const core::CohortAnalytics& a) {
    std::vector<std::string> goals;
    for (const auto& [trainee, per_goal] : a.trainee_goals)
        for (const auto& [goal, p] : per_goal)
            if (std::find(goals.begin(), goals.end(), goal) == goals.end()) goals.push_back(goal);
    std::sort(goals.begin(), goals.end(), [](const std::string& x, const std::string& y) {
        return (x == "confidentiality") != (y == "confidentiality") ? x == "confidentiality" : x < y;
    });
    if (goals.empty()) return;
    if (!ImGui::BeginTable("##trainee_goals", static_cast<int>(goals.size()) + 1,
                           ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit))
        return;
    ImGui::TableSetupColumn(tr("review.col.trainee"));
    for (const auto& g : goals)
        ImGui::TableSetupColumn(bar_label(tr, g));
    ImGui::TableHeadersRow();
    for (const auto& [trainee, per_goal] : a.trainee_goals) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::TextUnformatted(trainee.c_str());
        for (std::size_t i = 0; i < goals.size(); ++i) {
            ImGui::TableSetColumnIndex(static_cast<int>(i) + 1);
            auto it = per_goal.find(goals[i]);
            if (it == per_goal.end()) {
                ImGui::TextUnformatted("–");
                continue;
            }
            const ImVec4 col =
                it->second >= 80 ? theme::kOk : (it->second >= 50 ? theme::kWarning : theme::kError);
            ImGui::PushStyleColor(ImGuiCol_Text, col);
            ImGui::Text("%d%%", it->second);
            ImGui::PopStyleColor();
        }
    }
    ImGui::EndTable();
}

} // namespace

void draw_review_analytics(AppState& state) {
    const auto& tr = state.strings;
    const ReviewState& r = state.review;
    if (ImGui::Button(tr("review.back"))) emit<GoToScreen>(state, Screen::ReviewCohort);
    ImGui::SameLine();
    heading(tr("review.analytics.title"));
    text_wrapped(cohort_summary(tr, r.cohort, r.cohort.entries.size()).c_str());
    const core::CohortAnalytics& a = r.analytics;

    heading(tr("review.analytics.rules"));
    std::vector<std::pair<std::string, int>> rules;
    for (const auto& rc : a.rule_breaches) {
        if (rules.size() == kTopRules) break;
        rules.emplace_back(rc.rule_id, rc.count);
    }
    if (rules.empty())
        text_wrapped(tr("review.analytics.no_breaches"));
    else
        draw_count_bars("##rules", rules, theme::kError);

    heading(tr("review.analytics.status"));
    std::vector<std::pair<std::string, int>> statuses;
    for (std::size_t i = 0; i < static_cast<std::size_t>(core::ReviewStatus::Count); ++i) {
        const std::string id(core::to_id(static_cast<core::ReviewStatus>(i)));
        auto it = a.status_counts.find(id);
        statuses.emplace_back(status_label(tr, id), it == a.status_counts.end() ? 0 : it->second);
    }
    draw_count_bars("##statuses", statuses, theme::kAccent);

    heading(tr("review.analytics.calibration"));
    if (auto it = a.calibration.find("confidentiality"); it != a.calibration.end() && !it->second.empty())
        draw_calibration(tr, r.cohort, it->second);
    else
        text_wrapped(tr("review.analytics.no_ratings"));

    heading(tr("review.analytics.goals"));
    draw_trainee_goals(tr, a);

    heading(tr("review.analytics.items"));
    text_wrapped(tr("review.analytics.items_help"));
    draw_items(tr, a);
}

} // namespace smo::ui
