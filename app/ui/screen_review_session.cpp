#include "ui/screen_review_session.hpp"

#include "core/review_store.hpp"

#include "ui/outcome_widgets.hpp"
#include "ui/review_views.hpp"
#include "ui/theme.hpp"
#include "ui/transcript_list.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

namespace smo::ui {

namespace {

void draw_header(AppState& state, const core::CohortEntry& entry) {
    const auto& tr = state.strings;
    heading(session_title(tr, entry).c_str());
    const CohortCell verification = cohort_cell(tr, entry, core::CohortColumn::Verification);
    ImGui::PushStyleColor(ImGuiCol_Text, verification.tone == CellTone::Good   ? theme::kOk
                                         : verification.tone == CellTone::Warn ? theme::kWarning
                                                                               : theme::kError);
    std::string line = verification.text;
    if (!entry.verification_reason.empty()) line += ": " + entry.verification_reason;
    text_wrapped(line.c_str());
    ImGui::PopStyleColor();
    if (entry.differences.empty()) return;
    const std::string title = std::string(tr("review.differences")) + " (" +
                              std::to_string(entry.differences.size()) + ")###differences";
    if (ImGui::CollapsingHeader(title.c_str())) {
        for (const auto& d : entry.differences)
            text_wrapped(difference_line(tr, d).c_str());
    }
}

// The comment and agree/disagree controls of the turn chosen in the transcript.
void draw_turn_editor(AppState& state, OpenReview& open, const std::string& turn_id) {
    const auto& tr = state.strings;
    const TranscriptRow* row = find_row(open.debrief.rows, turn_id);
    if (row == nullptr) return;
    ImGui::PushID(turn_id.c_str());
    heading((std::string(tr("review.turn")) + " " + turn_id).c_str());
    text_wrapped(row->text.c_str());
    std::string& draft = open.comment_drafts[turn_id];
    ImGui::InputTextMultiline("##comment", &draft, ImVec2(-1, em(3.5f)));
    if (ImGui::IsItemDeactivatedAfterEdit()) emit<SetTurnComment>(state, turn_id, draft);
    if (row->verdict) {
        const core::FindingOverride* current = find_override(open.review, turn_id, "");
        std::string label = std::string(tr("review.verdict")) + " " + verdict_label(tr, *row->verdict);
        if (!row->rule_summary.empty()) label += " (" + row->rule_summary + ")";
        text_wrapped(label.c_str());
        ImGui::SetNextItemWidth(em(24));
        ImGui::InputTextWithHint("##reason", tr("review.override.reason_hint"), &open.override_reason_draft);
        ImGui::SameLine();
        if (ImGui::Button(tr("review.override.agree")))
            emit<SetFindingOverride>(state, turn_id, std::string(), true, open.override_reason_draft);
        ImGui::SameLine();
        if (ImGui::Button(tr("review.override.disagree")))
            emit<SetFindingOverride>(state, turn_id, std::string(), false, open.override_reason_draft);
        if (current != nullptr) {
            ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
            text_wrapped(override_line(tr, *current).c_str());
            ImGui::PopStyleColor();
        }
    }
    ImGui::PopID();
}

void draw_reflection(const core::Strings& tr, const core::Session& session) {
    heading(tr("review.reflection"));
    bool any = false;
    for (const auto& [label_key, text] : reflection_answers(session)) {
        if (text.empty()) continue;
        any = true;
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kAccent);
        text_wrapped(tr(label_key.c_str()));
        ImGui::PopStyleColor();
        text_wrapped(text.c_str());
    }
    if (!any) text_wrapped(tr("review.reflection.none"));
}

void draw_overall(AppState& state, OpenReview& open) {
    const auto& tr = state.strings;
    ReviewState& r = state.review;
    heading(tr("review.overall"));
    ImGui::TextUnformatted(tr("review.went_well"));
    ImGui::InputTextMultiline("##went_well", &open.went_well_draft, ImVec2(-1, em(3.5f)));
    if (ImGui::IsItemDeactivatedAfterEdit())
        emit<SetOverallComment>(state, open.went_well_draft, open.could_be_better_draft);
    ImGui::TextUnformatted(tr("review.could_be_better"));
    ImGui::InputTextMultiline("##could_be_better", &open.could_be_better_draft, ImVec2(-1, em(3.5f)));
    if (ImGui::IsItemDeactivatedAfterEdit())
        emit<SetOverallComment>(state, open.went_well_draft, open.could_be_better_draft);

    ImGui::TextUnformatted(tr("review.status"));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em(12));
    const std::string current(core::to_id(open.review.status));
    if (ImGui::BeginCombo("##status", status_label(tr, current).c_str())) {
        for (std::size_t i = 0; i < static_cast<std::size_t>(core::ReviewStatus::Count); ++i) {
            const std::string id(core::to_id(static_cast<core::ReviewStatus>(i)));
            if (ImGui::Selectable(status_label(tr, id).c_str(), id == current))
                emit<SetReviewStatus>(state, id);
        }
        ImGui::EndCombo();
    }
    ImGui::TextUnformatted(tr("review.reviewer"));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em(16));
    ImGui::InputText("##reviewer", &r.reviewer_draft);
    ImGui::SameLine();
    if (open.review.sign_off) {
        const std::string signed_line = std::string(tr("review.signed_off")) + " " +
                                        open.review.sign_off->reviewer + ", " + open.review.sign_off->at;
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kOk);
        ImGui::TextUnformatted(signed_line.c_str());
        ImGui::PopStyleColor();
        ImGui::SameLine();
        if (ImGui::SmallButton(tr("review.withdraw_sign_off"))) emit<WithdrawSignOff>(state);
    } else {
        ImGui::BeginDisabled(r.reviewer_draft.empty());
        if (ImGui::Button(tr("review.sign_off"))) emit<SignOffReview>(state);
        ImGui::EndDisabled();
    }
}

