#include "ui/theme.hpp"

namespace smo::ui::theme {

void apply(float scale) {
    ImGuiStyle style;
    ImGui::StyleColorsLight(&style);
    style.WindowRounding = 4.0f;
    style.FrameRounding = 3.0f;
    style.GrabRounding = 3.0f;
    style.WindowPadding = ImVec2(14.0f, 12.0f);
    style.FramePadding = ImVec2(8.0f, 5.0f);
    style.ItemSpacing = ImVec2(10.0f, 8.0f);
    style.Colors[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.96f, 1.0f);
    style.Colors[ImGuiCol_Header] = ImVec4(0.80f, 0.87f, 0.95f, 1.0f);
    // Opaque: the light theme's 0.98 lets the screen behind a dialog show through as grey text.
    style.Colors[ImGuiCol_PopupBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

} // namespace smo::ui::theme
