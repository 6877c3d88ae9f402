#include "ui/widgets.hpp"

#include "ui/theme.hpp"

namespace smo::ui {

void text_wrapped(const char* text) {
    // Wrap at the panel edge, but keep lines to a readable length on wide windows.
    float avail = ImGui::GetContentRegionAvail().x;
    float width = avail < em(55) ? avail : em(55);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
}

void heading(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kAccent);
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
    ImGui::Separator();
    ImGui::Spacing();
}

} // namespace smo::ui
