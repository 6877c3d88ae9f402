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
    Milestone{6, "wvp.probleemanalyse"},
    Milestone{8, "wvp.plan_van_aanpak"},
    Milestone{42, "wvp.uwv_melding"},
    Milestone{52, "wvp.eerstejaarsevaluatie"},
    Milestone{91, "wvp.reintegratieverslag"},
    Milestone{93, "wvp.wia_aanvraag"},
    Milestone{104, "wvp.einde_loondoorbetaling"},
};
constexpr float kLastWeek = 104.0f;

} // namespace

void draw_poortwachter_timeline(const core::Strings& strings, int current_week) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x - em(1);
    const float line_h = ImGui::GetTextLineHeight();
    // Label rows: two above and two below the axis; each label takes the first row where it
    // does not overlap its neighbour, so close milestones (6/8, 91/93/104) stay readable.
    const float axis_y = origin.y + line_h * 2.6f;
    const float row_y[] = {axis_y - line_h * 1.4f, axis_y + line_h * 0.5f, axis_y - line_h * 2.5f,
                           axis_y + line_h * 1.6f};
    float row_right[] = {-1e9f, -1e9f, -1e9f, -1e9f};
    auto x_of = [&](float week) { return origin.x + em(0.5f) + width * (week / kLastWeek); };

    const ImU32 axis = ImGui::GetColorU32(theme::kMuted);
    const ImU32 accent = ImGui::GetColorU32(theme::kAccent);
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    dl->AddLine(ImVec2(x_of(0), axis_y), ImVec2(x_of(kLastWeek), axis_y), axis, em(0.12f));

    char label[96];
    for (const auto& m : kMilestones) {
        const float x = x_of(static_cast<float>(m.week));
        const bool passed = current_week >= m.week;
        dl->AddCircleFilled(ImVec2(x, axis_y), em(0.28f), passed ? accent : axis);
        std::snprintf(label, sizeof label, "%s (%d)", strings(m.label_key), m.week);
        const ImVec2 size = ImGui::CalcTextSize(label);
        const float left = std::clamp(x - size.x * 0.5f, origin.x, origin.x + width - size.x);
        int row = 0;
        while (row < 3 && row_right[row] > left - em(0.6f))
            ++row;
        row_right[row] = left + size.x;
        const float y = row_y[row];
        const float tick_end = y < axis_y ? y + line_h : y;
        dl->AddLine(ImVec2(x, axis_y), ImVec2(x, tick_end), axis, 1.0f);
        dl->AddText(ImVec2(left, y), passed ? accent : text, label);
    }
    if (current_week >= 0) {
        const float x = x_of(static_cast<float>(std::min(current_week, 104)));
        const ImU32 now = ImGui::GetColorU32(theme::kWarning);
        dl->AddTriangleFilled(ImVec2(x, axis_y + em(0.2f)), ImVec2(x - em(0.45f), axis_y + em(0.9f)),
                              ImVec2(x + em(0.45f), axis_y + em(0.9f)), now);
    }
    ImGui::Dummy(ImVec2(width, line_h * 5.4f));
    if (current_week >= 0) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kWarning);
        ImGui::Text("%s %d", strings("wvp.now_week"), current_week);
        ImGui::PopStyleColor();
    }
}

} // namespace smo::ui
