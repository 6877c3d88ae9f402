#include "ui/poortwachter_timeline.hpp"

#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <algorithm>
#include <array>
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
constexpr int kLastWeek = 104;

// Rows of labels: 0 above the axis, 1 below, 2 above (further out), 3 below, ...
bool above(int row) {
    return row % 2 == 0;
}
int level(int row) {
    return row / 2;
}

} // namespace

TimelineLayout layout_poortwachter_timeline(const core::Strings& strings, int current_week, float width,
                                            float line_h, float em,
                                            const std::function<float(std::string_view)>& measure) {
    TimelineLayout out;
    const float gap = 0.6f * em; // between labels in a row
    const float row_step = line_h * 1.15f;
    out.axis_x0 = 0.5f * em;
    out.axis_x1 = std::max(out.axis_x0 + em, width - 0.5f * em);
    auto x_of = [&](int week) {
        return out.axis_x0 + (out.axis_x1 - out.axis_x0) * static_cast<float>(week) / kLastWeek;
    };
    // Horizontal extents taken in each row, found first; vertical positions follow once the
    // number of rows above the axis is known.
    struct Span {
        float x0, x1;
    };
    std::vector<std::vector<Span>> taken;
    auto free_in = [&](std::size_t row, Span s) {
        if (row >= taken.size()) return true;
        return std::none_of(taken[row].begin(), taken[row].end(),
                            [&](const Span& t) { return s.x0 < t.x1 && t.x0 < s.x1; });
    };
    auto take = [&](std::size_t row, Span s) {
        if (row >= taken.size()) taken.resize(row + 1);
        taken[row].push_back(s);
    };
    out.has_marker = current_week >= 0;
    const float marker_half = 0.45f * em;
    if (out.has_marker) { // the marker sits in the first row below the axis
        const float x = x_of(std::min(current_week, kLastWeek));
        take(1, {x - marker_half - gap * 0.5f, x + marker_half + gap * 0.5f});
    }
    std::vector<int> rows;
    for (const auto& m : kMilestones) {
        TimelineLabel label;
        label.week = m.week;
        label.text = std::string(strings(m.label_key)) + " (" + std::to_string(m.week) + ")";
        label.tick_x = x_of(m.week);
        const float w = measure(label.text);
        const float left = std::clamp(label.tick_x - w * 0.5f, 0.0f, std::max(0.0f, width - w));
        const Span text{left - gap * 0.5f, left + w + gap * 0.5f};
        const Span tick{label.tick_x - 1.0f, label.tick_x + 1.0f};
        // The nearest row where the text fits and its tick crosses no label in the rows between;
        // when close milestones leave none near the axis, the nearest free row without a tick
        // (the week in the label still says where it belongs).
        auto tick_clear = [&](int row) {
            for (int inner = above(row) ? 0 : 1; inner < row; inner += 2)
                if (!free_in(static_cast<std::size_t>(inner), tick)) return false;
            return true;
        };
        int row = -1;
        for (int r = 0; r < 4 && row < 0; ++r)
            if (free_in(static_cast<std::size_t>(r), text) && tick_clear(r)) row = r;
        label.has_tick = row >= 0;
        for (int r = 0; row < 0; ++r)
            if (free_in(static_cast<std::size_t>(r), text)) row = r;
        take(static_cast<std::size_t>(row), text);
        if (label.has_tick)
            for (int inner = above(row) ? 0 : 1; inner < row; inner += 2)
                take(static_cast<std::size_t>(inner), tick);
        label.box = {left, 0, left + w, line_h};
        rows.push_back(row);
        out.labels.push_back(std::move(label));
    }
    int levels_above = 1, levels_below = 1;
    for (int r : rows)
        (above(r) ? levels_above : levels_below) =
            std::max(above(r) ? levels_above : levels_below, level(r) + 1);
    out.axis_y = 0.5f * line_h + levels_above * row_step;
    // Below the axis, the first row clears the marker (0.2..0.9 em under the axis).
    const float below0 = out.axis_y + std::max(0.3f * line_h, 0.95f * em);
    for (std::size_t i = 0; i < out.labels.size(); ++i) {
        TimelineLabel& l = out.labels[i];
        const int r = rows[i];
        const float top =
            above(r) ? out.axis_y - 0.3f * line_h - (level(r) + 1) * row_step : below0 + level(r) * row_step;
        l.box.y0 = top;
        l.box.y1 = top + line_h;
        l.tick_y0 = out.axis_y;
        l.tick_y1 = !l.has_tick ? out.axis_y : above(r) ? l.box.y1 : l.box.y0;
    }
    if (out.has_marker) {
        const float x = x_of(std::min(current_week, kLastWeek));
        out.marker = {x - marker_half, out.axis_y + 0.2f * em, x + marker_half, out.axis_y + 0.9f * em};
    }
    out.height = below0 + levels_below * row_step;
    return out;
}

void draw_poortwachter_timeline(const core::Strings& strings, int current_week) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 o = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x - em(1);
    const TimelineLayout layout = layout_poortwachter_timeline(
        strings, current_week, width, ImGui::GetTextLineHeight(), ImGui::GetFontSize(),
        [](std::string_view s) { return ImGui::CalcTextSize(s.data(), s.data() + s.size()).x; });

    const ImU32 axis = ImGui::GetColorU32(theme::kMuted);
    const ImU32 accent = ImGui::GetColorU32(theme::kAccent);
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    const float y = o.y + layout.axis_y;
    dl->AddLine(ImVec2(o.x + layout.axis_x0, y), ImVec2(o.x + layout.axis_x1, y), axis, em(0.12f));
    for (const auto& l : layout.labels) {
        const bool passed = current_week >= l.week;
        if (l.has_tick)
            dl->AddLine(ImVec2(o.x + l.tick_x, o.y + l.tick_y0), ImVec2(o.x + l.tick_x, o.y + l.tick_y1),
                        axis, 1.0f);
        dl->AddCircleFilled(ImVec2(o.x + l.tick_x, y), em(0.28f), passed ? accent : axis);
        dl->AddText(ImVec2(o.x + l.box.x0, o.y + l.box.y0), passed ? accent : text, l.text.c_str());
    }
    if (layout.has_marker) {
        const TimelineBox& m = layout.marker;
        dl->AddTriangleFilled(ImVec2((o.x + m.x0 + o.x + m.x1) * 0.5f, o.y + m.y0),
                              ImVec2(o.x + m.x0, o.y + m.y1), ImVec2(o.x + m.x1, o.y + m.y1),
                              ImGui::GetColorU32(theme::kWarning));
    }
    ImGui::Dummy(ImVec2(width, layout.height));
    if (current_week >= 0) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kWarning);
        ImGui::Text("%s %d", strings("wvp.now_week"), current_week);
        ImGui::PopStyleColor();
    }
}

} // namespace smo::ui
