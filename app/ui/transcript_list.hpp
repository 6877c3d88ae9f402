#pragma once
// A scrolling transcript of wrapped, highlighted rows. Only the visible rows are laid out and
// drawn: row heights are measured once per width and font size (ImGuiListClipper needs equal row
// heights, which wrapped statements do not have; this is the same idea for variable heights).

#include "core/string_table.hpp"
#include "ui/views.hpp"

#include <functional>
#include <vector>

namespace smo::ui {

/// Measured row positions; owned by the caller and reused across frames.
struct TranscriptLayout {
    float width = -1.0f;
    float font_size = -1.0f;
    std::size_t rows = 0;
    std::vector<float> offsets; ///< top of each row, plus the total height at the end
};

/// Extra widgets on a row's header line (e.g. a retry button). Must not change the row height.
using RowHeaderExtra = std::function<void(const TranscriptRow&)>;

/// Draws the rows inside a child of `height` pixels (0: the rest of the window).
/// `scroll_to_end` jumps to the newest row (after an action added lines).
void draw_transcript(const char* id, const std::vector<TranscriptRow>& rows, TranscriptLayout& layout,
                     const core::Strings& strings, float height, bool scroll_to_end,
                     const RowHeaderExtra& extra = {});

} // namespace smo::ui
