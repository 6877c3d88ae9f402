#include "ui/screen_observe.hpp"

#include "ui/screen_meeting.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <cstdio>
#include <imgui.h>

namespace smo::ui {

void draw_observe(AppState& state) {
    const auto& tr = state.strings;
    if (state.play && !state.play->meeting.verdicts_hidden) { // toets: the tallies wait for the debrief
        const auto& o = state.play->meeting.observe;
        char stats[256];
        std::snprintf(stats, sizeof stats, "%s  %s %d · %s %d · %s %d · %s %d · %s %d", tr("observe.title"),
                      tr("observe.hits"), o.hits, tr("observe.wrong_rule"), o.wrong_rule,
                      tr("observe.misses"), o.misses, tr("observe.false_alarms"), o.false_alarms,
                      tr("observe.correct_accepts"), o.correct_accepts);
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kAccent);
        text_wrapped(stats);
        ImGui::PopStyleColor();
    }
    if (state.play) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
        text_wrapped(tr("observe.intro"));
        ImGui::PopStyleColor();
    }
    draw_meeting(state);
}

} // namespace smo::ui
