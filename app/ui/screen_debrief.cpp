#include "ui/screen_debrief.hpp"

#include "ui/theme.hpp"
#include "ui/transcript_list.hpp"
#include "ui/widgets.hpp"

#include <cstdio>
#include <imgui.h>

namespace smo::ui {

namespace {

const char* bar_label(const core::Strings& tr, const std::string& key) {
    return key == "confidentiality" ? tr("debrief.confidentiality") : tr(("goal.short." + key).c_str());
}

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

void draw_bars(const core::Strings& tr, const DebriefView& d) {
    if (ImGui::BeginTable("##bars", 3, ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed, em(16));
        ImGui::TableSetupColumn("bar", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("self", ImGuiTableColumnFlags_WidthFixed, em(9));
        for (const auto& bar : d.bars) {
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::TextUnformatted(bar_label(tr, bar.key));
            ImGui::TableSetColumnIndex(1);
            char overlay[32];
            std::snprintf(overlay, sizeof overlay, "%d%%", static_cast<int>(bar.measured * 100.0f + 0.5f));
            ImVec4 col =
                bar.measured >= 0.8f ? theme::kOk : (bar.measured >= 0.5f ? theme::kWarning : theme::kError);
            ImGui::PushStyleColor(ImGuiCol_PlotHistogram, col);
            ImGui::ProgressBar(bar.measured, ImVec2(-1, 0), overlay);
            ImGui::PopStyleColor();
            ImGui::TableSetColumnIndex(2);
            if (bar.self_rating > 0)
                ImGui::Text("%s %d/5", tr("debrief.self"), bar.self_rating);
            else
                ImGui::TextUnformatted(tr("debrief.not_rated"));
        }
        ImGui::EndTable();
    }
}

void draw_findings(const core::Strings& tr, const DebriefView& d, core::Language lang) {
    const bool en = lang == core::Language::English;
    for (std::size_t i = 0; i < d.findings.size(); ++i) {
        const auto& f = d.findings[i];
        ImGui::PushID(static_cast<int>(i));
        ImVec4 col = f.kind == scoring::Finding::Kind::WentWell  ? theme::kOk
                     : f.kind == scoring::Finding::Kind::Caution ? theme::kWarning
                                                                 : theme::kError;
        ImGui::PushStyleColor(ImGuiCol_Text, col);
        const std::string& title = en ? f.title_en : f.title_nl;
        std::string label = f.turn_id + " · " + f.rule_id + " · " + title + "###f";
        bool open = ImGui::TreeNode(label.c_str());
        ImGui::PopStyleColor();
        if (open) {
            text_wrapped((en ? f.explanation_en : f.explanation_nl).c_str());
            if (!f.source.empty()) {
                ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
                text_wrapped((std::string(tr("debrief.source")) + " " + f.source).c_str());
                ImGui::PopStyleColor();
            }
            const std::string& suggestion = en ? f.suggestion_en : f.suggestion_nl;
            if (!suggestion.empty())
                text_wrapped((std::string(tr("debrief.better")) + " " + suggestion).c_str());
            ImGui::TreePop();
        }
        ImGui::PopID();
    }
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
    draw_bars(tr, d);
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
