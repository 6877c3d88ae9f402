#include "ui/widgets.hpp"

#include "ui/text_wrap.hpp"
#include "ui/theme.hpp"

#include <algorithm>
#include <imgui_stdlib.h>
#include <string_view>
#include <unordered_map>

namespace smo::ui {

void text_fitted(const std::string& text) {
    const float avail = ImGui::GetContentRegionAvail().x;
    const std::string shown = ellipsize(text, avail, [](std::string_view t) {
        return ImGui::CalcTextSize(t.data(), t.data() + t.size()).x;
    });
    ImGui::TextUnformatted(shown.c_str());
    if (shown != text && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text.c_str());
}

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

namespace {

// What a wrapped field showed last frame: while it is active ImGui edits its own copy, and each
// edit is diffed against this (see rewrap_after_edit).
struct WrappedField {
    std::string shown;
    bool active = false;
};

struct WrapCallbackData {
    WrappedField* field = nullptr;
    float width = 0.0f;
    std::string text;
};

float measure_text(std::string_view s) {
    return ImGui::CalcTextSize(s.data(), s.data() + s.size()).x;
}

int rewrap_callback(ImGuiInputTextCallbackData* data) {
    auto* d = static_cast<WrapCallbackData*>(data->UserData);
    const std::string_view buffer(data->Buf, static_cast<std::size_t>(data->BufTextLen));
    WrappedEdit e = rewrap_after_edit(d->field->shown, buffer, static_cast<std::size_t>(data->CursorPos),
                                      d->width, measure_text);
    d->text = std::move(e.text);
    if (e.shown != buffer) {
        data->DeleteChars(0, data->BufTextLen);
        data->InsertChars(0, e.shown.c_str());
        // Only when the buffer changed: otherwise a mouse selection would be lost every frame.
        data->CursorPos = data->SelectionStart = data->SelectionEnd = static_cast<int>(e.cursor);
    }
    d->field->shown = std::move(e.shown);
    return 0;
}

} // namespace

bool input_text_wrapped(const char* id, std::string& text, ImVec2 size, ImGuiInputTextFlags flags,
                        bool* enter) {
    static std::unordered_map<ImGuiID, WrappedField> fields; // a draw-time cache, like ImGui's own
    const ImGuiStyle& style = ImGui::GetStyle();
    const float avail = ImGui::GetContentRegionAvail().x;
    const float outer = size.x > 0.0f ? size.x : std::max(avail + size.x, em(4.0f));
    // Room for the frame padding and a vertical scroll bar, so wrapped lines never hide under it.
    const float width = outer - 2.0f * style.FramePadding.x - style.ScrollbarSize - 1.0f;
    WrappedField& field = fields[ImGui::GetID(id)];
    if (!field.active) field.shown = soft_wrap(normalise_for_wrap(text), width, measure_text);
    WrapCallbackData data{&field, width, text};
    std::string buffer = field.shown;
    const bool result = ImGui::InputTextMultiline(
        id, &buffer, size, flags | ImGuiInputTextFlags_CallbackAlways | ImGuiInputTextFlags_CallbackEdit,
        rewrap_callback, &data);
    field.active = ImGui::IsItemActive();
    if (enter) *enter = result && (flags & ImGuiInputTextFlags_EnterReturnsTrue) != 0;
    if (!ImGui::IsItemEdited() || data.text == text) return false; // a re-wrap alone changes nothing
    text = std::move(data.text);
    return true;
}

} // namespace smo::ui
