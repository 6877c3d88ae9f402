#include "ui/screen_debrief.hpp"

#include "ui/outcome_widgets.hpp"
#include "ui/theme.hpp"
#include "ui/transcript_list.hpp"
#include "ui/widgets.hpp"

#include <algorithm>
#include <cstdio>
#include <imgui.h>
#include <imgui_stdlib.h>

namespace smo::ui {

namespace {

// The supervisor's feedback on this session, once the trainee opened it beside the handed-in file.
void draw_feedback(AppState& state, PlayState& play) {
    const auto& tr = state.strings;
    heading(tr("report.review"));
    if (play.feedback) {
        const core::Review& r = *play.feedback;
        text_wrapped((std::string(tr("review.status")) + " " +
                      tr(("review.status." + std::string(core::to_id(r.status))).c_str()))
                         .c_str());
        if (r.sign_off)
            text_wrapped(
                (std::string(tr("review.signed_off")) + " " + r.sign_off->reviewer + ", " + r.sign_off->at)
                    .c_str());
        if (!r.overall.went_well.empty())
            text_wrapped((std::string(tr("review.went_well")) + " " + r.overall.went_well).c_str());
        if (!r.overall.could_be_better.empty())
            text_wrapped(
                (std::string(tr("review.could_be_better")) + " " + r.overall.could_be_better).c_str());
        for (const auto& c : r.turn_comments)
            text_wrapped((std::string(tr("review.turn")) + " " + c.turn_id + " (" + c.author + "): " + c.text)
                             .c_str());
        for (const auto& o : r.overrides) {
            std::string line = std::string(tr("review.turn")) + " " + o.turn_id + ": " +
                               tr(o.agree ? "review.override.agreed" : "review.override.disagreed") + " (" +
                               o.author + ")";
            if (!o.reason.empty()) line += ": " + o.reason;
            text_wrapped(line.c_str());
        }
        return;
    }
    ImGui::SetNextItemWidth(em(30));
    ImGui::InputTextWithHint("##feedback", tr("debrief.feedback.hint"), &play.feedback_path);
    ImGui::SameLine();
    ImGui::BeginDisabled(play.feedback_path.empty());
    if (ImGui::Button(tr("debrief.feedback.open"))) emit<OpenFeedback>(state, play.feedback_path);
    ImGui::EndDisabled();
    if (!play.feedback_message.empty()) text_wrapped(play.feedback_message.c_str());
}

void draw_self_rating(AppState& state, PlayState& play) {
    const auto& tr = state.strings;
    heading(tr("debrief.self_rating.title"));
    text_wrapped(tr("debrief.self_rating.intro"));
    ImGui::Spacing();
    const core::Scenario& scenario = play.runtime().scenario();
    const std::vector<std::string> keys = self_rating_keys(scenario);
    // Fixed columns sized to the longest label: each row's radio buttons sit right beside it.
    float label_w = 0.0f;
    for (const auto& key : keys)
        label_w = std::max(label_w, ImGui::CalcTextSize(bar_label(tr, key)).x);
    label_w = std::min(label_w + em(1.0f), em(24.0f));
    if (ImGui::BeginTable("##rating", 6,
                          ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                              ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_NoHostExtendX)) {
        ImGui::TableSetupColumn("what", ImGuiTableColumnFlags_WidthFixed, label_w);
        for (int i = 1; i <= 5; ++i)
            ImGui::TableSetupColumn("n", ImGuiTableColumnFlags_WidthFixed, em(2.8f));
        for (const auto& key : keys) {
            ImGui::PushID(key.c_str());
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + label_w);
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
    // Toets: the self-rating cannot be skipped (apply_intents refuses it too).
    const bool required = play.recorder->session().mode == core::SessionMode::Toets &&
                          !self_rating_complete(scenario, play.self_ratings());
    ImGui::BeginDisabled(required);
    if (ImGui::Button(tr("debrief.reveal"))) emit<RevealScores>(state);
    ImGui::EndDisabled();
    if (required) {
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kWarning);
        ImGui::TextUnformatted(tr("debrief.self_rating.required"));
        ImGui::PopStyleColor();
    }
}

// "Welke poging": the original and every retry; bars, findings and transcript follow the choice.
void draw_attempt_switch(AppState& state, const PlayState& play) {
    const core::Session& session = play.recorder->session();
    if (session.side_attempts.empty()) return;
    const auto labels = attempt_switch_labels(session, state.strings);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(state.strings("debrief.attempt.show"));
    for (std::size_t i = 0; i < labels.size(); ++i) {
        ImGui::SameLine();
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::RadioButton(labels[i].c_str(), play.shown_attempt == i)) emit<ShowAttempt>(state, i);
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
    heading(tr("debrief.title"));
    draw_attempt_switch(state, play);
    const DebriefView& d = play.shown_debrief();
    draw_score_bars(tr, d);
    if (play.side_score) {
        char cmp[200];
        std::snprintf(cmp, sizeof cmp, "%s %d · %s %d", tr("debrief.original_attempt"),
                      play.debrief.score.confidentiality, tr("debrief.side_attempt"),
                      play.side_score->confidentiality);
        text_wrapped(cmp);
        if (ImGui::SmallButton(tr("meeting.stop_side_attempt"))) emit<CloseSideAttempt>(state);
    }
    if (ImGui::Button(tr("nav.reflection"))) emit<GoToScreen>(state, Screen::Reflection);

    heading(tr("debrief.findings"));
    draw_findings(tr, d, state.strings.active);

    draw_feedback(state, play);

    heading(tr("debrief.transcript"));
    RowHeaderExtra retry = [&](const TranscriptRow& row) {
        if (!row.retry_point) return;
        ImGui::SameLine();
        if (ImGui::SmallButton(tr("debrief.retry_from_here"))) emit<RetryFrom>(state, row.turn_id);
    };
    // A retry's transcript has no retry points: a new retry starts from the original session.
    draw_transcript("##debrief_transcript", d.rows,
                    play.shown_attempt == 0 ? play.debrief_layout : play.attempt_layout, tr, em(22), false,
                    retry);
}

} // namespace smo::ui
