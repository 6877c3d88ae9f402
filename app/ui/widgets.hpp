#pragma once
// Small shared widgets and size helpers. Sizes are in font units, never raw pixels.

#include <imgui.h>
#include <string>

namespace smo::ui {

/// `n` times the current font size, in pixels.
inline float em(float n) {
    return n * ImGui::GetFontSize();
}
inline ImVec2 em(float x, float y) {
    return ImVec2(em(x), em(y));
}

/// Wrapped text from a UTF-8 string.
void text_wrapped(const char* text);
/// One line of text cut with "…" to the width left on the line; the whole text as a tooltip when cut.
void text_fitted(const std::string& text);
/// A heading in the accent colour, slightly larger spacing.
void heading(const char* text);

/// A multi-line text field whose lines wrap at the field's width (soft breaks, see text_wrap.hpp),
/// so the start of a sentence never scrolls out of view. `text` never contains the soft breaks.
/// Returns true when the text changed. With ImGuiInputTextFlags_EnterReturnsTrue, `*enter`
/// tells whether Enter was pressed.
bool input_text_wrapped(const char* id, std::string& text, ImVec2 size, ImGuiInputTextFlags flags = 0,
                        bool* enter = nullptr);

} // namespace smo::ui
