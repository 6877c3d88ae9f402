#include "ui/transcript_list.hpp"

#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <algorithm>
#include <imgui.h>

namespace smo::ui {

namespace {

float row_height(const TranscriptRow& row, float text_width) {
    const float header = ImGui::GetTextLineHeightWithSpacing();
    return header + measure_highlighted_text(row.text, text_width) + ImGui::GetStyle().ItemSpacing.y;
}

void measure(const std::vector<TranscriptRow>& rows, TranscriptLayout& layout, float width) {
    const float font_size = ImGui::GetFontSize();
    if (layout.width == width && layout.font_size == font_size && layout.rows == rows.size()) return;
    // Rows only get appended while playing: keep earlier measurements when width and font match.
    std::size_t from = (layout.width == width && layout.font_size == font_size && layout.rows < rows.size())
                           ? layout.rows
                           : 0;
    if (from == 0) layout.offsets.assign(1, 0.0f);
    layout.offsets.resize(from + 1);
    const float text_width = width - em(1.5f);
    for (std::size_t i = from; i < rows.size(); ++i) {
        layout.offsets.push_back(layout.offsets.back() + row_height(rows[i], text_width));
    }
    layout.width = width;
    layout.font_size = font_size;
    layout.rows = rows.size();
}

void draw_row(const TranscriptRow& row, const core::Strings& tr, const RowHeaderExtra& extra) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 p = ImGui::GetCursorScreenPos();
    const float r = em(0.3f);
    if (row.by_trainee || row.verdict) {
        dl->AddCircleFilled(ImVec2(p.x + r, p.y + ImGui::GetTextLineHeight() * 0.5f), r,
                            verdict_colour(row.verdict));
    }
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + em(1.0f));
    ImGui::PushStyleColor(ImGuiCol_Text, row.by_trainee ? theme::kAccent : theme::kMuted);
    if (row.answer) {
        ImGui::TextUnformatted(tr("meeting.your_answer"));
    } else if (row.by_trainee) {
        ImGui::TextUnformatted(tr("meeting.you"));
    } else if (row.speaker.empty()) {
        ImGui::TextUnformatted(tr("meeting.narrator"));
    } else {
        ImGui::TextUnformatted(row.speaker.c_str());
    }
    ImGui::PopStyleColor();
    if (!row.rule_summary.empty()) {
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
        ImGui::TextUnformatted(row.rule_summary.c_str());
        ImGui::PopStyleColor();
    }
    if (extra) extra(row);
    ImGui::Indent(em(1.0f));
    draw_highlighted_text(row.text, row.highlights);
    ImGui::Unindent(em(1.0f));
}

} // namespace

void draw_transcript(const char* id, const std::vector<TranscriptRow>& rows, TranscriptLayout& layout,
                     const core::Strings& strings, float height, bool scroll_to_end,
                     const RowHeaderExtra& extra) {
    ImGui::BeginChild(id, ImVec2(0, height), true);
    const float width = ImGui::GetContentRegionAvail().x;
    measure(rows, layout, width);
    const float scroll = ImGui::GetScrollY();
    const float view_h = ImGui::GetWindowHeight();
    const float base = ImGui::GetCursorPosY();
    auto first = std::upper_bound(layout.offsets.begin(), layout.offsets.end(), scroll - base);
    std::size_t i =
        first == layout.offsets.begin() ? 0 : static_cast<std::size_t>(first - layout.offsets.begin() - 1);
    for (; i < rows.size() && layout.offsets[i] < scroll - base + view_h; ++i) {
        ImGui::SetCursorPosY(base + layout.offsets[i]);
        ImGui::PushID(rows[i].turn_id.c_str());
        draw_row(rows[i], strings, extra);
        ImGui::PopID();
    }
    ImGui::SetCursorPosY(base + layout.offsets.back());
    ImGui::Dummy(ImVec2(1, 1));
    if (scroll_to_end) ImGui::SetScrollHereY(1.0f);
    ImGui::EndChild();
}

} // namespace smo::ui
