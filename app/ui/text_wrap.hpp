#pragma once
// Word wrap for multi-line input fields (Dear ImGui 1.86 has none). The field shows the text with
// soft line breaks: a '\n' right after a space. The trainee's own text never has one (a space
// before a hard line break is dropped), so removing them gives back exactly what was typed.

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace smo::ui {

/// Width in pixels of a piece of text on one line.
using MeasureText = std::function<float(std::string_view)>;

/// The text as shown in a field `width` pixels wide: a soft break after the last space that
/// still fits on each line. A word longer than the width stays whole (the field scrolls).
std::string soft_wrap(std::string_view text, float width, const MeasureText& measure);

/// One line cut to `width`: the text itself when it fits, else its longest start that fits with
/// "…" after it (never inside a UTF-8 sequence). Headers use it so a long title cannot run off the
/// window.
std::string ellipsize(std::string_view text, float width, const MeasureText& measure);

/// The text without its soft breaks ("a \nb" -> "a b"); hard line breaks stay.
std::string remove_soft_breaks(std::string_view shown);

/// A space typed right before a hard line break would read as a soft break: drop it.
std::string normalise_for_wrap(std::string_view text);

/// The field after the trainee edited the shown text: the text itself, how it is shown now and
/// where the cursor goes (byte offsets in `shown`).
struct WrappedEdit {
    std::string text;
    std::string shown;
    std::size_t cursor = 0;
};

/// Re-wraps after an edit. `shown_before` is what the field showed (soft_wrap of the text before
/// the edit, at whatever width it then had); `edited` the field's buffer after the edit, with the
/// cursor at byte `cursor`. Line breaks typed by the trainee stay hard; deleting a soft break
/// (Backspace at the start of a wrapped line) deletes the space it stood for.
WrappedEdit rewrap_after_edit(std::string_view shown_before, std::string_view edited, std::size_t cursor,
                              float width, const MeasureText& measure);

} // namespace smo::ui
