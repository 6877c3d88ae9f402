#include "ui/screen_debrief.hpp"

#include "ui/outcome_widgets.hpp"
#include "ui/theme.hpp"
#include "ui/transcript_list.hpp"
#include "ui/widgets.hpp"

#include <cstdio>
#include <imgui.h>

namespace smo::ui {

namespace {

void draw_self_rating(AppState& state, PlayState& play) {
    const auto& tr = state.strings;
    heading(tr("debrief.self_rating.title"));
    text_wrapped(tr("debrief.self_rating.intro"));
    ImGui::Spacing();
    std::vector<std::string> keys{"confidentiality"};
    for (const auto& g : play.runtime().scenario().learning_goals)
        keys.push_back(g);
    if (ImGui::BeginTable("##rating", 6, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupColumn("what", ImGuiTableColumnFlags_WidthStretch);
        for (int i = 1; i <= 5; ++i)
            ImGui::TableSetupColumn("n", ImGuiTableColumnFlags_WidthFixed, em(3.5f));
        for (const auto& key : keys) {
            ImGui::PushID(key.c_str());
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextUnformatted(bar_label(tr, key));
            ImGui::PopTextWrapPos();
            auto it = play.self_ratings().find(key);
            int current = it == play.self_ratings().end() ? 0 : it->second;
            for (int n = 1; n <= 5; ++n) {
                ImGui::TableSetColumnIndex(n);
                ImGui::PushID(n);
                if (ImGui::RadioButton(std::to_string(n).c_str(), current == n))
                    emit<SetSelfRating>(state, key, n);
                ImGui::PopID();
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
    text_wrapped(tr("debrief.self_rating.scale"));
    ImGui::PopStyleColor();
    if (ImGui::Button(tr("debrief.reveal"))) emit<RevealScores>(state);
}

} // namespace

void draw_debrief(AppState& state) {
    const auto& tr = state.strings;
    if (!state.play || !state.play->debrief_ready) {
        text_wrapped(tr("debrief.not_ready"));
        if (ImGui::Button(tr("nav.library"))) emit<GoToScreen>(state, Screen::Library);
        return;
    }
    PlayState& play = *state.play;
    if (!play.scores_revealed) {
        draw_self_rating(state, play);
        return;
    }
    const DebriefView& d = play.debrief;
    heading(tr("debrief.title"));
    draw_score_bars(tr, d);
    if (play.side_score) {
        char cmp[200];
        std::snprintf(cmp, sizeof cmp, "%s %d · %s %d", tr("debrief.original_attempt"),
                      d.score.confidentiality, tr("debrief.side_attempt"), play.side_score->confidentiality);
        text_wrapped(cmp);
        if (ImGui::SmallButton(tr("meeting.stop_side_attempt"))) emit<CloseSideAttempt>(state);
    }
    if (ImGui::Button(tr("nav.reflection"))) emit<GoToScreen>(state, Screen::Reflection);

    heading(tr("debrief.findings"));
    draw_findings(tr, d, state.strings.active);

    heading(tr("debrief.transcript"));
    RowHeaderExtra retry = [&](const TranscriptRow& row) {
        if (!row.retry_point) return;
        ImGui::SameLine();
        if (ImGui::SmallButton(tr("debrief.retry_from_here"))) emit<RetryFrom>(state, row.turn_id);
    };
    draw_transcript("##debrief_transcript", d.rows, play.debrief_layout, tr, em(22), false, retry);
}

} // namespace smo::ui
