#include "ui/poortwachter_timeline.hpp"

#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <imgui.h>

namespace smo::ui {

namespace {

struct Milestone {
    int week;
    const char* label_key;
};

// The Poortwachter steps of ../shared/domain/smo-rules.md §4.
constexpr std::array kMilestones{
    Milestone{6, "wvp.probleemanalyse"},  Milestone{8, "wvp.plan_van_aanpak"},
    Milestone{42, "wvp.uwv_melding"},     Milestone{52, "wvp.eerstejaarsevaluatie"},
    Milestone{91, "wvp.reintegratieverslag"}, Milestone{93, "wvp.wia_aanvraag"},
    Milestone{104, "wvp.einde_loondoorbetaling"},
};
constexpr float kLastWeek = 104.0f;

} // namespace

void draw_poortwachter_timeline(const core::Strings& strings, int current_week) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x - em(1);
    const float line_h = ImGui::GetTextLineHeight();
    const float axis_y = origin.y + line_h * 1.6f;
    const float height = line_h * 5.2f;
    auto x_of = [&](float week) { return origin.x + em(0.5f) + width * (week / kLastWeek); };

    const ImU32 axis = ImGui::GetColorU32(theme::kMuted);
    const ImU32 accent = ImGui::GetColorU32(theme::kAccent);
    dl->AddLine(ImVec2(x_of(0), axis_y), ImVec2(x_of(kLastWeek), axis_y), axis, em(0.12f));

    // Alternate labels above and below the axis so close milestones (6 and 8) stay readable.
    for (std::size_t i = 0; i < kMilestones.size(); ++i) {
        const auto& m = kMilestones[i];
        float x = x_of(static_cast<float>(m.week));
        bool passed = current_week >= m.week;
        dl->AddCircleFilled(ImVec2(x, axis_y), em(0.28f), passed ? accent : axis);
        char week_label[16];
        std::snprintf(week_label, sizeof week_label, "%d", m.week);
        const char* label = strings(m.label_key);
        bool above = i % 2 == 0;
        float y = above ? origin.y : axis_y + line_h * 0.6f;
        ImVec2 size = ImGui::CalcTextSize(label);
        float lx = std::min(std::max(x - size.x * 0.5f, origin.x), origin.x + width - size.x);
        dl->AddText(ImVec2(lx, y + (above ? 0.0f : line_h)), ImGui::GetColorU32(ImGuiCol_Text), label);
        ImVec2 wsize = ImGui::CalcTextSize(week_label);
        dl->AddText(ImVec2(x - wsize.x * 0.5f, above ? axis_y + line_h * 0.45f : axis_y - line_h * 1.3f), axis,
                    week_label);
    }
    if (current_week >= 0) {
        float x = x_of(static_cast<float>(std::min(current_week, 104)));
        dl->AddTriangleFilled(ImVec2(x, axis_y - em(0.35f)), ImVec2(x - em(0.4f), axis_y - em(1.0f)),
                              ImVec2(x + em(0.4f), axis_y - em(1.0f)), ImGui::GetColorU32(theme::kWarning));
        char now[64];
        std::snprintf(now, sizeof now, "%s %d", strings("wvp.now_week"), current_week);
        dl->AddText(ImVec2(x + em(0.5f), axis_y - line_h * 1.6f), ImGui::GetColorU32(theme::kWarning), now);
    }
    ImGui::Dummy(ImVec2(width, height));
}

} // namespace smo::ui
