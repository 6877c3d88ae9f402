#include "ui/highlighted_text.hpp"

#include <algorithm>

namespace smo::ui {

namespace {

ImU32 colour_at(const std::vector<Highlight>& highlights, std::size_t pos) {
    for (const auto& h : highlights) {
        if (pos >= h.start && pos < h.end) return h.colour;
    }
    return 0;
}

// Lays out `text` word by word; draws when `dl` is set, else only measures. Returns the height.
float layout_text(ImDrawList* dl, ImVec2 origin, float max_w, std::string_view text,
                  const std::vector<Highlight>& highlights) {
    if (text.empty()) return 0.0f;
    ImFont* font = ImGui::GetFont();
    const float font_size = ImGui::GetFontSize();
    const float line_h = ImGui::GetTextLineHeightWithSpacing();
    const float space_w = font->CalcTextSizeA(font_size, FLT_MAX, 0.0f, " ").x;

    float x = 0, y = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] == '\n') {
            x = 0;
            y += line_h;
            ++i;
            continue;
        }
        if (text[i] == ' ') {
            ImU32 bg = colour_at(highlights, i);
            if (dl != nullptr && bg != 0 && x > 0 && i + 1 < text.size() &&
                colour_at(highlights, i + 1) == bg) {
                dl->AddRectFilled(ImVec2(origin.x + x, origin.y + y),
                                  ImVec2(origin.x + x + space_w, origin.y + y + font_size), bg);
            }
            x += space_w;
            ++i;
            continue;
        }
        // One word, drawn in runs of equal highlight colour.
        std::size_t end = i;
        while (end < text.size() && text[end] != ' ' && text[end] != '\n')
            ++end;
        const char* wb = text.data() + i;
        const char* we = text.data() + end;
        float word_w = font->CalcTextSizeA(font_size, FLT_MAX, 0.0f, wb, we).x;
        if (x > 0 && x + word_w > max_w) {
            x = 0;
            y += line_h;
        }
        std::size_t run = i;
        while (run < end) {
            ImU32 bg = colour_at(highlights, run);
            std::size_t run_end = run + 1;
            while (run_end < end && colour_at(highlights, run_end) == bg)
                ++run_end;
            const char* rb = text.data() + run;
            const char* re = text.data() + run_end;
            float w = font->CalcTextSizeA(font_size, FLT_MAX, 0.0f, rb, re).x;
            if (dl != nullptr) {
                ImVec2 p(origin.x + x, origin.y + y);
                if (bg != 0) dl->AddRectFilled(p, ImVec2(p.x + w, p.y + font_size), bg, font_size * 0.15f);
                dl->AddText(font, font_size, p, ImGui::GetColorU32(ImGuiCol_Text), rb, re);
            }
            x += w;
            run = run_end;
        }
        i = end;
    }
    return y + line_h;
}

} // namespace

void draw_highlighted_text(std::string_view text, const std::vector<Highlight>& highlights) {
    if (text.empty()) return;
    const float max_w = std::max(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 4);
    float h = layout_text(ImGui::GetWindowDrawList(), ImGui::GetCursorScreenPos(), max_w, text, highlights);
    ImGui::Dummy(ImVec2(max_w, h));
}

float measure_highlighted_text(std::string_view text, float width) {
    static const std::vector<Highlight> kNone;
    return layout_text(nullptr, ImVec2(0, 0), std::max(width, ImGui::GetFontSize() * 4), text, kNone);
}

} // namespace smo::ui
