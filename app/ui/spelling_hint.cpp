#include "ui/spelling_hint.hpp"

#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

namespace smo::ui {

std::string spelling_hint_text(const std::vector<core::UnknownWord>& unknown, const char* label,
                               const char* no_suggestion) {
    if (unknown.empty()) return {};
    std::string out = label;
    for (std::size_t i = 0; i < unknown.size(); ++i) {
        out += i == 0 ? " " : " · ";
        out += unknown[i].word + " → ";
        if (unknown[i].suggestions.empty()) out += no_suggestion;
        for (std::size_t s = 0; s < unknown[i].suggestions.size(); ++s)
            out += (s == 0 ? "" : ", ") + unknown[i].suggestions[s];
    }
    return out;
}

void draw_spelling_hint(AppState& state, const std::string& text) {
    if (text.empty()) return;
    if (!state.spelling) state.spelling = std::make_unique<core::SpellingService>();
    state.spelling->request(text);
    const auto unknown = state.spelling->result(text);
    if (!unknown) return;
    const std::string hint = spelling_hint_text(*unknown, state.strings("spelling.label"),
                                                state.strings("spelling.no_suggestion"));
    if (hint.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
    text_wrapped(hint.c_str());
    ImGui::PopStyleColor();
}

} // namespace smo::ui
