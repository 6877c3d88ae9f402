#pragma once
// Wrapped text with background highlights on byte ranges (matched words in a statement).

#include <imgui.h>
#include <string_view>
#include <vector>

namespace smo::ui {

struct Highlight {
    std::size_t start = 0; ///< byte offset into the text
    std::size_t end = 0;
    ImU32 colour = 0;
};

/// Draws `text` wrapped to the available width; bytes inside a highlight get a coloured background.
/// Highlights may be unsorted and may overlap (the first one wins).
void draw_highlighted_text(std::string_view text, const std::vector<Highlight>& highlights);

/// Height in pixels that draw_highlighted_text() will use for `text` at `width` with the current font.
float measure_highlighted_text(std::string_view text, float width);

} // namespace smo::ui
