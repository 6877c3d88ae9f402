#pragma once
// Small shared widgets and size helpers. Sizes are in font units, never raw pixels.

#include <imgui.h>

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
/// A heading in the accent colour, slightly larger spacing.
void heading(const char* text);

} // namespace smo::ui