void draw_toolbar(AppState& state, OpenReview& open) {
    const auto& tr = state.strings;
    if (ImGui::Button(tr("review.back"))) emit<GoToScreen>(state, Screen::ReviewCohort);
    ImGui::SameLine();
    ImGui::BeginDisabled(!open.history.can_undo());
    if (ImGui::Button(tr("review.undo"))) emit<UndoReview>(state);
    if (open.history.can_undo() && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", open.history.undo_label().c_str());
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(!open.history.can_redo());
    if (ImGui::Button(tr("review.redo"))) emit<RedoReview>(state);
    ImGui::EndDisabled();
    if (!ImGui::GetIO().WantTextInput && ImGui::GetIO().KeyCtrl) {
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Z), false)) emit<UndoReview>(state);
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Y), false)) emit<RedoReview>(state);
    }
    ImGui::SameLine();
    if (!open.review_error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kError);
        text_wrapped(open.review_error.c_str());
        ImGui::PopStyleColor();
    } else {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
        // A zip member's review goes beside the zip (<zip>.reviews/), never into it: say where.
        const core::CohortEntry& entry = state.review.cohort.entries[open.entry];
        ImGui::TextUnformatted(tr(open.history.dirty() ? "review.unsaved"
                                  : entry.in_zip()     ? "review.saved_beside_zip"
                                                       : "review.saved"));
        ImGui::PopStyleColor();
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", core::review_path_for(entry.review_base()).string().c_str());
    }
}

} // namespace

void draw_review_session(AppState& state) {
    const auto& tr = state.strings;
    ReviewState& r = state.review;
    if (!r.open || r.open->entry >= r.cohort.entries.size()) {
        text_wrapped(tr("review.session.none"));
        if (ImGui::Button(tr("review.back"))) emit<GoToScreen>(state, Screen::ReviewCohort);
        return;
    }
    OpenReview& open = *r.open;
    const core::CohortEntry& entry = r.cohort.entries[open.entry];
    draw_toolbar(state, open);
    draw_header(state, entry);

    draw_score_bars(tr, open.debrief);
    heading(tr("debrief.findings"));
    draw_findings(tr, open.debrief, state.strings.active);
    heading(tr("review.missed.title"));
    draw_missed_choices(tr, open.debrief);
    if (!open.debrief.side_attempts.empty()) {
        heading((std::string(tr("review.side_attempts")) + " (" +
                 std::to_string(open.debrief.side_attempts.size()) + ")")
                    .c_str());
        draw_side_attempts(tr, open.debrief, state.strings.active);
    }

    heading(tr("debrief.transcript"));
    RowHeaderExtra pick = [&](const TranscriptRow& row) {
        if (!row.by_trainee) return;
        ImGui::SameLine();
        const bool commented = has_comment(open.review, row.turn_id);
        if (ImGui::SmallButton(tr(commented ? "review.comment.edit" : "review.comment.add")))
            emit<SelectReviewTurn>(state, row.turn_id);
    };
    draw_transcript("##review_transcript", open.debrief.rows, open.layout, tr, em(18), false, pick);
    if (!open.selected_turn.empty()) draw_turn_editor(state, open, open.selected_turn);
    draw_reflection(tr, entry.session);
    draw_overall(state, open);
}

} // namespace smo::ui
